// The one import worker of the page (workers/import.worker.ts): file parsing and validation off
// the main thread, for the import dialog and for loading the plan at start-up.
import * as Comlink from 'comlink';
import type { ImportWorkerApi } from '../../../workers/import.worker.ts';

let api: Comlink.Remote<ImportWorkerApi> | null = null;

export function importWorker(): Comlink.Remote<ImportWorkerApi> {
  api ??= Comlink.wrap<ImportWorkerApi>(new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' }));
  return api;
}
