/**
 * Issue 12 part 3 on the command line: the same column rules as the app. A CSV with Chinese
 * headers and values counts as written (中国联通 candidates are not China Mobile stations), an
 * id-less file is one clear error naming what to add (or numbered with --number-rows), a value
 * not understood names its line and column, and a spreadsheet given as sites is named.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './targets-cli-helper.ts';

const tmp = mkdtempSync(join(tmpdir(), 'g5plan-tables-'));
const file = (name: string, text: string | Buffer) => { const p = join(tmp, name); writeFileSync(p, text); return p; };

describe('sites tables on the command line', () => {
  it('counts a Chinese CSV as written: candidates of 中国联通 are no China Mobile stations', () => {
    const csv = file('zh.csv', 'id,经度,纬度,名称,运营商,状态,年份,天线高度\nZ1,115.03,35.76,甲,中国联通,候选,2022,35\nZ2,115.04,35.77,乙,联通电信共建,已建,2021,30\n');
    const r = runCli(['budget', '--sites', csv, '--policy', 'puyang-2020-2022', '--json']);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.stations).toBe(1); // the candidate never counts; the co-built station does
    expect(doc.byStatus).toEqual({ built: 5000, planned: 0 });
  });

  it('an id-less file: one error saying what to add; --number-rows numbers it', () => {
    const csv = file('noid.csv', '名称,经度,纬度,运营商,年份\n甲,115.03,35.76,移动,2021\n乙,115.04,35.77,电信,2022\n');
    const bad = runCli(['budget', '--sites', csv, '--policy', 'puyang-2020-2022']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('line 1, field "id": no id column: add a column "id" (or 编号 / 站号)');
    const ok = runCli(['budget', '--sites', csv, '--policy', 'puyang-2020-2022', '--number-rows', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).stations).toBe(2);
  });

  it('names the line and column of a value it does not understand, and a spreadsheet given as sites', () => {
    const bad = runCli(['budget', '--sites', file('bad.csv', '编号,经度,纬度,状态\nA,115.03,35.76,待定\n'), '--policy', 'puyang-2020-2022']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.csv, line 2, field "状态": "待定" is not understood; accepted: candidate/候选/候选站, planned/规划/计划, built/已建/建成');
    // A workbook saved under a .json name: named as what it is, with the formats read.
    const xlsx = runCli(['budget', '--sites', file('plan.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])), '--policy', 'puyang-2020-2022']);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain('is a zip archive (an .xlsx spreadsheet, a zipped Shapefile or a KMZ), not a sites file; supported: GeoJSON');
  });
});
