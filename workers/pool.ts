/**
 * A pool of coverage workers, the same in the browser (Web Workers) and in Node
 * (worker_threads): loads the input into every worker, hands out tiles (dynamically for a full
 * run, to the tile's owner for an incremental one), assembles the raster and reports progress.
 * Runs are serialised; cancel() terminates the workers (a CPU-bound loop cannot see a signal).
 */
import type { Remote } from 'comlink';
import { RasterAssembler } from '../src/engine/coverage/assemble.ts';
import { DEFAULT_TILE_SIZE_PX, sameFrame } from '../src/engine/coverage/job.ts';
import type { CoveredTile, TileResult, TileSums } from '../src/engine/coverage/compute-tile.ts';
import type { AreaStats, CoverageInput, CoverageProgress, CoverageRaster, CoverageStats } from '../src/engine/coverage/types.ts';
import type { Site } from '../src/engine/model/types.ts';
import { patternsKey } from '../src/engine/radio/msi-pattern.ts';
import type { GridSpec } from '../src/engine/geo/grid.ts';
import type { CoverageWorkerApi, LoadResult } from './api.ts';
import type { PackedJob } from '../src/engine/coverage/job-transfer.ts';

export interface PoolWorker {
  api: Remote<CoverageWorkerApi>;
  terminate(): void;
  /**
   * The calling thread itself (node-pool.ts): it computes a request only when the thread is
   * free, so a streamed run gives it one request at a time and the real workers more.
   */
  inProcess?: boolean;
}

export interface CoverageRunResult {
  raster: CoverageRaster;
  stats: CoverageStats;
  areaStats: Omit<AreaStats, 'holes' | 'largestHoleKm2'>[];
  recomputedTiles: number;
  /** The tiles this run recomputed ('all' for a full run), of tileSizePx pixels: what a view must redraw. */
  dirtyTiles: number[] | 'all';
  tileSizePx: number;
  tileCount: number;
  /** Pixel-cell evaluations (a 3-sector site counts 3 per pixel) and pixel-site pairs evaluated. */
  evaluations: number;
  pixelSitePairs: number;
  elapsedMs: number;
  warnings: string[];
}

export interface RunOptions {
  onProgress?: (p: CoverageProgress) => void;
  /** Keep tile states in the workers so the next run with the same frame is incremental. */
  keepState?: boolean;
  /**
   * A raster of an earlier run the caller is done with: a full run of the same grid writes into
   * its buffers instead of fresh ones (much faster on a fresh page-hungry raster).
   */
  reuse?: CoverageRaster | null;
}

interface RunState {
  input: CoverageInput;
  /**
   * Without shared memory, null until the first tiles arrive: allocating a raster (tens of MB,
   * often with a garbage collection) before the workers have their first tiles would leave them
   * idle meanwhile.
   */
  assembler: RasterAssembler | null;
  newAssembler: () => RasterAssembler;
  /** Which worker holds each tile's state. */
  owner: Map<number, number>;
}

/** A streamed run (CoveragePool.stream): what is left once the tiles went to the caller. */
export interface StreamRunResult {
  grid: GridSpec;
  tileCount: number;
  evaluations: number;
  pixelSitePairs: number;
  elapsedMs: number;
  warnings: string[];
}

export interface StreamOptions {
  onProgress?: (p: CoverageProgress) => void;
  /** Called once the grid is known, before the first tile. */
  onStart?: (grid: GridSpec, tileCount: number) => void;
  /** The job prepared once on this thread with a worker's help (timed with the run) and copied to every worker (job-transfer.ts). */
  prepare?: (helper: Pick<CoverageWorkerApi, 'studyLabels'>) => Promise<PackedJob>;
  /** Tiles with only the covered and population layers (the caller reads nothing else): see finishCoveredTile. */
  coveredOnly?: boolean;
}

/**
 * A streamed run keeps few tiles in flight: 4 requests of 2 tiles per worker thread, enough to
 * keep it busy while this thread is away (finishing tiles, or computing its own when in process).
 */
const STREAM_REQUESTS_IN_FLIGHT = 4;
const STREAM_BATCH_TILES = 2;

