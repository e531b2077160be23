/**
 * Imported GIS features and spreadsheet rows -> the engine's validated inputs, through the same
 * rules as every other file: points become a table for parseSitesRows (so a Shapefile's or a
 * KML's attributes read like CSV columns), polygons go to parseAreasValue / parseRegionsValue.
 * Problems name the sheet row or the feature (0-based, as for GeoJSON).
 */
import type { FeatureCollection } from 'geojson';
import type { Region, TargetArea } from '../model/dataset.ts';
import { parseAreasValue, parseRegionsValue } from '../model/load-dataset.ts';
import { parseSitesRows, type Crs } from '../model/parse-sites.ts';
import type { InputIssue, Parsed, Site } from '../model/types.ts';
import type { RowOptions } from '../model/site-rows.ts';
import type { ColumnReport } from '../model/site-columns.ts';

export type ImportKind = 'sites' | 'areas' | 'regions';

/** Points are sites; polygons with a tier are settlement areas, other polygons regions. */
export function detectFeatureKind(fc: FeatureCollection): ImportKind {
  const first = fc.features.find((f) => f.geometry);
  const type = first?.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') return 'sites';
  return first?.properties && ('tier' in first.properties || '类别' in first.properties) ? 'areas' : 'regions';
}

/** An attribute as a table cell: a blank numeric DBF field reads as NaN, i.e. empty. */
const cellText = (v: unknown): string => (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Moves a parse's line-numbered issues to the caller's places (sheet rows or features). */
function relocate(parsed: Parsed<Site[]>, place: (line: number) => Partial<InputIssue>): Parsed<Site[]> {
  if (parsed.ok) return parsed;
  return { ok: false, issues: parsed.issues.map(({ line, ...rest }) => (line === undefined ? rest : { ...rest, ...place(line) })) };
}

/** A sheet's rows (header first) with their row numbers in the sheet -> sites. */
export function sitesFromRows(rows: string[][], rowNumbers: number[], file: string, crs: Crs, opts: RowOptions = {}): Parsed<Site[]> & { columns: ColumnReport } {
  const parsed = parseSitesRows(rows, file, crs, opts);
  return { ...relocate(parsed, (line) => ({ line: rowNumbers[line - 1] ?? line })), columns: parsed.columns };
}

/**
 * Point features -> sites. Without any `id` attribute (a KML from a map app), ids come from the
 * names when those are unique, else from the file name and the feature's number.
 */
export function sitesFromFeatures(fc: FeatureCollection, file: string, crs: Crs): Parsed<Site[]> {
  const bad = fc.features.findIndex((f) => f.geometry?.type !== 'Point');
  if (bad >= 0) return { ok: false, issues: [{ file, feature: bad, field: 'geometry', message: `must be a Point (sites); got ${fc.features[bad].geometry?.type ?? 'no geometry'}` }] };
  const keys = [...new Set(fc.features.flatMap((f) => Object.keys(f.properties ?? {})))].filter((k) => k !== 'lon' && k !== 'lat');
  const rows = [keys, ...fc.features.map((f) => keys.map((k) => cellText(f.properties?.[k])))];
  let header = rows[0];
  if (!header.includes('id')) {
    const names = fc.features.map((f) => cellText(f.properties?.name).trim());
    const unique = names.every((n) => n !== '') && new Set(names).size === names.length;
    const base = file.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
    header = ['id', ...header];
    rows.forEach((r, i) => { if (i > 0) r.unshift(unique ? names[i - 1] : `${base}-${i}`); });
  }
  const table = [['lon', 'lat', ...header], ...fc.features.map((f, i) => {
    const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates;
    return [String(lon), String(lat), ...rows[i + 1]];
  })];
  return relocate(parseSitesRows(table, file, crs), (line) => ({ feature: line - 2 }));
}

const REGION_ALIASES: Record<string, string[]> = { code: ['adcode', 'ADCODE', 'PAC', '代码', '区划代码', '行政区划代码'], name: ['NAME', '名称', '县名', '区县'], population: ['人口'] };
const AREA_ALIASES: Record<string, string[]> = { id: ['ID', '编号'], name: ['NAME', '名称'], tier: ['类别'], county: ['区县代码'] };
const ID_FIELDS = ['code', 'id', 'county'];

/** Attribute names a GIS department uses for the fields the loaders need; numeric codes as text. */
function normalisePolygons(fc: FeatureCollection, aliases: Record<string, string[]>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const p: Record<string, unknown> = { ...(f.properties ?? {}) };
      for (const [field, names] of Object.entries(aliases)) {
        const alias = names.find((n) => p[n] !== undefined && p[n] !== '');
        if ((p[field] === undefined || p[field] === '') && alias) p[field] = p[alias];
      }
      for (const k of ID_FIELDS) if (typeof p[k] === 'number') p[k] = String(p[k]);
      // A DBF has no boolean that every writer uses: text "true"/"false" (or T/F, 是/否) stands for one.
      if (typeof p.modelled === 'string') p.modelled = /^(true|t|y|yes|1|是)$/i.test(p.modelled.trim());
      if (typeof p.population === 'string' && p.population.trim() !== '' && Number.isFinite(Number(p.population))) p.population = Number(p.population);
      return { ...f, properties: p };
    }),
  };
}

export function areasFromFeatures(fc: FeatureCollection, file: string): Parsed<TargetArea[]> {
  return parseAreasValue(normalisePolygons(fc, AREA_ALIASES), file);
}

export function regionsFromFeatures(fc: FeatureCollection, file: string): Parsed<Region[]> {
  return parseRegionsValue(normalisePolygons(fc, REGION_ALIASES), file);
}
