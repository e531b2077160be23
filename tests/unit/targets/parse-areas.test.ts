// --areas files (contract section 5): settlement areas with id, name, tier; bad features are
// reported with the file, feature index and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/engine/model/types.ts';
import { parseAreasGeoJson } from '../../../src/engine/targets/parse-areas.ts';

const text = readFileSync(new URL('../../fixtures/targets/hole/areas.geojson', import.meta.url), 'utf8');

describe('parseAreasGeoJson', () => {
  it('reads the test township', () => {
    const p = parseAreasGeoJson(text, 'areas.geojson');
    expect(p.ok && p.value.map((a) => [a.id, a.name, a.tier, a.county, a.modelled])).toEqual([['tw-test', '试验镇', 'township', '410928', true]]);
  });
  it('names feature and field of a bad tier, a missing id and a point geometry', () => {
    const json = JSON.parse(text);
    const good = json.features[0];
    json.features = [
      { ...good, properties: { ...good.properties, tier: 'village' } },
      { ...good, properties: { tier: 'township' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [115, 35] }, properties: { id: 'p', tier: 'township' } },
    ];
    const p = parseAreasGeoJson(JSON.stringify(json), 'a.geojson');
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues.map(formatIssue)).toEqual([
      'a.geojson, feature 0, field "tier": must be one of prefecture-urban, county-seat, township, key-village, got "village"',
      'a.geojson, feature 1, field "id": is required',
      'a.geojson, feature 2, field "geometry": must be a Polygon or MultiPolygon',
    ]);
  });
  it('a duplicate id and a non-collection', () => {
    const json = JSON.parse(text);
    json.features.push(json.features[0]);
    const p = parseAreasGeoJson(JSON.stringify(json), 'a.geojson');
    expect(!p.ok && p.issues[0]).toMatchObject({ feature: 1, field: 'id' });
    expect(parseAreasGeoJson('{"type":"Feature"}', 'a.geojson').ok).toBe(false);
  });
});
