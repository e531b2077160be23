// `g5plan report` (issue 16 section 3): one self-contained HTML file on a 4-site plan (3 SA + 1
// NSA in 清丰 and 南乐, the budget test's fixture): the sections, the embedded coverage PNG, SVG
// charts, no external reference; the budget and station figures agree with `g5plan budget`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const SITES = join(FIXTURES, 'subsidy/sites-3sa-1nsa.geojson');

describe('g5plan report', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'g5plan-report-')), 'report.html');
  const r = runCli(['report', '--sites', SITES, '--targets', 'puyang-2020-2022', '--dataset', 'puyang', '--year', '2021', '--res', '400', '--out', out, '--json']);
  it('writes the report and says so in one JSON document', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ out, year: 2021, plan: 'puyang-2020-2022' });
  });
  it('holds every section, the map with legend, scale bar and north arrow, and nothing external', () => {
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@page { size: A4 portrait');
    for (const s of ['濮阳市 5G 基站规划报告', '考核目标 (2021)', '未达标区域', '奖补资金', '各年度、各运营商新建基站', '区县统计 (2021)', '数据来源', 'Made with Natural Earth'])
      expect(html, s).toContain(s);
    expect(html).toMatch(/<image href="data:image\/png;base64,[A-Za-z0-9+/=]{100,}"/);
    for (const id of ['report-map', 'map-legend', 'scale-bar', 'north-arrow', 'report-targets', 'report-counties']) expect(html).toContain(`id="${id}"`);
    expect(html.match(/<svg [^>]*class="chart"/g)).toHaveLength(2);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
    // The fixture carries no synthetic flag: no warning.
    expect(html).not.toContain('synthetic-warning');
  });
  it('agrees with g5plan budget: 15,000 yuan = 1.5 万元 over 3 SA stations', () => {
    const html = readFileSync(out, 'utf8');
    const budget = JSON.parse(runCli(['budget', '--sites', SITES, '--policy', 'puyang-2020-2022', '--json']).stdout);
    expect(budget.totalYuan).toBe(15000);
    expect(html).toMatch(/id="report-budget-total">合计 <b>1\.5 万元<\/b> \(3 基站数/);
    // New stations by year (candidates left out; an undated site under —), each row ending in its total.
    const fc = JSON.parse(readFileSync(SITES, 'utf8'));
    const perYear = new Map<string, number>();
    for (const f of fc.features) if (f.properties.status !== 'candidate') perYear.set(String(f.properties.year ?? '—'), (perYear.get(String(f.properties.year ?? '—')) ?? 0) + 1);
    const stations = /id="report-stations">.*?<\/table>/s.exec(html)![0];
    for (const [y, n] of perYear) expect(stations, y).toMatch(new RegExp(`<tr><td>${y}</td>(<td class="num">\\d+</td>)*<td class="num">${n}</td></tr>`));
  });
  it('a missing --out is one line on stderr, exit 1', () => {
    const bad = runCli(['report', '--sites', SITES, '--targets', 'puyang-2020-2022']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--out');
  });
});
