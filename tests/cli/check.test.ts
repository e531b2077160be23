// `g5plan check` end to end (contract section 5): the pass/fail fixture folders through the CLI,
// bad targets files, years outside the plan, sites outside the plan's region, human tables.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const CASES = join(FIXTURES, 'targets/cases');
const SITES = join(CASES, 'pass-cumulative-by-operator/sites.geojson');
const LANZHOU = join(FIXTURES, 'gansu/lanzhou-sites.geojson');

describe.each(readdirSync(CASES))('g5plan check on case %s', (name) => {
  it('prints {year, results} with the hand-worked rows', () => {
    const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8'));
    const r = runCli(['check', '--sites', join(CASES, name, 'sites.geojson'), '--targets', join(CASES, name, 'targets.json'), '--year', String(expected.year), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(expected.year);
    expect(out.warnings).toEqual([]);
    expect(out.results.map((x: any) => x.id)).toEqual(expected.results.map((x: any) => x.id));
    expected.results.forEach((row: any, i: number) => {
      for (const key of ['id', 'description', 'required', 'actual', 'pass']) expect(out.results[i]).toHaveProperty(key);
      const { actual, ...rest } = row;
      expect(out.results[i]).toMatchObject(rest);
      if (typeof actual === 'number') expect(out.results[i].actual).toBeCloseTo(actual, 12);
      else if (actual !== undefined) expect(out.results[i].actual).toEqual(actual);
    });
  });
});

describe('g5plan check', () => {
  it('the Puyang plan by id: 2020 rows in plan order, the area target evaluated over the dataset', () => {
    const r = runCli(['check', '--sites', SITES, '--targets', 'puyang-2020-2022', '--year', '2020', '--res', '200', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: any) => x.id)).toEqual(['py-2020-stations', 'py-2020-county-seats', 'puyang-2020-2022:5g-users-2020']);
    expect(out.results[0]).toMatchObject({ required: { total: 1344, CMCC: 728, 'CU+CT': 616 }, actual: { total: 4, CMCC: 1, 'CU+CT': 3 }, pass: false });
    expect(out.results[2]).toMatchObject({ required: 410000, actual: null, pass: null });
  });
  it('a province plan checked on its own dataset by default: counts, areas over the dataset, park target not simulated', () => {
    const r = runCli(['check', '--sites', LANZHOU, '--targets', 'gansu-2020-2022', '--year', '2022', '--res', '500', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dataset).toBe('gansu');
    expect(out.results.map((x: any) => [x.id, x.pass])).toEqual([['gs-2022-stations', false], ['gs-2022-county-seats', false], ['gs-2022-park-cobuilt', null]]);
    expect(out.results[0].actual).toBe(8);
    expect(out.warnings).toEqual([]);
  });
  it('human table (zh default, en)', () => {
    const zh = runCli(['check', '--sites', LANZHOU, '--targets', 'gansu-2020-2022', '--year', '2022', '--res', '500']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/未达标\s+gs-2022-stations\s+≥ 30000\s+8/);
    expect(zh.stdout).toMatch(/未模拟\s+gs-2022-park-cobuilt/);
    const en = runCli(['check', '--sites', LANZHOU, '--targets', 'gansu-2020-2022', '--year', '2022', '--res', '500', '--lang', 'en']);
    expect(en.stdout).toMatch(/FAIL\s+gs-2022-stations/);
  });
  it('bad targets files name the file and the target id; bad years are user errors', () => {
    const badKind = join(FIXTURES, 'targets/bad-kind.json');
    const r = runCli(['check', '--sites', SITES, '--targets', badKind, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`g5plan check: ${badKind}, field "plans[0].targets[4].kind": target "py-2022-stations": "kind" must be one of stationCount, areaCoverage, powerSupplyShare, stationsPer10k, populationCoverage, note, got "userCount"\n`);
    const badYear = join(FIXTURES, 'targets/bad-year.json');
    expect(runCli(['check', '--sites', SITES, '--targets', badYear]).stderr).toMatch(/target "py-2022-transfer-power": year 2023 is outside the plan's years 2020-2022/);
    const y = runCli(['check', '--sites', SITES, '--targets', 'puyang-2020-2022', '--year', '2019']);
    expect([y.code, y.stderr.trim()]).toEqual([1, 'g5plan check: --year 2019 is outside plan "puyang-2020-2022" (2020-2022)']);
  });
  it('--areas: a township with its centre site fails continuous and reports the hole where the site was', () => {
    const dir = join(FIXTURES, 'targets/hole');
    const args = (sites: string) => ['check', '--sites', join(dir, sites), '--targets', 'puyang-2020-2022', '--year', '2021', '--areas', join(dir, 'areas.geojson'), '--json'];
    const withCentre = JSON.parse(runCli(args('sites-with-centre.geojson')).stdout);
    const area = withCentre.results.find((x: any) => x.id === 'py-2021-townships');
    expect(area).toMatchObject({ pass: true, actual: { areas: 1, passing: 1 }, modelledAreas: 1 });
    const r = runCli(args('sites-without-centre.geojson'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const row = out.results.find((x: any) => x.id === 'py-2021-townships');
    expect(row.pass).toBe(false);
    expect(row.perArea[0]).toMatchObject({ id: 'tw-test', modelled: true, pass: false });
    expect(row.perArea[0].largestHoleKm2).toBeGreaterThan(0.05);
    expect(booleanPointInPolygon([115.2, 35.8], row.perArea[0].holePolygons[0].geometry)).toBe(true);
    expect(out.resM).toBe(50);
  });
});
