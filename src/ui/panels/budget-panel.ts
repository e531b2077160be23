// Budget panel: the SA subsidy by year (chart, @observablehq/plot), fiscal level, operator and
// county, with what-if sliders (SA share, city:county split) and CSV / .xlsx exports of the tables.
import * as Plot from '@observablehq/plot';
import type { BudgetReport } from '../../engine/subsidy/budget.ts';
import { h, present } from '../dom.ts';
import { formatNumber, formatPercent, t, tEnum } from '../i18n.ts';
import { budgetCsvTable, budgetXlsxTables, downloadCsv, downloadXlsx } from '../io/table-export.ts';
import type { AppState, WhatIf } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const wan = (yuan: number) => `${formatNumber(yuan / 1e4, 1)} ${t('wanYuan')}`;

function yearChart(r: BudgetReport): Element {
  const data = Object.entries(r.byYear).map(([year, yuan]) => ({ year, wan: yuan / 1e4 }));
  return Plot.plot({
    width: 300, height: 150, marginLeft: 48,
    x: { type: 'band', label: null }, y: { label: t('wanYuan'), grid: true },
    marks: [Plot.barY(data, { x: 'year', y: 'wan', fill: '#1565c0' }), Plot.ruleY([0])],
  });
}

/** The city's part of the local (non-province) share under the policy's own shares. */
function policyCityPart(r: BudgetReport): number {
  const local = r.shares.city + (r.shares.county ?? 0);
  return local > 0 ? r.shares.city / local : 0.5;
}

function slider(id: string, label: string, value: number | null, fallback: number, set: (v: number | null) => void): HTMLElement {
  const range = h('input', { id, type: 'range', min: 0, max: 100, step: 5, value: String(Math.round((value ?? fallback) * 100)) });
  const policy = h('input', { type: 'checkbox', id: `${id}-policy` });
  policy.checked = value === null;
  range.disabled = value === null;
  // The value as a number in every state: the policy's own value is shown too, marked as such.
  const out = h('span', { class: 'num', id: `${id}-value`, text: value === null ? `${formatPercent(fallback)} (${t('policyValue')})` : formatPercent(value) });
  range.addEventListener('change', () => set(Number(range.value) / 100));
  range.addEventListener('input', () => { out.textContent = formatPercent(Number(range.value) / 100); });
  policy.addEventListener('change', () => set(policy.checked ? null : Number(range.value) / 100));
  return h('div', { class: 'slider' }, h('div', {}, h('span', { text: `${label} ` }), out), range, h('label', { class: 'figures' }, policy, ` ${t('policyValue')}`));
}

function table(head: string[], rows: string[][]): HTMLElement {
  return h('table', { class: 'county-table' },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { text: x })))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((x, i) => h('td', { class: i ? 'num' : '', text: x }))))));
}

export function mountBudgetPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('details', { class: 'panel', id: 'budget-panel' });
  parent.append(panel);
  const setWhatIf = (p: Partial<WhatIf>) => store.set({ whatIf: { ...store.get().whatIf, ...p } });

  function render(s: AppState): void {
    const r = s.budget.report;
    const open = panel.open;
    panel.replaceChildren(...present(
      h('summary', { text: t('budget') }),
      s.budget.error ? h('div', { class: 'errors', text: s.budget.error }) : null,
      r ? h('div', { class: 'share' }, h('span', { text: `${t('totalYuan')} ` }), h('strong', { id: 'budget-total', 'data-yuan': String(r.totalYuan), text: wan(r.totalYuan) })) : null,
      r ? h('div', { class: 'figures', text: `${formatNumber(r.stations)} ${t('stations')} × ${formatNumber(r.perStationYuan)} ${t('yuan')} · ${t('built')} ${wan(r.byStatus.built)} · ${t('planned')} ${wan(r.byStatus.planned)}` }) : null,
      r ? yearChart(r) : null,
      slider('what-if-sa', t('saShare'), s.whatIf.saShare, 1, (v) => setWhatIf({ saShare: v })),
      slider('what-if-city', t('cityPart'), s.whatIf.cityPart, r ? policyCityPart(r) : 0.5, (v) => setWhatIf({ cityPart: v })),
      r ? table([t('byLevel'), t('wanYuan')], Object.entries(r.byLevel).map(([k, v]) => [tEnum('level', k), formatNumber(v / 1e4, 1)])) : null,
      r ? table([t('byOperator'), t('wanYuan')], Object.entries(r.byOperator).map(([k, v]) => [tEnum('op', k), formatNumber(v / 1e4, 1)])) : null,
      r ? table([t('byCounty'), t('stations'), t('wanYuan')], r.byCounty.map((c) => [c.name, formatNumber(c.stations), formatNumber(c.yuan / 1e4, 1)])) : null,
      r ? h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'budget-csv', text: t('exportCsv'), onclick: () => downloadCsv(budgetCsvTable(r), 'g5plan-budget.csv') }),
        h('button', { type: 'button', id: 'budget-xlsx', text: t('exportXlsx'), onclick: () => void downloadXlsx(budgetXlsxTables(r), 'g5plan-budget.xlsx') })) : null,
    ));
    panel.open = open;
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.budget !== prev.budget || s.whatIf !== prev.whatIf || s.lang !== prev.lang) render(s); });
}
