// `g5plan budget` end to end (contract sections 4 and 5) on 3 SA + 1 NSA stations in 清丰 and
// 南乐 over 2020-2021 under the Puyang policy; every figure worked by hand in tests/unit/subsidy.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const SITES = join(FIXTURES, 'subsidy/sites-3sa-1nsa.geojson');

describe('g5plan budget', () => {
  it('--json prints the contract keys with hand-worked figures (s2 placed in 清丰 from its location)', () => {
    const r = runCli(['budget', '--sites', SITES, '--policy', 'puyang-2020-2022', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      totalYuan: 15000,
      stations: 3,
      byStatus: { built: 10000, planned: 5000 },
      byYear: { 2020: 5000, 2021: 10000 },
      byLevel: { province: 7500, city: 3750, county: 3750 },
    });
    expect(out.byCounty.filter((c: any) => c.stations > 0)).toEqual([
      { code: '410922', name: '清丰县', yuan: 10000, stations: 2 },
      { code: '410923', name: '南乐县', yuan: 5000, stations: 1 },
    ]);
    expect(out.byCounty.map((c: any) => c.code)).toContain('410928'); // zero rows for the other counties
    expect(out.undatedIds).toEqual(['s6']);
  });
  it('--year 2020 and the what-if flags change only the numbers', () => {
    const y = JSON.parse(runCli(['budget', '--sites', SITES, '--policy', 'puyang-2020-2022', '--year', '2020', '--json']).stdout);
    expect(y.totalYuan).toBe(5000);
    const w = JSON.parse(runCli(['budget', '--sites', SITES, '--policy', 'puyang-2020-2022', '--sa-share', '1', '--city-county-split', '3:1', '--per-station-yuan', '6000', '--json']).stdout);
    // s1..s4 all SA at 6,000 = 24,000; local half split 3:1 -> city 3/8, county 1/8.
    expect(w.totalYuan).toBe(24000);
    expect(w.byLevel).toEqual({ province: 12000, city: 9000, county: 3000 });
  });
  it('human table in Chinese by default, English with --lang en, CSV with a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-budget-'));
    const csv = join(dir, 'budget.csv');
    const zh = runCli(['budget', '--sites', SITES, '--policy', 'puyang-2020-2022', '--csv', csv]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('清丰县 (410922)');
    expect(zh.stdout).toContain('合计 15,000 元，3 个基站（已建 10,000 元，规划 5,000 元）');
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('\ufeff分表,代码,名称,站数,金额（元）,分担比例');
    expect(text).toContain('\r\n按区县,410922,清丰县,2,10000,\r\n');
    expect(text).toContain('\r\n按财政层级,province,省级,3,7500,0.5\r\n'); // every level pays its share of all 3 stations
    expect(text).not.toMatch(/[{}[\]]/); // flat: no JSON in a cell
    const en = runCli(['budget', '--sites', SITES, '--policy', 'puyang-2020-2022', '--lang', 'en']);
    expect(en.stdout).toMatch(/province\s+7,500/);
  });
  it('bad policy file: one line naming the file and what is wrong, exit 1', () => {
    const bad = join(FIXTURES, 'subsidy/bad-shares.json');
    const r = runCli(['budget', '--sites', SITES, '--policy', bad, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${bad}, field "plans[0].subsidy.shares": plan "puyang-2020-2022", subsidy: shares add up to 1.05, not 1`);
  });
  it('a plan without a subsidy and an unknown plan id are user errors', () => {
    expect(runCli(['budget', '--sites', SITES, '--policy', 'gansu-2020-2022']).stderr).toMatch(/has no subsidy rule/);
    const r = runCli(['budget', '--sites', SITES, '--policy', 'nowhere-2020']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no plan "nowhere-2020".*puyang-2020-2022/);
  });
  it('sites outside the policy\'s region are reported (how many, which ids) and still counted', () => {
    const policy = join(FIXTURES, 'subsidy/gansu-with-subsidy.json'); // a Gansu (62) plan given Puyang's subsidy rule
    const out = JSON.parse(runCli(['budget', '--sites', SITES, '--policy', policy, '--json']).stdout);
    expect(out.totalYuan).toBe(15000);
    // s2 has no county code: the Gansu polygons (data/gansu, the plan's default dataset) place it outside too.
    expect(out.warnings).toEqual([expect.objectContaining({ code: 'sites-outside-region', count: 6, ids: ['s1', 's2', 's3', 's4', 's5', 's6'] })]);
    const human = runCli(['budget', '--sites', SITES, '--policy', policy]);
    expect(human.stderr).toMatch(/^g5plan budget: warning: 6 site\(s\) lie outside 甘肃省 \(62\)/);
  });
});
