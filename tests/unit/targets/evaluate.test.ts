// Target evaluators on hand-made inputs; every figure worked by hand in the comments
// (issue 3 "Targets"; contract section 3 for the coverage criteria, section 5 for the rows).
import { describe, expect, it } from 'vitest';
import type { Region, TargetArea } from '../../../src/engine/model/dataset.ts';
import { DEFAULT_THRESHOLDS, type TargetContext } from '../../../src/engine/targets/context.ts';
import { areasForYear, coverageRequest } from '../../../src/engine/targets/coverage-request.ts';
import { defaultYear, evaluateTargets, needsCoverage } from '../../../src/engine/targets/evaluate.ts';
import { assignCounties } from '../../../src/engine/model/site-counties.ts';
import type { Plan, Target } from '../../../src/engine/targets/types.ts';
import { block, makeGrid, makeRaster, pixelRectPolygon } from '../../fixtures/fake-raster.ts';
import { makeSite } from '../../fixtures/make-site.ts';
import { planById } from '../../fixtures/targets/load.ts';

const SITES = [
  makeSite({ id: 'a', operator: 'CMCC', status: 'built', year: 2020, county: '410922' }),
  makeSite({ id: 'b', operator: 'CU+CT', status: 'built', year: 2020, county: '410922' }),
  makeSite({ id: 'c', operator: 'CU', status: 'planned', year: 2020, kind: 'micro', county: '410923' }),
  makeSite({ id: 'd', operator: 'CT', status: 'planned', year: 2021, kind: 'indoor', powerSupply: 'transfer', county: '410923' }),
  makeSite({ id: 'e', operator: 'CMCC', status: 'candidate', year: 2020, county: '410923' }),
  makeSite({ id: 'g', operator: 'CT', status: 'built', county: '410923' }),
];

const grid = makeGrid(40, 40, 50); // 2 km x 2 km, 50 m pixels of 0.0025 km2
const REGIONS: Region[] = [
  { code: '410922', name: '清丰县', population: 10000, urbanShare: null, geometry: pixelRectPolygon(grid, 0, 0, 19, 39) },
  { code: '410923', name: '南乐县', population: 20000, urbanShare: null, geometry: pixelRectPolygon(grid, 20, 0, 39, 39) },
];
const AREAS: TargetArea[] = [
  { id: 'A', name: '甲镇', tier: 'township', county: '410922', modelled: true, population: null, geometry: pixelRectPolygon(grid, 0, 0, 19, 39) },
  { id: 'B', name: '乙县城', tier: 'county-seat', county: '410923', modelled: false, population: null, geometry: pixelRectPolygon(grid, 20, 0, 39, 39) },
];
// A: one 3x7 hole = 21 px = 0.0525 km2, share 779/800 = 0.97375.
// B: a 5x8 hole (40 px = 0.1 km2) and a single pixel: 41 px, share 759/800 = 0.94875.
const UNCOVERED = [...block(2, 2, 4, 8), ...block(25, 0, 29, 7), [35, 35] as [number, number]];

type WithoutQuote<T> = T extends unknown ? Omit<T, 'quote'> : never;

function plan(targets: WithoutQuote<Target>[]): Plan {
  return {
    id: 'mini-2020-2022', name: 'mini', region: { level: 'prefecture', code: '4109', name: '濮阳市' }, years: [2020, 2022],
    stationKindsCounted: ['macro', 'micro', 'indoor'], targets: targets.map((t) => ({ ...t, quote: `quote ${t.id}` }) as Target),
    notSimulated: [], subsidy: null,
  };
}

function ctx(p: Plan, year: number, extra: Partial<TargetContext> = {}): TargetContext {
  const sites = extra.sites ?? SITES;
  return {
    plan: p, year, sites, siteCounty: assignCounties(sites, extra.regions ?? null),
    regions: null, areas: null, raster: null, thresholds: DEFAULT_THRESHOLDS, ...extra,
  };
}

