// Property (architecture "Tests"): the subsidy total equals the sum over stations, and every
// breakdown (status, year, level, county, operator) adds up to it, for any plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBudget, stationWeight } from '../../src/engine/subsidy/budget.ts';
import { applyWhatIf } from '../../src/engine/subsidy/what-if.ts';
import { makeSite } from '../fixtures/make-site.ts';
import { planById } from '../fixtures/targets/load.ts';

const POLICY = planById('puyang-2020-2022').subsidy!;
const siteArb = fc.record({
  mode: fc.constantFrom('SA', 'NSA'),
  status: fc.constantFrom('candidate', 'planned', 'built'),
  year: fc.option(fc.integer({ min: 2019, max: 2023 }), { nil: undefined }),
  county: fc.constantFrom('410922', '410923', undefined),
  operator: fc.constantFrom('CMCC', 'CU', 'CT', 'CU+CT', 'CBN'),
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('subsidy totals', () => {
  it('total = sum over stations = every breakdown', () => {
    fc.assert(
      fc.property(fc.array(siteArb, { maxLength: 40 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), (raw, saShare) => {
        const sites = raw.map((p, i) => makeSite({ id: `s${i}`, ...p }));
        const b = computeBudget(sites, POLICY, { whatIf: { saShare } });
        const eff = applyWhatIf(POLICY, { saShare });
        const direct = sum(sites.filter((s) => s.year !== null).map((s) => stationWeight(s, eff) * POLICY.perStationYuan));
        for (const total of [direct, b.byStatus.built + b.byStatus.planned, sum(Object.values(b.byYear)), sum(Object.values(b.byLevel)),
          sum(b.byCounty.map((c) => c.yuan)), sum(Object.values(b.byOperator))]) {
          expect(total).toBeCloseTo(b.totalYuan, 6);
        }
      }),
      { seed: 20201231, numRuns: 200 },
    );
  });
});
