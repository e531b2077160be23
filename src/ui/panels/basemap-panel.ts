// Optional basemap: the user may enter an XYZ tile URL (e.g. their own Tianditu key). The app
// fetches nothing from outside until they do.
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/** Tile URLs must be http(s) and carry the {z}/{x}/{y} placeholders. */
export function isTileUrl(url: string): boolean {
  return /^https?:\/\/\S+$/.test(url) && url.includes('{z}') && url.includes('{x}') && url.includes('{y}');
}

export function mountBasemapPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('details', { class: 'panel', id: 'basemap-panel' });
  parent.append(panel);

  function render(s: AppState): void {
    const input = h('input', { id: 'basemap-url', type: 'url', value: s.basemapUrl ?? '', placeholder: 'https://…/{z}/{x}/{y}.png' });
    const error = h('div', { class: 'errors' });
    const apply = () => {
      const url = input.value.trim();
      if (!isTileUrl(url)) { error.textContent = t('basemapHint'); return; }
      store.set({ basemapUrl: url });
    };
    panel.replaceChildren(
      h('summary', { text: t('basemap') }),
      h('div', { class: 'figures', text: t('basemapHint') }),
      input,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', text: t('basemapApply'), onclick: apply }),
        h('button', { type: 'button', text: t('basemapClear'), onclick: () => store.set({ basemapUrl: null }) })),
      error,
    );
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.lang !== prev.lang || s.basemapUrl !== prev.basemapUrl) render(s); });
}
