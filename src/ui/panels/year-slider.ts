// Year slider (2020-2023): shows the plan, and computes its coverage, as of the chosen year.
import { h } from '../dom.ts';
import { formatNumber, t } from '../i18n.ts';
import { YEARS, coverageSites, sitesAsOfYear, type AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export function mountYearSlider(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('section', { class: 'panel', id: 'year-panel' });
  parent.append(panel);
  const input = h('input', {
    id: 'year', type: 'range', min: YEARS[0], max: YEARS[YEARS.length - 1], step: 1,
    onchange: () => store.set({ year: Number(input.value) }),
    oninput: () => { label.textContent = `${t('year')} ${input.value}`; },
  });
  const label = h('span', { class: 'year-label' });
  const counts = h('div', { class: 'figures', id: 'site-count' });
  const ticks = h('div', { class: 'ticks' }, ...YEARS.map((y) => h('span', { text: String(y) })));
  panel.append(label, input, ticks, counts);

  function render(s: AppState): void {
    input.value = String(s.year);
    label.textContent = `${t('year')} ${s.year}`;
    counts.textContent = `${t('sitesShown')} ${formatNumber(sitesAsOfYear(s).length)} / ${formatNumber(s.sites.length)} · ${t('coverage')} ${formatNumber(coverageSites(s).length)}`;
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.year !== prev.year || s.sites !== prev.sites || s.lang !== prev.lang) render(s); });
}
