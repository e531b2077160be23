/**
 * Duplicate ids are named at their place in the file (feature index or CSV line), also when
 * other features or rows before them were refused.
 */
import { describe, expect, it } from 'vitest';
import { parseSitesCsv, parseSitesGeoJson } from '../../../src/engine/model/parse-sites.ts';

const point = (id: string, lon = 115.05) => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [lon, 35.74] } });

describe('duplicate site ids', () => {
  it('GeoJSON: the features of both, counting the refused ones', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [point('bad', 215), { type: 'Thing' }, point('a'), point('b'), point('a')] });
    const out = parseSitesGeoJson(text, 's.geojson');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.find((i) => i.field === 'id')).toEqual({ file: 's.geojson', feature: 4, field: 'id', message: 'duplicate id "a" (also at feature 2)' });
  });

  it('CSV: the lines of both, counting the refused rows', () => {
    const out = parseSitesCsv('id,lon,lat,heightM\nx,115.05,35.74,-3\na,115.05,35.74,30\ny,east,35.74,30\na,115.06,35.74,30\n', 's.csv');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.find((i) => i.field === 'id')).toEqual({ file: 's.csv', line: 5, field: 'id', message: 'duplicate id "a" (also at line 3)' });
  });
});
