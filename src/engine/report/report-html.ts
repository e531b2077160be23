/**
 * The printable report (issue 16 section 3) as one self-contained HTML document, the same for
 * the app's 打印报告 and `g5plan report`: title, region, plan and year, date, data sources and
 * the synthetic-data warning; the map (report-map.ts); the targets table; the failing areas by
 * name; the budget by year, level and county with a chart; new stations per year and operator
 * with a chart; the county table. A4 portrait print stylesheet; no script, no external file.
 */
import type { CoverageStats } from '../coverage/types.ts';
import type { Site } from '../model/types.ts';
import type { BudgetReport } from '../subsidy/budget.ts';
import type { FailingAreasOfTarget } from '../targets/failing-areas.ts';
import type { CheckReport, TargetResult } from '../targets/types.ts';
import { barChartSvg } from './charts.ts';
import type { CountyRow } from '../model/county-rows.ts';
import { esc, table, type Cell } from './html.ts';
import { reportWords, type ReportLang, type ReportWord } from './report-strings.ts';
import { OPERATOR_COLOURS } from '../render/site-symbols.ts';

export interface ReportData {
  lang: ReportLang;
  planId: string;
  planName: string;
  regionName: string;
  year: number;
  /** Given by the caller (the engine reads no clock). */
  dateText: string;
  sources: string[];
  synthetic: boolean;
  resM: number;
  thresholdDbm: number;
  coverage: CoverageStats | null;
  mapSvg: string;
  check: CheckReport;
  failing: FailingAreasOfTarget[];
  budget: BudgetReport | null;
  /** Every site of the plan (candidates are left out of the station counts). */
  sites: Site[];
  counties: CountyRow[];
  countyNames: Record<string, string>;
  /** How the caller words each target's required/actual values and reason, by target id (default: plain values, reasons as given). */
  describe?: TargetWording;
}

/** Plain data (it crosses to a worker): text by target id. */
export interface TargetWording {
  required: Record<string, string>;
  actual: Record<string, string>;
  reason: Record<string, string>;
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(2)}%`);
const num = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const wan = (yuan: number) => num(yuan / 1e4, 1);

/** New stations (built + planned, candidates never count) per year and operator. */
export function stationsByYearOperator(sites: Site[]): { years: string[]; operators: string[]; counts: Record<string, Record<string, number>> } {
  const counts: Record<string, Record<string, number>> = {};
  for (const s of sites) {
    if (s.status === 'candidate') continue;
    const y = s.year === null ? '—' : String(s.year);
    (counts[y] ??= {})[s.operator] = (counts[y][s.operator] ?? 0) + 1;
  }
  const years = Object.keys(counts).sort();
  const operators = Object.keys(OPERATOR_COLOURS).filter((op) => years.some((y) => counts[y][op]));
  return { years, operators, counts };
}

/** A required/actual value in a few words: shares as percent, km² and counts as numbers. */
export function valueText(v: unknown, W: Record<ReportWord, string>): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? num(v) : num(v, 3);
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => valueText(x, W)).join(', ');
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => typeof x !== 'object' || x === null || Array.isArray(x))
    .map(([k, x]) => `${W[`op_${k}` as ReportWord] ?? k} ${typeof x === 'number' && /share/i.test(k) ? pct(x) : valueText(x, W)}`)
    .join(' · ');
}

function statusCell(r: TargetResult, W: Record<ReportWord, string>): Cell {
  return r.status === 'pass' ? { text: W.pass, cls: 'pass' } : r.status === 'fail' ? { text: W.fail, cls: 'fail' } : { text: W.notSimulated, cls: 'na' };
}

function section(title: string, body: string, cls = ''): string {
  return `<section class="${cls}"><h2>${esc(title)}</h2>${body}</section>`;
}

export function buildReportHtml(d: ReportData): string {
  const W = reportWords(d.lang);
  const head = `<header><h1>${esc(d.regionName)} ${esc(W.title)}</h1>
<table class="meta"><tr><th>${W.region}</th><td>${esc(d.regionName)}</td><th>${W.year}</th><td id="report-year">${d.year}</td></tr>
<tr><th>${W.plan}</th><td colspan="3">${esc(d.planName)} (${esc(d.planId)})</td></tr>
<tr><th>${W.date}</th><td>${esc(d.dateText)}</td><th>${W.coverage}</th><td>${d.coverage ? `${W.coveredShare} ${pct(d.coverage.coveredShare)} · ${num(d.coverage.coveredKm2, 1)} / ${num(d.coverage.areaKm2, 1)} km²` : '—'}</td></tr>
<tr><th>${W.sources}</th><td colspan="3">${d.sources.map(esc).join('；')}</td></tr></table>
${d.synthetic ? `<p class="warning" id="synthetic-warning">${esc(W.synthetic)}</p>` : ''}</header>`;
  const map = section(W.map, `<figure>${d.mapSvg}<figcaption>SS-RSRP · ${W.threshold} ${d.thresholdDbm} dBm · ${W.resolution} ${d.resM} m · ${W.year} ${d.year}</figcaption></figure>`, 'map');
  const say = d.describe;
  const targets = section(`${W.targets} (${d.year})`, table([W.target, W.required, W.actual, W.result],
    d.check.results.map((r) => [
      { html: `<b>${esc(r.id)}</b><br>${esc(r.description)}${r.reason ? `<br><small>${esc(say?.reason[r.id] ?? r.reason)}</small>` : ''}` },
      say?.required[r.id] ?? valueText(r.required, W), say?.actual[r.id] ?? valueText(r.actual, W), statusCell(r, W)]),
    { id: 'report-targets', numericFrom: 9 }));
  const failing = section(W.failing, d.failing.map((g) => `<h3>${esc(g.targetId)} · ${W.fail} ${g.failing.length} / ${g.areas}</h3>${g.failing.length
    ? table([W.area, W.county, W.coveredShare, W.holes, W.largestHole], g.failing.map((a) => [`${a.name}${a.modelled ? ' *' : ''}`, d.countyNames[a.county ?? ''] ?? a.county ?? '—', pct(a.coveredShare), num(a.holes), num(a.largestHoleKm2, 3)]), { numericFrom: 2 })
    : `<p>${W.none}</p>`}`).join('') + (d.failing.some((g) => g.failing.some((a) => a.modelled)) ? `<p class="note">${esc(W.modelledNote)}</p>` : ''), 'failing');
  return `<!doctype html><html lang="${d.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(d.regionName)} ${esc(W.title)} ${d.year}</title><style>${REPORT_CSS}</style></head>
