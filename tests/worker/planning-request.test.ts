/**
 * The app's planning request, built in a planning worker (workers/planning-request.ts): the
 * action plan parsed from data/targets.json, the settlement areas its year's targets name
 * (areasForYear, as `g5plan plan` does), the limits of max-coverage only, and a hex lattice
 * (docs/planning.md) over the areas that fail when asked. Through the Node pool too: the same
 * worker object the browser uses, over comlink.
 */
import { readFileSync } from 'node:fs';
import { circle } from '@turf/turf';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePlanningPool } from '../../src/cli/planning-pool.ts';
import type { Region, TargetArea } from '../../src/engine/model/dataset.ts';
import { buildPlanRequest } from '../../workers/planning-request.ts';
import type { PlanInput } from '../../workers/planning-api.ts';
import type { PlanningPool } from '../../workers/planning-pool.ts';
import { makeSite } from '../fixtures/make-site.ts';

const disk = (id: string, tier: TargetArea['tier'], centre: [number, number], km: number): TargetArea =>
  ({ id, name: id, tier, county: '410928', modelled: true, population: 5000, geometry: circle(centre, km, { steps: 64, units: 'kilometers' }).geometry });
const TOWN: [number, number] = [115.2, 35.8];
const COVERED: [number, number] = [115.4, 35.8];
const AREAS = [disk('tw-a', 'township', TOWN, 0.6), disk('tw-b', 'township', COVERED, 0.6), disk('kv-c', 'key-village', [115.3, 35.7], 0.3)];
const REGIONS: Region[] = [{ code: '410928', name: 'x', population: 10000, urbanShare: 0.5, geometry: circle([115.3, 35.8], 30, { units: 'kilometers' }).geometry }];

const input: PlanInput = {
  targetsText: readFileSync('data/targets.json', 'utf8'), planId: 'puyang-2020-2022', goal: 'meet-targets', year: 2022,
  // One CMCC macro right at tw-b's seat: tw-b passes, tw-a (18 km west) fails.
  sites: [makeSite({ id: 'b', status: 'built', year: 2020, operator: 'CMCC', kind: 'macro' }, COVERED)],
  candidates: [makeSite({ id: 'c1', status: 'candidate', operator: 'CMCC', kind: 'macro' }, TOWN)],
  hexOperator: 'CMCC', areas: AREAS, regions: REGIONS, resM: 100, thresholdDbm: -105, maxSites: 3,
};

const pools: PlanningPool[] = [];
afterAll(() => pools.forEach((p) => p.dispose()));

describe('buildPlanRequest (the app\'s planning request)', () => {
  it('keeps the areas the 2022 township target names and drops max-coverage limits from meet-targets', () => {
    const out = buildPlanRequest(input);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    // py-2022-townships names prefecture-urban, county-seat and township: the key village is left out.
    expect(out.req.areas.map((a) => a.id)).toEqual(['tw-a', 'tw-b']);
    expect(out.req.plan.id).toBe('puyang-2020-2022');
    expect(out.req.candidates.map((c) => c.id)).toEqual(['c1']);
    expect(out.req.maxSites).toBeUndefined();
    expect(out.req.settings.thresholdDbm).toBe(-105);
    expect(out.hexAreas).toBeNull();
  });

  it('keeps every area and the limits for max-coverage', () => {
    const out = buildPlanRequest({ ...input, goal: 'max-coverage' });
    expect(out.ok && out.req.areas.length).toBe(3);
    expect(out.ok && out.req.maxSites).toBe(3);
  });

  it('generates hex candidates over the failing area only', () => {
    const out = buildPlanRequest({ ...input, candidates: 'hex' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.hexAreas?.map((a) => a.id)).toEqual(['tw-a']);
    expect(out.req.candidates.length).toBeGreaterThan(0);
    expect(out.req.candidates.every((c) => c.id.startsWith('hex-tw-a-') && c.operator === 'CMCC' && c.kind === 'macro')).toBe(true);
  });

  it('says so when the plan id is unknown or nothing fails for a lattice', () => {
    expect(buildPlanRequest({ ...input, planId: 'nope' })).toEqual({ ok: false, message: 'targets.json has no plan "nope"' });
    const allCovered = { ...input, areas: [AREAS[1]], candidates: 'hex' as const };
    // Not an error: the app shows it as a notice (nothingToDo).
    expect(buildPlanRequest(allCovered)).toEqual({ ok: false, nothingToDo: true, message: 'no target area of 2022 fails with the existing sites: nothing to generate candidates for' });
  });

  it('is the same through the worker pool (comlink, worker_threads)', async () => {
    const pool = createNodePlanningPool(1);
    pools.push(pool);
    const out = await pool.buildRequest(input);
    expect(out).toEqual(buildPlanRequest(input));
  });
});
