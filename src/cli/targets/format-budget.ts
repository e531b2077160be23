/**
 * The human form of `g5plan budget` (the CSV and .xlsx forms are engine/files/budget-tables.ts).
 */
import type { BudgetReport } from '../../engine/subsidy/budget.ts';
import type { Plan } from '../../engine/targets/types.ts';
import { groupDigits, percent, renderTable, type Lang } from './text-table.ts';

const LEVEL: Record<string, Record<Lang, string>> = {
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
};
const STATUS: Record<string, Record<Lang, string>> = { built: { zh: '已建（已支出）', en: 'built (spent)' }, planned: { zh: '规划（预计）', en: 'planned (projected)' } };
const T = {
  zh: { yuan: '金额（元）', stations: '站数', year: '年度', level: '财政层级', county: '区县', code: '代码', operator: '运营商', status: '状态', total: '合计', per: '每个SA基站', undated: '个站点没有年份，未计入', saShare: 'SA比例假设', table: '表', key: '键', name: '名称' },
  en: { yuan: 'yuan', stations: 'stations', year: 'year', level: 'fiscal level', county: 'county', code: 'code', operator: 'operator', status: 'status', total: 'total', per: 'per SA station', undated: 'site(s) have no year and are left out', saShare: 'assumed SA share', table: 'table', key: 'key', name: 'name' },
};

interface Row { table: string; key: string; name: string; stations: number | null; yuan: number }

function budgetRows(b: BudgetReport, lang: Lang): Row[] {
  const t = T[lang];
  return [
    ...(['built', 'planned'] as const).map((s) => ({ table: t.status, key: s, name: STATUS[s][lang], stations: b.stationsByStatus[s], yuan: b.byStatus[s] })),
    ...Object.entries(b.byYear).map(([y, yuan]) => ({ table: t.year, key: y, name: y, stations: b.stationsByYear[y] ?? null, yuan })),
    ...Object.entries(b.byLevel).map(([l, yuan]) => ({ table: t.level, key: l, name: LEVEL[l]?.[lang] ?? l, stations: null, yuan })),
    ...b.byCounty.map((c) => ({ table: t.county, key: c.code, name: c.name, stations: c.stations, yuan: c.yuan })),
    ...Object.entries(b.byOperator).map(([o, yuan]) => ({ table: t.operator, key: o, name: o, stations: null, yuan })),
    { table: t.total, key: 'total', name: t.total, stations: b.stations, yuan: b.totalYuan },
  ];
}

export function formatBudget(b: BudgetReport, plan: Plan, lang: Lang): string {
  const t = T[lang];
  const shares = Object.entries(b.shares).map(([l, s]) => `${LEVEL[l]?.[lang] ?? l} ${percent(s as number, 1)}`).join(' / ');
  const out = [
    `${lang === 'zh' ? plan.name : plan.id}${b.year === null ? '' : ` · ≤ ${b.year}`}`,
    `${t.per} ${groupDigits(b.perStationYuan)} ${lang === 'zh' ? '元' : 'yuan'}; ${shares}${b.saShare === null ? '' : `; ${t.saShare} ${percent(b.saShare)}`}`,
    lang === 'zh'
      ? `合计 ${groupDigits(b.totalYuan)} 元，${b.stations} 个基站（已建 ${groupDigits(b.byStatus.built)} 元，规划 ${groupDigits(b.byStatus.planned)} 元）`
      : `total ${groupDigits(b.totalYuan)} yuan for ${b.stations} stations (built ${groupDigits(b.byStatus.built)}, planned ${groupDigits(b.byStatus.planned)})`,
    '',
  ];
  const rows = budgetRows(b, lang).filter((r) => r.key !== 'total');
  const groups = [...new Set(rows.map((r) => r.table))];
  for (const g of groups) {
    const part = rows.filter((r) => r.table === g);
    const withStations = part.some((r) => r.stations !== null);
    const header = withStations ? [g, t.stations, t.yuan] : [g, t.yuan];
    const cells = part.map((r) => {
      const label = r.table === t.county && r.key ? `${r.name} (${r.key})` : r.name;
      return withStations ? [label, r.stations === null ? '' : String(r.stations), groupDigits(r.yuan)] : [label, groupDigits(r.yuan)];
    });
    out.push(renderTable(header, cells, withStations ? [false, true, true] : [false, true]), '');
  }
  if (b.undatedIds.length) out.push(`${b.undatedIds.length} ${t.undated}: ${b.undatedIds.slice(0, 20).join(', ')}${b.undatedIds.length > 20 ? ', …' : ''}`);
  if (plan.subsidy?.assumption) out.push(plan.subsidy.assumption);
  return out.join('\n').trimEnd() + '\n';
}
