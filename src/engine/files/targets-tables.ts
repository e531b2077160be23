/**
 * The targets review as spreadsheet tables: one row per target (目标, 要求, 实际, 是否达标, 原因)
 * and one row per failing settlement area (share, holes, largest hole in km2). The words for
 * required/actual/reason come from the caller (the app's and the CLI's own wording), so the
 * table stays flat text and numbers whatever a target's value looks like.
 */
import type { AreaResult } from '../targets/area-coverage.ts';
import type { CheckReport, TargetResult } from '../targets/types.ts';
import type { ExportLang, Table } from './table.ts';

export interface TargetTexts {
  required(r: TargetResult): string;
  actual(r: TargetResult): string;
  reason(r: TargetResult): string;
}

const L = {
  zh: { targets: '目标考核', failing: '未达标区域', id: '编号', target: '目标', required: '要求', actual: '实际', pass: '是否达标', reason: '原因',
    yes: '达标', no: '未达标', ns: '未模拟', area: '区域', areaId: '区域编号', tier: '类别', modelled: '模型区域', share: '覆盖率', holes: '空洞数', hole: '最大空洞(km²)' },
  en: { targets: 'targets', failing: 'failing areas', id: 'id', target: 'target', required: 'required', actual: 'actual', pass: 'pass', reason: 'reason',
    yes: 'pass', no: 'fail', ns: 'not simulated', area: 'area', areaId: 'area id', tier: 'tier', modelled: 'modelled', share: 'covered share', holes: 'holes', hole: 'largest hole (km2)' },
};

export function targetsTable(report: CheckReport, lang: ExportLang, text: TargetTexts): Table {
  const l = L[lang];
  return {
    name: `${l.targets} ${report.year}`,
    columns: [{ header: l.id, widthChars: 18 }, { header: l.target, widthChars: 50 }, { header: l.required, widthChars: 28 }, { header: l.actual, widthChars: 36 }, { header: l.pass, widthChars: 8 }, { header: l.reason, widthChars: 40 }],
    rows: report.results.map((r) => [r.id, r.description, text.required(r), text.actual(r), r.status === 'not simulated' ? l.ns : r.pass ? l.yes : l.no, text.reason(r)]),
  };
}

/** Every failing area of every area-coverage target, by target then by share (worst first). */
export function failingAreasTable(report: CheckReport, lang: ExportLang): Table {
  const l = L[lang];
  const rows = report.results.flatMap((r) => ((r.perArea as AreaResult[] | undefined) ?? [])
    .filter((a) => !a.pass)
    .sort((a, b) => (a.coveredShare ?? -1) - (b.coveredShare ?? -1))
    .map((a) => [r.id, a.id, a.name, a.tier, a.modelled ? (lang === 'zh' ? '是' : 'yes') : '', a.coveredShare, a.holes, a.largestHoleKm2]));
  return {
    name: l.failing,
    columns: [{ header: l.id, widthChars: 18 }, { header: l.areaId, widthChars: 14 }, { header: l.area, widthChars: 16 }, { header: l.tier, widthChars: 14 }, { header: l.modelled },
      { header: l.share, format: 'share' }, { header: l.holes, format: 'int' }, { header: l.hole, format: 'decimal', widthChars: 14 }],
    rows,
  };
}
