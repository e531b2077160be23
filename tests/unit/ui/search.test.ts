// The search box's matching (src/ui/search.ts): coordinates in both datums, counties, townships, sites.
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { parseLonLat, searchPlaces, type SearchIndex } from '../../../src/ui/search.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] });

const state: SearchIndex = {
  townshipPoints: {},
  regions: [{ code: '410922', name: '清丰县', population: 1, urbanShare: null, geometry: square(115, 35.9) }],
  townships: [
    { code: '410922100', name: '城关镇', regionCode: '410922', lonLat: [115.1, 35.9] },
    { code: '410922101', name: '马庄桥镇', regionCode: '410922', lonLat: null },
  ],
  sites: [makeSite({ id: 'PY-0001', name: '清丰一中' }, [115.12, 35.91]), makeSite({ id: 'PY-0002' }, [115.2, 35.95])],
};

describe('parseLonLat', () => {
  it('reads lon,lat with comma, Chinese comma or space, and swaps a lat,lon pair', () => {
    expect(parseLonLat('115.03, 35.76')).toEqual([115.03, 35.76]);
    expect(parseLonLat('115.03，35.76')).toEqual([115.03, 35.76]);
    expect(parseLonLat('115.03 35.76')).toEqual([115.03, 35.76]);
    expect(parseLonLat('35.76,115.03')).toEqual([115.03, 35.76]);
    expect(parseLonLat('清丰')).toBeNull();
    expect(parseLonLat('200,95')).toBeNull();
  });
});

describe('searchPlaces', () => {
  it('a GCJ-02 point becomes WGS-84 (a few hundred metres west/south in Henan)', () => {
    const [hit] = searchPlaces(state, '115.03,35.76', 'gcj02');
    const expected = gcoord.transform([115.03, 35.76], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(hit.kind).toBe('coord');
    expect(hit.lonLat).toEqual(expected);
    expect(115.03 - hit.lonLat![0]).toBeGreaterThan(0.003);
    expect(searchPlaces(state, '115.03,35.76', 'wgs84')[0].lonLat).toEqual([115.03, 35.76]);
  });
  it('finds the county (a box), townships (an unplaced one without a point) and sites by id or name', () => {
    expect(searchPlaces(state, '清丰县', 'wgs84')[0]).toMatchObject({ kind: 'county', bbox: [115, 35.9, 115.1, 36] });
    const towns = searchPlaces(state, '镇', 'wgs84');
    expect(towns.map((h) => [h.label, h.lonLat])).toEqual([['城关镇', [115.1, 35.9]], ['马庄桥镇', null]]);
    expect(searchPlaces(state, 'py-0002', 'wgs84')).toMatchObject([{ kind: 'site', siteId: 'PY-0002', lonLat: [115.2, 35.95] }]);
    expect(searchPlaces(state, '一中', 'wgs84')).toMatchObject([{ kind: 'site', siteId: 'PY-0001', label: '清丰一中 (PY-0001)' }]);
    // Exact before prefix before substring: 清丰县 (county, exact) ranks above 清丰一中 (site, prefix).
    expect(searchPlaces(state, '清丰', 'wgs84').map((h) => h.kind)).toEqual(['county', 'site']);
  });
});
