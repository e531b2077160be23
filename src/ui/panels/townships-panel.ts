// Townships the sources leave unplaced (issue 2: never invented, the app asks the user): a list
// with a "place on map" button each; the next map click gives the point, saved in IndexedDB, and
// a township target area sized by the build's rule (township-areas.ts), or why it gets none.
import { h } from '../dom.ts';
import { formatNumber, t } from '../i18n.ts';
import type { AppState } from '../state/app-state.ts';
import { townshipPointsPatch } from '../township-areas.ts';
import type { Store } from '../state/store.ts';

export function mountTownshipsPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('details', { class: 'panel', id: 'townships-panel' });
  parent.append(panel);

  function render(s: AppState): void {
    const unplaced = s.townships.filter((x) => !x.lonLat);
    const open = panel.open;
    const rows = unplaced.map((x) => {
      const point = s.townshipPoints[x.code];
      const placing = s.placingTownship === x.code;
      const made = s.townshipAreas[x.code];
      return h('li', { 'data-code': x.code },
        h('span', { text: x.name }),
        point ? h('span', { class: 'figures', text: ` ${point[0].toFixed(4)}, ${point[1].toFixed(4)}` }) : null,
        made ? h('span', { class: `figures township-area ${made.ok ? 'made' : 'none'}`, text: made.ok ? `${t('targetArea')} ${made.area.id} · r ${made.radiusM} m · ${formatNumber(made.area.population ?? 0)} ${t('residents')}` : t(`noArea_${made.reason}`) }) : null,
        h('button', { type: 'button', class: 'place', text: placing ? t('placeHint') : t('place'), onclick: () => store.set({ placingTownship: placing ? null : x.code, tool: 'browse' }) }),
        point ? h('button', { type: 'button', text: '×', onclick: () => {
          const { [x.code]: _gone, ...rest } = store.get().townshipPoints;
          store.set(townshipPointsPatch(store.get(), rest));
        } }) : null,
      );
    });
    const userPlaced = unplaced.filter((x) => s.townshipPoints[x.code]).length;
    panel.replaceChildren(
      h('summary', { id: 'townships-summary', text: `${t('townships')} · ${t('placed')} ${formatNumber(s.townships.length - unplaced.length + userPlaced)} / ${formatNumber(s.townships.length)} · ${t('unplaced')} ${formatNumber(unplaced.length - userPlaced)}` }),
      h('div', { class: 'figures', text: t('unplacedHint') }),
      h('ul', { class: 'townships' }, ...rows),
    );
    panel.open = open;
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.townships !== prev.townships || s.townshipPoints !== prev.townshipPoints || s.townshipAreas !== prev.townshipAreas || s.placingTownship !== prev.placingTownship || s.lang !== prev.lang) render(s); });
}
