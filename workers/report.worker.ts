// The printable report's worker: builds the report HTML (src/engine/report/) off the main
// thread, from the app's state (plan, check, budget, sites, boundaries, coverage image).
import * as Comlink from 'comlink';
import { buildReport, type ReportInput } from '../src/engine/report/assemble-report.ts';

export interface ReportWorkerApi {
  buildReport(input: ReportInput): string;
}

const api = { buildReport } satisfies ReportWorkerApi;

Comlink.expose(api);
