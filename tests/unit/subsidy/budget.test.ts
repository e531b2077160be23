// Subsidy budget (contract section 4; Puyang policy: 5,000 yuan per SA station, province 1/2,
// city 1/4, county 1/4) on 3 SA + 1 NSA stations in two counties over two years, by hand.
import { describe, expect, it } from 'vitest';
import type { Region } from '../../../src/engine/model/dataset.ts';
import { computeBudget } from '../../../src/engine/subsidy/budget.ts';
import { applyWhatIf } from '../../../src/engine/subsidy/what-if.ts';
import { makeSite } from '../../fixtures/make-site.ts';
import { planById } from '../../fixtures/targets/load.ts';

const PUYANG = planById('puyang-2020-2022').subsidy!;
const HENAN = planById('henan-2020-2022').subsidy!;
const box = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const REGIONS: Region[] = [
  { code: '410922', name: '清丰县', population: 592425, urbanShare: null, geometry: box },
  { code: '410923', name: '南乐县', population: 476557, urbanShare: null, geometry: box },
  { code: '410926', name: '范县', population: 447760, urbanShare: null, geometry: box },
];
const SITES = [
  makeSite({ id: 's1', mode: 'SA', status: 'built', year: 2020, county: '410922', operator: 'CMCC' }),
  makeSite({ id: 's2', mode: 'SA', status: 'planned', year: 2021, county: '410922', operator: 'CU+CT' }),
  makeSite({ id: 's3', mode: 'SA', status: 'built', year: 2021, county: '410923', operator: 'CMCC' }),
  makeSite({ id: 's4', mode: 'NSA', status: 'built', year: 2020, county: '410923', operator: 'CMCC' }),
  makeSite({ id: 's5', mode: 'SA', status: 'candidate', year: 2020, county: '410923' }),
  makeSite({ id: 's6', mode: 'SA', status: 'planned', county: '410923' }),
];

describe('computeBudget under the Puyang policy', () => {
  const b = computeBudget(SITES, PUYANG, { regions: REGIONS });
  it('pays s1, s2, s3 (SA, built or planned, dated): 3 x 5,000 = 15,000 yuan', () => {
    expect(b.totalYuan).toBe(15000);
    expect(b.stations).toBe(3);
  });
  it('keeps spent (built s1, s3 = 10,000) apart from projected (planned s2 = 5,000)', () => {
    expect(b.byStatus).toEqual({ built: 10000, planned: 5000 });
    expect(b.stationsByStatus).toEqual({ built: 2, planned: 1 });
  });
  it('by year: 2020 s1 = 5,000; 2021 s2 + s3 = 10,000', () => expect(b.byYear).toEqual({ 2020: 5000, 2021: 10000 }));
  it('by level: province 15,000 x 1/2, city and county 15,000 x 1/4 each', () => {
    expect(b.byLevel).toEqual({ province: 7500, city: 3750, county: 3750 });
  });
  it('by county: 清丰 s1 + s2, 南乐 s3 (NSA s4 earns nothing), 范县 none', () => {
    expect(b.byCounty).toEqual([
      { code: '410922', name: '清丰县', yuan: 10000, stations: 2 },
      { code: '410923', name: '南乐县', yuan: 5000, stations: 1 },
      { code: '410926', name: '范县', yuan: 0, stations: 0 },
    ]);
  });
  it('by operator and the undated planned station listed apart', () => {
    expect(b.byOperator).toEqual({ CMCC: 10000, 'CU+CT': 5000 });
    expect(b.undatedIds).toEqual(['s6']);
  });
  it('--year 2020 keeps s1 only', () => {
    const y = computeBudget(SITES, PUYANG, { year: 2020 });
    expect([y.totalYuan, y.stations, y.byYear]).toEqual([5000, 1, { 2020: 5000 }]);
  });
});

describe('what-if parameters change only the numbers', () => {
  it('SA share 0.5: s1..s4 each count half: 4 x 2,500 = 10,000 yuan, 2 stations', () => {
    const b = computeBudget(SITES, PUYANG, { whatIf: { saShare: 0.5 } });
    expect([b.totalYuan, b.stations, b.saShare]).toEqual([10000, 2, 0.5]);
  });
  it('SA share 1 = every station SA: 4 x 5,000', () => {
    expect(computeBudget(SITES, PUYANG, { whatIf: { saShare: 1 } }).totalYuan).toBe(20000);
  });
  it('city:county 2:1 re-splits the local half: city 1/3, county 1/6', () => {
    const b = computeBudget(SITES, PUYANG, { whatIf: { cityCountySplit: [2, 1] } });
    expect(b.byLevel.province).toBe(7500);
    expect(b.byLevel.city).toBeCloseTo(5000, 9);
    expect(b.byLevel.county).toBeCloseTo(2500, 9);
  });
  it('8,000 yuan per station: 3 x 8,000', () => {
    expect(computeBudget(SITES, PUYANG, { whatIf: { perStationYuan: 8000 } }).totalYuan).toBe(24000);
  });
  it('Henan policy 1:1 province:city has no county level', () => {
    expect(computeBudget(SITES, HENAN).byLevel).toEqual({ province: 7500, city: 7500 });
  });
  it('rejects an SA share outside 0..1 and a 0:0 split', () => {
    expect(() => applyWhatIf(PUYANG, { saShare: 1.5 })).toThrow(/0\.\.1/);
    expect(() => applyWhatIf(PUYANG, { cityCountySplit: [0, 0] })).toThrow(/split/);
  });
  it('eligible kinds limit the subsidy (a policy paying macro stations only)', () => {
    const sites = [makeSite({ id: 'm', year: 2020 }), makeSite({ id: 'i', year: 2020, kind: 'indoor' })];
    const b = computeBudget(sites, { ...PUYANG, eligible: { mode: 'SA', kinds: ['macro'] } });
    expect(b.totalYuan).toBe(5000);
  });
});
