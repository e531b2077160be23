// The site table: every site of the plan with operator, status, year, kind, county and power
// supply; filters, sorting, 100 rows a page (fast for 5,000+ sites: only one page is in the DOM).
// A row's click selects the site and flies there; its checkbox adds it to the multi-selection the
// bulk panel edits; "select all filtered" selects every row that passes the filters.
import { h, option, present } from '../dom.ts';
import { formatNumber, t, tEnum, type StringKey } from '../i18n.ts';
import { matchesFilter, NO_FILTER, siteRows, type SiteFilter, type SiteRow } from '../site-rows.ts';
import { sortBy, sortHeader, type SortState } from '../sort.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const PAGE_ROWS = 100;
type Key = 'id' | 'operator' | 'status' | 'year' | 'kind' | 'countyName' | 'powerSupply';
const COLUMNS: { key: Key; label: StringKey; show: (r: SiteRow) => string }[] = [
  { key: 'id', label: 'id', show: (r) => r.id },
  { key: 'operator', label: 'operator', show: (r) => tEnum('op', r.operator) },
  { key: 'status', label: 'status', show: (r) => tEnum('st', r.status) },
  { key: 'year', label: 'year', show: (r) => (r.year === null ? '—' : String(r.year)) },
  { key: 'kind', label: 'kind', show: (r) => tEnum('kind', r.kind) },
  { key: 'countyName', label: 'county', show: (r) => r.countyName || '—' },
  { key: 'powerSupply', label: 'powerSupply', show: (r) => tEnum('ps', r.powerSupply) },
];

/** The years the plan's sites hold: the year filter's options change with them. */
const yearsKey = (s: AppState) => [...new Set(s.sites.map((x) => x.year))].sort().join(',');

export function mountSiteTable(parent: HTMLElement, store: Store<AppState>, actions: Actions, flyTo: (lonLat: [number, number]) => void): void {
  const panel = h('details', { class: 'panel', id: 'site-table-panel' });
  parent.append(panel);
  let filter: SiteFilter = { ...NO_FILTER };
  let sort: SortState<Key> = { key: 'id', ascending: true };
  let page = 0;
  let rows: SiteRow[] = [];
  let rowsOf: { sites: unknown; regions: unknown } = { sites: null, regions: null };
  const body = h('div', { class: 'site-table-body' });

  function select(key: keyof SiteFilter, values: [string, string][], label: StringKey): HTMLSelectElement {
    const el = h('select', { id: `site-filter-${key}`, title: t(label) }, option('', `${t(label)}: ${t('allYears')}`, filter[key] === ''), ...values.map(([v, l]) => option(v, l, filter[key] === v)));
    el.addEventListener('change', () => { filter = { ...filter, [key]: el.value }; page = 0; renderBody(store.get()); });
    return el;
  }

  function renderControls(s: AppState): void {
    const text = h('input', { id: 'site-filter-text', type: 'search', placeholder: t('filterIdName'), value: filter.text });
    text.addEventListener('input', () => { filter = { ...filter, text: text.value }; page = 0; renderBody(store.get()); });
    const years = [...new Set(s.sites.map((x) => x.year))].sort((a, b) => (a ?? 0) - (b ?? 0)).map((y): [string, string] => (y === null ? ['none', '—'] : [String(y), String(y)]));
    const open = panel.open;
    panel.replaceChildren(
      h('summary', { text: t('siteTable') }),
      h('div', { class: 'site-filters' }, text,
        select('operator', ['CMCC', 'CU', 'CT', 'CU+CT', 'CBN'].map((o) => [o, tEnum('op', o)]), 'operator'),
        select('status', ['built', 'planned', 'candidate'].map((o) => [o, tEnum('st', o)]), 'status'),
        select('year', years, 'year'),
        select('kind', ['macro', 'micro', 'indoor'].map((o) => [o, tEnum('kind', o)]), 'kind'),
        select('county', s.regions.map((r) => [r.code, r.name]), 'county'),
        select('powerSupply', ['direct', 'transfer'].map((o) => [o, tEnum('ps', o)]), 'powerSupply')),
      body,
    );
    panel.open = open;
  }

  function renderBody(s: AppState): void {
    if (rowsOf.sites !== s.sites || rowsOf.regions !== s.regions) { rows = siteRows(s.sites, s.regions); rowsOf = { sites: s.sites, regions: s.regions }; }
    const shown = sortBy(rows.filter((r) => matchesFilter(r, filter)), sort, (r, k) => r[k]);
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
    page = Math.min(page, pages - 1);
    const chosen = new Set(s.multiIds.length ? s.multiIds : s.selectedId ? [s.selectedId] : []);
    const onPage = shown.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
    const site = new Map(s.sites.map((x) => [x.id, x]));
    body.replaceChildren(...present(
      h('div', { class: 'figures', id: 'site-table-count', 'data-shown': String(shown.length), text: `${formatNumber(shown.length)} / ${formatNumber(rows.length)} ${t('stations')} · ${t('selectedN')} ${formatNumber(chosen.size)}` }),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'site-select-filtered', text: t('selectFiltered'), onclick: () => store.set({ multiIds: shown.map((r) => r.id), selectedId: null, draftLonLat: null }) }),
        h('button', { type: 'button', id: 'site-filter-clear', text: t('clearFilters'), onclick: () => { filter = { ...NO_FILTER }; page = 0; renderControls(store.get()); renderBody(store.get()); } })),
      h('table', { class: 'county-table site-table', id: 'site-table' },
        h('thead', {}, h('tr', {}, h('th', {}), ...COLUMNS.map((c) => sortHeader(c.key, t(c.label), sort, (next) => { sort = next; renderBody(store.get()); }, c.key === 'year')))),
        h('tbody', {}, ...onPage.map((r) => {
          const box = h('input', { type: 'checkbox', title: t('addToSelection') });
          box.checked = chosen.has(r.id);
          box.addEventListener('click', (e) => { e.stopPropagation(); actions.toggleMulti(r.id); });
          const tr = h('tr', { 'data-id': r.id, class: chosen.has(r.id) ? 'chosen' : '', title: r.name }, h('td', {}, box), ...COLUMNS.map((c) => h('td', { class: c.key === 'year' ? 'num' : '', text: c.show(r) })));
          tr.addEventListener('click', () => { actions.select(r.id); const x = site.get(r.id); if (x) flyTo(x.lonLat); });
          return tr;
        }))),
      pages > 1 ? h('div', { class: 'buttons pager' },
        h('button', { type: 'button', id: 'site-page-prev', text: '‹', disabled: page === 0, onclick: () => { page--; renderBody(store.get()); } }),
        h('span', { class: 'figures', id: 'site-page', text: `${page + 1} / ${pages}` }),
        h('button', { type: 'button', id: 'site-page-next', text: '›', disabled: page >= pages - 1, onclick: () => { page++; renderBody(store.get()); } })) : null,
    ));
  }

  renderControls(store.get());
  renderBody(store.get());
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.regions !== prev.regions || (s.sites !== prev.sites && yearsKey(s) !== yearsKey(prev))) renderControls(s);
    if (!panel.open && s.lang === prev.lang) return; // a closed table is redrawn when opened
    if (s.sites !== prev.sites || s.regions !== prev.regions || s.multiIds !== prev.multiIds || s.selectedId !== prev.selectedId || s.lang !== prev.lang) renderBody(s);
  });
  panel.addEventListener('toggle', () => { if (panel.open) renderBody(store.get()); });
}
