// Terrain panel: the terrain switch (flat / the embedded coarse model, named with its resolution)
// and the link-profile view: with a site selected, "Link profile" then a click on the map charts
// terrain, line of sight, first Fresnel zone and obstruction (@observablehq/plot) with the figures.
import * as Plot from '@observablehq/plot';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_RADIO } from '../../engine/model/defaults.ts';
import { terrainWorker } from '../io/terrain-client.ts';
import type { SitePathLossModel } from '../../engine/radio/index.ts';
import { h, option } from '../dom.ts';
import { formatNumber, t } from '../i18n.ts';
import { loadCoarseDem } from '../io/coarse-dem.ts';
import type { DemFile } from '../../engine/terrain/load-dem.ts';
import { loadDemFiles, saveDemFiles } from '../io/terrain-store.ts';
import { regionsBox } from '../regions-box.ts';
import { mountPatternPanel } from './pattern-panel.ts';
import { demPartialText } from './dem-partial.ts';
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';
import type { AppState, ProfileView } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

function profileChart(p: NonNullable<ProfileView['result']>): Element {
  const rows = p.samples.map((s) => ({ ...s, top: s.losM + s.fresnelM, bottom: s.losM - s.fresnelM }));
  const worst = rows.slice(1, -1).reduce((a, b) => (b.losM - b.groundM < a.losM - a.groundM ? b : a), rows[Math.floor(rows.length / 2)]);
  return Plot.plot({
    width: 320, height: 180, marginLeft: 44,
    x: { label: 'km' }, y: { label: 'm' },
    marks: [
      Plot.areaY(rows, { x: 'dKm', y1: Math.min(...rows.map((r) => r.groundM)) - 5, y2: 'groundM', fill: '#b39b74', fillOpacity: 0.7 }),
      Plot.areaY(rows, { x: 'dKm', y1: 'bottom', y2: 'top', fill: '#6aa9e0', fillOpacity: 0.2 }),
      Plot.line(rows, { x: 'dKm', y: 'losM', stroke: '#1565c0' }),
      Plot.dot([worst], { x: 'dKm', y: 'groundM', fill: p.obstructed ? '#d32f2f' : '#2e7d32', r: 4 }),
    ],
  });
}

function figures(p: NonNullable<ProfileView['result']>): HTMLElement {
  const row = (k: string, v: string) => h('tr', {}, h('th', { text: k }), h('td', { text: v }));
  return h('table', { class: 'profile-figures' },
    row(t('profileDistance'), `${formatNumber(p.distanceKm, 2)} km`),
    row(t('profileClearance'), `${formatNumber(p.clearanceM, 1)} m (${p.obstructed ? t('profileObstructed') : t('profileClear')})`),
    row(t('profileDiffraction'), `${formatNumber(p.diffractionDb, 1)} dB`),
    row(t('profilePathLoss'), `${formatNumber(p.pathLossDb, 1)} dB`),
    row('SS-RSRP', `${formatNumber(p.rsrpDbm, 1)} dBm`));
}

