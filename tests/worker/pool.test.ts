/**
 * The worker route (comlink over Node worker_threads, the same worker object the browser uses)
 * gives exactly the engine's result for any worker count, incrementally too, and can be cancelled.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/engine/coverage/compute-coverage.ts';
import { createNodeCoveragePool } from '../../src/cli/node-pool.ts';
import { makeSite } from '../fixtures/make-site.ts';
import { firstDifference, randomSites, scenario } from '../fixtures/coverage-scenario.ts';
import type { CoveragePool } from '../../workers/pool.ts';

const sites = randomSites(40, 21);
const input = scenario(sites, { tileSizePx: 20 });
const reference = computeCoverage(input);
const pools: CoveragePool[] = [];
afterAll(() => pools.forEach((p) => p.dispose()));

function pool(n: number, opts: { sharedMemory?: boolean } = {}): CoveragePool {
  const p = createNodeCoveragePool(n, opts);
  pools.push(p);
  return p;
}

describe('coverage worker pool', () => {
  it.each([1, 2, 3])('%i worker(s): identical to the engine on the calling thread', async (n) => {
    const progress: number[] = [];
    const out = await pool(n).run(input, { onProgress: (p) => progress.push(p.fraction) });
    expect(firstDifference(out.raster.rsrpDbm, reference.raster.rsrpDbm)).toBe(-1);
    expect(firstDifference(out.raster.sinrDb, reference.raster.sinrDb)).toBe(-1);
    expect(firstDifference(out.raster.bestSite, reference.raster.bestSite)).toBe(-1);
    expect(out.stats).toEqual(reference.stats);
    expect(progress.at(-1)).toBe(1);
    expect(out.recomputedTiles).toBe(out.tileCount);
    expect(out.dirtyTiles).toBe('all');
    // The benchmark's counts: the same work, whoever does it.
    expect(out.evaluations).toBe(reference.evaluations);
    expect(out.pixelSitePairs).toBe(reference.pixelSitePairs);
    expect(reference.pixelSitePairs).toBeGreaterThan(0);
  });

  it('an edit recomputes only the touched tiles and equals a fresh computation', async () => {
    const p = pool(2);
    await p.run(input, { keepState: true });
    const edited = sites.slice();
    edited[5] = makeSite({ ...(sites[5].props as { id: string }) }, [sites[5].lonLat[0] + 0.004, sites[5].lonLat[1] - 0.002]);
    edited.splice(12, 1);
    edited.push(makeSite({ id: 'added', operator: 'CMCC' }, [115.09, 35.76]));
    const out = await p.run({ ...input, sites: edited }, { keepState: true });
    const fresh = computeCoverage({ ...input, sites: edited });
    // The tiles a view must redraw: exactly those recomputed.
    expect(Array.isArray(out.dirtyTiles) && out.dirtyTiles.length === out.recomputedTiles && out.recomputedTiles < out.tileCount).toBe(true);
    expect(firstDifference(out.raster.rsrpDbm, fresh.raster.rsrpDbm)).toBe(-1);
    expect(firstDifference(out.raster.sinrDb, fresh.raster.sinrDb)).toBe(-1);
    expect(firstDifference(out.raster.bestSite, fresh.raster.bestSite)).toBe(-1);
    expect(out.stats).toEqual(fresh.stats);
  });

  it('without shared memory (a page that is not cross-origin isolated) tiles travel back: the same raster, edits too', async () => {
    const p = pool(2, { sharedMemory: false });
    const out = await p.run(input, { keepState: true });
    expect(out.raster.rsrpDbm.buffer).toBeInstanceOf(ArrayBuffer);
    expect(firstDifference(out.raster.rsrpDbm, reference.raster.rsrpDbm)).toBe(-1);
    expect(firstDifference(out.raster.bestSite, reference.raster.bestSite)).toBe(-1);
    expect(out.stats).toEqual(reference.stats);
    const edited = sites.slice(1);
    const again = await p.run({ ...input, sites: edited }, { keepState: true });
    expect(again.recomputedTiles).toBeLessThan(again.tileCount);
    const fresh = computeCoverage({ ...input, sites: edited });
    expect(firstDifference(again.raster.sinrDb, fresh.raster.sinrDb)).toBe(-1);
    expect(again.stats).toEqual(fresh.stats);
  });

  it('a full rerun with new settings writes into the reused raster, with the fresh result', async () => {
    const p = pool(2);
    const first = await p.run(input);
    expect(first.raster.rsrpDbm.buffer).toBeInstanceOf(SharedArrayBuffer);
    const stricter = { ...input, settings: { ...input.settings, thresholdDbm: -95 } };
    const out = await p.run(stricter, { reuse: first.raster });
    expect(out.raster.rsrpDbm.buffer).toBe(first.raster.rsrpDbm.buffer);
    expect(out.raster.covered.buffer).toBe(first.raster.covered.buffer);
    const fresh = computeCoverage(stricter);
    expect(firstDifference(out.raster.covered, fresh.raster.covered)).toBe(-1);
    expect(firstDifference(out.raster.rsrpDbm, fresh.raster.rsrpDbm)).toBe(-1);
    expect(out.stats).toEqual(fresh.stats);
    expect(out.stats.coveredShare).toBeLessThan(first.stats.coveredShare);
  });

  it('moving a small cell recomputes only the tiles under its influence square', async () => {
    const p = pool(2);
    const noiseCut = { ...input, settings: { ...input.settings, interferenceCutoff: 'noise' as const } };
    await p.run(noiseCut, { keepState: true });
    const i = sites.findIndex((s) => s.kind === 'indoor');
    const edited = sites.slice();
    edited[i] = makeSite({ ...(sites[i].props as { id: string }) }, [sites[i].lonLat[0] + 0.001, sites[i].lonLat[1]]);
    const out = await p.run({ ...noiseCut, sites: edited }, { keepState: true });
    expect(out.recomputedTiles).toBeGreaterThan(0);
    expect(out.recomputedTiles).toBeLessThanOrEqual(4);
    expect(out.stats).toEqual(computeCoverage({ ...noiseCut, sites: edited }).stats);
  });

  it('cancel() rejects the running computation with an AbortError and the pool recovers', async () => {
    const p = pool(2);
    const running = p.run(scenario(randomSites(200, 4), { resM: 20 }));
    setTimeout(() => p.cancel(), 50);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    const again = await p.run(input);
    expect(again.stats).toEqual(reference.stats);
  });
});
