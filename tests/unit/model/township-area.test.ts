// A township the user places gets the target area the data build's township rule gives it
// (src/engine/model/township-area.ts, data/README.md "modelled areas"). Checked against the
// build's own output for a township the sources place, and hand-worked for one they do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromGeoJson } from '../../../src/engine/model/load-dataset.ts';
import { placedTownshipArea, type TownshipPlacement } from '../../../src/engine/model/township-area.ts';

const read = (f: string) => JSON.parse(readFileSync(`data/puyang/${f}`, 'utf8'));
const counties = read('counties.geojson');
const areasFc = read('areas.geojson');
const townships = read('townships.json') as { code: string; name: string; regionCode: string; lonLat: [number, number] | null }[];
const { regions } = datasetFromGeoJson('puyang', 'Puyang', counties, areasFc);
const seat = (code: string) => counties.features.find((f: { properties: { code: string } }) => f.properties.code === code).properties.seatLonLat as [number, number];
const radiusOf = (id: string) => areasFc.features.find((f: { properties: { id: string } }) => f.properties.id === id).properties.radiusM as number;

function placement(code: string, lonLat: [number, number], urbanId: string, urbanSeatOf: string): TownshipPlacement {
  const t = townships.find((x) => x.code === code)!;
  const rural = townships.filter((x) => x.regionCode === t.regionCode && !x.name.endsWith('街道')).map((x) => ({ code: x.code, lonLat: x.code === code ? lonLat : x.lonLat }));
  return {
    code, name: t.name, lonLat, county: regions.find((r) => r.code === t.regionCode)!, rural,
    urban: { centre: seat(urbanSeatOf), radiusM: radiusOf(urbanId) }, countySeat: urbanId.startsWith('cs-'),
  };
}

describe('placedTownshipArea', () => {
  it('rebuilds 岳村镇 (华龙区, a main district of 濮阳市主城区) exactly as the data build did', () => {
    const built = areasFc.features.find((f: { properties: { id: string } }) => f.properties.id === 'tw-410902101');
    const t = townships.find((x) => x.code === '410902101')!;
    const out = placedTownshipArea(placement('410902101', t.lonLat!, 'pu-4109', '410902'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.area).toMatchObject({ id: 'tw-410902101', name: '岳村镇', tier: 'township', county: '410902', modelled: true, population: built.properties.population });
    expect(out.radiusM).toBe(built.properties.radiusM);
    expect(out.area.geometry).toEqual(built.geometry);
  });

  it('sizes 福堪镇 (南乐县, unplaced in the sources) placed at 115.25, 36.03', () => {
    // 南乐县: 476,557 residents, urban share 0.3514; county seat 100,477 (x 0.6); rest 376,080.
    // 12 rural townships, 城关镇 inside the 1,999 m seat disk: 11 counted; 376,080 / 11 x 0.2 = 6,837.8 -> 6,838
    // persons; 6,838 / 5,000 = 1.3676 km2 -> r = sqrt(1.3676 / pi) km = 659.8 -> 660 m (nearest seat, 杨村乡, ~4.1 km away: no cut).
    const out = placedTownshipArea(placement('410923103', [115.25, 36.03], 'cs-410923', '410923'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.area.population).toBe(6838);
    expect(out.radiusM).toBe(660);
    expect(out.area.id).toBe('tw-410923103');
    expect(out.area.geometry.type === 'Polygon' && out.area.geometry.coordinates[0].length).toBe(65); // 64 steps, closed
  });

  it('gives no area inside the urban disk or far outside the county', () => {
    expect(placedTownshipArea(placement('410923103', seat('410923'), 'cs-410923', '410923'))).toEqual({ ok: false, reason: 'urban' });
    expect(placedTownshipArea(placement('410923103', [116.5, 36.03], 'cs-410923', '410923'))).toEqual({ ok: false, reason: 'outside' });
  });
});
