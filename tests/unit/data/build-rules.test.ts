// The build's rules on hand-worked cases (scripts/data; the rules are documented in data/README.md).
import { describe, expect, it } from 'vitest';
import { countySeatSize, townshipSeatSize, radiusMOfKm2 } from '../../../src/engine/model/area-rule.ts';
import { matchCounties, stemOf } from '../../../scripts/data/match.ts';
import { combineCensus } from '../../../scripts/data/census.ts';
import { normaliseLatin, readingsOf } from '../../../scripts/data/seats.ts';
import type { CensusRow, EchartsCounty } from '../../../scripts/data/sources.ts';

describe('area rule', () => {
  it('sizes 清丰县城区: 592,425 x 0.3322 x 0.6 = 118,082 persons, / 8,000 = 14.76 km2, r = 2,168 m', () => {
    const s = countySeatSize(592425, 0.3322);
    expect(s.population).toBe(118082);
    expect(s.areaKm2).toBeCloseTo(14.7603, 4); // 592,425 x 0.3322 = 196,803.585; x 0.6 = 118,082.151; / 8,000
    expect(s.radiusM).toBe(2168);
  });
  it('clamps a small county seat to 4 km2 (r = sqrt(4/pi) km = 1,128 m)', () => {
    expect(countySeatSize(20000, 0.5)).toMatchObject({ population: 6000, areaKm2: 4, radiusM: 1128 });
  });
  it('gives a township 0.2 of an equal share: 300,000 / 10 x 0.2 = 6,000 persons, 1.2 km2', () => {
    const s = townshipSeatSize(300000, 10);
    expect(s.population).toBe(6000);
    expect(s.areaKm2).toBeCloseTo(1.2, 12);
    expect(s.radiusM).toBe(Math.round(radiusMOfKm2(1.2)));
  });
});

describe('census combination', () => {
  const row = (code: string, population: number, urbanShare: number, ghslPopulation: number, ghslDensityPerKm2: number): CensusRow => ({
    code, name: code, population, urbanShare, ghslPopulation, ghslDensityPerKm2, ghslUrbanCentreShare: 0, ghslDenseClusterShare: 0,
  });
  it('sums population, weights urbanShare by population and density by GHSL area', () => {
    // 100 at 0.9 and 300 at 0.5 -> (90 + 150) / 400 = 0.6; GHSL 1000/10 km2 + 2000/40 km2 = 3000 / 50 = 60 per km2
    expect(combineCensus([row('a', 100, 0.9, 1000, 100), row('b', 300, 0.5, 2000, 50)])).toMatchObject({ population: 400, urbanShare: 0.6, ghslDensityPerKm2: 60, censusCodes: ['a', 'b'] });
  });
});

describe('matching echarts polygons to current codes', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
  const ec = (echartsId: string, name: string): EchartsCounty => ({ file: 'f', echartsId, name, cp: null, geometry: square });
  it('matches by name, by stem for a renamed unit, and by the merger table; reports the rest', () => {
    const division = [
      { code: '410308', name: '孟津区', prefectureCode: '4103' },
      { code: '410307', name: '偃师区', prefectureCode: '4103' },
      { code: '410371', name: '洛阳高新技术产业开发区', prefectureCode: '4103' },
    ];
    const r = matchCounties([ec('410322', '孟津县'), ec('410306', '吉利区'), ec('410381', '偃师市'), ec('410399', '某某区')], division);
    expect(r.units.map((u) => [u.code, u.parts.map((p) => p.how)])).toEqual([['410307', ['renamed']], ['410308', ['renamed', 'merged']]]);
    expect(r.unmatchedPolygons.map((p) => p.name)).toEqual(['某某区']);
    expect(r.unitsWithoutPolygon.map((u) => u.code)).toEqual(['410371']);
    expect(stemOf('瀍河回族区')).toBe('瀍河');
  });
});

describe('GeoNames name matching', () => {
  it('tries every reading of a polyphonic character: 浚 -> jun and xun', () => {
    expect([...readingsOf('浚')]).toEqual(expect.arrayContaining(['jun', 'xun']));
  });
  it('normalises GeoNames names: "Fan Xian" -> fanxian, "Lüshi" -> lushi', () => {
    expect(normaliseLatin('Fan Xian')).toBe('fanxian');
    expect(normaliseLatin('Lüshi')).toBe('lushi');
  });
});
