// The failing areas by name: for each coverage target, the settlement areas that fail it with
// their covered share, hole count and largest hole (km²); sortable; 定位 zooms to the area and
// outlines its holes.
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { AreaResult } from '../../engine/targets/area-coverage.ts';
import type { FailingArea, FailingAreasOfTarget } from '../../engine/targets/failing-areas.ts';
import Papa from 'papaparse';
import { downloadBlob } from '../io/files.ts';
import { h, present } from '../dom.ts';
import { engineText } from '../engine-text.ts';
import { formatNumber, formatPercent, t, tEnum } from '../i18n.ts';
import { sortBy, sortHeader, type SortState } from '../sort.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

type Key = 'name' | 'county' | 'coveredShare' | 'holes' | 'largestHoleKm2';
/** Rows drawn per target until the user asks for all (a plan checked on the wrong region fails every area: thousands of rows). */
const ROWS_SHOWN = 50;
export type Bbox = [number, number, number, number];

/** The holes of one area of one target, as outlines for the map's holes layer. */
function areaHoles(s: AppState, targetId: string, areaId: string): FeatureCollection {
  const r = s.targets.report?.results.find((x) => x.id === targetId);
  const a = ((r?.perArea as AreaResult[] | undefined) ?? []).find((x) => x.id === areaId);
  return {
    type: 'FeatureCollection',
    features: (a?.holePolygons ?? []).map((hp) => ({ type: 'Feature', geometry: hp.geometry, properties: { area: a!.name, areaKm2: hp.areaKm2 } })),
  };
}

/** The failing areas as CSV for Excel: UTF-8 with BOM, headers in the UI's language, one flat row per area. */
export function failingAreasCsv(groups: FailingAreasOfTarget[], countyName: (code: string | null) => string): string {
  const head = [t('targets'), t('name'), 'id', t('county'), t('coveredShare'), t('holesN'), t('largestHoleKm2'), t('modelledShort')];
  const rows = groups.flatMap((g) => g.failing.map((a) => [g.targetId, a.name, a.id, countyName(a.county), a.coveredShare === null ? '' : a.coveredShare.toFixed(4), a.holes, a.largestHoleKm2.toFixed(4), a.modelled ? 1 : 0]));
  return '\ufeff' + Papa.unparse([head, ...rows]);
}

export function mountFailingAreasPanel(parent: HTMLElement, store: Store<AppState>, zoomTo: (b: Bbox) => void): void {
  const panel = h('details', { class: 'panel', id: 'failing-panel' });
  panel.open = true;
  parent.append(panel);
  let sort: SortState<Key> = { key: 'coveredShare', ascending: true };
  // Targets whose whole list the user asked for; the others show their first ROWS_SHOWN rows.
  const expanded = new Set<string>();

  function zoom(s: AppState, targetId: string, a: FailingArea): void {
    const area = s.areas.find((x) => x.id === a.id);
    store.set({ holes: areaHoles(s, targetId, a.id) });
    // After the holes layer's own fly-to: the whole area is the frame the user asked for.
    if (area) setTimeout(() => zoomTo(bbox(area.geometry) as Bbox), 0);
  }

  function render(s: AppState): void {
    const rep = s.targets.report;
    const countyName = new Map(s.regions.map((r) => [r.code, r.name]));
    const value = (a: FailingArea, k: Key) => (k === 'county' ? countyName.get(a.county ?? '') ?? a.county : a[k]);
    const open = panel.open;
    const groups = rep ? s.targets.failing : [];
    panel.replaceChildren(...present(
      h('summary', { text: t('failingAreas') }),
      !rep ? h('div', { class: 'figures', text: t('queued') }) : null,
      rep && !groups.length ? h('div', { class: 'figures', text: t('noAreaTargets') }) : null,
      ...groups.map((g) => h('div', { class: 'failing-group', 'data-target': g.targetId },
        h('div', { class: 'figures' }, h('strong', { text: g.targetId }), ` · ${t('failingOf')} ${formatNumber(g.failing.length)} / ${formatNumber(g.areas)}`),
        g.failing.length ? h('table', { class: 'county-table failing-table' },
          h('thead', {}, h('tr', {},
            ...(['name', 'county', 'coveredShare', 'holes', 'largestHoleKm2'] as Key[]).map((k, i) =>
              sortHeader(k, t(({ name: 'name', county: 'county', coveredShare: 'coveredShare', holes: 'holesN', largestHoleKm2: 'largestHoleKm2' } as const)[k]), sort, (next) => { sort = next; render(store.get()); }, i > 1)),
            h('th', {}))),
          h('tbody', {}, ...sortBy(g.failing, sort, value).slice(0, expanded.has(g.targetId) ? undefined : ROWS_SHOWN).map((a) => h('tr', { 'data-area': a.id, title: a.reason ? engineText(a.reason) : '' },
            h('td', { text: `${a.name}${a.modelled ? ' *' : ''}` }),
            h('td', { text: String(value(a, 'county') ?? '—') }),
            h('td', { class: 'num', text: a.coveredShare === null ? '—' : formatPercent(a.coveredShare) }),
            h('td', { class: 'num', text: formatNumber(a.holes) }),
            h('td', { class: 'num', text: formatNumber(a.largestHoleKm2, 3) }),
            h('td', {}, h('button', { type: 'button', class: 'zoom', text: t('zoomTo'), title: `${tEnum('detail', 'tiers')}: ${a.tier}`, onclick: () => zoom(store.get(), g.targetId, a) })))))) : null,
        g.failing.length > ROWS_SHOWN && !expanded.has(g.targetId) ? h('button', {
          type: 'button', class: 'show-all', text: t('showAllRows').replace('{count}', formatNumber(g.failing.length)),
          onclick: () => { expanded.add(g.targetId); render(store.get()); },
        }) : null,
      )),
      groups.some((g) => g.failing.some((a) => a.modelled)) ? h('div', { class: 'figures', text: `* ${t('modelledArea')}` }) : null,
      groups.some((g) => g.failing.length) ? h('div', { class: 'buttons' }, h('button', {
        type: 'button', id: 'failing-csv', text: t('exportCsv'),
        onclick: () => downloadBlob(new Blob([failingAreasCsv(groups, (c) => countyName.get(c ?? '') ?? c ?? '')], { type: 'text/csv' }), `g5plan-failing-areas-${rep!.year}.csv`),
      })) : null,
    ));
    panel.open = open;
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.targets !== prev.targets || s.lang !== prev.lang || s.regions !== prev.regions) render(s); });
}
