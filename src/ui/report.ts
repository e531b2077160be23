// 打印报告: the printable report of the plan as the app shows it (year, coverage, targets,
// budget), built in workers/report.worker.ts by the same engine module as `g5plan report`
// (src/engine/report/), shown in a print layout (an A4 page view in a frame) with Print,
// Download HTML and Close.
import * as Comlink from 'comlink';
import type { ReportWorkerApi } from '../../workers/report.worker.ts';
import { h } from './dom.ts';
import { engineText } from './engine-text.ts';
import { t } from './i18n.ts';
import { downloadBlob } from './io/files.ts';
import type { CoverageLayer } from './map/coverage-layer.ts';
import { formatValue } from './panels/targets-panel.ts';
import type { AppState } from './state/app-state.ts';
import { checkYear } from './targets-runner.ts';

let worker: Comlink.Remote<ReportWorkerApi> | null = null;

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The report's HTML, or null while there is no coverage or targets check yet. */
export async function appReportHtml(s: AppState, layer: CoverageLayer): Promise<string | null> {
  const check = s.targets.report;
  if (!check || !s.coverage.stats) return null;
  worker ??= Comlink.wrap<ReportWorkerApi>(new Worker(new URL('../../workers/report.worker.ts', import.meta.url), { type: 'module' }));
  const png = await layer.toPng();
  const coordinates = layer.imageCoordinates();
  const results = check.results;
  const byId = (f: (r: (typeof results)[number]) => string | null) => Object.fromEntries(results.flatMap((r) => { const x = f(r); return x === null ? [] : [[r.id, x]]; }));
  return worker.buildReport({
    lang: s.lang, plan: { id: s.planId, name: s.targets.planName, regionName: s.targets.regionName }, year: checkYear(s),
    dateText: new Date().toISOString().slice(0, 10), resM: s.resM, thresholdDbm: s.thresholdDbm,
    coverage: s.coverage.stats, coverageImage: png && coordinates ? { pngDataUrl: await blobToDataUrl(png), coordinates } : null,
    check, budget: s.budget.report, sites: s.sites, regions: s.regions, areas: s.areas,
    // Worded as the targets panel words them (Chinese reasons through engineText).
    describe: { required: byId((r) => formatValue(r.required)), actual: byId((r) => formatValue(r.actual)), reason: byId((r) => (r.reason ? engineText(r.reason) : null)) },
  });
}

/** The print layout over the app: the report in a frame (its own A4 print stylesheet) and a toolbar. */
export function showReport(root: HTMLElement, html: string, year: number): void {
  document.getElementById('report-overlay')?.remove();
  const frame = h('iframe', { id: 'report-frame', title: t('printReport') });
  frame.srcdoc = html;
  const overlay = h('div', { id: 'report-overlay', role: 'dialog' },
    h('div', { class: 'report-tools' },
      h('strong', { text: t('printReport') }),
      h('button', { type: 'button', id: 'report-print', text: t('print'), onclick: () => frame.contentWindow?.print() }),
      h('button', { type: 'button', id: 'report-download', text: t('downloadHtml'), onclick: () => downloadBlob(new Blob([html], { type: 'text/html' }), `g5plan-report-${year}.html`) }),
      h('button', { type: 'button', id: 'report-close', text: t('close'), onclick: () => overlay.remove() })),
    frame);
  root.append(overlay);
}
