/**
 * The plan and the coverage/holes polygons as KML (sites styled by operator) and as a zipped
 * Shapefile, beside GeoJSON. Site attributes are the flat columns of site-columns.ts (the .xlsx
 * layout), so any of these files imports back to the same sites.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Site } from '../model/types.ts';
import { writeKml, type KmlStyle } from './kml-write.ts';
import { writeShapefileZip } from './shapefile-write.ts';
import { SITE_COLUMNS, extraKeys, siteHeader } from './site-columns.ts';
import type { ExportLang } from './table.ts';

/** The map's operator colours (src/ui/map/style.ts), so a KML looks like the app. */
export const OPERATOR_COLOURS: Record<string, string> = { CMCC: '#1565c0', CU: '#e65100', CT: '#2e7d32', 'CU+CT': '#c2185b', CBN: '#6a1b9a' };

const ATTRIBUTE_COLUMNS = SITE_COLUMNS.filter((c) => c.key !== 'lon' && c.key !== 'lat');

/** Sites as Point features whose properties are the flat columns, keyed by `keyOf` (property key or DBF name). */
function flatSites(sites: Site[], keyOf: (c: (typeof SITE_COLUMNS)[number]) => string): { fc: FeatureCollection<Point>; keys: string[]; extras: string[] } {
  const extras = extraKeys(sites);
  const keys = [...ATTRIBUTE_COLUMNS.map(keyOf), ...extras];
  const features = sites.map((s): Feature<Point> => {
    const props: Record<string, unknown> = {};
    for (const c of ATTRIBUTE_COLUMNS) props[keyOf(c)] = c.value(s, 'en');
    for (const k of extras) props[k] = typeof s.props[k] === 'object' && s.props[k] !== null ? JSON.stringify(s.props[k]) : s.props[k];
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [s.lonLat[0], s.lonLat[1]] }, properties: props };
  });
  return { fc: { type: 'FeatureCollection', features }, keys, extras };
}

/** Shown in every placemark; the other columns only where the site's file gave them (the rest are the defaults). */
const KML_ALWAYS = new Set(['id', 'name', 'operator', 'status', 'year', 'mode', 'kind', 'band', 'heightM', 'powerSupply']);
const SECTOR_COLUMN = /^(azimuths|tilts|hBeamwidths|vBeamwidths)Deg$/;

function givenInFile(key: string, s: Site): boolean {
  if (KML_ALWAYS.has(key)) return true;
  if (SECTOR_COLUMN.test(key)) return 'sectors' in s.props;
  return key === 'tags' ? 'tags' in s.props || 'tag' in s.props : key in s.props;
}

/**
 * KML readers (togeojson over xmldom in a worker) take seconds per 10 MB, so a placemark carries
 * the main columns and whatever else its site's file gave; the defaults it leaves out resolve to
 * the same values on import.
 */
export function planToKml(sites: Site[], lang: ExportLang, title: string): string {
  const { fc, extras } = flatSites(sites, (c) => c.key);
  fc.features.forEach((f, i) => {
    for (const c of ATTRIBUTE_COLUMNS) if (!givenInFile(c.key, sites[i])) delete (f.properties as Record<string, unknown>)[c.key];
  });
  const styles: KmlStyle[] = Object.entries(OPERATOR_COLOURS).map(([op, colour]) => ({ id: `op-${op}`, colour }));
  return writeKml(fc, {
    name: title,
    fields: [...ATTRIBUTE_COLUMNS.map((c) => ({ key: c.key, label: siteHeader(c, lang) })), ...extras.map((k) => ({ key: k, label: k }))],
    styles,
    styleOf: (p) => `op-${String(p.operator)}`,
    nameOf: (p) => String(p.name ?? p.id),
  });
}

/** Field names are cut to the dBase limit of 10 ASCII characters: the DBF names of site-columns.ts, extras cut. */
export function planToShapefileZip(sites: Site[], layer = 'g5plan-plan'): Uint8Array {
  const { fc, keys } = flatSites(sites, (c) => c.dbf);
  return writeShapefileZip(fc, layer, keys);
}

const COVERAGE_STYLES: KmlStyle[] = [{ id: 'covered', colour: '#2e7d32', fillOpacity: 0.3 }, { id: 'hole', colour: '#c62828', fillOpacity: 0.6 }];
const COVERAGE_KEYS = ['kind', 'area', 'areaName', 'rank', 'areaKm2'];
const COVERAGE_LABELS: Record<ExportLang, Record<string, string>> = {
  zh: { kind: '类型', area: '区域编号', areaName: '区域', rank: '序号', areaKm2: '面积(km²)', covered: '覆盖区', hole: '空洞' },
  en: { kind: 'kind', area: 'area', areaName: 'area name', rank: 'rank', areaKm2: 'area (km2)', covered: 'covered area', hole: 'hole' },
};

/** The coverage GeoJSON of coverageToGeoJson (covered area, then each area's holes) as KML. */
export function coverageToKml(fc: FeatureCollection, lang: ExportLang, title: string): string {
  const l = COVERAGE_LABELS[lang];
  return writeKml(fc, {
    name: title,
    fields: COVERAGE_KEYS.map((k) => ({ key: k, label: l[k] })),
    styles: COVERAGE_STYLES,
    styleOf: (p) => (p.kind === 'hole' ? 'hole' : 'covered'),
    nameOf: (p) => (p.kind === 'hole' ? `${l.hole} ${String(p.areaName ?? p.area)} #${String(p.rank)}` : l.covered),
  });
}

export function coverageToShapefileZip(fc: FeatureCollection, layer = 'g5plan-coverage'): Uint8Array {
  return writeShapefileZip(fc, layer, COVERAGE_KEYS);
}
