/**
 * Sites files -> validated `Site[]` (contract section 1 and 5): a GeoJSON FeatureCollection of
 * Points, or CSV with lon,lat / 经度,纬度 columns in WGS-84, GCJ-02 or BD-09.
 * All-or-nothing: any problem returns every issue found and no sites.
 */
import gcoord from 'gcoord';
import Papa from 'papaparse';
import { binaryKind, notJsonMessage } from './file-text.ts';

/** The site file formats the parsers read, for messages. */
export const SITES_FORMATS = 'GeoJSON (.geojson, .json), CSV (.csv), Excel (.xlsx), Shapefile (.zip, .shp) and KML/KMZ, each under its own extension';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { resolveSite } from './resolve-site.ts';
import type { ColumnReport } from './site-columns.ts';
import { readSiteRows, type RowOptions } from './site-rows.ts';
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
    return { ok: false, issues: [{ file, message: notJsonMessage(text, e as Error) }] };
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

/**
 * A table of text cells (header row first; row r is line r + 1 of the file) -> sites. CSV and
 * spreadsheets both come here, so every tabular format reads columns and values alike
 * (site-rows.ts, site-columns.ts).
 */
export function parseSitesRows(rows: string[][], file: string, crs: Crs = 'wgs84', opts: RowOptions = {}): Parsed<Site[]> & { columns: ColumnReport } {
  const out = readSiteRows(rows, file, (lonLat) => toWgs84(lonLat, crs), opts);
  return { ...finish(out.sites, out.lines, 'line', out.issues, file), columns: out.columns };
}

export function parseSitesCsv(text: string, file: string, crs: Crs = 'wgs84', opts: RowOptions = {}): Parsed<Site[]> & { columns: ColumnReport } {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: 'greedy' });
  return parseSitesRows(parsed.data, file, crs, opts);
}

/** Picks the parser from the file name (.csv/.txt -> CSV, anything else -> GeoJSON). */
export function parseSitesText(text: string, file: string, crs: Crs = 'wgs84', opts: RowOptions = {}): Parsed<Site[]> & { columns?: ColumnReport } {
  const binary = binaryKind(text);
  if (binary) return { ok: false, issues: [{ file, message: `is ${binary}, not a sites file; supported: ${SITES_FORMATS}` }] };
  return /\.(csv|txt|tsv)$/i.test(file) ? parseSitesCsv(text, file, crs, opts) : parseSitesGeoJson(text, file, crs);
}

/** A site back to a GeoJSON Feature: its original properties, unknown ones included, unchanged. */
export function siteToFeature(site: Site): Feature<Point> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [site.lonLat[0], site.lonLat[1]] }, properties: { ...site.props } };
}

export function sitesToFeatureCollection(sites: Site[]): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: sites.map(siteToFeature) };
}
