/**
 * A pool of planning workers, the same in the browser (Web Workers) and in Node
 * (worker_threads). Footprints, the heavy step, are split into chunks of sites handed out from a
 * shared queue; the selection then runs in the first worker with every footprint. Footprints
 * are per site and pure, so the result is the same for any number of workers. Progress:
 * footprint chunks done (80%), then the selection. cancel() terminates the workers.
 */
import type { Remote } from 'comlink';
import { transfer } from 'comlink';
import { FOOTPRINT_PROGRESS_SHARE } from '../src/engine/planning/plan-sites.ts';
import type { PlanOutcome, PlanRequest } from '../src/engine/planning/types.ts';
import type { PlanInput, PlanningWorkerApi, RequestOutcome } from './planning-api.ts';

export interface PlanningPoolWorker {
  api: Remote<PlanningWorkerApi>;
  terminate(): void;
}

export interface PlanningRunOptions {
  onProgress?: (fraction: number) => void;
}

/** Chunks per worker: enough to balance rural (cheap) and urban (dear) candidates. */
const CHUNKS_PER_WORKER = 8;

export class PlanningPool {
  private workers: PlanningPoolWorker[] = [];
  private requestId = 0;
  private abort: ((e: Error) => void) | null = null;

  constructor(private spawn: () => PlanningPoolWorker, readonly size: number) {}

  cancel(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.abort?.(new DOMException('planning cancelled', 'AbortError'));
  }

  dispose(): void {
    this.cancel();
  }

  async run(req: PlanRequest, options: PlanningRunOptions = {}): Promise<PlanOutcome> {
    return this.cancellable(() => this.runNow(req, ++this.requestId, options));
  }

  /** The app's PlanRequest, built in the first worker (hex candidates can take seconds: cancellable too). */
  async buildRequest(input: PlanInput): Promise<RequestOutcome> {
    return this.cancellable<RequestOutcome>(() => this.workers[0].api.buildRequest(input));
  }

  private async cancellable<T>(work: () => Promise<T>): Promise<T> {
    while (this.workers.length < this.size) this.workers.push(this.spawn());
    const aborted = new Promise<never>((_, reject) => { this.abort = reject; });
    try {
      return await Promise.race([work(), aborted]);
    } finally {
      this.abort = null;
    }
  }

  private async runNow(req: PlanRequest, id: number, options: PlanningRunOptions): Promise<PlanOutcome> {
    const workers = this.workers;
    // Every worker prepares the same context at once (the request is sent once per worker).
    const counts = await Promise.all(workers.map((w) => w.api.siteCount(id, req)));
    const first = counts[0];
    if (!first.ok) return first;
    const n = first.siteCount;
    const chunk = Math.max(1, Math.ceil(n / (workers.length * CHUNKS_PER_WORKER)));
    const parts: Uint32Array[][] = [];
    let next = 0, done = 0;
    await Promise.all(workers.map(async (w) => {
      while (next < n) {
        const from = next;
        next = Math.min(n, next + chunk);
        const r = await w.api.footprints(id, null, from, next);
        if (!r.ok) throw new Error(r.message);
        parts[from / chunk] = r.footprints;
        done += r.footprints.length;
        options.onProgress?.(FOOTPRINT_PROGRESS_SHARE * (done / n));
      }
    }));
    const footprints = parts.flat();
    const result = await workers[0].api.solve(id, null, transfer(footprints, footprints.map((f) => f.buffer as ArrayBuffer)));
    options.onProgress?.(1);
    return result;
  }
}
