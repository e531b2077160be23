// Every province on the command line (issue 13, contract section 7): `g5plan datasets --json`,
// --dataset by id, code, prefecture and county, and one clear error for each kind of bad input:
// an unknown id or code, sites in another province, a targets plan on the wrong province.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/engine/model/provinces.ts';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const LANZHOU = join(FIXTURES, 'gansu/lanzhou-sites.geojson');
const PLACES = join(FIXTURES, 'gansu/lanzhou-places.geojson');
const PUYANG_SITES = join(FIXTURES, 'targets/cases/pass-cumulative-by-operator/sites.geojson');

function ok(args: string[]) {
  const r = runCli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

function oneLineError(args: string[]): string {
  const r = runCli(args);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  return r.stderr.trim();
}

describe('g5plan datasets', () => {
  it('--json lists the 31 provinces with exactly the contract fields, figures from the files', () => {
    const out = ok(['datasets', '--json']);
    expect(Object.keys(out)).toEqual(['datasets']);
    expect(out.datasets.map((d: any) => [d.id, d.code])).toEqual(PROVINCES.map((p) => [p.id, p.code]));
    for (const d of out.datasets) expect(Object.keys(d)).toEqual(['id', 'code', 'name', 'counties', 'population', 'areas']);
    const gansu = out.datasets.find((d: any) => d.id === 'gansu');
    const fc = JSON.parse(readFileSync('data/gansu/counties.geojson', 'utf8'));
    expect(gansu).toMatchObject({ name: '甘肃省', counties: fc.features.length, population: 25_019_831 });
    expect(gansu.areas).toBe(JSON.parse(readFileSync('data/gansu/areas.geojson', 'utf8')).features.length);
  });
  it('prints a human table', () => {
    const r = runCli(['datasets']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/gansu\s+62\s+\d+\s+25,019,831/);
  });
});

describe('--dataset ids and codes', () => {
  const regions = (spec: string) => ok(['coverage', '--sites', LANZHOU, '--dataset', spec, '--res', '2000', '--json']).regions.map((r: any) => r.code as string);
  it('takes a province by id or code, a prefecture and a county as subsets', () => {
    const byId = regions('gansu');
    expect(regions('62')).toEqual(byId);
    expect(byId.length).toBeGreaterThan(80);
    const lanzhou = regions('6201');
    expect(lanzhou.length).toBeGreaterThan(5);
    expect(lanzhou.every((c: string) => c.startsWith('6201'))).toBe(true);
    expect(regions('620102')).toEqual(['620102']);
  });
  it('rejects an id or code that names nothing, in one line', () => {
    for (const bad of ['atlantis', '99', '6299', '620199', '62010']) {
      expect(oneLineError(['coverage', '--sites', LANZHOU, '--dataset', bad])).toMatch(new RegExp(`^g5plan coverage: unknown dataset "${bad}"`));
    }
    expect(oneLineError(['coverage', '--sites', LANZHOU, '--dataset', '6299'])).toContain('no prefecture 6299 in 甘肃省 Gansu');
  });
});

describe('plans on the wrong province', () => {
  it('sites in another province: how many, which, and where', () => {
    const msg = oneLineError(['check', '--sites', PUYANG_SITES, '--targets', 'gansu-2020-2022', '--year', '2022']);
    expect(msg).toBe('g5plan check: 7 of 7 sites lie in another province, not in 甘肃省 (62): 7 in 河南省 (41): a, b, c, d, e and 2 more (check the coordinates, --crs, and --dataset/--targets)');
    expect(oneLineError(['coverage', '--sites', PUYANG_SITES, '--dataset', 'shaanxi'])).toMatch(/7 of 7 sites lie in another province, not in 陕西省 \(61\): 7 in 河南省 \(41\)/);
  });
  it('a site on a provincial border is named once (neighbouring outlines overlap by metres)', () => {
    // The Puyang plan has sites next to Shandong: each is counted in one province only.
    const msg = oneLineError(['check', '--sites', 'data/puyang/plan-synthetic.geojson', '--targets', 'gansu-2020-2022', '--year', '2022']);
    const [, count, total] = /: (\d+) of (\d+) sites lie in another province/.exec(msg)!;
    const named = [...msg.matchAll(/(\d+) in [^(]+\(\d+\):/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(Number(count)).toBeLessThanOrEqual(Number(total));
    expect(named).toBe(Number(count));
  });
  it('a targets plan checked on another province\'s dataset', () => {
    expect(oneLineError(['check', '--sites', LANZHOU, '--targets', 'gansu-2020-2022', '--dataset', 'shaanxi'])).toBe(
      'g5plan check: --dataset shaanxi (陕西省 Shaanxi) holds no county of plan "gansu-2020-2022" (甘肃省, 62): use --dataset gansu',
    );
  });
});

describe('imported places (park, hub, key-village)', () => {
  const check = (extra: string[]) => ok(['check', '--sites', LANZHOU, '--targets', 'gansu-2020-2022', '--year', '2022', '--res', '500', ...extra, '--json']);
  it('without them the park target is not simulated and says what to import', () => {
    const row = check([]).results.find((r: any) => r.id === 'gs-2022-park-cobuilt');
    expect(row).toMatchObject({ pass: null, actual: null, status: 'not simulated' });
    expect(row.reason).toMatch(/no park areas are loaded: import industrial parks \(工业园区\): --areas with tier "park" polygons/);
  });
  it('with a park imported, shared-tower stations inside it count; the dataset\'s areas stay', () => {
    const out = check(['--areas', PLACES]);
    const park = out.results.find((r: any) => r.id === 'gs-2022-park-cobuilt');
    expect(park).toMatchObject({ actual: 2, pass: false, required: 1000 }); // lz-6 and lz-8: shared towers inside the park
    const seats = out.results.find((r: any) => r.id === 'gs-2022-county-seats');
    expect(seats.actual.areas).toBeGreaterThan(80); // prefecture-urban and county-seat areas of the Gansu dataset
  });
});
