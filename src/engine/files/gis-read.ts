/**
 * GIS files -> one GeoJSON FeatureCollection (WGS-84): a Shapefile as a .zip or as its parts
 * chosen together (.shp/.dbf/.prj/.cpg), KML, or KMZ (a zip holding a KML). The same module
 * serves the app's import worker and the command line; the GeoJSON then goes through the
 * usual validators (sites, settlement areas, regions).
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Parsed } from '../model/types.ts';
import { readShapefile, type ShapefileParts } from './shapefile-read.ts';
import { decodeUtf8 } from './text-decode.ts';

export interface FileBytes { name: string; bytes: Uint8Array }

export const GIS_EXTENSIONS = ['zip', 'kml', 'kmz', 'shp', 'dbf', 'prj', 'cpg', 'shx'];
const ext = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';
const stem = (name: string) => name.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');

export function isGisFile(name: string): boolean {
  return GIS_EXTENSIONS.includes(ext(name));
}

const fail = (file: string, message: string): Parsed<FeatureCollection> => ({ ok: false, issues: [{ file, message }] });

/** Styling that togeojson reads from KML: not site properties. */
const KML_STYLE_PROP = /^(styleUrl|styleHash|styleMapHash|styleMap|icon|icon-.*|label-.*|stroke.*|fill.*|marker-.*|visibility)$/;

/** A MultiGeometry of polygons is one MultiPolygon; of one point, that point. */
function simplify(g: Geometry | null): Geometry | null {
  if (g?.type !== 'GeometryCollection') return g;
  const parts = g.geometries.map(simplify);
  if (parts.length && parts.every((p) => p?.type === 'Polygon' || p?.type === 'MultiPolygon')) {
    return { type: 'MultiPolygon', coordinates: parts.flatMap((p) => (p!.type === 'Polygon' ? [p!.coordinates] : (p as { coordinates: number[][][][] }).coordinates)) };
  }
  return parts.length === 1 ? parts[0] : g;
}

export function readKml(text: string, file: string): Parsed<FeatureCollection> {
  let fc: FeatureCollection;
  try {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'text/xml');
    if (errors.length || !doc.getElementsByTagName('kml').length) return fail(file, `not a KML document: ${errors.length ? errors[0].split('\n')[0] : 'no <kml> element'}`);
    fc = kml(doc) as FeatureCollection;
  } catch (e) {
    return fail(file, `not a KML document: ${(e as Error).message.split('\n')[0]}`);
  }
  const features = fc.features.map((f): Feature => ({
    type: 'Feature',
    geometry: simplify(f.geometry) as Geometry,
    properties: Object.fromEntries(Object.entries(f.properties ?? {}).filter(([k]) => !KML_STYLE_PROP.test(k))),
  }));
  return { ok: true, value: { type: 'FeatureCollection', features }, warnings: [] };
}

function unzip(f: FileBytes): Record<string, Uint8Array> | null {
  try {
    const all = unzipSync(f.bytes);
    return Object.fromEntries(Object.entries(all).filter(([k]) => !k.includes('__MACOSX') && !k.endsWith('/')));
  } catch {
    return null;
  }
}

/** The parts of each Shapefile layer among named byte arrays, by base name. */
function shapefileLayers(entries: [string, Uint8Array][]): ShapefileParts[] {
  const layers = new Map<string, Partial<ShapefileParts> & { name: string }>();
  for (const [name, bytes] of entries) {
    const e = ext(name);
    if (!['shp', 'dbf', 'prj', 'cpg'].includes(e)) continue;
    const key = name.replace(/\.[^.]+$/, '').toLowerCase();
    const layer = layers.get(key) ?? { name: stem(name) };
    (layer as Record<string, unknown>)[e] = bytes;
    layers.set(key, layer);
  }
  return [...layers.values()].filter((l): l is ShapefileParts => !!l.shp);
}

function fromEntries(label: string, entries: [string, Uint8Array][]): Parsed<FeatureCollection> {
  const layers = shapefileLayers(entries);
  if (layers.length === 1) return readShapefile(layers[0]);
  if (layers.length > 1) return fail(label, `holds ${layers.length} Shapefile layers (${layers.map((l) => l.name).join(', ')}); import one layer at a time`);
  const kmls = entries.filter(([n]) => ext(n) === 'kml');
  if (kmls.length) return readKml(decodeUtf8((kmls.find(([n]) => /(^|\/)doc\.kml$/i.test(n)) ?? kmls[0])[1]), label);
  const found = entries.map(([n]) => n).slice(0, 8).join(', ') || 'nothing';
  return fail(label, ext(label) === 'kmz' ? `this KMZ holds no .kml file (found: ${found})` : `holds no .shp file (found: ${found}); a Shapefile needs its .shp, .dbf and .prj`);
}

/** The name that stands for a set of files in messages: the .zip, .kml, .kmz or .shp. */
export function gisFileLabel(files: FileBytes[]): string {
  return files.find((f) => ['zip', 'kmz', 'kml', 'shp'].includes(ext(f.name)))?.name ?? files[0]?.name ?? '';
}

/** One GIS file, or the parts of one Shapefile chosen together. */
export function readGisFiles(files: FileBytes[]): Parsed<FeatureCollection> {
  const label = gisFileLabel(files);
  if (files.length === 1 && ext(label) === 'kml') return readKml(decodeUtf8(files[0].bytes), label);
  if (files.length === 1 && (ext(label) === 'zip' || ext(label) === 'kmz')) {
    const entries = unzip(files[0]);
    if (!entries) return fail(label, `not a readable ${ext(label) === 'kmz' ? 'KMZ' : 'zip'} file`);
    return fromEntries(label, Object.entries(entries));
  }
  if (!files.some((f) => ext(f.name) === 'shp')) return fail(label, 'a Shapefile needs its .shp (with the .dbf, .prj and .cpg beside it): choose them together, or a .zip of them');
  return fromEntries(label, files.map((f) => [f.name, f.bytes]));
}
