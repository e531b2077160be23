// Boot: builds the layout, the offline map, the store, and wires the plan to the map, the
// coverage workers, the panels and the autosave. Everything heavy runs in workers.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// maplibre 6 builds its worker URL at run time, which a bundler cannot see: hand it the file.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import './styles.css';
import { sitesToFeatureCollection } from '../engine/model/parse-sites.ts';
import type { CoverageRaster } from '../engine/coverage/types.ts';
import type { Region } from '../engine/model/dataset.ts';
import type { Site } from '../engine/model/types.ts';
import { startCoverageRunner, type ShowRaster, type CoverageRunner } from './coverage-runner.ts';
import { createCoverageClient } from '../../workers/client.ts';
import { h } from './dom.ts';
import { setLang, t, type Lang } from './i18n.ts';
import { clearSavedPlan, loadSavedPlan, loadTownshipPoints, savePlan, saveTownshipPoints } from './io/autosave.ts';
import { startTabLock } from './io/tab-lock.ts';
import { mountTabBanner } from './panels/tab-banner.ts';
import { loadRegionList, loadSyntheticPlanText } from './io/dataset.ts';
import { mountRegionPicker } from './panels/region-picker.ts';
import { DEFAULT_REGION, regionFromUrl, switchRegion } from './region-switch.ts';
import { regionsBox } from './regions-box.ts';
import { hasSyntheticDemo, syntheticDemoText } from './synthetic-demo.ts';
import { downloadBlob } from './io/files.ts';
import { importWorker } from './io/import-client.ts';
import { createCoverageLayer } from './map/coverage-layer.ts';
import { bindContextLabels, loadContextLayers } from './map/context-layers.ts';
import { bindContextRelief } from './map/context-relief.ts';
import { bindPmtilesBasemap } from './map/pmtiles-basemap.ts';
import { bindMapInteractions } from './map/interactions.ts';
import { bindBoxSelect } from './map/box-select.ts';
import { setBasemap, setBoundaries, setHoles, setPicks, setSelected, setSites, setTownships, sourceDrawn } from './map/layers.ts';
import { addSiteIcons } from './map/site-icons.ts';
import { buildStyle, LOCAL_IDEOGRAPH_FONT } from './map/style.ts';
import { mountBasemapPanel } from './panels/basemap-panel.ts';
import { mountBudgetPanel } from './panels/budget-panel.ts';
import { mountBulkPanel } from './panels/bulk-panel.ts';
import { mountCountyTable } from './panels/county-table.ts';
import { mountCoveragePanel } from './panels/coverage-panel.ts';
import { mountHeader } from './panels/header.ts';
import { createExportMenu } from './panels/export-menu.ts';
import { mountImportDialog } from './panels/import-dialog.ts';
import { mountNotice } from './panels/notice.ts';
import { mountPlanningPanel } from './panels/planning-panel.ts';
import { mountSiteForm } from './panels/site-form.ts';
import { mountSearchBox } from './panels/search-box.ts';
import { mountSiteTable } from './panels/site-table.ts';
import { mountSiteLegend } from './panels/site-legend.ts';
import { mountHelpDialog } from './panels/help-dialog.ts';
import { mountTargetsPanel } from './panels/targets-panel.ts';
import { mountTerrainPanel } from './panels/terrain-panel.ts';
import { mountFailingAreasPanel } from './panels/failing-areas-panel.ts';
import { mountTownshipsPanel } from './panels/townships-panel.ts';
import { mountYearSlider } from './panels/year-slider.ts';
import { createPlanningRunner } from './planning-runner.ts';
import { bindKeyboardAndDrop } from './shortcuts.ts';
import { checkYear, startTargetsRunner } from './targets-runner.ts';
import { appReportHtml, showReport } from './report.ts';
import { createActions } from './state/actions.ts';
import { initialState, sitesAsOfYear, type AppState } from './state/app-state.ts';
import { createStore } from './state/store.ts';

const LANG_KEY = 'g5plan.lang';

maplibregl.setWorkerUrl(maplibreWorkerUrl);

