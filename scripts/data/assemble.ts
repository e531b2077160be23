// Joins the matched county polygons with seats (seats.ts), statistical-zone hosts (zones.ts),
// census figures (census.ts) and the datum evidence (datum.ts); collects what did not match.
import type { MultiPolygon, Position } from 'geojson';
import type { CountyGeometry } from './geometry.ts';
import { gcjToWgs } from './geometry.ts';
import type { CensusRow, DivisionUnit, GeoNamesPlace, LonLat, Township, TownshipPoint } from './sources.ts';
import type { MatchReport, MatchedUnit } from './match.ts';
import { censusRowsOfUnits, combineCensus, type CensusStats } from './census.ts';
import { countySeat, prefectureSeat, type SeatSource } from './seats.ts';
import { hostOfZone, type ZoneHost } from './zones.ts';
import { datumEvidence, type DatumEvidence } from './datum.ts';

export interface CountyRecord extends Omit<CensusStats, 'censusCodes'> {
  code: string; name: string; prefectureCode: string; prefectureName: string;
  seatLonLat: LonLat; seatSource: SeatSource; seatNote: string; censusCodes: string[];
}

export interface Assembled {
  counties: CountyRecord[];
  prefectureSeats: Map<string, { lonLat: LonLat; code: string; name: string; note: string }>;
  zoneHosts: ZoneHost[];
  hostOf: (countyCode: string) => string;
  /** Only for the province whose README section explains the datum (Henan). */
  datum: DatumEvidence | null;
  unmatched: Record<string, unknown>;
}

const round5 = (p: Position): LonLat => [Number(p[0].toFixed(5)), Number(p[1].toFixed(5))];

/** The echarts `cp` of a unit as given (GCJ-02): the part that is not a merged-in unit. */
const rawCp = (u: MatchedUnit): LonLat | null => [...u.parts].sort((a, b) => Number(a.how === 'merged') - Number(b.how === 'merged'))[0].county.cp;

const rawGeometry = (u: MatchedUnit): CountyGeometry => {
  const polys: Position[][][] = u.parts.flatMap((p) => (p.county.geometry.type === 'Polygon' ? [p.county.geometry.coordinates] : p.county.geometry.coordinates));
  return { type: 'MultiPolygon', coordinates: polys } satisfies MultiPolygon;
};

const chengguanOf = (code: string, townships: Township[], pts: Map<string, LonLat>, countyName: string): LonLat | null => {
  const t = townships.find((x) => x.countyCode === code && x.name.replace(countyName, '').startsWith('城关') && pts.has(x.code));
  return t ? pts.get(t.code)! : null;
};

/**
 * An autonomous prefecture, league or region (自治州, 盟, 地区) whose seat GeoNames does not name
 * (临夏, 甘南): its seat is taken to be in its unit with the most census-urban residents (the seat
 * city, 临夏市, 合作市), at that unit's echarts `cp` (GCJ-02 -> WGS-84).
 */
function seatByUrbanPopulation(name: string, inPref: (MatchedUnit & { cp: LonLat | null })[], direct: Map<string, CensusRow[]>): { lonLat: LonLat; code: string; name: string; note: string } | null {
  if (!/自治州$|地区$|盟$/.test(name)) return null;
  const urban = (u: MatchedUnit): number => (direct.get(u.code) ?? []).reduce((s, r) => s + r.population * r.urbanShare, 0);
  const best = inPref.filter((u) => u.cp).sort((a, b) => urban(b) - urban(a) || a.code.localeCompare(b.code))[0];
  return best ? { lonLat: best.cp!, code: best.code, name: best.name, note: `no GeoNames place for ${name}: cp of ${best.name}, its unit with the most census-urban residents` } : null;
}

