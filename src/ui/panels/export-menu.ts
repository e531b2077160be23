// The "导出文件 / Export files" menu of the top bar: the plan as .xlsx (站址 sheet), KML (styled
// by operator, for 奥维 and Google Earth) and zipped Shapefile; the coverage and holes as KML and
// Shapefile; the .xlsx import template. Files are made in the export worker and come back as
// Blobs (the coverage GeoJSON goes there as the render worker's Blob): none passes through here
// as one string or array.
import { sitesTable } from '../../engine/files/site-table.ts';
import { h } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';
import { currentLang } from '../lang.ts';
import { exportWorker } from '../io/export-client.ts';
import { downloadBlob } from '../io/files.ts';
import { downloadXlsx } from '../io/table-export.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export interface ExportMenu {
  element: HTMLElement;
  /** Coverage exports wait for a finished run. */
  setCoverageReady(ready: boolean): void;
}

/** `coverageGeoJson` gives the coverage/holes GeoJSON of the last run (a Blob from the render worker). */
export function createExportMenu(store: Store<AppState>, coverageGeoJson: () => Promise<Blob | null>): ExportMenu {
  const sites = () => store.get().sites;
  const title = () => `g5plan ${t('title')}`;
  const withCoverage = (make: (geojson: Blob) => Promise<Blob>, fileName: string) => async () => {
    const geojson = await coverageGeoJson();
    if (geojson) downloadBlob(await make(geojson), fileName);
  };
  const actions: [string, StringKey, () => Promise<void>, boolean][] = [
    ['export-plan-xlsx', 'exportPlanXlsx', () => downloadXlsx([sitesTable(sites(), currentLang())], 'g5plan-plan.xlsx'), false],
    ['export-plan-kml', 'exportPlanKml', async () => downloadBlob(await exportWorker().planKml(sites(), currentLang(), title()), 'g5plan-plan.kml'), false],
    ['export-plan-shp', 'exportPlanShp', async () => downloadBlob(await exportWorker().planShapefile(sites()), 'g5plan-plan-shp.zip'), false],
    ['export-coverage-kml', 'exportCoverageKml', withCoverage((geojson) => exportWorker().coverageKml(geojson, currentLang(), title()), 'g5plan-coverage.kml'), true],
    ['export-coverage-shp', 'exportCoverageShp', withCoverage((geojson) => exportWorker().coverageShapefile(geojson), 'g5plan-coverage-shp.zip'), true],
    ['import-template', 'importTemplate', async () => downloadBlob(await exportWorker().template(currentLang()), 'g5plan-import-template.xlsx'), false],
  ];
  const summary = h('summary', {});
  const list = h('div', { class: 'menu-items' });
  const element = h('details', { class: 'menu', id: 'export-menu' }, summary, list);
  let coverageReady = false;
  function render(): void {
    summary.textContent = t('exportMenu');
    list.replaceChildren(...actions.map(([id, label, run, needsCoverage]) => {
      const b = h('button', { type: 'button', id, text: t(label), onclick: () => {
        (element as HTMLDetailsElement).open = false;
        run().catch((e: Error) => store.set({ notice: { kind: 'error', text: `${t(label)}: ${e.message}` } }));
      } });
      b.disabled = needsCoverage && !coverageReady;
      return b;
    }));
  }
  render();
  store.subscribe((s, prev) => { if (s.lang !== prev.lang) render(); });
  return { element, setCoverageReady(ready) { if (ready !== coverageReady) { coverageReady = ready; render(); } } };
}
