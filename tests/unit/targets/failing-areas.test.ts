// failingAreas: the failing areas by name, per coverage target, on the hand-made raster of
// evaluate.test.ts (contract section 3: continuous = share >= 0.95 and no hole > 0.05 km2).
import { describe, expect, it } from 'vitest';
import type { TargetArea } from '../../../src/engine/model/dataset.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import { evaluateTargets } from '../../../src/engine/targets/evaluate.ts';
import { failingAreas } from '../../../src/engine/targets/failing-areas.ts';
import type { Plan } from '../../../src/engine/targets/types.ts';
import { block, makeGrid, makeRaster, pixelRectPolygon } from '../../fixtures/fake-raster.ts';

const grid = makeGrid(40, 40, 50); // 50 m pixels of 0.0025 km2
const AREAS: TargetArea[] = [
  { id: 'A', name: '甲镇', tier: 'township', county: '410922', modelled: true, population: null, geometry: pixelRectPolygon(grid, 0, 0, 19, 39) },
  { id: 'B', name: '乙县城', tier: 'county-seat', county: '410923', modelled: false, population: null, geometry: pixelRectPolygon(grid, 20, 0, 39, 39) },
  { id: 'C', name: '丙镇', tier: 'township', county: '410923', modelled: false, population: null, geometry: pixelRectPolygon(grid, 0, 0, 9, 1) },
];
// A: a 3x7 hole (21 px = 0.0525 km2): share 779/800 = 0.97375, fails on the hole.
// B: a 5x8 hole (0.1 km2) and one pixel: share 759/800 = 0.94875, fails on share.
// C (columns 0-9, rows 0-1): no uncovered pixel, passes.
const raster = makeRaster(grid, [...block(2, 2, 4, 8), ...block(25, 0, 29, 7), [35, 35]], null);

const plan: Plan = {
  id: 'mini-2022', name: 'mini', region: { level: 'prefecture', code: '4109', name: '濮阳市' }, years: [2022, 2022],
  stationKindsCounted: ['macro'], notSimulated: [], subsidy: null,
  targets: [
    { id: 'cont', year: 2022, kind: 'areaCoverage', areas: ['township', 'county-seat'], criterion: 'continuous', quote: 'q1' },
    { id: 'stations', year: 2022, kind: 'stationCount', scope: 'cumulative', min: 0, quote: 'q2' },
    { id: 'basic-town', year: 2022, kind: 'areaCoverage', areas: ['township'], criterion: 'basic', quote: 'q3' },
  ],
};

describe('failingAreas', () => {
  const report = evaluateTargets({ plan, year: 2022, sites: [], siteCounty: [], regions: null, areas: AREAS, raster, thresholds: DEFAULT_THRESHOLDS });
  const groups = failingAreas(report);
  it('lists each area target, not the station count, with its failing areas, lowest share first', () => {
    expect(groups.map((g) => g.targetId)).toEqual(['cont', 'basic-town']);
    const [cont, basic] = groups;
    expect(cont.areas).toBe(3);
    expect(cont.failing.map((a) => a.name)).toEqual(['乙县城', '甲镇']);
    expect(cont.failing[0]).toMatchObject({ id: 'B', county: '410923', coveredShare: 0.94875, holes: 2, largestHoleKm2: 0.1, modelled: false });
    expect(cont.failing[1]).toMatchObject({ id: 'A', coveredShare: 0.97375, holes: 1, modelled: true });
    expect(cont.failing[1].largestHoleKm2).toBeCloseTo(0.0525, 12);
    expect(cont.failing[1].reason).toMatch(/^hole of 0\.05\d km2 > 0\.05 km2$/);
    // basic (share >= 0.80): both townships pass.
    expect(basic).toMatchObject({ areas: 2, failing: [] });
  });
});