export function assembleCounties(match: MatchReport, geom: Map<string, CountyGeometry>, division: { townships: Township[]; prefectures: Map<string, string> }, census: CensusRow[], points: TownshipPoint[], places: GeoNamesPlace[], withDatum = false): Assembled {
  const wgsPts = new Map(points.map((p) => [p.code, gcjToWgs(p.lonLatGcj) as LonLat]));
  const units = match.units.map((u) => {
    const cp = rawCp(u);
    return { ...u, geometry: geom.get(u.code)!, cp: cp ? round5(gcjToWgs(cp)) : null };
  });
  const direct = censusRowsOfUnits(match.units, census);
  const prefectureSeats = new Map<string, { lonLat: LonLat; code: string; name: string; note: string }>();
  for (const [pref, name] of [...division.prefectures].sort()) {
    const inPref = units.filter((u) => u.prefectureCode === pref);
    const s = prefectureSeat(name, inPref, places) ?? seatByUrbanPopulation(name, inPref, direct);
    if (s) prefectureSeats.set(pref, s);
  }
  const seats = new Map(units.map((u) => [u.code, countySeat(u, places, prefectureSeats.get(u.prefectureCode) ?? null, u.cp, chengguanOf(u.code, division.townships, wgsPts, u.name))]));
  const directCodes = new Set([...direct.values()].flat().map((r) => r.code));
  // Hosted: census rows no polygon took, and current units without a polygon (their townships).
  const orphans = new Map<string, { code: string; name: string }>();
  for (const r of census.filter((x) => !directCodes.has(x.code))) orphans.set(r.code, r);
  for (const u of match.unitsWithoutPolygon.filter((x) => !directCodes.has(x.code))) if (!orphans.has(u.code)) orphans.set(u.code, u);
  const zoneHosts = [...orphans.values()].sort((a, b) => a.code.localeCompare(b.code)).map((z) => {
    const pref = z.code.slice(0, 4);
    const zonePts = division.townships.filter((t) => t.countyCode === z.code && wgsPts.has(t.code)).map((t) => wgsPts.get(t.code)!);
    const prefUnits = units.filter((u) => u.prefectureCode === pref);
    return hostOfZone(z, zonePts, prefUnits.length ? prefUnits : units, prefectureSeats.get(pref)?.code ?? '', (prefUnits[0] ?? units[0]).code);
  });
  const hostMap = new Map(zoneHosts.map((h) => [h.zoneCode, h.hostCode]));
  const used = new Set<string>();
  const counties: CountyRecord[] = units.map((u) => {
    const rows = [...direct.get(u.code)!, ...census.filter((r) => hostMap.get(r.code) === u.code)];
    rows.forEach((r) => used.add(r.code));
    const seat = seats.get(u.code)!;
    const prefectureName = division.prefectures.get(u.prefectureCode) ?? '';
    return { code: u.code, name: u.name, prefectureCode: u.prefectureCode, prefectureName, ...combineCensus(rows), seatLonLat: round5(seat.lonLat), seatSource: seat.source, seatNote: seat.note };
  });
  const datum = !withDatum ? null : datumEvidence(
    points.filter((p) => match.units.some((u) => u.code === p.countyCode)).map((p) => ({ lonLat: p.lonLatGcj, geometry: rawGeometry(match.units.find((u) => u.code === p.countyCode)!) })),
    match.units.filter((u) => seats.get(u.code)!.source === 'geonames').map((u) => ({ lonLat: seats.get(u.code)!.lonLat, geometry: rawGeometry(u), cp: rawCp(u) })),
  );
  const unmatched = {
    note: 'County-level units and census rows that have no polygon of their own, and echarts polygons that match no current unit. See data/README.md.',
    polygonsWithoutUnit: match.unmatchedPolygons,
    unitsWithoutPolygon: match.unitsWithoutPolygon.map((u: DivisionUnit) => {
      const h = zoneHosts.find((z) => z.zoneCode === u.code);
      if (!h) return { code: u.code, name: u.name, reason: 'no echarts polygon' };
      const why = `(${h.rule}: ${h.evidence})`;
      if (u.code[4] === '7' && used.has(u.code)) return { code: u.code, name: u.name, reason: `statistical zone (no polygon); census population added to ${h.hostCode} ${why}` };
      const kind = u.code[4] === '7' ? 'statistical zone' : 'created or split off after the polygons were drawn';
      const census = used.has(u.code) ? `census population added to ${h.hostCode}` : 'no census row (its residents are in the rows of the counties it was cut from)';
      return { code: u.code, name: u.name, reason: `${kind} (no polygon); ${census}; townships counted in ${h.hostCode} ${why}` };
    }),
    censusRowsWithoutUnit: census.filter((r) => !used.has(r.code)).map((r) => ({ code: r.code, name: r.name, population: r.population })),
    renamed: match.renamed,
    merged: match.merged,
    zoneHosts,
    countiesWithoutCensus: counties.filter((c) => c.censusCodes.length === 0).map((c) => c.code),
  };
  return { counties, prefectureSeats, zoneHosts, hostOf: (code) => hostMap.get(code) ?? code, datum, unmatched };
}
