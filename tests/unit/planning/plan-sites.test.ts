// The planner on the radio engine (issue 5), in small: the township disk of the targets' hole
// test (radius 2.4 km, ring of six macros 2.0 km out fails 'continuous' without a centre site,
// tests/unit/targets/hole-removed-site.test.ts). Footprints must agree bit for bit with the
// coverage raster (contract section 2: covered = best RSRP >= -105 dBm, and the best RSRP of a
// set is the maximum over its sites), and what meet-targets chooses must pass the targets
// engine's own evaluateArea on a full coverage computation.
import { circle, destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import type { TargetArea } from '../../../src/engine/model/dataset.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import type { Site } from '../../../src/engine/model/types.ts';
import { planningFootprints, preparePlanning } from '../../../src/engine/planning/prepare.ts';
import { footprintSiteCount, planSites } from '../../../src/engine/planning/plan-sites.ts';
import type { PlanRequest, PlanResult } from '../../../src/engine/planning/types.ts';
import { criterionRule, evaluateArea } from '../../../src/engine/targets/area-coverage.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import type { Plan } from '../../../src/engine/targets/types.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const CENTRE: [number, number] = [115.2, 35.8];
const geometry = circle(CENTRE, 2.4, { steps: 64, units: 'kilometers' }).geometry;
const AREA: TargetArea = { id: 'tw', name: '试验镇', tier: 'township', county: '410928', modelled: true, population: null, geometry };
const at = (km: number, bearing: number) => destination(CENTRE, km, bearing, { units: 'kilometers' }).geometry.coordinates as [number, number];
const RING = [0, 60, 120, 180, 240, 300].map((b, i) => makeSite({ id: `ring${i}`, status: 'built', year: 2020 }, at(2.0, b)));
const cand = (id: string, lonLat: [number, number], extra: Record<string, unknown> = {}) => makeSite({ id, status: 'candidate', ...extra }, lonLat);
const CENTRE_CAND = cand('c-centre', CENTRE);
const FAR = cand('c-far', at(20, 90));
const EDGE = cand('c-edge', at(2.3, 30));

const PLAN: Plan = {
  id: 'test-plan', name: 'test', region: { level: 'prefecture', code: '4109', name: '濮阳市' }, years: [2020, 2022],
  stationKindsCounted: ['macro', 'micro', 'indoor'], notSimulated: [], subsidy: null,
  targets: [{ id: 'tw-cont', year: 2022, quote: '乡镇连续覆盖', kind: 'areaCoverage', areas: ['township'], criterion: 'continuous' }],
};

function request(candidates: Site[], extra: Partial<PlanRequest> = {}): PlanRequest {
  return {
    goal: 'meet-targets', plan: PLAN, year: 2022, sites: RING, candidates, areas: [AREA], regions: null, resM: 50,
    settings: DEFAULT_RADIO, thresholds: DEFAULT_THRESHOLDS, weighting: 'area', ...extra,
  };
}

function run(req: PlanRequest): PlanResult {
  const out = planSites(req);
  if (!out.ok) throw new Error(out.message);
  return out.value;
}

const REGION = [{ code: 'tw', name: AREA.name, population: null, urbanShare: null, geometry }];
function continuousWith(sites: Site[]) {
  const { raster } = computeCoverage({ sites, regions: REGION, areas: [AREA], resM: 50, settings: DEFAULT_RADIO });
  return evaluateArea(raster, AREA, criterionRule('continuous', DEFAULT_THRESHOLDS));
}

describe('footprints', () => {
  it('their union is the coverage raster\'s covered mask, pixel for pixel (sectored and omni sites)', () => {
    const MICRO = cand('c-micro', at(1.2, 250), { kind: 'micro' }); // omni antenna (contract section 1)
    const req = request([CENTRE_CAND, EDGE, MICRO]);
    const prepared = preparePlanning(req);
    if (!prepared.ok) throw new Error(prepared.message);
    const { ctx } = prepared;
    const fp = planningFootprints(ctx, 0, footprintSiteCount(ctx));
    const union = new Uint8Array(ctx.job.grid.width * ctx.job.grid.height);
    for (const f of fp) for (const e of f) union[ctx.universe.pixelOfElement[e]] = 1;
    const { raster } = computeCoverage({ sites: [CENTRE_CAND, EDGE, MICRO, ...RING], regions: REGION, areas: [AREA], resM: 50, settings: DEFAULT_RADIO });
    const micro = planningFootprints(ctx, 2, 3)[0];
    expect(micro.length).toBeGreaterThan(10);
    expect(ctx.job.grid).toEqual(raster.grid);
    let covered = 0;
    for (let p = 0; p < union.length; p++) {
      expect(union[p]).toBe(raster.covered[p]);
      covered += union[p];
    }
    expect(covered).toBeGreaterThan(1000);
  });

  it('each site\'s footprint is exactly what a coverage run of that site alone covers (macro and omni micro)', () => {
    const MICRO = cand('c-micro', at(1.2, 250), { kind: 'micro' });
    const prepared = preparePlanning(request([CENTRE_CAND, MICRO], { sites: [] }));
    if (!prepared.ok) throw new Error(prepared.message);
    const { ctx } = prepared;
    const fp = planningFootprints(ctx, 0, 2);
    [CENTRE_CAND, MICRO].forEach((site, j) => {
      const { raster } = computeCoverage({ sites: [site], regions: REGION, areas: [AREA], resM: 50, settings: DEFAULT_RADIO });
      const alone: number[] = [];
      raster.covered.forEach((v, p) => { if (v) alone.push(ctx.universe.elementOfPixel[p]); });
      expect(alone.length).toBeGreaterThan(10);
      expect(Array.from(fp[j])).toEqual(alone);
    });
  });

  it('are the same computed in two halves as in one go (any worker split)', () => {
    const prepared = preparePlanning(request([CENTRE_CAND, EDGE, FAR]));
    if (!prepared.ok) throw new Error(prepared.message);
    const n = footprintSiteCount(prepared.ctx);
    const whole = planningFootprints(prepared.ctx, 0, n);
    const halves = [...planningFootprints(prepared.ctx, 0, 4), ...planningFootprints(prepared.ctx, 4, n)];
    expect(halves).toEqual(whole);
  });
});

describe('meet-targets', () => {
  it('restores the ring-only township with the centre site alone (optimum: 1, the area fails without candidates)', () => {
    expect(continuousWith(RING).pass).toBe(false);
    const r = run(request([FAR, EDGE, CENTRE_CAND]));
    expect(r.goalMet).toBe(true);
    expect(r.areasFailingBefore).toBe(1);
    expect(r.chosen.map((c) => c.candidate)).toEqual([2]);
    expect(r.chosen[0].rank).toBe(1);
    expect(r.chosen[0].gainPixels).toBeGreaterThan(0);
    expect(r.coveredShareAfter).toBeGreaterThan(r.coveredShareBefore);
    expect(r.costYuan).toBe(0);
    // The targets engine agrees on a full coverage run.
    expect(continuousWith([...RING, CENTRE_CAND]).pass).toBe(true);
  });

  it('says which area stays short, and by how much, when the candidates cannot do it', () => {
    const r = run(request([FAR]));
    expect(r.goalMet).toBe(false);
    expect(r.chosen).toEqual([]);
    expect(r.shortAreas).toHaveLength(1);
    const s = r.shortAreas[0];
    expect(s.id).toBe('tw');
    expect(s.requiredShare).toBe(0.95);
    expect(s.maxHoleKm2).toBe(0.05);
    expect(s.shortPixels > 0 || s.largestHoleKm2 > 0.05).toBe(true);
    const truth = continuousWith(RING);
    expect(s.coveredShare).toBeCloseTo(truth.coveredShare!, 12);
    expect(s.largestHoleKm2).toBeCloseTo(truth.largestHoleKm2, 12);
  });

  it('an area that already passes needs nothing: no pick at all', () => {
    const r = run(request([CENTRE_CAND], { sites: [...RING, makeSite({ id: 'old-centre', status: 'built', year: 2021 }, CENTRE)] }));
    expect(r.areasFailingBefore).toBe(0);
    expect(r.chosen).toEqual([]);
    expect(r.goalMet).toBe(true);
  });

  it('sites planned after the year, and candidates in the sites file, are not existing coverage', () => {
    const later = makeSite({ id: 'later', status: 'planned', year: 2023 }, CENTRE);
    const r = run(request([CENTRE_CAND], { sites: [...RING, later, cand('sites-cand', CENTRE)] }));
    expect(r.areasFailingBefore).toBe(1);
    expect(r.chosen).toHaveLength(1);
  });

  it('prefers the cheaper of two equal sites (least cost), and sums costYuan', () => {
    const dear = cand('dear', CENTRE, { costYuan: 400000 });
    const cheap = cand('cheap', CENTRE, { costYuan: 150000 });
    const r = run(request([dear, cheap, { ...FAR, props: { ...FAR.props, costYuan: 1 } }]));
    expect(r.chosen.map((c) => c.candidate)).toEqual([1]);
    expect(r.costYuan).toBe(150000);
  });
});

describe('constraints', () => {
  it('exclude: true keeps the centre out; the target then stays short', () => {
    const r = run(request([cand('c-centre', CENTRE, { exclude: true }), FAR]));
    expect(r.chosen.map((c) => c.candidate)).not.toContain(0);
    expect(r.dropped.excluded).toBe(1);
  });

  it('mustChoose: true is chosen even when useless, marked forced, and never pruned', () => {
    const r = run(request([cand('c-far', at(20, 90), { mustChoose: 'true' }), CENTRE_CAND]));
    expect(r.chosen.map((c) => [c.candidate, c.forced])).toEqual([[0, true], [1, false]]);
    expect(r.goalMet).toBe(true);
  });

  it('minimum spacing: 2.5 km rules out a centre 2.0 km from same-operator ring sites, not from another operator\'s', () => {
    const r = run(request([CENTRE_CAND], { minSpacingM: 2500 }));
    expect(r.dropped.spacing).toBe(1);
    expect(r.chosen).toEqual([]);
    const ct = run(request([cand('c-ct', CENTRE, { operator: 'CT' })], { minSpacingM: 2500 }));
    expect(ct.dropped.spacing).toBe(0);
  });

  it('minimum spacing between chosen sites: of two centre sites 100 m apart only one may be chosen', () => {
    const twin = cand('twin', at(0.1, 90));
    const r = run(request([CENTRE_CAND, twin, EDGE], { minSpacingM: 500 }));
    const ids = r.chosen.map((c) => c.candidate);
    expect(ids.includes(0) && ids.includes(1)).toBe(false);
  });

  it('operator filter: only candidates of --operator are offered', () => {
    const r = run(request([CENTRE_CAND, cand('c-cu', at(0.05, 0), { operator: 'CU' })], { operator: 'CU' }));
    expect(r.dropped.operator).toBe(1);
    expect(r.chosen.every((c) => c.candidate === 1)).toBe(true);
  });
});

describe('max-coverage', () => {
  // Study area: a 6 km disk around the township, so several candidates add coverage.
  const big = [{ code: 'big', name: 'big', population: null, urbanShare: null, geometry: circle(CENTRE, 6, { steps: 64, units: 'kilometers' }).geometry }];
  const four = [CENTRE_CAND, cand('c-out', at(4.5, 30)), FAR, cand('c-sw', at(4.0, 200))];
  const req = request(four, { goal: 'max-coverage', regions: big, maxSites: 2, weighting: 'area' });

  it('with 2 sites: within (1 - 1/e) of the exhaustive optimum over footprints, gains adding up', () => {
    const prepared = preparePlanning(req);
    if (!prepared.ok) throw new Error(prepared.message);
    const { ctx } = prepared;
    const fp = planningFootprints(ctx, 0, footprintSiteCount(ctx));
    const existing = new Set<number>();
    for (let s = 4; s < fp.length; s++) for (const e of fp[s]) existing.add(e);
    const newPixels = (pick: number[]) => new Set(pick.flatMap((j) => Array.from(fp[j]).filter((e) => !existing.has(e)))).size;
    let opt = 0;
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) opt = Math.max(opt, newPixels([a, b]));
    const r = run(req);
    const got = r.chosen.reduce((s, c) => s + c.gainPixels, 0);
    expect(got).toBe(newPixels(r.chosen.map((c) => c.candidate)));
    expect(got).toBeGreaterThanOrEqual((1 - 1 / Math.E) * opt);
    expect(r.chosen).toHaveLength(2);
    expect(r.chosen[0].gainPixels).toBeGreaterThanOrEqual(r.chosen[1].gainPixels);
    expect(r.coveredShareAfter).toBeCloseTo(r.coveredShareBefore + got / r.pixels, 12);
  });

  it('population weighting needs regions with population; without, it falls back to area', () => {
    const r = run({ ...req, weighting: 'population' });
    expect(r.chosen.every((c) => c.gainPopulation === null)).toBe(true);
  });
});

describe('pruning on the radio engine', () => {
  // No existing sites; candidates: the centre, an inner ring of six at 1.0 km and an outer ring
  // of six at 2.0 km. The greedy overshoots by one site, which the pruning pass removes.
  const offered = [
    cand('c', CENTRE),
    ...[30, 90, 150, 210, 270, 330].map((b, i) => cand(`in${i}`, at(1.0, b))),
    ...[0, 60, 120, 180, 240, 300].map((b, i) => cand(`out${i}`, at(2.0, b))),
  ];
  const r = run(request(offered, { sites: [] }));

  it('removes a redundant pick, and the rest still passes on a full coverage run', () => {
    expect(r.goalMet).toBe(true);
    expect(r.pruned).toBeGreaterThanOrEqual(1);
    expect(continuousWith(r.chosen.map((c) => offered[c.candidate])).pass).toBe(true);
  });

  it('leaves no kept site redundant: without any one of them the township fails', () => {
    const kept = r.chosen.map((c) => offered[c.candidate]);
    for (let i = 0; i < kept.length; i++) expect(continuousWith(kept.filter((_, k) => k !== i)).pass).toBe(false);
  });
});
