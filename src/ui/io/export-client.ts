// The export worker of the page (workers/export.worker.ts), started on the first export.
import * as Comlink from 'comlink';
import type { ExportWorkerApi } from '../../../workers/export.worker.ts';

let api: Comlink.Remote<ExportWorkerApi> | null = null;

export function exportWorker(): Comlink.Remote<ExportWorkerApi> {
  api ??= Comlink.wrap<ExportWorkerApi>(new Worker(new URL('../../../workers/export.worker.ts', import.meta.url), { type: 'module' }));
  return api;
}
