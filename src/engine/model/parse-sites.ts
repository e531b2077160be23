/**
 * Sites files -> validated `Site[]` (contract section 1 and 5): a GeoJSON FeatureCollection of
 * Points, or CSV with lon,lat / 经度,纬度 columns in WGS-84, GCJ-02 or BD-09.
 * All-or-nothing: any problem returns every issue found and no sites.
 */
import gcoord from 'gcoord';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { resolveSite } from './resolve-site.ts';
import type { InputIssue, Parsed, Site } from './types.ts';

export type Crs = 'wgs84' | 'gcj02' | 'bd09';
export const CRSES: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

/** Stop collecting after this many problems: a wholly wrong file should not print a million lines. */
const MAX_ISSUES = 200;

export function toWgs84(lonLat: [number, number], crs: Crs): [number, number] {
  if (crs === 'wgs84') return lonLat;
  const from = crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const [lon, lat] = gcoord.transform(lonLat, from, gcoord.WGS84) as [number, number];
  return [lon, lat];
}

/**
 * The parsed sites, or every problem: with duplicate ids named at their place in the file.
 * `places[i]`: site i's feature index (GeoJSON) or line (CSV), as `unit` says.
 */
function finish(sites: Site[], places: number[], unit: 'feature' | 'line', issues: InputIssue[], file: string): Parsed<Site[]> {
  const seen = new Map<string, number>();
  sites.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) issues.push({ file, [unit]: places[i], field: 'id', message: `duplicate id "${s.id}" (also at ${unit} ${first})` });
    else seen.set(s.id, places[i]);
  });
  if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: sites, warnings: [] };
}

export function parseSitesGeoJson(text: string, file: string, crs: Crs = 'wgs84'): Parsed<Site[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, issues: [{ file, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const fc = doc as Partial<FeatureCollection>;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return { ok: false, issues: [{ file, field: 'type', message: 'must be a GeoJSON FeatureCollection with a "features" array' }] };
  }
  const issues: InputIssue[] = [];
  const sites: Site[] = [], places: number[] = [];
  fc.features.forEach((raw: unknown, i: number) => {
    if (issues.length >= MAX_ISSUES) return;
    const f = raw as Partial<Feature<Point>>;
    const g = f?.geometry;
    if (!f || f.type !== 'Feature' || !g || g.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length < 2) {
      issues.push({ file, feature: i, field: 'geometry', message: 'must be a Feature with a Point geometry [lon, lat]' });
      return;
    }
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const lonLat = toWgs84([Number(g.coordinates[0]), Number(g.coordinates[1])], crs);
    const r = resolveSite(props, lonLat, { file, feature: i });
    if (r.site) { sites.push(r.site); places.push(i); }
    else issues.push(...r.issues);
  });
  return finish(sites, places, 'feature', issues, file);
}

const LON_COLUMNS = ['lon', 'lng', 'longitude', '经度'];
const LAT_COLUMNS = ['lat', 'latitude', '纬度'];
const NUMBER_FIELDS = new Set(['year', 'freqMhz', 'bandwidthMhz', 'scsKhz', 'txPowerDbm', 'antennaGainDbi', 'heightM', 'costYuan']);
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false, 是: true, 否: false };

/** A CSV cell -> the typed property value the GeoJSON form would hold; undefined = empty. */
function cellValue(field: string, cell: string): { value?: unknown; error?: string } {
  const t = cell.trim();
  if (t === '') return {};
  if (NUMBER_FIELDS.has(field)) {
    const n = Number(t);
    return Number.isFinite(n) ? { value: n } : { error: `must be a number, got "${t}"` };
  }
  if (field === 'sharedTower') {
    const b = BOOLEAN_WORDS[t.toLowerCase()];
    return b === undefined ? { error: `must be true or false, got "${t}"` } : { value: b };
  }
  if (field === 'sectors') {
    // Either JSON ([{"azimuthDeg":0}, ...]) or azimuths separated by ; or / ("0;120;240").
    if (t.startsWith('[')) {
      try { return { value: JSON.parse(t) }; } catch { return { error: 'is not valid JSON' }; }
    }
    const az = t.split(/[;/]/).map(Number);
    return az.every(Number.isFinite) ? { value: az.map((azimuthDeg) => ({ azimuthDeg })) } : { error: `must be azimuths like "0;120;240", got "${t}"` };
  }
  return { value: t };
}

export function parseSitesCsv(text: string, file: string, crs: Crs = 'wgs84'): Parsed<Site[]> {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: 'greedy' });
  return parseSitesRows(parsed.data, file, crs);
}

/**
 * A table of text cells (header row first; row r is line r + 1 of the file) -> sites. CSV and
 * spreadsheets both come here, so every tabular format reads columns and values alike.
 */
export function parseSitesRows(rows: string[][], file: string, crs: Crs = 'wgs84'): Parsed<Site[]> {
  if (!rows.length) return { ok: false, issues: [{ file, line: 1, message: 'empty file: expected a header row' }] };
  const header = rows[0].map((h) => h.trim());
  const lonCol = header.findIndex((h) => LON_COLUMNS.includes(h.toLowerCase()));
  const latCol = header.findIndex((h) => LAT_COLUMNS.includes(h.toLowerCase()));
  if (lonCol < 0 || latCol < 0) {
    return { ok: false, issues: [{ file, line: 1, field: lonCol < 0 ? 'lon' : 'lat', message: `header needs lon,lat or 经度,纬度 columns; found: ${header.join(', ')}` }] };
  }
  const issues: InputIssue[] = [];
  const sites: Site[] = [], places: number[] = [];
  for (let r = 1; r < rows.length && issues.length < MAX_ISSUES; r++) {
    const row = rows[r];
    const line = r + 1;
    if (row.length !== header.length) {
      issues.push({ file, line, message: `has ${row.length} columns, the header has ${header.length}` });
      continue;
    }
    const lon = Number(row[lonCol].trim());
    const lat = Number(row[latCol].trim());
    const props: Record<string, unknown> = {};
    let rowOk = true;
    header.forEach((h, c) => {
      if (c === lonCol || c === latCol) return;
      const { value, error } = cellValue(h, row[c]);
      if (error) { issues.push({ file, line, field: h, message: error }); rowOk = false; }
      else if (value !== undefined) props[h] = value;
    });
    if (!rowOk) continue;
    if (row[lonCol].trim() === '' || row[latCol].trim() === '' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      issues.push({ file, line, field: header[Number.isFinite(lon) && row[lonCol].trim() !== '' ? latCol : lonCol], message: `coordinates must be numbers, got "${row[lonCol]}", "${row[latCol]}"` });
      continue;
    }
    const res = resolveSite(props, toWgs84([lon, lat], crs), { file, line });
    if (res.site) { sites.push(res.site); places.push(line); }
    else issues.push(...res.issues);
  }
  return finish(sites, places, 'line', issues, file);
}

/** Picks the parser from the file name (.csv -> CSV, anything else -> GeoJSON). */
export function parseSitesText(text: string, file: string, crs: Crs = 'wgs84'): Parsed<Site[]> {
  return /\.csv$/i.test(file) ? parseSitesCsv(text, file, crs) : parseSitesGeoJson(text, file, crs);
}

/** A site back to a GeoJSON Feature: its original properties, unknown ones included, unchanged. */
export function siteToFeature(site: Site): Feature<Point> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [site.lonLat[0], site.lonLat[1]] }, properties: { ...site.props } };
}

export function sitesToFeatureCollection(sites: Site[]): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: sites.map(siteToFeature) };
}
