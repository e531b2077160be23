// County polygons: echarts parts (GCJ-02) -> WGS-84 (gcoord, vertex by vertex, so borders two
// units share stay identical) -> mapshaper: dissolve parts of one code, simplify (Visvalingam,
// `interval` = tolerance in metres, keep-shapes so no island vanishes), round to 1e-5 degrees.
// mapshaper simplifies shared arcs once, so neighbouring counties stay gap- and overlap-free.
import gcoord from 'gcoord';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { MatchedUnit } from './match.ts';

export type CountyGeometry = Polygon | MultiPolygon;
export type CodeFc = FeatureCollection<CountyGeometry, { code: string }>;

export function gcjToWgs(p: Position): [number, number] {
  const [lon, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [lon, lat];
}

function mapRings(g: CountyGeometry, f: (p: Position) => Position): CountyGeometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(f))) };
}

export function countVertices(g: CountyGeometry): number {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return rings.reduce((s, r) => s + r.length, 0);
}

/** One feature per echarts part, in WGS-84, tagged with its current code. */
export function unitsToWgs(units: MatchedUnit[]): CodeFc {
  const features: Feature<CountyGeometry, { code: string }>[] = units.flatMap((u) =>
    u.parts.map((p) => ({ type: 'Feature' as const, properties: { code: u.code }, geometry: mapRings(p.county.geometry, gcjToWgs) })),
  );
  return { type: 'FeatureCollection', features };
}

/** Dissolve by code and simplify with a tolerance of `intervalM` metres; coordinates rounded to 1e-5 deg. */
export async function simplifyCounties(fc: CodeFc, intervalM: number): Promise<Map<string, CountyGeometry>> {
  const cmd = `-i in.json -dissolve2 code -simplify interval=${intervalM} keep-shapes -o out.json format=geojson precision=0.00001`;
  const out = await mapshaper.applyCommands(cmd, { 'in.json': fc });
  const result = JSON.parse(out['out.json'].toString()) as CodeFc;
  const byCode = new Map<string, CountyGeometry>();
  for (const f of result.features) byCode.set(f.properties.code, f.geometry);
  return byCode;
}
