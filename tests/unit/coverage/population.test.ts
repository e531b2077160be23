/** The population rule (docs/engine.md): urban residents on settlement pixels, the rest elsewhere; totals exact. */
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { fullStudyMasks } from '../../../src/engine/coverage/study-area.ts';
import { randomSites, scenario, URBAN_AREA } from '../../fixtures/coverage-scenario.ts';

describe('population per pixel', () => {
  const out = computeCoverage(scenario(randomSites(20, 3)));
  const pop = out.raster.populationPerPixel!;

  it('sums to the region census population', () => {
    let total = 0;
    for (let i = 0; i < pop.length; i++) total += pop[i];
    expect(total).toBeCloseTo(100_000, 0);
  });

  it('puts the urban half (urbanShare 0.5) on the settlement area pixels', () => {
    let urban = 0;
    const { areaIndex } = fullStudyMasks(out.job);
    for (let i = 0; i < pop.length; i++) if (areaIndex[i] === 0) urban += pop[i];
    expect(urban).toBeCloseTo(50_000, 0);
    expect(out.job.input.areas[0].id).toBe(URBAN_AREA.id);
  });

  it('population covered share weighs pixels by residents', () => {
    const r = out.stats.regions[0];
    let covered = 0;
    for (let i = 0; i < pop.length; i++) covered += pop[i] * out.raster.covered[i];
    // The raster stores residents as Float32; the statistics sum them in Float64.
    expect(r.populationCoveredShare).toBeCloseTo(covered / 100_000, 6);
  });
});
