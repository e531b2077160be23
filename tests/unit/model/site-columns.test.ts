// Tabular site files as Chinese offices write them (issue 12, part 3): headers and values in
// Chinese are read as the properties they name, a value not understood is refused with its line
// and column, unknown columns are kept, and a file without ids is refused once (or numbered).
import { describe, expect, it } from 'vitest';
import { parseSitesCsv } from '../../../src/engine/model/parse-sites.ts';
import { normaliseHeader } from '../../../src/engine/model/site-columns.ts';
import { parseDegrees } from '../../../src/engine/model/degrees.ts';
import type { Site } from '../../../src/engine/model/types.ts';

const ok = (text: string, opts = {}): Site[] => {
  const p = parseSitesCsv(text, 'z.csv', 'wgs84', opts);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
};

describe('Chinese CSV headers and values', () => {
  it('the issue\'s file: 中国联通 / 候选 / 35 import as CU, candidate, 35 m (not CMCC, planned, 30 m)', () => {
    const csv = 'id,经度,纬度,名称,运营商,状态,年份,天线高度\nZ1,115.03,35.76,新区一号,中国联通,候选,2022,35\nZ2,115.04,35.77,新区二号,联通电信共建,已建,2021年,25\n';
    const [a, b] = ok(csv);
    expect([a.operator, a.status, a.heightM, a.name, a.year]).toEqual(['CU', 'candidate', 35, '新区一号', 2022]);
    expect([b.operator, b.status, b.heightM, b.year]).toEqual(['CU+CT', 'built', 25, 2021]);
    const p = parseSitesCsv(csv, 'z.csv');
    expect(p.columns.understood.map((c) => c.field)).toEqual(['id', 'lon', 'lat', 'name', 'operator', 'status', 'year', 'heightM']);
    expect(p.columns.extra).toEqual([]);
  });

  it('reads every synonym the offices use, units from the header, and keeps unknown columns', () => {
    const csv = [
      '站号,站名,经度,纬度,运营商,状态,年份,站型,制式,频段,天线高度(m),方位角,下倾角,发射功率(W),供电方式,共享铁塔,区县,备注',
      'S1,甲,115.03,35.76,移动,规划,2022,宏站,独立组网,2.6G,28,0;120;240,4;6;8,200,直供电,是,410902,楼顶',
      'S2,乙,115.05,35.78,CMCC,已建,2020,室分,NSA,n41,,,,,转供电,否,华龙区,',
    ].join('\n');
    const [a, b] = ok(csv);
    expect(a).toMatchObject({ operator: 'CMCC', status: 'planned', kind: 'macro', mode: 'SA', band: 'n41', heightM: 28, powerSupply: 'direct', sharedTower: true, county: '410902' });
    expect(a.sectors.map((s) => [s.azimuthDeg, s.tiltDeg])).toEqual([[0, 4], [120, 6], [240, 8]]);
    expect(a.txPowerDbm).toBeCloseTo(53.0103, 4); // 200 W = 10 log10(200 000 mW) dBm
    expect(a.props['备注']).toBe('楼顶');
    expect(b).toMatchObject({ kind: 'indoor', mode: 'NSA', powerSupply: 'transfer', sharedTower: false, county: null });
    expect(b.props.countyName).toBe('华龙区');
    expect(parseSitesCsv(csv, 'z.csv').columns.extra).toEqual(['备注']);
  });

  it('refuses a value it does not understand, naming the line and the column as written', () => {
    const p = parseSitesCsv('id,经度,纬度,运营商,状态\nA,115.03,35.76,中国铁通,候选\nB,115.03,35.76,电信,待定\n', 'z.csv');
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues.map((i) => [i.line, i.field])).toEqual([[2, '运营商'], [3, '状态']]);
    expect(p.issues[0].message).toMatch(/"中国铁通" is not understood; accepted: CMCC\/中国移动\/移动/);
  });

  it('names a validation problem by its column: a height out of range, a tilt list of the wrong length', () => {
    const p = parseSitesCsv('编号,经度,纬度,天线高度(m),方位角,下倾角\nA,115.03,35.76,-3,0;120,6\nB,115.03,35.76,30,0;120;240,6;8\n', 'z.csv');
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues.map((i) => [i.line, i.field])).toEqual([[2, '天线高度(m)'], [3, 'sectors']]);
    expect(p.issues[1].message).toMatch(/下倾角: 2 values for 3 sectors/);
  });

  it('without an id column: one problem saying what to add, or rows numbered when asked', () => {
    const csv = '名称,经度,纬度\n甲,115.03,35.76\n乙,115.04,35.76\n丙,115.05,35.76\n';
    const p = parseSitesCsv(csv, 'new-sites.csv');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.issues).toEqual([{ file: 'new-sites.csv', line: 1, field: 'id', message: expect.stringMatching(/no id column: add a column "id" \(or 编号/) }]);
    expect(ok(csv, { numberRows: true }).map((s) => s.id)).toEqual(['z-1', 'z-2', 'z-3']);
  });

  it('header forms: case, spaces, underscores and brackets of either width', () => {
    expect(normaliseHeader(' Tx_Power dBm ')).toEqual({ key: 'txpowerdbm', unit: null });
    expect(normaliseHeader('天线高度（米）')).toEqual({ key: '天线高度', unit: '米' });
    expect(normaliseHeader('发射功率(W)')).toEqual({ key: '发射功率', unit: 'w' });
  });

  it('coordinates as decimal degrees or degrees-minutes-seconds', () => {
    expect(parseDegrees('115.0321')).toBe(115.0321);
    expect(parseDegrees('115°01\'55.6"')).toBeCloseTo(115 + 1 / 60 + 55.6 / 3600, 10);
    expect(parseDegrees('35度45分36秒')).toBeCloseTo(35.76, 10);
    expect(parseDegrees('东经115.5')).toBe(115.5);
    expect(parseDegrees('east')).toBeNull();
    expect(parseDegrees('115°75\'')).toBeNull();
  });
});