describe('stationCount', () => {
  it('new-in-year 2021 counts only d; 2020 counts a, b, c (undated g is never "new")', () => {
    const p = plan([{ id: 'n21', year: 2021, kind: 'stationCount', scope: 'new-in-year', min: 1 }, { id: 'n20', year: 2020, kind: 'stationCount', scope: 'new-in-year', min: 4, stretch: 5 }]);
    expect(evaluateTargets(ctx(p, 2021)).results[0]).toMatchObject({ actual: 1, pass: true });
    expect(evaluateTargets(ctx(p, 2020)).results[0]).toMatchObject({ required: 4, actual: 3, pass: false, stretch: { required: 5, pass: false } });
  });
  it('a CU-only target counts CU and co-built stations; a filter by kind narrows it', () => {
    const p = plan([{ id: 'cu', year: 2021, kind: 'stationCount', scope: 'cumulative', min: 2, byOperator: { CU: 2, CT: 3 } },
      { id: 'micro', year: 2021, kind: 'stationCount', scope: 'cumulative', min: 1, filter: { kinds: ['micro'] } }]);
    const [cu, micro] = evaluateTargets(ctx(p, 2021)).results;
    // CU: b (co-built), c = 2. CT: b, d, g = 3.
    expect(cu.actual).toEqual({ total: 5, CU: 2, CT: 3 });
    expect(cu.pass).toBe(true);
    expect(micro).toMatchObject({ actual: 1, pass: true });
  });
});

describe('stationsPer10k', () => {
  const p = plan([{ id: 'r', year: 2021, kind: 'stationsPer10k', min: 1.6 }]);
  it('region and per county, lowest county first', () => {
    const [row] = evaluateTargets(ctx(p, 2021, { regions: REGIONS })).results;
    // 2021: a, b, c, d, g = 5 stations / 30,000 residents x 10,000 = 1.6667 >= 1.6.
    expect(row.actual).toBeCloseTo(5 / 3, 12);
    expect(row.pass).toBe(true);
    // 南乐县 c, d, g = 3 / 20,000 -> 1.5 (below 1.6); 清丰县 a, b = 2 / 10,000 -> 2.0.
    expect(row.perCounty).toEqual([
      { code: '410923', name: '南乐县', population: 20000, stations: 3, per10k: 1.5, belowTarget: true },
      { code: '410922', name: '清丰县', population: 10000, stations: 2, per10k: 2, belowTarget: false },
    ]);
  });
  it('is not simulated without county populations', () => {
    expect(evaluateTargets(ctx(p, 2021)).results[0]).toMatchObject({ pass: null, status: 'not simulated', actual: null });
  });
});

describe('areaCoverage and populationCoverage on a hand-made raster', () => {
  const p = plan([
    { id: 'cont', year: 2022, kind: 'areaCoverage', areas: ['township', 'county-seat'], criterion: 'continuous' },
    { id: 'full-town', year: 2022, kind: 'areaCoverage', areas: ['township'], criterion: 'full' },
    { id: 'covered-seat', year: 2022, kind: 'areaCoverage', areas: ['county-seat'], criterion: 'covered' },
    { id: 'pop', year: 2022, kind: 'populationCoverage', minShare: 0.9 },
  ]);
  // 1 resident per pixel, 100 in pixel (2,2) of A's hole: total 1599 + 100 = 1699; uncovered 61 + 100 = 161.
  const pop = new Float32Array(1600).fill(1);
  pop[2 * 40 + 2] = 100;
  const raster = makeRaster(grid, UNCOVERED, pop);
  const report = evaluateTargets(ctx(p, 2022, { raster, areas: AREAS }));
  const [cont, full, covered, popRow] = report.results;
  it('continuous fails: A has a 0.0525 km2 hole (> 0.05), B a share of 0.94875 (< 0.95)', () => {
    expect(cont.pass).toBe(false);
    expect(cont.actual).toEqual({ areas: 2, passing: 0, lowestShare: 0.94875, largestHoleKm2: 0.1 });
    const [a, b] = cont.perArea as any[];
    expect(a).toMatchObject({ id: 'A', modelled: true, pixels: 800, coveredShare: 0.97375, holes: 1, pass: false });
    expect(a.largestHoleKm2).toBeCloseTo(0.0525, 12);
    expect(b).toMatchObject({ id: 'B', modelled: false, holes: 2, largestHoleKm2: 0.1, pass: false });
    expect(b.holePolygons[0].areaKm2).toBeCloseTo(0.1, 12);
    expect(cont.modelledAreas).toBe(1);
  });
  it('full passes on A alone (0.97375 >= 0.95, holes do not matter)', () => {
    expect(full).toMatchObject({ pass: true, actual: { areas: 1, passing: 1 } });
  });
  it('covered passes on B (0.94875 >= 0.90)', () => expect(covered.pass).toBe(true));
  it('thresholds are parameters: maxHoleKm2 0.06 lets A pass continuous', () => {
    const r = evaluateTargets(ctx(p, 2022, { raster, areas: AREAS, thresholds: { ...DEFAULT_THRESHOLDS, maxHoleKm2: 0.06 } }));
    expect((r.results[0].perArea as any[])[0].pass).toBe(true);
  });
  it('population coverage 1538 / 1699 = 0.90524 >= 0.9', () => {
    expect(popRow.actual).toBeCloseTo(1538 / 1699, 6);
    expect(popRow.pass).toBe(true);
  });
  it('without a raster the coverage rows are not simulated, with a reason', () => {
    const r = evaluateTargets(ctx(p, 2022));
    expect(r.results.map((x) => x.pass)).toEqual([null, null, null, null]);
    expect(r.results[0].reason).toMatch(/--areas/);
  });
});

