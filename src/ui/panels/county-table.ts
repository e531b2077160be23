// Per-county table: stations as of the year, stations per 10,000 residents (2020 census),
// area, covered share and population-weighted covered share; click a header to sort.
import { h } from '../dom.ts';
import { formatNumber, formatPercent, t, type StringKey } from '../i18n.ts';
import { coverageSites, type AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { assignCounties } from '../../engine/model/site-counties.ts';
import type { CellFormat, Table } from '../../engine/files/table.ts';
import { downloadCsv, downloadXlsx } from '../io/table-export.ts';
import { countyTableRows, type CountyRow } from '../../engine/model/county-rows.ts';

export type { CountyRow };

type Column = { key: keyof CountyRow; label: StringKey; format: (r: CountyRow) => string };

const COLUMNS: Column[] = [
  { key: 'name', label: 'county', format: (r) => r.name },
  { key: 'stations', label: 'colSites', format: (r) => formatNumber(r.stations) },
  { key: 'per10k', label: 'per10k', format: (r) => (r.per10k === null ? '—' : formatNumber(r.per10k, 2)) },
  { key: 'areaKm2', label: 'areaKm2', format: (r) => (r.areaKm2 === null ? '—' : formatNumber(r.areaKm2, 0)) },
  { key: 'coveredShare', label: 'colCovered', format: (r) => (r.coveredShare === null ? '—' : formatPercent(r.coveredShare)) },
  { key: 'populationCoveredShare', label: 'colPop', format: (r) => (r.populationCoveredShare === null ? '—' : formatPercent(r.populationCoveredShare)) },
];

export function countyRows(s: AppState): CountyRow[] {
  // A site's own county code, else the county polygon it stands in (contract: county is filled in from the boundaries).
  return countyTableRows(s.regions, assignCounties(coverageSites(s), s.regions), s.coverage.stats?.regions ?? null);
}

const FORMATS: Partial<Record<keyof CountyRow, CellFormat>> = { stations: 'int', per10k: 'decimal', areaKm2: 'decimal', coveredShare: 'share', populationCoveredShare: 'share' };

/** The table as shown (year, coverage), numbers unrounded, with the county code first: for CSV / .xlsx. */
export function countyTable(s: AppState): Table {
  const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  return {
    name: `${t('counties')} ${s.year}`,
    columns: [{ header: t('countyCode') }, ...COLUMNS.map((c) => ({ header: t(c.label), format: FORMATS[c.key] ?? 'text' }))],
    rows: countyRows(s).map((r) => [r.code, r.name, r.stations, round(r.per10k, 2), round(r.areaKm2, 1), r.coveredShare, r.populationCoveredShare]),
  };
}

export function mountCountyTable(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('section', { class: 'panel', id: 'county-panel' });
  parent.append(panel);
  let sortKey: keyof CountyRow = 'coveredShare';
  let ascending = true;

  function render(s: AppState): void {
    const rows = countyRows(s).sort((a, b) => {
      const x = a[sortKey], y = b[sortKey];
      const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'zh-CN') : Number(x ?? -Infinity) - Number(y ?? -Infinity);
      return ascending ? c : -c;
    });
    const header = COLUMNS.map((col) => {
      const arrow = col.key === sortKey ? (ascending ? ' ▲' : ' ▼') : '';
      return h('th', { class: 'sortable', 'data-key': col.key, text: t(col.label) + arrow, onclick: () => {
        ascending = col.key === sortKey ? !ascending : true;
        sortKey = col.key;
        render(store.get());
      } });
    });
    panel.replaceChildren(
      h('h2', { text: `${t('counties')} (${t('year')} ${s.year})` }),
      h('table', { class: 'county-table', id: 'county-table' },
        h('thead', {}, h('tr', {}, ...header)),
        h('tbody', {}, ...rows.map((r) => h('tr', { 'data-code': r.code }, ...COLUMNS.map((c, i) => h('td', { class: i ? 'num' : '', text: c.format(r) })))))),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'counties-csv', text: t('exportCsv'), onclick: () => downloadCsv(countyTable(store.get()), `g5plan-counties-${s.year}.csv`) }),
        h('button', { type: 'button', id: 'counties-xlsx', text: t('exportXlsx'), onclick: () => void downloadXlsx([countyTable(store.get())], `g5plan-counties-${s.year}.xlsx`) })),
    );
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.coverage.stats !== prev.coverage.stats || s.regions !== prev.regions || s.sites !== prev.sites || s.year !== prev.year || s.lang !== prev.lang) render(s); });
}
