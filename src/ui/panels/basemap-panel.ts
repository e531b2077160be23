// The basemap (底图) panel: the offline context map's relief shading switch, and an optional
// basemap under it: an XYZ tile URL, the Tianditu (天地图) preset with the user's own key, or a
// local .pmtiles file (read offline, kept in IndexedDB). The app fetches nothing from outside
// until the user gives a URL or a key.
import { h, option } from '../dom.ts';
import { t } from '../i18n.ts';
import { clearPmtilesFile, loadPmtilesFile, savePmtilesFile } from '../io/basemap-store.ts';
import { openPmtiles, PmtilesError, type PmtilesInfo } from '../map/pmtiles-basemap.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import type { StringKey } from '../i18n.ts';

/** Tile URLs must be http(s) and carry the {z}/{x}/{y} placeholders. */
export function isTileUrl(url: string): boolean {
  return /^https?:\/\/\S+$/.test(url) && url.includes('{z}') && url.includes('{x}') && url.includes('{y}');
}

/** Tianditu WMTS tiles in Web Mercator (TILEMATRIXSET=w; CGCS2000, within a metre of WGS-84): vec = map, img = imagery. */
export function tiandituUrl(layer: 'vec' | 'img', key: string): string {
  return `https://t0.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
}

type Preset = 'xyz' | 'vec' | 'img' | 'pmtiles';

const PROBLEM_TEXT: Record<PmtilesError['problem'], StringKey> = { notPmtiles: 'pmtilesNotArchive', tileType: 'pmtilesTileType', notProtomaps: 'pmtilesNotProtomaps' };

function describe(info: PmtilesInfo): string {
  return `${info.fileName} · ${info.kind === 'vector' ? t('pmtilesVector') : t('pmtilesRaster')} ${info.format} · ${t('pmtilesZooms')} ${info.minZoom}–${info.maxZoom}`;
}

export function mountBasemapPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('details', { class: 'panel', id: 'basemap-panel' });
  parent.append(panel);
  let preset: Preset = 'xyz';
  let error = '';
  const picker = h('input', { type: 'file', id: 'pmtiles-file', accept: '.pmtiles', hidden: true });

  /** Reads the file first: a file that cannot be drawn leaves the basemap as it was, with one message. */
  async function usePmtiles(file: File, save: boolean): Promise<void> {
    try {
      const info = await openPmtiles(file);
      error = '';
      store.set({ basemapUrl: null, basemapPmtiles: info });
      if (save) await savePmtilesFile(file).catch(() => store.set({ notice: { kind: 'info', text: t('pmtilesNotSaved') } }));
    } catch (e) {
      if (!(e instanceof PmtilesError)) throw e;
      error = t(PROBLEM_TEXT[e.problem]).replace('{file}', e.fileName);
      if (save) render(store.get());
      else store.set({ notice: { kind: 'error', text: error } });
    }
  }
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void usePmtiles(file, true);
  });
  void loadPmtilesFile().then((file) => { if (file) { preset = 'pmtiles'; return usePmtiles(file, false); } }).catch(() => undefined);

  function clear(): void {
    error = '';
    store.set({ basemapUrl: null, basemapPmtiles: null });
    void clearPmtilesFile();
  }

  function sourceInputs(s: AppState): HTMLElement[] {
    if (preset === 'pmtiles') {
      return [
        h('div', { class: 'figures', text: t('pmtilesHint') }),
        h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'pmtiles-pick', text: t('pmtilesPick'), onclick: () => picker.click() })),
        h('div', { class: 'figures', id: 'pmtiles-current', text: s.basemapPmtiles ? `${t('pmtilesCurrent')}: ${describe(s.basemapPmtiles)}` : '' }),
      ];
    }
    const isXyz = preset === 'xyz';
    const input = h('input', isXyz
      ? { id: 'basemap-url', type: 'url', value: s.basemapUrl ?? '', placeholder: 'https://…/{z}/{x}/{y}.png' }
      : { id: 'basemap-key', type: 'text', value: '', placeholder: t('basemapKey'), autocomplete: 'off' });
    const apply = () => {
      const value = input.value.trim();
      if (!isXyz && !/^[0-9a-zA-Z]{16,64}$/.test(value)) { error = t('basemapKeyHint'); render(store.get()); return; }
      const url = isXyz ? value : tiandituUrl(preset as 'vec' | 'img', value);
      if (!isTileUrl(url)) { error = t('basemapHint'); render(store.get()); return; }
      error = '';
      store.set({ basemapUrl: url, basemapPmtiles: null });
    };
    return [
      h('div', { class: 'figures', text: isXyz ? t('basemapHint') : t('basemapKeyHint') }),
      input,
      h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'basemap-apply', text: t('basemapApply'), onclick: apply })),
    ];
  }

  function render(s: AppState): void {
    const open = panel.open;
    const kind = h('select', { id: 'basemap-preset' },
      option('xyz', t('basemapXyz'), preset === 'xyz'), option('vec', t('basemapTdtVec'), preset === 'vec'), option('img', t('basemapTdtImg'), preset === 'img'),
      option('pmtiles', t('basemapPmtiles'), preset === 'pmtiles'));
    kind.addEventListener('change', () => { preset = kind.value as Preset; error = ''; render(store.get()); });
    const relief = h('input', { type: 'checkbox', id: 'relief-shading' });
    relief.checked = s.reliefShading;
    relief.addEventListener('change', () => store.set({ reliefShading: relief.checked }));
    panel.replaceChildren(
      h('summary', { text: t('basemap') }),
      h('div', { class: 'figures', text: t('basemapContext') }),
      h('div', {}, h('label', {}, relief, ` ${t('reliefShading')}`)),
      kind,
      ...sourceInputs(s),
      h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'basemap-clear', text: t('basemapClear'), onclick: clear })),
      h('div', { class: 'errors', id: 'basemap-error', text: error }),
      picker,
    );
    panel.open = open;
  }
  render(store.get());
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.basemapUrl !== prev.basemapUrl || s.basemapPmtiles !== prev.basemapPmtiles || s.reliefShading !== prev.reliefShading) render(s);
  });
}
