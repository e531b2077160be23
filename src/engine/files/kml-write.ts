/**
 * GeoJSON features -> KML 2.2 (OGC 07-147r2) for Google Earth and 奥维互动地图: one Placemark
 * per feature with its name, a shared style (icon colour for points, outline and fill for
 * polygons) and its properties as typed ExtendedData: one <Schema> declares every field (name =
 * property key, displayName = the label a reader shows) and each placemark's <SchemaData> holds
 * <SimpleData> values, so importing the file gives the same properties back. (Per-placemark
 * <Data> with a displayName each would triple the elements a reader parses.)
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export interface KmlStyle {
  id: string;
  /** #rrggbb */
  colour: string;
  /** Fill opacity of polygons, 0-1. */
  fillOpacity?: number;
}

export interface KmlField { key: string; label: string }

export interface KmlOptions {
  name: string;
  fields: KmlField[];
  styles: KmlStyle[];
  styleOf(props: Record<string, unknown>): string;
  nameOf(props: Record<string, unknown>): string;
}

const esc = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);

/** KML colours are aabbggrr. */
function kmlColour(hex: string, opacity: number): string {
  const a = Math.round(opacity * 255).toString(16).padStart(2, '0');
  return `${a}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
}

const coords = (ring: Position[]) => ring.map((p) => `${p[0]},${p[1]}`).join(' ');

function polygon(rings: Position[][]): string {
  const [outer, ...holes] = rings;
  return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(outer)}</coordinates></LinearRing></outerBoundaryIs>${holes.map((h) => `<innerBoundaryIs><LinearRing><coordinates>${coords(h)}</coordinates></LinearRing></innerBoundaryIs>`).join('')}</Polygon>`;
}

function geometry(g: Geometry | null): string {
  if (!g) return '';
  switch (g.type) {
    case 'Point': return `<Point><coordinates>${g.coordinates[0]},${g.coordinates[1]}</coordinates></Point>`;
    case 'Polygon': return polygon(g.coordinates);
    case 'MultiPolygon': return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
    case 'LineString': return `<LineString><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
    default: return '';
  }
}

function style(s: KmlStyle): string {
  return `<Style id="${esc(s.id)}"><IconStyle><color>${kmlColour(s.colour, 1)}</color><scale>0.9</scale></IconStyle>`
    + `<LineStyle><color>${kmlColour(s.colour, 1)}</color><width>1.5</width></LineStyle><PolyStyle><color>${kmlColour(s.colour, s.fillOpacity ?? 0.35)}</color></PolyStyle></Style>`;
}

const SCHEMA_ID = 'g5plan';

function schema(fields: KmlField[]): string {
  return `<Schema name="${SCHEMA_ID}" id="${SCHEMA_ID}">${fields.map((f) => `<SimpleField name="${esc(f.key)}" type="string"><displayName>${esc(f.label)}</displayName></SimpleField>`).join('')}</Schema>`;
}

function placemark(f: Feature, o: KmlOptions): string {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  const data = o.fields
    .filter((fd) => p[fd.key] !== undefined && p[fd.key] !== null && p[fd.key] !== '')
    .map((fd) => `<SimpleData name="${esc(fd.key)}">${esc(String(p[fd.key]))}</SimpleData>`).join('');
  return `<Placemark><name>${esc(o.nameOf(p))}</name><styleUrl>#${esc(o.styleOf(p))}</styleUrl><ExtendedData><SchemaData schemaUrl="#${SCHEMA_ID}">${data}</SchemaData></ExtendedData>${geometry(f.geometry)}</Placemark>`;
}

export function writeKml(fc: FeatureCollection, o: KmlOptions): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
    + `<name>${esc(o.name)}</name>${schema(o.fields)}${o.styles.map(style).join('')}\n`
    + fc.features.map((f) => placemark(f, o)).join('\n')
    + '\n</Document></kml>\n';
}
