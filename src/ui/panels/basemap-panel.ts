// Optional basemap: the user may enter an XYZ tile URL, or pick the Tianditu (天地图) preset and
// give their own key. The app fetches nothing from outside until they do.
import { h, option } from '../dom.ts';
import { t } from '../i18n.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/** Tile URLs must be http(s) and carry the {z}/{x}/{y} placeholders. */
export function isTileUrl(url: string): boolean {
  return /^https?:\/\/\S+$/.test(url) && url.includes('{z}') && url.includes('{x}') && url.includes('{y}');
}

/** Tianditu WMTS tiles in Web Mercator (TILEMATRIXSET=w; CGCS2000, within a metre of WGS-84): vec = map, img = imagery. */
export function tiandituUrl(layer: 'vec' | 'img', key: string): string {
  return `https://t0.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
}

export function mountBasemapPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('details', { class: 'panel', id: 'basemap-panel' });
  parent.append(panel);
  let preset: 'xyz' | 'vec' | 'img' = 'xyz';

  function render(s: AppState): void {
    const open = panel.open;
    const kind = h('select', { id: 'basemap-preset' },
      option('xyz', t('basemapXyz'), preset === 'xyz'), option('vec', t('basemapTdtVec'), preset === 'vec'), option('img', t('basemapTdtImg'), preset === 'img'));
    kind.addEventListener('change', () => { preset = kind.value as typeof preset; render(store.get()); });
    const isXyz = preset === 'xyz';
    const input = h('input', isXyz
      ? { id: 'basemap-url', type: 'url', value: s.basemapUrl ?? '', placeholder: 'https://…/{z}/{x}/{y}.png' }
      : { id: 'basemap-key', type: 'text', value: '', placeholder: t('basemapKey'), autocomplete: 'off' });
    const error = h('div', { class: 'errors' });
    const apply = () => {
      const value = input.value.trim();
      if (!isXyz && !/^[0-9a-zA-Z]{16,64}$/.test(value)) { error.textContent = t('basemapKeyHint'); return; }
      const url = isXyz ? value : tiandituUrl(preset as 'vec' | 'img', value);
      if (!isTileUrl(url)) { error.textContent = t('basemapHint'); return; }
      store.set({ basemapUrl: url });
    };
    panel.replaceChildren(
      h('summary', { text: t('basemap') }),
      h('div', { class: 'figures', text: t('basemapContext') }),
      kind,
      h('div', { class: 'figures', text: isXyz ? t('basemapHint') : t('basemapKeyHint') }),
      input,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'basemap-apply', text: t('basemapApply'), onclick: apply }),
        h('button', { type: 'button', text: t('basemapClear'), onclick: () => store.set({ basemapUrl: null }) })),
      error,
    );
    panel.open = open;
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.lang !== prev.lang || s.basemapUrl !== prev.basemapUrl) render(s); });
}
