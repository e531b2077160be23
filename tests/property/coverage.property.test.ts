/**
 * Coverage properties (architecture.md): adding a site never lowers any pixel's best RSRP;
 * covered share stays in [0, 1] and never falls as sites are added; an incremental edit
 * (move, add, remove) gives exactly the full recompute's result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/engine/coverage/compute-coverage.ts';
import { computeTile, computeTileState, finishCoveredTile, finishTile } from '../../src/engine/coverage/compute-tile.ts';
import { prepareJob } from '../../src/engine/coverage/job.ts';
import { makeSite } from '../fixtures/make-site.ts';
import { randomSites, scenario } from '../fixtures/coverage-scenario.ts';
import { IncrementalSession } from '../fixtures/incremental.ts';

const SEED = 20240521;
const base = randomSites(25, 11);
const lonLat = fc.tuple(fc.double({ min: 115.0, max: 115.13, noNaN: true }), fc.double({ min: 35.7, max: 35.78, noNaN: true }));
const newSite = (i: number, p: [number, number], op: boolean, kind: number) =>
  makeSite({ id: `n${i}`, operator: op ? 'CMCC' : 'CU+CT', kind: ['macro', 'micro', 'indoor'][kind] }, p);

describe('coverage properties', () => {
  it('adding a site never lowers a pixel\'s best RSRP, and the covered share is monotone in [0, 1]', () => {
    fc.assert(fc.property(lonLat, fc.boolean(), fc.integer({ min: 0, max: 2 }), (p, op, kind) => {
      const before = computeCoverage(scenario(base));
      const after = computeCoverage(scenario([...base, newSite(0, p, op, kind)]));
      for (let i = 0; i < before.raster.rsrpDbm.length; i++) expect(after.raster.rsrpDbm[i]).toBeGreaterThanOrEqual(before.raster.rsrpDbm[i]);
      expect(after.stats.coveredShare).toBeGreaterThanOrEqual(before.stats.coveredShare);
      expect(after.stats.coveredShare).toBeLessThanOrEqual(1);
      expect(before.stats.coveredShare).toBeGreaterThanOrEqual(0);
    }), { seed: SEED, numRuns: 12 });
  });

  it.each(['noise', 'density'] as const)('incremental edits equal a full recompute, bit for bit (%s cut-off)', (interferenceCutoff) => {
    const settings = { ...scenario(base).settings, interferenceCutoff };
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), index: fc.nat(), to: lonLat }),
      fc.record({ kind: fc.constant('add' as const), to: lonLat, op: fc.boolean(), type: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
      // Several sites at once: a pixel can lose its best and its runner-up in one edit.
      fc.record({ kind: fc.constant('removeMany' as const), index: fc.nat(), count: fc.integer({ min: 2, max: 8 }) }),
    );
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      const session = new IncrementalSession(scenario(base, { tileSizePx: 24, settings }));
      let sites = base.slice();
      edits.forEach((e, k) => {
        if (e.kind === 'move' && sites.length) {
          const i = e.index % sites.length;
          sites[i] = makeSite({ ...(sites[i].props as { id: string }) }, e.to);
        } else if (e.kind === 'add') sites.push(newSite(100 + k, e.to, e.op, e.type));
        else if (e.kind === 'remove' && sites.length > 1) sites = sites.filter((_, i) => i !== e.index % sites.length);
        else if (e.kind === 'removeMany' && sites.length > e.count) {
          const n = sites.length, from = e.index % n;
          sites = sites.filter((_, i) => (i - from + n) % n >= e.count);
        }
        session.edit(sites);
      });
      const fresh = prepareJob(scenario(sites, { tileSizePx: 24, settings }));
      for (const t of session.tiles()) {
        const ref = computeTile(fresh, t.tileId);
        expect(Array.from(t.rsrpDbm)).toEqual(Array.from(ref.rsrpDbm));
        expect(Array.from(t.sinrDb)).toEqual(Array.from(ref.sinrDb));
        expect(Array.from(t.bestSite)).toEqual(Array.from(ref.bestSite));
      }
    }), { seed: SEED, numRuns: 25 });
  });

  it('coveredOnly (sites counted out to their serving reach) gives the same covered pixels and statistics', () => {
    const seeds = fc.record({ seed: fc.integer({ min: 1, max: 1e6 }), count: fc.integer({ min: 1, max: 40 }), thresholdDbm: fc.integer({ min: -120, max: -80 }), cutoff: fc.constantFrom('noise' as const, 'density' as const) });
    fc.assert(fc.property(seeds, ({ seed, count, thresholdDbm, cutoff }) => {
      const settings = { ...scenario(base).settings, thresholdDbm, interferenceCutoff: cutoff };
      const sites = randomSites(count, seed);
      const full = computeCoverage(scenario(sites, { settings }));
      const lean = computeCoverage(scenario(sites, { settings, coveredOnly: true }));
      expect(Array.from(lean.raster.covered)).toEqual(Array.from(full.raster.covered));
      expect(lean.stats).toEqual(full.stats);
      // Every served pixel's best RSRP is the full run's (only sites beyond their serving reach are left out).
      for (let i = 0; i < full.raster.covered.length; i++) if (full.raster.covered[i]) expect(lean.raster.rsrpDbm[i]).toBe(full.raster.rsrpDbm[i]);
      expect(lean.evaluations).toBeLessThanOrEqual(full.evaluations);
    }), { seed: SEED, numRuns: 20 });
  });

  it('finishCoveredTile gives finishTile\'s covered mask, population and sums, bit for bit, even for powers at the threshold', () => {
    const seeds = fc.record({ seed: fc.integer({ min: 1, max: 1e6 }), count: fc.integer({ min: 1, max: 30 }), pick: fc.nat(), nudge: fc.constantFrom(0, 1e-9, -1e-9, 5e-4, -5e-4, 2e-3), sinr: fc.boolean() });
    fc.assert(fc.property(seeds, ({ seed, count, pick, nudge, sinr }) => {
      const sites = randomSites(count, seed);
      const probe = prepareJob(scenario(sites, { tileSizePx: 16 }));
      // A threshold at (or a hair from) the stored RSRP of some served pixel: the borderline path decides it.
      const served = Array.from({ length: probe.tilesX * probe.tilesY }, (_, t) => computeTile(probe, t)).flatMap((t) => Array.from(t.rsrpDbm).filter((v) => v > -Infinity));
      const thresholdDbm = served.length ? served[pick % served.length] + nudge : -100;
      const settings = { ...scenario(sites).settings, thresholdDbm, sinrThresholdDb: sinr ? -3 : null };
      const job = prepareJob(scenario(sites, { tileSizePx: 16, settings }));
      for (let t = 0; t < job.tilesX * job.tilesY; t++) {
        const full = finishTile(job, t, computeTileState(job, t));
        const lean = finishCoveredTile(job, t, computeTileState(job, t));
        expect(Array.from(lean.covered)).toEqual(Array.from(full.covered));
        expect(Array.from(lean.population)).toEqual(Array.from(full.population));
        expect(Array.from(lean.regionSums)).toEqual(Array.from(full.regionSums));
        expect(Array.from(lean.areaSums)).toEqual(Array.from(full.areaSums));
        expect([lean.tileId, lean.col0, lean.row0, lean.width, lean.height, lean.evaluations]).toEqual([full.tileId, full.col0, full.row0, full.width, full.height, full.evaluations]);
      }
    }), { seed: SEED, numRuns: 25 });
  });

  it('a one-site move touches only some tiles', () => {
    const session = new IncrementalSession(scenario(base, { tileSizePx: 8 }));
    const sites = base.slice();
    sites[3] = makeSite({ ...(sites[3].props as { id: string }) }, [sites[3].lonLat[0] + 0.002, sites[3].lonLat[1]]);
    session.edit(sites);
    expect(session.lastDirty).not.toBe('all');
    expect((session.lastDirty as number[]).length).toBeLessThan(session.job.tilesX * session.job.tilesY);
  });
});