export function mountTerrainPanel(parent: HTMLElement, store: Store<AppState>, map: MapLibreMap): void {
  const section = h('section', { class: 'panel', id: 'terrain-section' });
  const panel = h('div', { id: 'terrain-panel' });
  section.append(panel);
  parent.append(section);
  mountPatternPanel(section, store);
  // The coarse model for the switch (fetched once per page; the context map's relief shares it).
  let coarse: Promise<TerrainModel> | null = null;
  const coarseModel = () => (coarse ??= loadCoarseDem());
  const patch = (p: Partial<AppState['terrain']>) => store.set({ terrain: { ...store.get().terrain, ...p } });

  async function setKind(kind: 'flat' | 'coarse' | 'dem'): Promise<void> {
    if (kind === 'flat') { patch({ kind, model: null, error: null }); return; }
    if (kind === 'dem') { patch({ kind, model: store.get().terrain.imported, error: null }); return; }
    patch({ kind, loading: true, error: null });
    try {
      patch({ model: await coarseModel(), loading: false });
    } catch (e) {
      patch({ kind: 'flat', model: null, loading: false, error: (e as Error).message });
    }
  }

  /** Parses the files first: a file that is not a usable DEM changes nothing (one message). */
  async function importDem(files: DemFile[], save: boolean): Promise<void> {
    const out = await terrainWorker().loadDem(files);
    if (!out.ok) { store.set({ notice: { kind: 'error', text: `${t('demImportFailed')}: ${out.error}` } }); return; }
    if (save) await saveDemFiles(files);
    patch({ kind: 'dem', model: out.model, imported: out.model, error: null });
  }
  void loadDemFiles().then((files) => (files.length ? importDem(files, false) : undefined));
  const picker = h('input', { type: 'file', id: 'dem-picker', multiple: true, accept: '.tif,.tiff,.hgt,.asc,.txt', hidden: true });
  picker.addEventListener('change', () => {
    const list = [...(picker.files ?? [])];
    picker.value = '';
    void Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then((files) => importDem(files, true));
  });
  parent.append(picker);

  async function computeProfile(s: AppState, to: [number, number]): Promise<void> {
    const site = s.sites.find((x) => x.id === s.profile.siteId);
    if (!site) return;
    const model: SitePathLossModel = site.model === 'auto' ? '38901-rma' : site.model;
    const query = { site, model, toLonLat: to, settings: { ...DEFAULT_RADIO, thresholdDbm: s.thresholdDbm } };
    const result = await terrainWorker().linkProfile(query, s.terrain.model?.source ?? null);
    store.set({ profile: { armed: false, siteId: site.id, toLonLat: to, result } });
  }

  // Captured before the map's own click handling so the point is not taken as a site click.
  map.on('click', (e) => {
    const s = store.get();
    if (s.profile.armed) void computeProfile(s, [e.lngLat.lng, e.lngLat.lat]).catch((err: Error) => store.set({ notice: { kind: 'error', text: err.message } }));
  });

  function render(s: AppState): void {
    const select = h('select', { id: 'terrain-kind' },
      option('flat', t('terrainFlat'), s.terrain.kind === 'flat'), option('coarse', t('terrainCoarse'), s.terrain.kind === 'coarse'),
      ...(s.terrain.imported ? [option('dem', `${t('terrainDem')} (${formatNumber(s.terrain.imported.resM, 0)} m)`, s.terrain.kind === 'dem')] : []));
    select.addEventListener('change', () => void setKind(select.value as 'flat' | 'coarse' | 'dem'));
    const importButton = h('button', { type: 'button', id: 'dem-import', text: t('demImport') });
    importButton.addEventListener('click', () => picker.click());
    const m = s.terrain.model;
    const inUse = s.terrain.loading ? t('terrainLoading') : m ? `${m.source} · ${formatNumber(m.resM, 0)} m` : t('terrainFlat');
    const button = h('button', { id: 'profile-button', type: 'button', text: t('profileButton') });
    button.addEventListener('click', () => {
      const id = store.get().selectedId;
      if (!id) { store.set({ notice: { kind: 'info', text: t('profileNeedSite') } }); return; }
      // The site's form floats over the map: close it so the next click lands on the map.
      store.set({ profile: { ...store.get().profile, armed: true, siteId: id }, selectedId: null, multiIds: [] });
    });
    const p = s.profile;
    const hint = h('p', { class: 'hint', id: 'profile-hint', text: p.armed ? t('profileArmed') : t('profileHint') });
    const chart = p.result ? h('div', { id: 'profile-chart' }, h('div', { class: 'profile-title', text: `${p.siteId} → ${p.toLonLat!.map((v) => v.toFixed(4)).join(', ')}` }), profileChart(p.result), figures(p.result)) : null;
    panel.replaceChildren(
      h('h2', { text: t('terrainTitle') }),
      h('div', {}, select),
      h('div', { id: 'terrain-in-use', 'data-source': m ? m.source : 'flat', text: `${t('terrainInUse')}: ${inUse}` }),
      ...(s.terrain.error ? [h('p', { class: 'error', text: s.terrain.error })] : []),
      ...(partial ? [h('p', { class: 'warning', id: 'terrain-partial', text: partial })] : []),
      h('div', { class: 'row' }, importButton, button), hint, ...(chart ? [chart] : []),
    );
  }

  // Which part of the study area an imported DEM leaves flat (the CLI's warning, from the same engine function).
  let partial: string | null = null;
  async function checkPartial(s: AppState): Promise<void> {
    const m = s.terrain.model;
    const next = m && s.regions.length ? await demPartialText(m.source, regionsBox(s.regions)) : null;
    if (next !== partial) { partial = next; render(store.get()); }
  }
  store.subscribe((s, prev) => {
    if (s.terrain.model !== prev.terrain.model || s.regions !== prev.regions || s.lang !== prev.lang) void checkPartial(s);
    if (s.terrain !== prev.terrain || s.profile !== prev.profile || s.lang !== prev.lang) render(s);
  });
  render(store.get());
}