/** Requests queued at each worker in a full run. */
const REQUESTS_IN_FLIGHT = 4;

/** Smallest number of tiles per request in a full run: small enough to balance the workers at the end, big enough to amortise messaging. */
const BATCH_TILES = 2;

export class CoveragePool {
  private workers: PoolWorker[] = [];
  private version = 0;
  private last: RunState | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private abort: ((e: Error) => void) | null = null;

  /**
   * Shared memory (SharedArrayBuffer: always in Node, in a browser only when the page is
   * cross-origin isolated, see vite.config.ts) lets workers write tiles straight into the raster.
   */
  private readonly sharedMemory: boolean;

  /** `sharedMemory`: use it where available (default), or never (as a page that is not isolated). */
  constructor(private spawn: () => PoolWorker, readonly size: number, private now: () => number, sharedMemory = true) {
    this.sharedMemory = sharedMemory && typeof SharedArrayBuffer === 'function' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false;
  }

  run(input: CoverageInput, options: RunOptions = {}): Promise<CoverageRunResult> {
    const next = this.queue.then(() => this.runNow(input, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * A full run whose tiles go to `onTile` as they come (each with its own pixel arrays) instead of
   * into a raster: the caller keeps what it needs, so memory follows the tiles in flight, not
   * the raster (g5plan coverage on a province at 25 m). Tiles are asked for in id order, a few at
   * a time per worker.
   */
  stream(input: CoverageInput, onTile: (t: CoveredTile) => void, options: StreamOptions = {}): Promise<StreamRunResult> {
    const next = this.queue.then(() => this.streamNow(input, onTile, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async streamNow(input: CoverageInput, onTile: (t: CoveredTile) => void, { onProgress, onStart, prepare, coveredOnly = false }: StreamOptions): Promise<StreamRunResult> {
    const t0 = this.now();
    const workers = this.ensureWorkers();
    const version = ++this.version;
    this.last = null;
    const aborted = new Promise<never>((_, reject) => { this.abort = reject; });
    try {
      const packed = prepare && await Promise.race([prepare(workers[0].api), aborted]);
      // Sent back to back: a worker handles its messages in order, so tiles asked for later wait for its load.
      const loading = workers.map((w) => {
        w.api.attachRaster(null).catch(() => undefined);
        return packed ? w.api.loadPrepared(packed, version) : w.api.load(input, version, { keepState: false, edit: null, sameStudy: false });
      });
      const settled = Promise.all(loading);
      settled.catch(() => undefined);
      const load = await Promise.race([Promise.race(loading), aborted]);
      onStart?.(load.grid, load.tileCount);
      let next = 0, done = 0, pixels = 0, evaluations = 0, pixelSitePairs = 0;
      const lanes = workers.flatMap((w) => Array.from({ length: w.inProcess ? 1 : STREAM_REQUESTS_IN_FLIGHT }, () => w));
      const work = Promise.all(lanes.map(async (worker) => {
        while (next < load.tileCount) {
          const batch = Array.from({ length: Math.min(STREAM_BATCH_TILES, load.tileCount - next) }, () => next++);
          for (const t of await worker.api.computeTiles(version, batch, false, coveredOnly) as CoveredTile[]) {
            onTile(t);
            pixels += t.width * t.height; evaluations += t.evaluations; pixelSitePairs += t.pixelSitePairs;
          }
          done += batch.length;
          onProgress?.({ fraction: done / load.tileCount, pixelsPerS: pixels / Math.max(1e-3, (this.now() - t0) / 1000) });
        }
      }));
      try {
        await Promise.race([work, aborted]);
      } catch (e) {
        await settled;
        throw e;
      }
      await settled;
      return { grid: load.grid, tileCount: load.tileCount, evaluations, pixelSitePairs, elapsedMs: this.now() - t0, warnings: load.warnings };
    } finally {
      this.abort = null;
    }
  }

  /** Terminates the workers; the running computation rejects with an AbortError. */
  cancel(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.last = null;
    this.abort?.(new DOMException('coverage computation cancelled', 'AbortError'));
  }

  dispose(): void {
    this.cancel();
  }

  /** Starts the workers now (their code loads while the caller prepares the first input). */
  warm(): void {
    this.ensureWorkers();
  }

  /**
   * The first worker's studyLabels, for a caller that has the boundaries before the rest of its
   * input (its stream's `prepare` gets the same worker: a worker answers in order).
   */
  labelMaker(): CoverageWorkerApi['studyLabels'] {
    const api = this.ensureWorkers()[0].api;
    return (...args) => api.studyLabels(...args);
  }

  private ensureWorkers(): PoolWorker[] {
    while (this.workers.length < this.size) this.workers.push(this.spawn());
    return this.workers;
  }

  /** Same regions, areas, resolution and grid frame as the last run: the workers keep their study area. */
  private isSameStudy(input: CoverageInput): boolean {
    const l = this.last?.input;
    return !!l && l.regions === input.regions && l.areas === input.areas && l.resM === input.resM && sameFrame(l, input);
  }

  /** Site j of the new list is the same object as site newToOld[j] of the last run (-1 = new or edited). */
  private editOf(sites: Site[]): { newToOld: Int32Array } {
    const oldIndex = new Map<Site, number>();
    this.last!.input.sites.forEach((s, i) => oldIndex.set(s, i));
    return { newToOld: Int32Array.from(sites, (s) => oldIndex.get(s) ?? -1) };
  }

  private async runNow(input: CoverageInput, options: RunOptions): Promise<CoverageRunResult> {
    const t0 = this.now();
    const workers = this.ensureWorkers();
    const keepState = options.keepState ?? false;
    // The same study: the workers keep regions and areas. With the same radio settings too, the
    // run is an edit: unchanged sites are never sent again (and, with keepState, applied incrementally).
    const sameStudy = this.isSameStudy(input);
    const sameTerrain = sameStudy && (this.last!.input.terrain ?? null) === (input.terrain ?? null);
    const sameFrame = sameStudy && sameTerrain && JSON.stringify(this.last!.input.settings) === JSON.stringify(input.settings)
      && (this.last!.input.patterns === input.patterns || patternsKey(this.last!.input.patterns) === patternsKey(input.patterns));
    const edit = sameFrame ? this.editOf(input.sites) : null;
    const version = ++this.version;
    const sites = edit ? input.sites.filter((_, j) => edit.newToOld[j] < 0) : input.sites;
    const sent = sameStudy ? { ...input, regions: null, areas: [], sites, terrain: sameTerrain ? null : input.terrain } : input;
    const aborted = new Promise<never>((_, reject) => { this.abort = reject; });
    try {
      const loading = workers.map((w) => w.api.load(sent, version, { keepState, edit, sameStudy, sameTerrain }));
      // Every worker prepares the same job; the first one ready gives the frame, and requests to
      // the others queue behind their own load (a worker handles its messages in order).
      const settled = Promise.all(loading);
      settled.catch(() => undefined); // awaited below, after the tiles
      const load: LoadResult = await Promise.race([Promise.race(loading), aborted]);
      const full = load.dirtyTiles === 'all' || !this.last || !keepState;
      // Keep a copy of the site list: the caller may edit its array in place before the next run.
      input = { ...input, sites: input.sites.slice() };
      if (full) {
        const { grid } = load, { regions, areas } = input, shared = this.sharedMemory, reuse = options.reuse;
        const buffers = shared || reuse ? { shared, reuse } : undefined;
        this.last = { input, assembler: null, newAssembler: () => new RasterAssembler(grid, regions ?? [], areas, buffers), owner: new Map() };
        if (shared) {
          // Workers write tiles straight into a raster on shared memory, so it is needed now.
          const layers = (this.last.assembler = this.last.newAssembler()).layers();
          for (const w of workers) w.api.attachRaster(layers).catch(() => undefined); // a worker without it sends tiles back
        }
      } else { this.last!.input = input; if (load.oldToNew && load.shifted) this.last!.assembler?.remapSites(load.oldToNew); }
      const state = this.last!;
      const tiles = full ? Array.from({ length: load.tileCount }, (_, i) => i) : (load.dirtyTiles as number[]);
      let counts: { evaluations: number; pixelSitePairs: number };
      try {
        counts = await Promise.race([this.dispatch(workers, version, tiles, !full, state, t0, options), aborted]);
      } catch (e) {
        await settled; // a worker's failed load explains its failed tiles best
        throw e;
      }
      await settled;
      const assembler = (state.assembler ??= state.newAssembler());
      return {
        raster: assembler.raster, stats: assembler.stats(), areaStats: assembler.areaStats(),
        recomputedTiles: tiles.length, dirtyTiles: full ? 'all' : tiles, tileSizePx: input.tileSizePx ?? DEFAULT_TILE_SIZE_PX,
        tileCount: load.tileCount, ...counts, elapsedMs: this.now() - t0, warnings: load.warnings,
      };
    } finally {
      this.abort = null;
    }
  }

  private async dispatch(
    workers: PoolWorker[], version: number, tiles: number[], incremental: boolean,
    state: RunState, t0: number, options: RunOptions,
  ): Promise<{ evaluations: number; pixelSitePairs: number }> {
    let done = 0, pixels = 0, evaluations = 0, pixelSitePairs = 0;
    const accept = (results: (TileResult | TileSums)[], w: number) => {
      const assembler = (state.assembler ??= state.newAssembler());
      for (const t of results) {
        if ('rsrpDbm' in t) assembler.putTile(t);
        else assembler.putSums(t);
        state.owner.set(t.tileId, w);
        pixels += t.width * t.height;
        evaluations += t.evaluations;
        pixelSitePairs += t.pixelSitePairs;
      }
      done += results.length;
      const seconds = Math.max(1e-3, (this.now() - t0) / 1000);
      options.onProgress?.({ fraction: tiles.length ? done / tiles.length : 1, pixelsPerS: pixels / seconds });
    };
    if (incremental) {
      // Each dirty tile goes to the worker that holds its state; unowned ones are spread.
      const perWorker: number[][] = workers.map(() => []);
      tiles.forEach((t, i) => perWorker[state.owner.get(t) ?? i % workers.length].push(t));
      await Promise.all(perWorker.map(async (ids, w) => { if (ids.length) accept(await workers[w].api.computeTiles(version, ids, true), w); }));
      return { evaluations, pixelSitePairs };
    }
    // Full run: each worker starts on its own band of rows (tiles in row order), so the per-site
    // work a worker keeps (a site's terrain table, computed for the first of its tiles) is
    // rarely done twice; a worker whose band ran out takes from the far end of the fullest
    // other band, so one that drew cheap rural tiles takes more. Several requests in flight
    // per worker, and big batches while much is left (guided scheduling): a worker always has
    // work queued, even while this thread is busy elsewhere (a browser's main thread often
    // is); small batches at the end keep the workers finishing together.
    const bands = workers.map((_, w) => ({ lo: Math.floor((w * tiles.length) / workers.length), hi: Math.floor(((w + 1) * tiles.length) / workers.length) }));
    let left = tiles.length;
    const lanes = workers.length * REQUESTS_IN_FLIGHT;
    const take = (w: number): number[] => {
      const size = Math.max(BATCH_TILES, Math.ceil(left / (2 * lanes)));
      const own = bands[w];
      let batch: number[];
      if (own.hi > own.lo) {
        batch = tiles.slice(own.lo, Math.min(own.hi, own.lo + size));
        own.lo += batch.length;
      } else {
        const other = bands.reduce((a, b) => (b.hi - b.lo > a.hi - a.lo ? b : a));
        batch = tiles.slice(Math.max(other.lo, other.hi - size), other.hi);
        other.hi -= batch.length;
      }
      left -= batch.length;
      return batch;
    };
    await Promise.all(workers.flatMap((worker, w) => Array.from({ length: REQUESTS_IN_FLIGHT }, async () => {
      while (left > 0) accept(await worker.api.computeTiles(version, take(w), false), w);
    })));
    return { evaluations, pixelSitePairs };
  }
}
