/**
 * The app's coverage runner and antenna patterns kept in IndexedDB: until they are back after a
 * reload, a sector naming one is not reported as "not imported" (the message used to flash at
 * start-up); once they are back, the run goes ahead, or a pattern still missing gets its one
 * message and no run. (tests/unit/ui-dom: unit tests of UI modules that are typechecked with the
 * DOM's types, tsconfig.json, and run in Node like the others.)
 */
import { describe, expect, it } from 'vitest';
import { startCoverageRunner } from '../../../src/ui/coverage-runner.ts';
import { createStore } from '../../../src/ui/state/store.ts';
import { initialState, type AppState } from '../../../src/ui/state/app-state.ts';
import type { CoverageClient } from '../../../workers/client.ts';
import type { AntennaPattern } from '../../../src/engine/radio/msi-pattern.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const site = makeSite({ id: 'p1', year: 2020, sectors: [{ azimuthDeg: 0, pattern: 'X-1' }, { azimuthDeg: 120, pattern: 'X-1' }] });
const settle = () => new Promise((r) => setTimeout(r, 0));

function setUp() {
  const store = createStore<AppState>({ ...initialState(), sites: [site] });
  const runs: unknown[] = [];
  const client: CoverageClient = {
    async run(input) {
      runs.push(input);
      return { raster: {}, stats: {}, areaStats: [], recomputedTiles: 1, dirtyTiles: 'all', tileSizePx: 128, tileCount: 1, evaluations: 0, pixelSitePairs: 0, elapsedMs: 1, warnings: [] } as never;
    },
    cancel: () => undefined,
    dispose: () => undefined,
  };
  const runner = startCoverageRunner(store, async () => undefined, client);
  const restore = (patterns: Record<string, AntennaPattern>) => {
    if (Object.keys(patterns).length) store.set({ terrain: { ...store.get().terrain, patterns } });
    store.set({ terrain: { ...store.get().terrain, patternsRestored: true } });
  };
  return { store, runs, runner, restore };
}

describe('coverage runner and restored patterns', () => {
  it('waits for the kept patterns, then runs once they are back', async () => {
    const { store, runs, runner, restore } = setUp();
    await settle();
    expect(runs).toHaveLength(0);
    expect(store.get().notice).toBeNull();
    expect(store.get().coverage.status).toBe('running');
    restore({ 'X-1': { name: 'X-1' } as AntennaPattern });
    await settle();
    expect(runs).toHaveLength(1);
    expect(store.get().notice).toBeNull();
    expect(store.get().coverage.status).toBe('done');
    runner.dispose();
  });

  it('says "not imported" once the kept patterns are back without it', async () => {
    const { store, runs, runner, restore } = setUp();
    await settle();
    expect(store.get().notice).toBeNull();
    restore({});
    await settle();
    expect(runs).toHaveLength(0);
    expect(store.get().notice?.kind).toBe('error');
    expect(store.get().notice?.text).toContain('X-1');
    expect(store.get().coverage.status).toBe('error');
    runner.dispose();
  });
});
