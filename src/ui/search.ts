// The search box's matching: townships, counties, sites (id or name) and typed coordinates
// (`lon,lat` in WGS-84 or GCJ-02, converted to WGS-84). Plain substring matching over at most a
// few thousand names per keystroke, exact matches first.
import { bbox } from '@turf/turf';
import { toWgs84 } from '../engine/model/parse-sites.ts';
import type { Region } from '../engine/model/dataset.ts';
import type { Site } from '../engine/model/types.ts';

export type SearchCrs = 'wgs84' | 'gcj02';

export interface SearchHit {
  kind: 'coord' | 'county' | 'township' | 'site';
  label: string;
  detail: string;
  /** Where to fly: a point, or a box [w, s, e, n]; null = known but not placed (an unplaced township). */
  lonLat: [number, number] | null;
  bbox?: [number, number, number, number];
  siteId?: string;
}

const MAX_HITS = 12;

/** What the search looks through (a part of the app state). */
export interface SearchIndex {
  regions: Region[];
  townships: { code: string; name: string; regionCode: string; lonLat: [number, number] | null }[];
  townshipPoints: Record<string, [number, number]>;
  sites: Site[];
}

/** `lon,lat` (comma, Chinese comma or spaces); a pair given as lat,lon (first <= 90 < second) is swapped. */
export function parseLonLat(text: string): [number, number] | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:[,，\s])\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  let lon = Number(m[1]), lat = Number(m[2]);
  if (Math.abs(lon) <= 90 && Math.abs(lat) > 90) [lon, lat] = [lat, lon];
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

function rank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  return name.includes(q) ? 2 : -1;
}

export function searchPlaces(s: SearchIndex, query: string, crs: SearchCrs): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const point = parseLonLat(q);
  if (point) {
    const wgs = toWgs84(point, crs);
    return [{ kind: 'coord', label: `${wgs[0].toFixed(5)}, ${wgs[1].toFixed(5)}`, detail: crs === 'gcj02' ? 'GCJ-02 → WGS-84' : 'WGS-84', lonLat: wgs }];
  }
  const lower = q.toLowerCase();
  const hits: { hit: SearchHit; score: number }[] = [];
  const countyName = new Map(s.regions.map((r) => [r.code, r.name]));
  for (const r of s.regions) {
    const score = Math.min(...[rank(r.name, q), rank(r.code, q)].map((x) => (x < 0 ? 9 : x)));
    if (score < 9) hits.push({ score, hit: { kind: 'county', label: r.name, detail: r.code, lonLat: null, bbox: bbox(r.geometry) as SearchHit['bbox'] } });
  }
  for (const t of s.townships) {
    const score = Math.min(...[rank(t.name, q), rank(t.code, q)].map((x) => (x < 0 ? 9 : x)));
    if (score < 9) hits.push({ score: score + 0.1, hit: { kind: 'township', label: t.name, detail: countyName.get(t.regionCode) ?? t.regionCode, lonLat: t.lonLat ?? s.townshipPoints[t.code] ?? null } });
  }
  for (const site of s.sites) {
    const score = Math.min(...[rank(site.id.toLowerCase(), lower), rank(site.name.toLowerCase(), lower)].map((x) => (x < 0 ? 9 : x)));
    if (score < 9) hits.push({ score: score + 0.2, hit: { kind: 'site', label: site.name === site.id ? site.id : `${site.name} (${site.id})`, detail: site.operator, lonLat: site.lonLat, siteId: site.id } });
    if (hits.length > 500) break; // a one-letter query over 5,000 sites: enough to rank the first screen
  }
  return hits.sort((a, b) => a.score - b.score).slice(0, MAX_HITS).map((x) => x.hit);
}
