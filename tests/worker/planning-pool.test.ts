/**
 * The planning worker route (comlink over Node worker_threads, the same worker object the
 * browser uses) gives exactly planSites' result on the calling thread, for 1 and 2 workers,
 * with progress rising to 1 (issue 5: footprints split across workers, identical results).
 */
import { circle, destination } from '@turf/turf';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePlanningPool } from '../../src/cli/planning-pool.ts';
import type { TargetArea } from '../../src/engine/model/dataset.ts';
import { DEFAULT_RADIO } from '../../src/engine/model/defaults.ts';
import { planSites } from '../../src/engine/planning/plan-sites.ts';
import type { PlanRequest } from '../../src/engine/planning/types.ts';
import { DEFAULT_THRESHOLDS } from '../../src/engine/targets/context.ts';
import type { Plan } from '../../src/engine/targets/types.ts';
import type { PlanningPool } from '../../workers/planning-pool.ts';
import { makeSite } from '../fixtures/make-site.ts';

const CENTRE: [number, number] = [115.2, 35.8];
const at = (km: number, b: number) => destination(CENTRE, km, b, { units: 'kilometers' }).geometry.coordinates as [number, number];
const AREA: TargetArea = { id: 'tw', name: 't', tier: 'township', county: '410928', modelled: true, population: null, geometry: circle(CENTRE, 2.4, { steps: 64, units: 'kilometers' }).geometry };
const PLAN: Plan = {
  id: 'p', name: 'p', region: { level: 'prefecture', code: '4109', name: 'x' }, years: [2020, 2022], stationKindsCounted: ['macro'], notSimulated: [], subsidy: null,
  targets: [{ id: 't', year: 2022, quote: '', kind: 'areaCoverage', areas: ['township'], criterion: 'continuous' }],
};
const request: PlanRequest = {
  goal: 'meet-targets', plan: PLAN, year: 2022, sites: [], areas: [AREA], regions: null, resM: 50,
  settings: DEFAULT_RADIO, thresholds: DEFAULT_THRESHOLDS, weighting: 'area',
  candidates: [
    makeSite({ id: 'c', status: 'candidate' }, CENTRE),
    ...[30, 90, 150, 210, 270, 330].map((b, i) => makeSite({ id: `in${i}`, status: 'candidate' }, at(1.0, b))),
    ...[0, 60, 120, 180, 240, 300].map((b, i) => makeSite({ id: `out${i}`, status: 'candidate' }, at(2.0, b))),
  ],
};
const reference = planSites(request);
const pools: PlanningPool[] = [];
afterAll(() => pools.forEach((p) => p.dispose()));

describe('planning worker pool', () => {
  it.each([1, 2])('%i worker(s): identical to planSites on the calling thread', async (n) => {
    const pool = createNodePlanningPool(n);
    pools.push(pool);
    const progress: number[] = [];
    const out = await pool.run(request, { onProgress: (f) => progress.push(f) });
    expect(reference.ok).toBe(true);
    expect(out).toEqual(reference);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
  });

  it('returns a request problem as a value, not a thrown error', async () => {
    const pool = createNodePlanningPool(1);
    pools.push(pool);
    const out = await pool.run({ ...request, goal: 'max-coverage' });
    expect(out).toEqual({ ok: false, message: 'max-coverage needs a limit: a budget in yuan or a number of sites' });
  });
});
