/**
 * `--areas FILE` (contract section 5): a GeoJSON FeatureCollection of settlement target areas,
 * Polygon or MultiPolygon, properties id (required, unique), name (default id), tier
 * (prefecture-urban | county-seat | township | key-village, required), and optionally county
 * (6-digit code), modelled (default false) and population. WGS-84 [lon, lat].
 */
import { AREA_TIERS, type AreaTier, type TargetArea } from '../model/dataset.ts';
import type { InputIssue, Parsed } from '../model/types.ts';
import { isObject, parseJsonText } from './json-checker.ts';

function parseArea(f: unknown, feature: number, file: string, issues: InputIssue[]): TargetArea | null {
  const fail = (field: string | undefined, message: string) => issues.push({ file, feature, field, message });
  const before = issues.length;
  const geometry = isObject(f) ? f.geometry : undefined;
  if (!isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) {
    fail('geometry', 'must be a Polygon or MultiPolygon');
  }
  const p = isObject(f) && isObject(f.properties) ? f.properties : {};
  if (typeof p.id !== 'string' || !p.id) fail('id', p.id === undefined ? 'is required' : 'must be a non-empty string');
  if (!(AREA_TIERS as readonly unknown[]).includes(p.tier)) fail('tier', `must be one of ${AREA_TIERS.join(', ')}, got ${JSON.stringify(p.tier)}`);
  if (p.county !== undefined && p.county !== null && !(typeof p.county === 'string' && /^\d{6}$/.test(p.county))) fail('county', 'must be a 6-digit code string');
  if (p.modelled !== undefined && typeof p.modelled !== 'boolean') fail('modelled', 'must be true or false');
  if (p.population !== undefined && p.population !== null && !(typeof p.population === 'number' && p.population >= 0)) fail('population', 'must be a non-negative number');
  if (issues.length > before) return null;
  return {
    id: p.id as string,
    name: typeof p.name === 'string' && p.name ? p.name : (p.id as string),
    tier: p.tier as AreaTier,
    county: (p.county as string | undefined) ?? null,
    modelled: p.modelled === true,
    population: (p.population as number | undefined) ?? null,
    geometry: geometry as unknown as TargetArea['geometry'],
  };
}

export function parseAreasGeoJson(text: string, file: string): Parsed<TargetArea[]> {
  const json = parseJsonText(text, file);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  const root = json.value;
  if (!isObject(root) || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    return { ok: false, issues: [{ file, message: 'must be a GeoJSON FeatureCollection of Polygon/MultiPolygon areas' }] };
  }
  const issues: InputIssue[] = [];
  const areas: TargetArea[] = [];
  const seen = new Set<string>();
  root.features.forEach((f, i) => {
    const area = parseArea(f, i, file, issues);
    if (!area) return;
    if (seen.has(area.id)) issues.push({ file, feature: i, field: 'id', message: `id "${area.id}" is used more than once` });
    seen.add(area.id);
    areas.push(area);
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: areas, warnings: [] };
}
