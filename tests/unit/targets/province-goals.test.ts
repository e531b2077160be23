// The synthetic province plans' yearly goals, read from the plans' own targets (issue 13).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTargetsFile, pickPlan } from '../../../src/engine/targets/parse-targets.ts';
import { provinceGoals } from '../../../src/engine/synthetic/province-plans.ts';

const parsed = parseTargetsFile(readFileSync('data/targets.json', 'utf8'), 'data/targets.json');
const plan = (id: string) => (parsed.ok ? pickPlan(parsed.value, id)! : null)!;

describe('province synthetic goals', () => {
  it('Gansu: 7,000 new in 2020 (no station before), 30,000 by 2022; main urban areas, then county seats, continuous', () => {
    expect(provinceGoals(plan('gansu-2020-2022'), 25_019_831)).toEqual([
      { year: 2020, byOperator: { CMCC: 3850, 'CU+CT': 3150 }, coverage: { tiers: ['prefecture-urban'], criterion: 'continuous' } },
      { year: 2022, byOperator: { CMCC: 16500, 'CU+CT': 13500 }, coverage: { tiers: ['prefecture-urban', 'county-seat'], criterion: 'continuous' } },
    ]);
  });
  it('Shaanxi: 18 per 10,000 of 39,528,999 residents = 71,152.2, so 71,153 stations in 2023; urban areas full', () => {
    const [g] = provinceGoals(plan('shaanxi-2021-2023'), 39_528_999);
    expect(g.year).toBe(2023);
    expect(g.byOperator.CMCC! + g.byOperator['CU+CT']!).toBe(71_153);
    expect(g.coverage).toEqual({ tiers: ['prefecture-urban', 'county-seat'], criterion: 'full' });
  });
});