<body><main class="report">${head}${map}${targets}${failing}${budgetSection(d, W)}${stationsSection(d, W)}${countySection(d, W)}</main></body></html>`;
}

function budgetSection(d: ReportData, W: Record<ReportWord, string>): string {
  const b = d.budget;
  if (!b) return '';
  const years = Object.keys(b.byYear).sort();
  const chart = barChartSvg({ categories: years, series: [{ name: W.wanYuan, colour: '#1565c0', values: years.map((y) => b.byYear[y] / 1e4) }], unit: W.wanYuan, digits: 1, widthPx: 300 });
  const byYear = table([W.year, W.stations, W.wanYuan], years.map((y) => [y, num(b.stationsByYear[y] ?? 0), wan(b.byYear[y])]));
  const byLevel = table([W.byLevel, W.wanYuan], Object.entries(b.byLevel).map(([k, v]) => [W[`level_${k}` as ReportWord] ?? k, wan(v)]));
  const byCounty = table([W.byCounty, W.stations, W.wanYuan], b.byCounty.map((c) => [c.name, num(c.stations), wan(c.yuan)]), { id: 'report-budget-county' });
  return section(W.budget, `<p id="report-budget-total">${W.total} <b>${wan(b.totalYuan)} ${W.wanYuan}</b> (${num(b.stations)} ${W.stations} × ${num(b.perStationYuan)} ${W.yuan}) · ${W.built} ${wan(b.byStatus.built)} · ${W.planned} ${wan(b.byStatus.planned)} ${W.wanYuan}</p>
<div class="row"><div>${chart}</div><div>${byYear}${byLevel}</div></div>${byCounty}`, 'budget');
}

function stationsSection(d: ReportData, W: Record<ReportWord, string>): string {
  const s = stationsByYearOperator(d.sites);
  const chart = barChartSvg({ categories: s.years, series: s.operators.map((op) => ({ name: W[`op_${op}` as ReportWord] ?? op, colour: OPERATOR_COLOURS[op], values: s.years.map((y) => s.counts[y][op] ?? 0) })), unit: W.stations, widthPx: 360, heightPx: 200 });
  const rows = s.years.map((y) => [y, ...s.operators.map((op) => num(s.counts[y][op] ?? 0)), num(Object.values(s.counts[y]).reduce((a, x) => a + x, 0))]);
  return section(W.stationsByYear, `<div class="row"><div>${chart}</div><div>${table([W.year, ...s.operators.map((op) => W[`op_${op}` as ReportWord] ?? op), W.total], rows, { id: 'report-stations' })}</div></div>`, 'stations');
}

function countySection(d: ReportData, W: Record<ReportWord, string>): string {
  return section(`${W.counties} (${d.year})`, table([W.county, W.stations, W.per10k, W.areaKm2, W.coveredShare, W.popCovered],
    d.counties.map((c) => [c.name, num(c.stations), c.per10k === null ? '—' : num(c.per10k, 2), c.areaKm2 === null ? '—' : num(c.areaKm2, 0), pct(c.coveredShare), pct(c.populationCoveredShare)]), { id: 'report-counties' }), 'counties');
}

const REPORT_CSS = `
@page { size: A4 portrait; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei','PingFang SC',sans-serif; font-size: 10.5pt; color: #1d2a30; }
.report { max-width: 186mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-size: 18pt; margin: 0 0 4mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5px solid #263238; padding-bottom: 1mm; } h3 { font-size: 11pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 9pt; }
th, td { border-bottom: 0.5px solid #b0bec5; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
thead th { background: #eceff1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.meta th { width: 22mm; background: #f5f7f8; }
td.pass { color: #1b5e20; font-weight: 700; } td.fail { color: #b71c1c; font-weight: 700; } td.na { color: #78909c; }
.warning { border: 1.5px solid #e65100; background: #fff3e0; padding: 2mm 3mm; font-weight: 600; }
.note, small, figcaption { color: #546e7a; font-size: 8.5pt; }
figure { margin: 0; } #report-map { width: 100%; height: auto; border: 0.5px solid #90a4ae; }
.row { display: flex; gap: 6mm; align-items: flex-start; } .row > div { flex: 1; min-width: 0; }
svg.chart { max-width: 100%; height: auto; }
section.map, .row, figure, tr { break-inside: avoid; }
h2, h3 { break-after: avoid; }
@media screen { body { background: #cfd8dc; } .report { background: #fff; padding: 12mm; margin: 8mm auto; box-shadow: 0 2px 10px rgba(0,0,0,0.3); } }
`;
