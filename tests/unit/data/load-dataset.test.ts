// parseRegions / parseAreas (src/engine/model/load-dataset.ts, contract section 5 "Bad input"):
// every problem names the file, the feature index and the field; nothing is half-loaded.
import { describe, expect, it } from 'vitest';
import { datasetFromGeoJson, parseAreas, parseRegions } from '../../../src/engine/model/load-dataset.ts';
import { loadDataset } from '../../../src/cli/dataset.ts';
import { UserError } from '../../../src/cli/user-error.ts';
import type { InputIssue } from '../../../src/engine/model/types.ts';

// A 0.01-degree square in Puyang, closed ring.
const SQUARE = [[[115.0, 35.7], [115.01, 35.7], [115.01, 35.71], [115.0, 35.71], [115.0, 35.7]]];
const poly = (coordinates: unknown = SQUARE) => ({ type: 'Polygon', coordinates });
const feature = (properties: Record<string, unknown>, geometry: unknown = poly()) => ({ type: 'Feature', properties, geometry });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const region = (code: string, extra: Record<string, unknown> = {}) => feature({ code, name: `county ${code}`, ...extra });
const area = (id: string, extra: Record<string, unknown> = {}) => feature({ id, name: `area ${id}`, tier: 'township', ...extra });

function issuesOf(r: { ok: boolean; issues?: InputIssue[] }): InputIssue[] {
  expect(r.ok).toBe(false);
  return r.issues!;
}

describe('parseRegions', () => {
  it('accepts a valid FeatureCollection and fills absent figures with null', () => {
    const r = parseRegions(fc(region('410922', { population: 592425, urbanShare: 0.3322 }), region('X1')), 'r.geojson');
    expect(r.ok && r.value.map((x) => [x.code, x.population, x.urbanShare])).toEqual([['410922', 592425, 0.3322], ['X1', null, null]]);
  });

  it('rejects malformed JSON and a non-FeatureCollection, naming the file', () => {
    expect(issuesOf(parseRegions('{"type":', 'r.geojson'))[0]).toMatchObject({ file: 'r.geojson', message: expect.stringContaining('not valid JSON') });
    expect(issuesOf(parseRegions('{"type":"Feature"}', 'r.geojson'))[0]).toMatchObject({ file: 'r.geojson', field: 'type' });
  });

  it.each([
    ['a Point geometry', feature({ code: 'A', name: 'a' }, { type: 'Point', coordinates: [115, 35.7] }), 'geometry', 'Polygon or MultiPolygon'],
    ['a missing code', feature({ name: 'a' }), 'code', 'is required'],
    ['an empty name', feature({ code: 'A', name: ' ' }), 'name', 'non-empty string'],
    ['a latitude beyond 90', feature({ code: 'A', name: 'a' }, poly([[[115, 35.7], [115.01, 95], [115, 35.71], [115, 35.7]]])), 'geometry', 'out of range'],
    ['a point outside China (Paris)', feature({ code: 'A', name: 'a' }, poly([[[2.35, 48.85], [2.36, 48.85], [2.36, 48.86], [2.35, 48.85]]])), 'geometry', 'outside China'],
    ['swapped lat/lon', feature({ code: 'A', name: 'a' }, poly([[[35.7, 115], [35.7, 115.01], [35.71, 115.01], [35.7, 115]]])), 'geometry', 'out of range'],
    ['an unclosed ring', feature({ code: 'A', name: 'a' }, poly([[[115, 35.7], [115.01, 35.7], [115.01, 35.71], [115, 35.71]]])), 'geometry', 'not closed'],
    ['a ring of 3 positions', feature({ code: 'A', name: 'a' }, poly([[[115, 35.7], [115.01, 35.7], [115, 35.7]]])), 'geometry', 'at least 4'],
    ['urbanShare above 1', region('A', { urbanShare: 1.5 }), 'urbanShare', '0 to 1'],
    ['a negative population', region('A', { population: -3 }), 'population', 'from 0'],
  ])('names feature 1 and the field for %s', (_label, bad, field, text) => {
    const issues = issuesOf(parseRegions(fc(region('OK'), bad), 'r.geojson'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'r.geojson', feature: 1, field, message: expect.stringContaining(text) });
  });

  it('reports a duplicate code at the second feature, pointing to the first', () => {
    const issues = issuesOf(parseRegions(fc(region('A'), region('B'), region('A')), 'r.geojson'));
    expect(issues).toEqual([{ file: 'r.geojson', feature: 2, field: 'code', message: 'duplicate code "A" (also at feature 0)' }]);
  });
});

describe('parseAreas', () => {
  it('accepts a valid area and defaults modelled to false, county and population to null', () => {
    const r = parseAreas(fc(area('tw-1')), 'a.geojson');
    expect(r.ok && r.value[0]).toMatchObject({ id: 'tw-1', tier: 'township', modelled: false, county: null, population: null });
  });

  it.each([
    ['an unknown tier', area('a', { tier: 'village' }), 'tier', 'one of prefecture-urban'],
    ['a missing id', feature({ name: 'x', tier: 'township' }), 'id', 'is required'],
    ['a missing name', feature({ id: 'a', tier: 'township' }), 'name', 'is required'],
    ['modelled as a string', area('a', { modelled: 'yes' }), 'modelled', 'true or false'],
    ['a numeric county', area('a', { county: 410922 }), 'county', 'code string'],
    ['a MultiPolygon outside China', area('a', {}), 'geometry', 'outside China'],
  ])('names feature 1 and the field for %s', (label, bad, field, text) => {
    const f = label.includes('MultiPolygon') ? { ...bad, geometry: { type: 'MultiPolygon', coordinates: [[[[-74, 40.7], [-73.9, 40.7], [-73.9, 40.8], [-74, 40.7]]]] } } : bad;
    const issues = issuesOf(parseAreas(fc(area('ok'), f), 'a.geojson'));
    expect(issues[0]).toMatchObject({ file: 'a.geojson', feature: 1, field, message: expect.stringContaining(text) });
  });

  it('reports a duplicate id', () => {
    expect(issuesOf(parseAreas(fc(area('a'), area('a')), 'a.geojson'))).toEqual([{ file: 'a.geojson', feature: 1, field: 'id', message: 'duplicate id "a" (also at feature 0)' }]);
  });
});

describe('datasetFromGeoJson and loadDataset', () => {
  it('builds a Dataset from parsed objects and throws on an invalid embedded file', () => {
    const d = datasetFromGeoJson('t', 'test', JSON.parse(fc(region('410922', { population: 10 }))), JSON.parse(fc(area('a'))));
    expect(d).toMatchObject({ id: 't', name: 'test', regions: [{ code: '410922', population: 10 }], areas: [{ id: 'a' }] });
    expect(() => datasetFromGeoJson('t', 'test', JSON.parse(fc(region('A'), region('A'))), JSON.parse(fc()))).toThrow(/feature 1 code/);
  });

  it('loads the embedded Puyang dataset with its 6 counties', async () => {
    const d = await loadDataset('puyang');
    expect(d.regions.map((r) => r.code).sort()).toEqual(['410902', '410922', '410923', '410926', '410927', '410928']);
    expect(d.areas.every((a) => a.modelled)).toBe(true);
  });

  it('rejects an unknown dataset id with a UserError', async () => {
    await expect(loadDataset('atlantis')).rejects.toThrow(UserError);
    await expect(loadDataset('atlantis')).rejects.toThrow('unknown dataset "atlantis": give a province id or code');
  });
});
