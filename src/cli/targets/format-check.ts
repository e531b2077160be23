/**
 * The human form of `g5plan check`: one table row per target (result, id, required, actual,
 * the quoted sentence), then the failing areas and the counties below a per-10k target, then
 * warnings. Chinese or English (--lang).
 */
import type { AreaResult } from '../../engine/targets/area-coverage.ts';
import type { CountyRatio } from '../../engine/targets/stations-per-10k.ts';
import type { CheckReport, Plan, TargetResult } from '../../engine/targets/types.ts';
import { percent, renderTable, type Lang } from './text-table.ts';

const OPERATOR_ZH: Record<string, string> = { CMCC: '移动', CU: '联通', CT: '电信', CBN: '广电', 'CU+CT': '联通电信', total: '合计' };
const CRITERION: Record<string, Record<Lang, string>> = {
  full: { zh: '全覆盖', en: 'full' },
  continuous: { zh: '连续覆盖', en: 'continuous' },
  covered: { zh: '覆盖', en: 'covered' },
  basic: { zh: '基本覆盖', en: 'basic' },
};
const L = {
  zh: { head: ['结果', '编号', '要求', '实际', '目标原文'], pass: '达标', fail: '未达标', ns: '未模拟', year: '年', areas: '个区域达标', lowest: '最低', hole: '最大孔洞', share: '覆盖率', holes: '孔洞', failing: '未达标区域', below: '低于目标的区县', modelled: '（模型区域）', warn: '注意', per10k: '每万人' },
  en: { head: ['result', 'id', 'required', 'actual', 'target (quoted)'], pass: 'pass', fail: 'FAIL', ns: 'not simulated', year: '', areas: 'areas pass', lowest: 'lowest', hole: 'largest hole', share: 'share', holes: 'holes', failing: 'failing areas', below: 'counties below the target', modelled: ' (modelled)', warn: 'warning', per10k: 'per 10k' },
};

function operatorName(op: string, lang: Lang): string {
  return lang === 'zh' ? OPERATOR_ZH[op] ?? op : op;
}

function formatCounts(v: unknown, lang: Lang, prefix: string): string {
  if (typeof v === 'number') return `${prefix}${v}`;
  const { total, ...ops } = v as Record<string, number>;
  const parts = Object.entries(ops).map(([op, n]) => `${operatorName(op, lang)} ${prefix}${n}`);
  return `${prefix}${total} (${parts.join(', ')})`;
}

export function formatRequired(r: TargetResult, lang: Lang): string {
  const req = r.required as any;
  switch (r.kind) {
    case 'stationCount': return formatCounts(req, lang, '≥ ');
    case 'areaCoverage': {
      const holes = req.maxHoleKm2 === null ? '' : `, ${L[lang].holes} ≤ ${req.maxHoleKm2} km²`;
      return `${CRITERION[req.criterion][lang]}: ${L[lang].share} ≥ ${percent(req.minShare, 0)}${holes}`;
    }
    case 'powerSupplyShare': return `≤ ${percent(req, 0)}`;
    case 'populationCoverage': return `≥ ${percent(req, 0)}`;
    case 'stationsPer10k': return `≥ ${req}`;
    default: return req === null || req === undefined ? '-' : String(req);
  }
}

export function formatActual(r: TargetResult, lang: Lang): string {
  const a = r.actual as any;
  if (r.status === 'not simulated') return '-';
  switch (r.kind) {
    case 'stationCount': {
      const stretch = r.stretch as { required: number; pass: boolean } | undefined;
      const aim = stretch ? (lang === 'zh' ? `；力争 ${stretch.required}${stretch.pass ? ' 已达到' : ' 未达到'}` : `; stretch ${stretch.required} ${stretch.pass ? 'met' : 'not met'}`) : '';
      return formatCounts(a, lang, '') + aim;
    }
    case 'areaCoverage': return `${a.passing}/${a.areas} ${L[lang].areas}, ${L[lang].lowest} ${percent(a.lowestShare)}, ${L[lang].hole} ${a.largestHoleKm2.toFixed(3)} km²`;
    case 'powerSupplyShare': return `${percent(a)} (${r.transferStations}/${r.stations})`;
    case 'populationCoverage': return percent(a);
    case 'stationsPer10k': return a.toFixed(2);
    default: return String(a);
  }
}

function statusLabel(r: TargetResult, lang: Lang): string {
  return r.status === 'not simulated' ? L[lang].ns : r.pass ? L[lang].pass : L[lang].fail;
}

function details(r: TargetResult, lang: Lang): string[] {
  const t = L[lang];
  if (r.kind === 'areaCoverage' && r.pass === false) {
    const failing = (r.perArea as AreaResult[]).filter((a) => !a.pass);
    return [`  ${r.id} ${t.failing} (${failing.length}):`, ...failing.slice(0, 15).map((a) =>
      `    ${a.name}${a.modelled ? t.modelled : ''} ${t.share} ${a.coveredShare === null ? '-' : percent(a.coveredShare)}, ${t.holes} ${a.holes}, ${t.hole} ${a.largestHoleKm2.toFixed(3)} km²`),
    ...(failing.length > 15 ? [`    … +${failing.length - 15}`] : [])];
  }
  if (r.kind === 'stationsPer10k' && Array.isArray(r.perCounty)) {
    const below = (r.perCounty as CountyRatio[]).filter((c) => c.belowTarget);
    if (below.length) return [`  ${r.id} ${t.below}:`, ...below.map((c) => `    ${c.name} (${c.code}) ${c.per10k.toFixed(2)} ${t.per10k} (${c.stations} / ${c.population})`)];
  }
  if (r.status === 'not simulated' && r.reason && r.kind !== 'note' && r.kind !== 'notSimulated') return [`  ${r.id}: ${r.reason}`];
  return [];
}

export function formatCheckReport(report: CheckReport, plan: Plan, lang: Lang): string {
  const rows = report.results.map((r) => [statusLabel(r, lang), r.id, formatRequired(r, lang), formatActual(r, lang), r.description]);
  const title = lang === 'zh' ? `${plan.name} · ${report.year}年` : `${plan.id} · ${report.year}`;
  const extra = report.results.flatMap((r) => details(r, lang));
  return [title, '', renderTable(L[lang].head, rows), ...(extra.length ? ['', ...extra] : [])].join('\n') + '\n';
}
