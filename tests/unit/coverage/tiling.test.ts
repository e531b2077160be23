/** Tiled results equal the whole-grid result bit for bit, for any tile size (architecture.md). */
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { firstDifference, randomSites, scenario } from '../../fixtures/coverage-scenario.ts';

describe('tiling', () => {
  const sites = randomSites(60, 7);
  const whole = computeCoverage(scenario(sites, { tileSizePx: 4096 }));

  it.each([17, 37, 64])('tile size %i gives identical rasters and statistics', (tileSizePx) => {
    const tiled = computeCoverage(scenario(sites, { tileSizePx }));
    expect(tiled.job.tilesX * tiled.job.tilesY).toBeGreaterThan(1);
    expect(firstDifference(tiled.raster.rsrpDbm, whole.raster.rsrpDbm)).toBe(-1);
    expect(firstDifference(tiled.raster.sinrDb, whole.raster.sinrDb)).toBe(-1);
    expect(firstDifference(tiled.raster.bestSite, whole.raster.bestSite)).toBe(-1);
    expect(firstDifference(tiled.raster.covered, whole.raster.covered)).toBe(-1);
    expect(tiled.stats.coveredShare).toBe(whole.stats.coveredShare);
    expect(tiled.stats.regions[0].populationCoveredShare).toBeCloseTo(whole.stats.regions[0].populationCoveredShare!, 12);
  });

  it('covers something and leaves something uncovered (the scenario is not trivial)', () => {
    expect(whole.stats.coveredShare).toBeGreaterThan(0.2);
    expect(whole.stats.coveredShare).toBeLessThan(1);
  });
});
