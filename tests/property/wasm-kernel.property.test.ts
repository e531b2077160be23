/**
 * The WebAssembly pixel kernel (src/engine/coverage/kernel/splat.wat) gives exactly the
 * JavaScript kernel's raster, bit for bit, on random plans: any number of sectors, any
 * azimuths (the combined table is kept relative to the first sector), mixed tilts (per-cell
 * path), omni sites, both operators, any tile size; its 10 log10 matches fast-db.ts bit for
 * bit. And the committed module is built from the committed source.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/engine/coverage/compute-coverage.ts';
import { computeTile, computeTileState, finishCoveredTile, finishTile, oneShotTileState, sureCoveredMw } from '../../src/engine/coverage/compute-tile.ts';
import { prepareJob } from '../../src/engine/coverage/job.ts';
import { wasmTileKernel } from '../../src/engine/coverage/kernel/wasm-kernel.ts';
import { fastDb } from '../../src/engine/coverage/fast-db.ts';
import { wasmModulePath, wasmModuleSource } from '../../scripts/build-wasm.ts';
import { makeSite } from '../fixtures/make-site.ts';
import { firstDifference, scenario } from '../fixtures/coverage-scenario.ts';
import { demOf } from '../fixtures/test-dem.ts';
import { terrainModel } from '../../src/engine/terrain/dem-grid.ts';

const SEED = 20261121;

const sector = fc.record({
  azimuthDeg: fc.double({ min: 0, max: 359.9, noNaN: true }),
  tiltDeg: fc.constantFrom(0, 3, 6, 9),
  hBeamwidthDeg: fc.constantFrom(65, 90),
  vBeamwidthDeg: fc.constantFrom(10, 10, 15),
});
const site = fc.record({
  lon: fc.double({ min: 115.0, max: 115.13, noNaN: true }),
  lat: fc.double({ min: 35.7, max: 35.78, noNaN: true }),
  cmcc: fc.boolean(),
  kind: fc.constantFrom('macro', 'macro', 'micro', 'indoor'),
  sectors: fc.oneof(fc.constant(null), fc.array(sector, { minLength: 0, maxLength: 4 })),
});

describe('WebAssembly kernel', () => {
  it('is available on this platform', () => {
    expect(wasmTileKernel()).not.toBeNull();
  });

  const toSites = (specs: { lon: number; lat: number; cmcc: boolean; kind: string; sectors: object[] | null }[]) => specs.map((s, i) => makeSite({
    id: `w${i}`, operator: s.cmcc ? 'CMCC' : 'CU+CT', kind: s.kind, ...(s.sectors ? { sectors: s.sectors } : {}),
  }, [s.lon, s.lat]));

  it('equals the JavaScript kernel bit for bit over random hills (terrain factors, issue 14)', () => {
    const hill = fc.record({ lon: fc.double({ min: 115.0, max: 115.13, noNaN: true }), lat: fc.double({ min: 35.7, max: 35.78, noNaN: true }), heightM: fc.double({ min: 20, max: 300, noNaN: true }) });
    fc.assert(fc.property(fc.array(site, { minLength: 1, maxLength: 12 }), fc.array(hill, { minLength: 1, maxLength: 4 }), fc.constantFrom(17, 128), (specs, hills, tileSizePx) => {
      const sites = toSites(specs);
      const terrain = terrainModel('dem', [demOf((lon, lat) => 40 + hills.reduce((z, h) => z + h.heightM * Math.exp(-(((lon - h.lon) / 0.008) ** 2 + ((lat - h.lat) / 0.006) ** 2)), 0))]);
      const js = computeCoverage(scenario(sites, { tileSizePx, kernel: 'js', terrain }));
      const wasm = computeCoverage(scenario(sites, { tileSizePx, kernel: 'auto', terrain }));
      for (const layer of ['rsrpDbm', 'sinrDb', 'bestSite', 'covered'] as const) {
        expect(firstDifference(wasm.raster[layer], js.raster[layer]), layer).toBe(-1);
      }
      expect(wasm.stats).toEqual(js.stats);
    }), { seed: SEED, numRuns: 10 });
  });

  it('equals the JavaScript kernel bit for bit on random plans', () => {
    fc.assert(fc.property(fc.array(site, { minLength: 1, maxLength: 30 }), fc.constantFrom(17, 64, 128), (specs, tileSizePx) => {
      const sites = toSites(specs);
      const js = computeCoverage(scenario(sites, { tileSizePx, kernel: 'js' }));
      const wasm = computeCoverage(scenario(sites, { tileSizePx, kernel: 'auto' }));
      for (const layer of ['rsrpDbm', 'sinrDb', 'bestSite', 'covered'] as const) {
        expect(firstDifference(wasm.raster[layer], js.raster[layer]), layer).toBe(-1);
      }
      expect(wasm.stats).toEqual(js.stats);
      expect(wasm.evaluations).toBe(js.evaluations);
      expect(wasm.pixelSitePairs).toBe(js.pixelSitePairs);
      // Each pair counts its site's cells: 3 for the default macro, 1 for an omni site.
      expect(wasm.evaluations).toBeGreaterThanOrEqual(wasm.pixelSitePairs);
      if (specs.every((s) => s.kind === 'macro' && !s.sectors)) expect(wasm.evaluations).toBe(3 * wasm.pixelSitePairs);
    }), { seed: SEED, numRuns: 25 });
  });

  it('keeps the same runner-up servers as the JavaScript kernel (incremental editing state)', () => {
    fc.assert(fc.property(fc.array(site, { minLength: 1, maxLength: 30 }), fc.constantFrom(17, 64), (specs, tileSizePx) => {
      const sites = toSites(specs);
      const js = prepareJob(scenario(sites, { tileSizePx, kernel: 'js' })), wasm = prepareJob(scenario(sites, { tileSizePx, kernel: 'auto' }));
      for (let t = 0; t < js.tilesX * js.tilesY; t++) {
        const a = computeTileState(js, t, true), b = computeTileState(wasm, t, true);
        for (const layer of ['bestMw', 'bestSite', 'secondMw', 'secondSite', 'groupSum'] as const) {
          expect(firstDifference(b[layer]!, a[layer]!), `tile ${t} ${layer}`).toBe(-1);
        }
      }
    }), { seed: SEED, numRuns: 15 });
  });

  it('covered-only passes (TileState.sureMw) agree between the kernels and finish to the full pass\'s covered mask', () => {
    fc.assert(fc.property(fc.array(site, { minLength: 1, maxLength: 30 }), fc.constantFrom(17, 64), fc.nat(), fc.constantFrom(0, 1e-9, -1e-9, 5e-4), (specs, tileSizePx, pick, nudge) => {
      const sites = toSites(specs);
      const probe = prepareJob(scenario(sites, { tileSizePx, kernel: 'js' }));
      // A threshold at (or a hair from) some served pixel's stored RSRP.
      const served = Array.from({ length: probe.tilesX * probe.tilesY }, (_, t) => computeTile(probe, t)).flatMap((t) => Array.from(t.rsrpDbm).filter((v) => v > -Infinity));
      const settings = { ...scenario(sites).settings, thresholdDbm: served.length ? served[pick % served.length] + nudge : -100 };
      const js = prepareJob(scenario(sites, { tileSizePx, kernel: 'js', settings })), wasm = prepareJob(scenario(sites, { tileSizePx, kernel: 'auto', settings }));
      const sureMw = sureCoveredMw(settings.thresholdDbm);
      for (let t = 0; t < js.tilesX * js.tilesY; t++) {
        const full = finishTile(js, t, computeTileState(js, t));
        const a = computeTileState(js, t, false, undefined, sureMw);
        const leanJs = finishCoveredTile(js, t, a);
        expect(firstDifference(leanJs.covered, full.covered), `tile ${t} covered (JavaScript)`).toBe(-1);
        const b = oneShotTileState(wasm, t, undefined, sureMw);
        expect(a.groupSum.length + b.groupSum.length).toBe(0);
        for (const layer of ['bestMw', 'bestSite'] as const) expect(firstDifference(b[layer], a[layer]), `tile ${t} ${layer}`).toBe(-1);
        expect(b.evaluations).toBe(a.evaluations);
        const leanWasm = finishCoveredTile(wasm, t, b);
        expect(firstDifference(leanWasm.covered, full.covered), `tile ${t} covered (WebAssembly)`).toBe(-1);
        expect(Array.from(leanWasm.regionSums)).toEqual(Array.from(full.regionSums));
      }
    }), { seed: SEED, numRuns: 20 });
  });

  it('10 log10 (fast-db.ts): within 1e-9 dB of Math.log10, and the WebAssembly batch gives the same bits', () => {
    const job = prepareJob(scenario([makeSite({ id: 'x' }, [115.05, 35.74])]));
    const batch = wasmTileKernel()!.dbBatch(job);
    const special = [0, -1, Number.MIN_VALUE, 2.2e-308, Infinity, NaN, 1, 2, 10, 1e-10, 3.7e-12];
    fc.assert(fc.property(fc.array(fc.double({ min: 1e-30, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), (xs) => {
      const all = [...xs, ...special];
      all.forEach((x, k) => { batch.values[k] = x; });
      batch.run(all.length);
      all.forEach((x, k) => {
        const js = fastDb(x);
        expect(Object.is(batch.values[k], js) || (Number.isNaN(js) && Number.isNaN(batch.values[k])), `x = ${x}`).toBe(true);
        if (x > 0 && Number.isFinite(x)) expect(Math.abs(js - 10 * Math.log10(x))).toBeLessThan(1e-9);
      });
    }), { seed: SEED, numRuns: 50 });
    expect(fastDb(0)).toBe(-Infinity);
    expect(fastDb(1e-10)).toBeCloseTo(-100, 12);
  });

  it('the committed module is built from splat.wat (npm run build:wasm)', async () => {
    expect(readFileSync(wasmModulePath('splat.wat'), 'utf8')).toBe(await wasmModuleSource('splat.wat'));
  });
});
