// Coverage panel: the run's progress bar, the covered share (as a number with %), area figures,
// the RSRP legend in dBm, the resolution and threshold, and a per-county table.
import { h, option, present } from '../dom.ts';
import { formatNumber, formatPercent, t } from '../i18n.ts';
import { engineText } from '../engine-text.ts';
import { RAMPS, SINR_FLOOR_DB, UNCOVERED_RGBA, WEAK_COVERED_RGBA, type RasterMetric } from '../../engine/render/raster-image.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export const RESOLUTIONS_M = [50, 100, 200, 500, 1000];

const swatch = (rgba: number[]) => h('span', { class: 'swatch', style: `background: rgba(${rgba[0]},${rgba[1]},${rgba[2]},${(rgba[3] / 255).toFixed(2)})` });

function legend(metric: RasterMetric, thresholdDbm: number): HTMLElement {
  const unit = metric === 'sinr' ? 'dB' : 'dBm';
  const floor = metric === 'sinr' ? SINR_FLOOR_DB : thresholdDbm;
  const ramp = RAMPS[metric];
  const rows = ramp.map((stop) => h('li', {}, swatch(stop.rgba), `≥ ${stop.floor} ${unit}`));
  rows.push(h('li', {}, swatch(WEAK_COVERED_RGBA), `${floor} … ${ramp[ramp.length - 1].floor} ${unit}`));
  rows.push(h('li', {}, swatch(UNCOVERED_RGBA), `< ${floor} ${unit}${metric === 'rsrp' ? ` (${t('belowThreshold')})` : ''}`));
  return h('div', { class: 'legend', id: 'legend' }, h('div', { class: 'legend-title', text: metric === 'sinr' ? 'SINR (dB)' : t('legendTitle') }), h('ul', {}, ...rows));
}

/** SS-RSRP threshold, dBm (contract default -105); values outside -140..-60 are refused, and the user is told why. */
function thresholdInput(value: number, set: (v: number) => void, refuse: (text: string) => void): HTMLInputElement {
  const input = h('input', { id: 'threshold', type: 'number', min: -140, max: -60, step: 1, value: String(value), class: 'narrow' });
  input.addEventListener('change', () => {
    const v = Number(input.value);
    if (input.value.trim() !== '' && Number.isFinite(v) && v >= -140 && v <= -60) { set(v); return; }
    refuse(`${t('thresholdRange')} ${value} dBm`);
    input.value = String(value);
  });
  return input;
}

export function mountCoveragePanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('section', { class: 'panel', id: 'coverage-panel' });
  parent.append(panel);

  function render(s: AppState): void {
    const c = s.coverage;
    const stats = c.stats;
    const statusText = c.status === 'running' ? `${t('computing')} ${Math.round(c.fraction * 100)}%` : c.status === 'error' ? `${t('errors')}: ${engineText(c.error ?? '')}` : c.status === 'done' ? t('done') : t('queued');
    const progress = h('progress', { id: 'coverage-progress', max: 1 });
    progress.value = c.status === 'running' ? c.fraction : c.status === 'done' ? 1 : 0;
    const resSelect = h('select', { id: 'res', onchange: (e: Event) => store.set({ resM: Number((e.target as HTMLSelectElement).value) }) },
      ...RESOLUTIONS_M.map((r) => option(String(r), `${r} m`, r === s.resM)));
    panel.replaceChildren(...present(
      h('h2', { text: t('coverage') }),
      h('div', { class: 'status', id: 'coverage-status', 'data-status': c.status, text: statusText }),
      progress,
      h('div', { class: 'share' },
        h('span', { text: `${t('coveredShare')} ` }),
        h('strong', { id: 'covered-share', 'data-share': stats ? String(stats.coveredShare) : '', 'data-runs': String(c.runs), text: stats ? formatPercent(stats.coveredShare) : '—' })),
      stats ? h('div', { class: 'figures', text: `${t('covered')} ${formatNumber(stats.coveredKm2, 1)} / ${formatNumber(stats.areaKm2, 1)} ${t('km2')} · ${formatNumber(stats.pixels)} ${t('pixels')} @ ${stats.resM} m` }) : null,
      c.elapsedMs !== null ? h('div', { class: 'figures', id: 'coverage-timing', text: `${formatNumber(c.elapsedMs, 0)} ms · ${c.recomputedTiles ?? '—'} ${t('tilesRecomputed')}${c.pixelsPerS ? ` · ${formatNumber(c.pixelsPerS / 1e6, 1)} M ${t('pixelsPerS')}` : ''}` }) : null,
      h('label', {}, `${t('resolution')} `, resSelect),
      h('label', {}, `${t('threshold')} `, thresholdInput(s.thresholdDbm, (v) => store.set({ thresholdDbm: v }), (text) => store.set({ notice: { kind: 'error', text } })), ' dBm'),
      h('label', {}, `${t('metric')} `, h('select', { id: 'metric', onchange: (e: Event) => store.set({ metric: (e.target as HTMLSelectElement).value as RasterMetric }) },
        option('rsrp', 'SS-RSRP (dBm)', s.metric === 'rsrp'), option('sinr', 'SINR (dB)', s.metric === 'sinr'))),
      legend(s.metric, s.thresholdDbm),
    ));
  }

  render(store.get());
  store.subscribe((s, prev) => {
    const c = s.coverage, p = prev.coverage;
    const progressOnly = c !== p && c.status === p.status && c.stats === p.stats && c.runs === p.runs && c.status === 'running';
    if (progressOnly && s.lang === prev.lang) {
      // Progress ticks only touch the bar and its text, so an open <select> is not rebuilt under the user.
      (panel.querySelector('#coverage-progress') as HTMLProgressElement).value = c.fraction;
      panel.querySelector('#coverage-status')!.textContent = `${t('computing')} ${Math.round(c.fraction * 100)}%`;
    } else if (c !== p || s.lang !== prev.lang || s.resM !== prev.resM || s.metric !== prev.metric || s.thresholdDbm !== prev.thresholdDbm) render(s);
  });
}