/** Plan text -> sites, parsed in the import worker; null when the text has problems. */
async function parsePlan(text: string, fileName: string): Promise<Site[] | null> {
  const out = await importWorker().parseFile(text, fileName, 'wgs84');
  return out.kind === 'sites' && out.parsed.ok ? out.parsed.value : null;
}

async function syntheticPlan(): Promise<Site[]> {
  const text = await loadSyntheticPlanText();
  if (text === null) return [];
  const sites = await parsePlan(text, 'data/puyang/plan-synthetic.geojson');
  if (!sites) throw new Error('data/puyang/plan-synthetic.geojson does not parse: run npm run data');
  return sites;
}

/** The autosaved plan if there is one, else the synthetic reference plan. */
async function initialPlan(): Promise<{ sites: Site[]; restored: boolean }> {
  const saved = await loadSavedPlan();
  const sites = saved ? await parsePlan(JSON.stringify(saved.plan), 'autosave.geojson') : null;
  return sites ? { sites, restored: true } : { sites: await syntheticPlan(), restored: false };
}

function fitToRegions(map: maplibregl.Map, regions: Region[]): void {
  if (!regions.length) return;
  const [w, s, e, n] = regionsBox(regions);
  map.fitBounds([[w, s], [e, n]], { padding: 30, duration: 0 });
}

