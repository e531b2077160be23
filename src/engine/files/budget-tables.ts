/**
 * The budget report (subsidy/budget.ts) as spreadsheet tables: by status, year, fiscal level,
 * county and operator, each row with its station count beside the money (yuan). Shared by the
 * app's CSV/.xlsx exports and `g5plan budget --csv/--xlsx`, in Chinese or English.
 */
import type { BudgetReport } from '../subsidy/budget.ts';
import { stackTables, type ExportLang, type Table, type TableColumn } from './table.ts';

const L = {
  zh: {
    status: '按状态', year: '按年度', level: '按财政层级', county: '按区县', operator: '按运营商', all: '预算',
    key: '代码', name: '名称', stations: '站数', yuan: '金额（元）', share: '分担比例', table: '分表', total: '合计',
    built: '已建（已支出）', planned: '规划（预计）', province: '省级', city: '市级', countyLevel: '县级', unknown: '（未知区县）',
    CMCC: '中国移动', CU: '中国联通', CT: '中国电信', CBN: '中国广电', 'CU+CT': '联通电信共建',
  },
  en: {
    status: 'by status', year: 'by year', level: 'by fiscal level', county: 'by county', operator: 'by operator', all: 'budget',
    key: 'key', name: 'name', stations: 'stations', yuan: 'yuan', share: 'share', table: 'table', total: 'total',
    built: 'built (spent)', planned: 'planned (projected)', province: 'province', city: 'city', countyLevel: 'county', unknown: '(unknown county)',
    CMCC: 'China Mobile', CU: 'China Unicom', CT: 'China Telecom', CBN: 'China Broadnet', 'CU+CT': 'Unicom + Telecom (co-built)',
  },
};
type Labels = (typeof L)['zh'];

function columns(l: Labels, keyHeader: string, nameHeader: string): TableColumn[] {
  return [{ header: keyHeader, widthChars: 10 }, { header: nameHeader, widthChars: 16 }, { header: l.stations, format: 'int' }, { header: l.yuan, format: 'yuan', widthChars: 14 }];
}

/** One table per grouping; every money row carries its station count. */
export function budgetTables(b: BudgetReport, lang: ExportLang): Table[] {
  const l = L[lang];
  const levelName = (k: string) => (k === 'county' ? l.countyLevel : (l as Record<string, string>)[k] ?? k);
  const opName = (k: string) => (l as Record<string, string>)[k] ?? k;
  return [
    { name: l.status, columns: columns(l, l.key, l.name), rows: [
      ['built', l.built, b.stationsByStatus.built, b.byStatus.built],
      ['planned', l.planned, b.stationsByStatus.planned, b.byStatus.planned],
      ['total', l.total, b.stations, b.totalYuan],
    ] },
    { name: l.year, columns: columns(l, l.key, l.name), rows: Object.entries(b.byYear).map(([y, yuan]) => [y, y, b.stationsByYear[y] ?? 0, yuan]) },
    // Each fiscal level pays its share of every subsidised station: its station count is the total.
    { name: l.level, columns: [...columns(l, l.key, l.name), { header: l.share, format: 'share' }], rows: Object.entries(b.byLevel).map(([k, yuan]) => [k, levelName(k), b.stations, yuan, (b.shares as unknown as Record<string, number>)[k] ?? null]) },
    { name: l.county, columns: columns(l, l.key, l.name), rows: b.byCounty.map((c) => [c.code, c.code ? c.name : l.unknown, c.stations, c.yuan]) },
    { name: l.operator, columns: columns(l, l.key, l.name), rows: Object.entries(b.byOperator).map(([k, yuan]) => [k, opName(k), b.stationsByOperator[k] ?? 0, yuan]) },
  ];
}

/** The same tables stacked into one, for a single CSV file. */
export function budgetTable(b: BudgetReport, lang: ExportLang): Table {
  const l = L[lang];
  return stackTables(l.all, [{ header: l.table }, ...columns(l, l.key, l.name), { header: l.share, format: 'share' }], budgetTables(b, lang));
}
