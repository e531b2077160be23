// Issue 3 "Checks that prove it" on the synthetic Puyang plan (data/puyang/plan-synthetic.geojson):
// each year's station counts meet the plan exactly (濮阳 plan: 1,344 / 2,926 / 4,653; 移动
// 728 / 1,728 / 2,628; 联通电信 616 / 1,198 / 2,025), each year's area targets pass at the default
// radio settings (50 m pixels), and the 2022 subsidy is 4,653 x 5,000 = 23,265,000 yuan if every
// station were SA, less 5,000 per NSA station otherwise. And the hole test: removing the site in
// the middle of a township makes it fail 'continuous', with the hole reported next to that site.
import { readFileSync } from 'node:fs';
import { centroid, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/cli/dataset.ts';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import { parseSitesGeoJson } from '../../../src/engine/model/parse-sites.ts';
import { computeBudget } from '../../../src/engine/subsidy/budget.ts';
import { criterionRule, evaluateArea } from '../../../src/engine/targets/area-coverage.ts';
import { isInServiceBy } from '../../../src/engine/targets/counting.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import { checkWithEngine } from '../../fixtures/targets/check-engine.ts';
import { planById } from '../../fixtures/targets/load.ts';

const PLAN_FILE = new URL('../../../data/puyang/plan-synthetic.geojson', import.meta.url);
const parsed = parseSitesGeoJson(readFileSync(PLAN_FILE, 'utf8'), 'plan-synthetic.geojson');
if (!parsed.ok) throw new Error('synthetic plan does not parse');
const SITES = parsed.value;
const PLAN = planById('puyang-2020-2022');

const EXPECTED: Record<number, { total: number; CMCC: number; 'CU+CT': number }> = {
  2020: { total: 1344, CMCC: 728, 'CU+CT': 616 },
  2021: { total: 2926, CMCC: 1728, 'CU+CT': 1198 },
  2022: { total: 4653, CMCC: 2628, 'CU+CT': 2025 },
};

describe.each([2020, 2021, 2022])('synthetic Puyang plan, %i', (year) => {
  it('meets every target of the year, station counts exactly', async () => {
    const report = checkWithEngine(PLAN, year, SITES, await loadDataset('puyang'), { resM: 50 });
    expect(report.warnings).toEqual([]);
    const stations = report.results.find((r) => r.kind === 'stationCount')!;
    expect(stations.actual).toEqual(EXPECTED[year]);
    for (const r of report.results) {
      if (r.kind === 'notSimulated') expect(r.pass).toBeNull();
      else expect([r.id, r.pass]).toEqual([r.id, true]);
    }
  });
});

describe('synthetic Puyang subsidy, 2022', () => {
  const policy = PLAN.subsidy!;
  it('is 23,265,000 yuan if every station were SA', () => {
    expect(computeBudget(SITES, policy, { year: 2022, whatIf: { saShare: 1 } }).totalYuan).toBe(23_265_000);
  });
  it('is lower by 5,000 per NSA station', () => {
    const nsa = SITES.filter((s) => s.status !== 'candidate' && s.year !== null && s.year <= 2022 && s.mode === 'NSA').length;
    expect(nsa).toBeGreaterThan(0);
    const b = computeBudget(SITES, policy, { year: 2022 });
    expect(b.totalYuan).toBe(23_265_000 - nsa * 5000);
    expect(b.byLevel.province).toBe(b.totalYuan / 2);
  });
});

describe('synthetic Puyang, 2022: a township with the site in its middle removed', () => {
  it('fails continuous and reports the hole where the site was', async () => {
    const dataset = await loadDataset('puyang');
    const onAir = SITES.filter((s) => isInServiceBy(s, 2022));
    const rule = criterionRule('continuous', DEFAULT_THRESHOLDS);
    // The first township (in dataset order) that the removal breaks: most have enough overlap.
    for (const area of dataset.areas.filter((a) => a.tier === 'township')) {
      const centre = centroid(area.geometry).geometry.coordinates as [number, number];
      const middle = onAir.reduce((best, s) => (distance(centre, s.lonLat) < distance(centre, best.lonLat) ? s : best));
      const run = (sites: typeof onAir) => evaluateArea(computeCoverage({
        sites, regions: [{ code: area.id, name: area.name, population: null, urbanShare: null, geometry: area.geometry }],
        areas: [area], resM: 50, settings: DEFAULT_RADIO,
      }).raster, area, rule);
      const without = run(onAir.filter((s) => s !== middle));
      if (without.pass) continue;
      expect(run(onAir).pass).toBe(true);
      expect(without.largestHoleKm2).toBeGreaterThan(rule.maxHoleKm2 as number);
      // The largest hole lies in the removed site's service area (within 600 m of it).
      expect(distance(middle.lonLat, centroid(without.holePolygons[0].geometry), { units: 'meters' })).toBeLessThan(600);
      return;
    }
    throw new Error('no township fails when its middle site is removed');
  });
});
