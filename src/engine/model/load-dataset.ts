/**
 * Region and settlement-area GeoJSON -> the engine's Region[] / TargetArea[] (contract sections 5
 * and 6). The same checks serve the embedded datasets (data/<id>/counties.geojson, areas.geojson)
 * and the user's --regions / --areas files:
 * - regions: FeatureCollection of Polygon/MultiPolygon; properties code (unique string) and name
 *   required, population (persons >= 0) and urbanShare (0-1) optional;
 * - areas: properties id (unique), name, tier (AREA_TIERS) required; county, modelled, population
 *   optional. Geometry rules: check-geometry.ts. All-or-nothing: any problem returns every issue.
 */
import { AREA_TIERS, type AreaGeometry, type AreaTier, type Dataset, type Region, type TargetArea } from './dataset.ts';
import { areaGeometryProblem } from './check-geometry.ts';
import { notJsonMessage } from './file-text.ts';
import { diskPolygon } from './disk-polygon.ts';
import type { InputIssue, Parsed } from './types.ts';

/** Stop collecting after this many problems: a wholly wrong file should not print a million lines. */
const MAX_ISSUES = 200;

type Props = Record<string, unknown>;
type Fail = (field: string, message: string) => void;

const isRecord = (v: unknown): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v);

function requiredString(p: Props, field: string, fail: Fail): string {
  const v = p[field];
  if (typeof v === 'string' && v.trim() !== '') return v;
  fail(field, v === undefined ? 'is required' : `must be a non-empty string, got ${JSON.stringify(v)}`);
  return '';
}

function optionalNumber(p: Props, field: string, min: number, max: number, fail: Fail): number | null {
  const v = p[field];
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
  fail(field, `must be a number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return null;
}

function toRegion(p: Props, geometry: AreaGeometry, fail: Fail): Region {
  return {
    code: requiredString(p, 'code', fail),
    name: requiredString(p, 'name', fail),
    population: optionalNumber(p, 'population', 0, Number.MAX_SAFE_INTEGER, fail),
    urbanShare: optionalNumber(p, 'urbanShare', 0, 1, fail),
    geometry,
  };
}

function toArea(p: Props, geometry: AreaGeometry, fail: Fail): TargetArea {
  const id = requiredString(p, 'id', fail);
  const name = requiredString(p, 'name', fail);
  if (!(AREA_TIERS as readonly unknown[]).includes(p.tier)) fail('tier', `must be one of ${AREA_TIERS.join(', ')}, got ${JSON.stringify(p.tier)}`);
  const county = p.county ?? null;
  if (county !== null && typeof county !== 'string') fail('county', `must be a county code string, got ${JSON.stringify(county)}`);
  if (p.modelled !== undefined && typeof p.modelled !== 'boolean') fail('modelled', `must be true or false, got ${JSON.stringify(p.modelled)}`);
  const population = optionalNumber(p, 'population', 0, Number.MAX_SAFE_INTEGER, fail);
  return { id, name, tier: p.tier as AreaTier, county: county as string | null, modelled: p.modelled === true, population, geometry };
}

/** Validates a parsed FeatureCollection feature by feature; `idField` must be unique. */
function parseCollection<T>(doc: unknown, file: string, idField: string, build: (p: Props, g: AreaGeometry, fail: Fail) => T): Parsed<T[]> {
  if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return { ok: false, issues: [{ file, field: 'type', message: 'must be a GeoJSON FeatureCollection with a "features" array' }] };
  }
  const issues: InputIssue[] = [];
  const values: T[] = [];
  const seen = new Map<string, number>();
  doc.features.forEach((f: unknown, feature: number) => {
    if (issues.length >= MAX_ISSUES) return;
    const fail: Fail = (field, message) => issues.push({ file, feature, field, message });
    if (!isRecord(f) || f.type !== 'Feature') return fail('type', 'must be a GeoJSON Feature');
    const problem = areaGeometryProblem(f.geometry);
    if (problem) fail('geometry', problem);
    const props = isRecord(f.properties) ? f.properties : {};
    const before = issues.length;
    const value = build(props, f.geometry as AreaGeometry, fail);
    const id = props[idField];
    if (typeof id === 'string' && seen.has(id)) fail(idField, `duplicate ${idField} "${id}" (also at feature ${seen.get(id)})`);
    else if (typeof id === 'string') seen.set(id, feature);
    if (!problem && issues.length === before) values.push(value);
  });
  return issues.length ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, value: values, warnings: [] };
}

function parseText<T>(text: string, file: string, parse: (doc: unknown) => Parsed<T>): Parsed<T> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, issues: [{ file, message: notJsonMessage(text, e as Error) }] };
  }
  return parse(doc);
}

export const parseRegionsValue = (doc: unknown, file: string): Parsed<Region[]> => parseCollection(doc, file, 'code', toRegion);
/**
 * A compact modelled disk (contract section 7): a Point feature with `radiusM` (m, > 0) stands
 * for the 64-gon disk of that radius around it, as the data build draws it (area-rule.ts).
 * Anything else is left for the geometry check to judge.
 */
function expandDisk(f: unknown): unknown {
  if (!isRecord(f) || !isRecord(f.geometry) || f.geometry.type !== 'Point' || !isRecord(f.properties)) return f;
  const c = f.geometry.coordinates, r = f.properties.radiusM;
  const ok = Array.isArray(c) && c.length >= 2 && c.every((x) => typeof x === 'number' && Number.isFinite(x)) && typeof r === 'number' && r > 0 && Number.isFinite(r);
  return ok ? { ...f, geometry: diskPolygon({ centre: [c[0] as number, c[1] as number], radiusM: r as number }) } : f;
}

export function expandCompactAreas(doc: unknown): unknown {
  return isRecord(doc) && Array.isArray(doc.features) ? { ...doc, features: doc.features.map(expandDisk) } : doc;
}

export const parseAreasValue = (doc: unknown, file: string): Parsed<TargetArea[]> => parseCollection(expandCompactAreas(doc), file, 'id', toArea);
export const parseRegions = (text: string, file: string): Parsed<Region[]> => parseText(text, file, (doc) => parseRegionsValue(doc, file));
export const parseAreas = (text: string, file: string): Parsed<TargetArea[]> => parseText(text, file, (doc) => parseAreasValue(doc, file));

/** An embedded dataset from its two parsed files; they are built by scripts/build-data.ts, so a problem is a bug. */
export function datasetFromGeoJson(id: string, name: string, countiesFc: unknown, areasFc: unknown): Dataset {
  const regions = parseRegionsValue(countiesFc, `data/${id}/counties.geojson`);
  const areas = parseAreasValue(areasFc, `data/${id}/areas.geojson`);
  const bad = [regions, areas].flatMap((r) => (r.ok ? [] : r.issues));
  if (!regions.ok || !areas.ok) {
    const first = bad[0];
    throw new Error(`dataset ${id} is invalid (${bad.length} problems), first: ${first.file} feature ${first.feature} ${first.field}: ${first.message}`);
  }
  return { id, name, regions: regions.value, areas: areas.value };
}
