// parseTargetsFile: data/targets.json parses whole; each kind of bad input gives one issue
// naming the file and the target id (issue 3, "Bad input").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/engine/model/types.ts';
import { parseTargetsFile, pickPlan } from '../../../src/engine/targets/parse-targets.ts';
import { TARGETS_JSON_PATH } from '../../fixtures/targets/load.ts';

const text = readFileSync(TARGETS_JSON_PATH, 'utf8');
const FILE = 'my-targets.json';

/** The real file with one edit applied to its JSON. */
function edited(edit: (json: any) => void): string {
  const json = JSON.parse(text);
  edit(json);
  return JSON.stringify(json);
}

function issuesOf(t: string) {
  const parsed = parseTargetsFile(t, FILE);
  if (parsed.ok) throw new Error('expected issues');
  return parsed.issues;
}

describe('parseTargetsFile on data/targets.json', () => {
  const parsed = parseTargetsFile(text, 'data/targets.json');
  it('reads the four action plans with every target', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.plans.map((p) => p.id)).toEqual(['henan-2020-2022', 'puyang-2020-2022', 'gansu-2020-2022', 'shaanxi-2021-2023']);
    expect(parsed.value.plans.map((p) => p.targets.length)).toEqual([8, 7, 6, 3]);
    const py = pickPlan(parsed.value, 'puyang-2020-2022')!;
    expect(py.years).toEqual([2020, 2022]);
    expect(py.region.code).toBe('4109');
    expect(py.subsidy?.shares).toEqual({ province: 0.5, city: 0.25, county: 0.25 });
    expect(py.targets[0]).toMatchObject({ kind: 'stationCount', scope: 'cumulative', min: 1344, byOperator: { CMCC: 728, 'CU+CT': 616 } });
    const gs = pickPlan(parsed.value, 'gansu-2020-2022')!;
    expect(gs.subsidy).toBeNull();
    expect(gs.stationKindsCounted).toEqual(['macro', 'micro', 'indoor']);
    expect(gs.targets[5]).toMatchObject({ filter: { sharedTower: true, tags: ['industrial-park'] } });
  });
  it('accepts one bare plan object as a file', () => {
    const plan = JSON.stringify(JSON.parse(text).plans[1]);
    const p = parseTargetsFile(plan, FILE);
    expect(p.ok && p.value.plans[0].id).toBe('puyang-2020-2022');
  });
  it('pickPlan needs an id when the file holds several plans', () => {
    if (!parsed.ok) return;
    expect(pickPlan(parsed.value)).toBeNull();
    expect(pickPlan(parsed.value, 'nope')).toBeNull();
  });
});

describe('parseTargetsFile bad input: one issue naming file and target id', () => {
  it('unknown kind', () => {
    const issues = issuesOf(edited((j) => (j.plans[1].targets[2].kind = 'userCount')));
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0])).toBe(
      'my-targets.json, field "plans[1].targets[2].kind": target "py-2021-stations": "kind" must be one of stationCount, areaCoverage, powerSupplyShare, stationsPer10k, populationCoverage, note, got "userCount"',
    );
  });
  it('missing field', () => {
    const issues = issuesOf(edited((j) => delete j.plans[1].targets[0].min));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, field: 'plans[1].targets[0].min' });
    expect(issues[0].message).toContain('target "py-2020-stations"');
    expect(issues[0].message).toContain('"min" is missing');
  });
  it('subsidy shares not summing to 1 (tolerance 1e-9)', () => {
    const issues = issuesOf(edited((j) => (j.plans[1].subsidy.shares.county = 0.2)));
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe('plans[1].subsidy.shares');
    expect(issues[0].message).toMatch(/plan "puyang-2020-2022", subsidy: shares add up to 0\.95/);
    // 0.1 + 0.2 + 0.7 is 1 only within floating-point error: accepted.
    expect(parseTargetsFile(edited((j) => (j.plans[1].subsidy.shares = { province: 0.1, city: 0.2, county: 0.7 })), FILE).ok).toBe(true);
  });
  it('a year outside the plan', () => {
    const issues = issuesOf(edited((j) => (j.plans[1].targets[4].year = 2025)));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe('target "py-2022-stations": year 2025 is outside the plan\'s years 2020-2022');
  });
  it('a duplicated target id', () => {
    const issues = issuesOf(edited((j) => (j.plans[1].targets[1].id = 'py-2020-stations')));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('target id "py-2020-stations" is used more than once');
  });
  it('an unknown area tier, criterion and operator', () => {
    const issues = issuesOf(edited((j) => {
      j.plans[1].targets[1].areas = ['village'];
      j.plans[1].targets[3].criterion = 'perfect';
      j.plans[1].targets[0].byOperator = { CMCC: 728, XX: 1 };
    }));
    expect(issues.map((i) => i.field)).toEqual(['plans[1].targets[0].byOperator.XX', 'plans[1].targets[1].areas', 'plans[1].targets[3].criterion']);
  });
  it('JSON syntax error names the line', () => {
    const issues = issuesOf('{\n  "plans": [\n  ,]\n}');
    expect(issues[0].file).toBe(FILE);
    expect(issues[0].message).toMatch(/not valid JSON/);
  });
  it('a file without plans', () => {
    expect(issuesOf('{"about":"x"}')[0].message).toMatch(/"plans" array/);
  });
});