async function boot(): Promise<void> {
  const storedLang = localStorage.getItem(LANG_KEY);
  const store = createStore<AppState>({ ...initialState(), lang: storedLang === 'en' ? 'en' : 'zh' });
  setLang(store.get().lang);
  const actions = createActions(store);
  // Coverage workers first: their code loads while the map and the data do.
  const coverageClient = createCoverageClient();

  // One editing tab at a time (io/tab-lock.ts): asked first (a reload must ask again before another tab
  // claims the lock), decided before the plan is read, so a read-only tab never writes over the editor's autosave.
  let saving: Promise<void> = Promise.resolve();
  const reloadSaved = async () => {
    const saved = await loadSavedPlan();
    const sites = saved ? await parsePlan(JSON.stringify(saved.plan), 'autosave.geojson') : null;
    if (sites) actions.loadPlan(sites);
  };
  const tabLock = startTabLock({
    onRole: (editing) => store.set({ editing }),
    onSaved: () => void reloadSaved(),
    flush: () => saving,
    reload: async () => { await reloadSaved(); store.set({ notice: { kind: 'info', text: t('tookOver') } }); },
  });
  const root = document.getElementById('app')!;
  const mapEl = h('div', { id: 'map' });
  // Over the map's top-left corner: the top bar's height varies with its buttons, the map's does not.
  mountTabBanner(mapEl, store, () => void tabLock.takeOver());
  const side = h('aside', { id: 'sidebar' });
  root.append(mapEl, side);
  const map = new maplibregl.Map({ container: mapEl, style: buildStyle(store.get().lang), localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT, center: [115.03, 35.76], zoom: 8.5, attributionControl: false });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Made with Natural Earth' }), 'bottom-right');
  map.on('error', (e) => console.error('map error', e.error?.message ?? e));

  // Set once the map and the data are loaded; the export buttons stay disabled until coverage exists.
  let coverage: CoverageRunner | null = null;
  const importDialog = mountImportDialog(root, store, actions);
  const coverageLayer = createCoverageLayer(map);
  const filePicker = h('input', { type: 'file', accept: '.geojson,.json,.csv,.xlsx,.zip,.kml,.kmz,.shp,.dbf,.prj,.cpg,.shx', id: 'file-picker', hidden: true, multiple: true });
  filePicker.addEventListener('change', () => {
    const files = [...(filePicker.files ?? [])];
    if (files.length > 1) void importDialog.openFiles(files); // a Shapefile's parts chosen together
    else if (files[0]) void importDialog.open(files[0]);
    filePicker.value = '';
  });
  root.append(filePicker);

  const exportMenu = createExportMenu(store, async () => {
    const r = coverage?.lastRaster();
    return r ? coverageLayer.toGeoJson(r, store.get().areas) : null;
  });
  store.subscribe((s) => exportMenu.setCoverageReady(!!s.coverage.stats && s.coverage.status !== 'running'));
  const help = mountHelpDialog(root, store);
  mountHeader(root, store, actions, {
    exportMenu: exportMenu.element,
    openHelp: help.open,
    printReport: () => void appReportHtml(store.get(), coverageLayer).then((html) => html && showReport(root, html, checkYear(store.get()))),
    // Wide screens: the sidebar folds away; narrow ones (CSS): it is a drawer over the map.
    toggleSidebar: () => {
      root.classList.toggle('side-toggled');
      // The map's width changes only on wide screens; a narrow one opens the drawer over the map.
      if (mapEl.clientWidth !== map.getCanvas().clientWidth) map.resize();
    },
    importFile: () => filePicker.click(),
    exportGeoJson: () => downloadBlob(new Blob([JSON.stringify(sitesToFeatureCollection(store.get().sites))], { type: 'application/geo+json' }), 'g5plan-plan.geojson'),
    exportPng: () => void coverageLayer.toPng().then((b) => b && downloadBlob(b, 'g5plan-coverage.png')),
    exportGeoTiff: () => { const r = coverage?.lastRaster(); if (r) void coverageLayer.toGeoTiff(r).then((b) => downloadBlob(b, 'g5plan-rsrp.tif')); },
    exportCoverageGeoJson: () => { const r = coverage?.lastRaster(); if (r) void coverageLayer.toGeoJson(r, store.get().areas).then((b) => downloadBlob(b, 'g5plan-coverage.geojson')); },
    resetPlan: () => { if (store.get().editing === 'editor') void clearSavedPlan().then(syntheticPlan).then((sites) => actions.replacePlan(sites)); else actions.replacePlan(store.get().sites); },
    setLang: (lang: Lang) => { localStorage.setItem(LANG_KEY, lang); setLang(lang); store.set({ lang }); },
  });
  mountCoveragePanel(side, store);
  mountYearSlider(side, store);
  mountTerrainPanel(side, store, map);
  mountSiteForm(mapEl, store, actions); // floats over the map, beside the site being edited
  mountBulkPanel(mapEl, store, actions);
  // A point found by the search (coordinates, a township seat, a site) stays marked until the next search.
  const searchMarker = new maplibregl.Marker({ color: '#d81b60', scale: 0.8 });
  mountSearchBox(mapEl, store, actions, (to) => {
    searchMarker.remove();
    if (to.bbox) map.fitBounds([[to.bbox[0], to.bbox[1]], [to.bbox[2], to.bbox[3]]], { padding: 40, maxZoom: 14, duration: 600 });
    else if (to.lonLat) { map.flyTo({ center: to.lonLat, zoom: Math.max(map.getZoom(), 13), duration: 600 }); searchMarker.setLngLat(to.lonLat).addTo(map); }
  });
  mountCountyTable(side, store);
  mountSiteTable(side, store, actions, (lonLat) => map.flyTo({ center: lonLat, zoom: Math.max(map.getZoom(), 13), duration: 600 }));
  mountTargetsPanel(side, store);
  mountFailingAreasPanel(side, store, (b) => map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 60, maxZoom: 15, duration: 600 }));
  mountPlanningPanel(side, store, createPlanningRunner(store, actions));
  mountBudgetPanel(side, store);
  mountTownshipsPanel(side, store);
  mountBasemapPanel(side, store);
  mountNotice(root, store);
  mountSiteLegend(mapEl, store);
  bindKeyboardAndDrop(store, actions, (f) => void importDialog.open(f), { openHelp: help.open, focusSearch: () => document.getElementById('search')?.focus() }, (fs) => void importDialog.openFiles(fs));

  const hook = { store, actions, map, lastRaster: () => coverage?.lastRaster() ?? null };
  (window as unknown as { g5plan: unknown }).g5plan = hook;
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  addSiteIcons(map);
  void loadContextLayers(map); // rivers and lakes, fetched after the first map is drawn
  bindContextLabels(map, store);
  bindContextRelief(map, store); // relief shading, after the first coverage
  bindPmtilesBasemap(map, store);
  const [plan, townshipPoints, regionList] = await Promise.all([initialPlan(), loadTownshipPoints(), loadRegionList(), tabLock.ready]);
  store.set({ townshipPoints });
  // The region in the URL (?region=gansu, 6201, ...), else Puyang; a bad one says so and opens Puyang.
  if (!(await switchRegion(store, regionFromUrl()))) await switchRegion(store, DEFAULT_REGION);
  mountRegionPicker(side, store, regionList, (code) => void switchRegion(store, code), {
    available: hasSyntheticDemo,
    load: () => {
      const planId = store.get().planId;
      store.set({ notice: { kind: 'info', text: t('demoGenerating') } });
      void syntheticDemoText(planId)
        .then((text) => parsePlan(text, `${planId}-synthetic.geojson`))
        .then((sites) => {
          if (!sites) return;
          actions.replacePlan(sites);
          // Shown as of the plan's last year (Shaanxi 2023, Gansu 2022): every generated site on the map.
          const lastYear = sites.reduce((y, x) => Math.max(y, x.year ?? y), store.get().year);
          store.set({ year: lastYear, notice: { kind: 'info', text: t('demoLoaded') } });
        })
        .catch((e: Error) => store.set({ notice: { kind: 'error', text: e.message } }));
    },
  });
  setTownships(map, store.get().townships, store.get().townshipPoints);
  setBoundaries(map, store.get().regions, store.get().areas);
  fitToRegions(map, store.get().regions);
  actions.loadPlan(plan.sites);
  // The sites the map shows, so that the next change goes in as a diff against them.
  let shownSites = sitesAsOfYear(store.get());
  setSites(map, shownSites);
  if (plan.restored) store.set({ notice: { kind: 'info', text: t('restored') } });
  bindMapInteractions(map, store, actions);
  bindBoxSelect(map, store);

  store.subscribe((s, prev) => {
    if (s.sites !== prev.sites || s.year !== prev.year) {
      const next = sitesAsOfYear(s);
      setSites(map, next, shownSites);
      shownSites = next;
    }
    if (s.selectedId !== prev.selectedId || s.multiIds !== prev.multiIds) setSelected(map, s.multiIds.length ? s.multiIds : s.selectedId ? [s.selectedId] : []);
    if (s.basemapUrl !== prev.basemapUrl) setBasemap(map, s.basemapUrl);
    if (s.holes !== prev.holes) setHoles(map, s.holes);
    if (s.planning.result !== prev.planning.result || s.planning.picked !== prev.planning.picked) {
      const p = s.planning;
      setPicks(map, (p.result?.chosen ?? []).map((c) => ({ lonLat: p.candidates[c.candidate].lonLat, rank: c.rank, picked: p.picked.includes(c.rank) })));
    }
    if (s.regions !== prev.regions || s.areas !== prev.areas) setBoundaries(map, s.regions, s.areas);
    if (s.regions !== prev.regions) fitToRegions(map, s.regions);
    if (s.townships !== prev.townships && s.townshipPoints === prev.townshipPoints) setTownships(map, s.townships, s.townshipPoints);
    if (s.townshipPoints !== prev.townshipPoints) {
      setTownships(map, s.townships, s.townshipPoints);
      if (s.editing === 'editor') void saveTownshipPoints(s.townshipPoints);
    }
    // Only the editing tab writes; a save is announced so read-only tabs follow it.
    if (s.sites !== prev.sites && s.editing === 'editor') {
      saving = saving.then(() => savePlan(sitesToFeatureCollection(s.sites))).then(() => tabLock.announceSave(), (e) => store.set({ notice: { kind: 'error', text: String(e) } }));
    }
  });
  const showRaster: ShowRaster = (raster, changed) => coverageLayer.show(raster, store.get().thresholdDbm, store.get().metric, changed);
  const regionDrawn = () => sourceDrawn(map, 'counties');
  coverage = startCoverageRunner(store, showRaster, coverageClient, regionDrawn);
  store.subscribe((s, prev) => {
    const raster = coverage.lastRaster();
    if (s.metric !== prev.metric && raster) void showRaster(raster);
  });
  startTargetsRunner(store, coverage.lastRun, regionDrawn);
}

boot().catch((e: Error) => {
  console.error(e);
  document.getElementById('app')!.append(h('div', { id: 'fatal', text: `${t('loadFailed')}: ${e.message}` }));
});
