// The "导出文件 / Export files" menu of the top bar: the plan as .xlsx (站址 sheet), KML (styled
// by operator, for 奥维 and Google Earth) and zipped Shapefile; the coverage and holes as KML and
// Shapefile; the .xlsx import template. Files are made in the export worker.
import { sitesTable } from '../../engine/files/site-table.ts';
import { h } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';
import { currentLang } from '../lang.ts';
import { exportWorker } from '../io/export-client.ts';
import { downloadBlob } from '../io/files.ts';
import { downloadXlsx } from '../io/table-export.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const KML_TYPE = 'application/vnd.google-earth.kml+xml';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportMenu {
  element: HTMLElement;
  /** Coverage exports wait for a finished run. */
  setCoverageReady(ready: boolean): void;
}

/** `coverageGeoJson` gives the coverage/holes GeoJSON text of the last run (render worker). */
export function createExportMenu(store: Store<AppState>, coverageGeoJson: () => Promise<string | null>): ExportMenu {
  const sites = () => store.get().sites;
  const title = () => `g5plan ${t('title')}`;
  const withCoverage = (make: (text: string) => Promise<Blob>, fileName: string) => async () => {
    const text = await coverageGeoJson();
    if (text) downloadBlob(await make(text), fileName);
  };
  const actions: [string, StringKey, () => Promise<void>, boolean][] = [
    ['export-plan-xlsx', 'exportPlanXlsx', () => downloadXlsx([sitesTable(sites(), currentLang())], 'g5plan-plan.xlsx'), false],
    ['export-plan-kml', 'exportPlanKml', async () => downloadBlob(new Blob([await exportWorker().planKml(sites(), currentLang(), title())], { type: KML_TYPE }), 'g5plan-plan.kml'), false],
    ['export-plan-shp', 'exportPlanShp', async () => downloadBlob(new Blob([await exportWorker().planShapefile(sites()) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), 'g5plan-plan-shp.zip'), false],
    ['export-coverage-kml', 'exportCoverageKml', withCoverage(async (text) => new Blob([await exportWorker().coverageKml(text, currentLang(), title())], { type: KML_TYPE }), 'g5plan-coverage.kml'), true],
    ['export-coverage-shp', 'exportCoverageShp', withCoverage(async (text) => new Blob([await exportWorker().coverageShapefile(text) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), 'g5plan-coverage-shp.zip'), true],
    ['import-template', 'importTemplate', async () => downloadBlob(new Blob([await exportWorker().template(currentLang()) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), 'g5plan-import-template.xlsx'), false],
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