describe('evaluateTargets on the Puyang plan', () => {
  const py = planById('puyang-2020-2022');
  it('lists every 2022 target in plan order, then 5G users as not simulated', () => {
    const r = evaluateTargets(ctx(py, 2022));
    expect(r.results.map((x) => [x.id, x.pass])).toEqual([
      ['py-2022-stations', false],
      ['py-2022-townships', null],
      ['py-2022-transfer-power', false], // d is 1 of 5 on transferred power: 0.2 > 0.05
      ['puyang-2020-2022:5g-users-2022', null],
    ]);
    expect(r.results[0].description).toBe('5G基站数量达到4653个（其中移动2628个，联通电信2025个）');
    expect(r.results[3]).toMatchObject({ required: 1910000, actual: null, status: 'not simulated' });
    expect(defaultYear(py)).toBe(2022);
    expect(needsCoverage(py, 2022)).toBe(true);
    expect(needsCoverage(planById('henan-2020-2022'), 2020)).toBe(true);
  });
  it('reports sites outside the region (by county code, or by location when regions are loaded) without dropping them', () => {
    const sites = [...SITES, makeSite({ id: 'zz', status: 'built', year: 2020, county: '410105' }), makeSite({ id: 'far', status: 'built', year: 2020 }, [113.6, 34.7])];
    const r = evaluateTargets(ctx(py, 2020, { sites, regions: REGIONS }));
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'sites-outside-region', count: 2, ids: ['zz', 'far'] })]);
    // a, b, c, g + zz + far = 6 stations counted.
    expect((r.results[0].actual as any).total).toBe(6);
  });
});

describe('coverageRequest', () => {
  const areaPlan = plan([{ id: 'cont', year: 2022, kind: 'areaCoverage', areas: ['township'], criterion: 'continuous' }]);
  const popPlan = plan([{ id: 'pop', year: 2022, kind: 'populationCoverage', minShare: 0.1 }]);
  it("area targets: the study area is the areas themselves; the year's stations only", () => {
    const req = coverageRequest(areaPlan, 2022, SITES, REGIONS, areasForYear(areaPlan, 2022, AREAS))!;
    expect(req.regions.map((r) => r.code)).toEqual(['A']); // township only; the county seat is not asked for
    expect(req.sites.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'g']); // candidate e never
  });
  it('a population target uses the whole region; nothing to compute over gives null', () => {
    expect(coverageRequest(popPlan, 2022, SITES, REGIONS, [])!.regions).toBe(REGIONS);
    expect(coverageRequest(areaPlan, 2022, SITES, REGIONS, [])).toBeNull();
    expect(coverageRequest(areaPlan, 2021, SITES, REGIONS, AREAS)).toBeNull(); // no coverage target in 2021
  });
});
