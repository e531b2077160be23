/**
 * The coverage worker's object: adapts the engine (prepareJob, tile states, finishTile) to the
 * CoverageWorkerApi and keeps the state incremental updates need. Exposed over comlink by
 * coverage.worker.ts (browser) and node/coverage.worker.mjs (Node worker_threads).
 */
import { transfer } from 'comlink';
import { computeTileState, finishCoveredTile, finishTile, finishTileInto, oneShotTileState, sureCoveredMw, remapTileState, updateTileState, type CoveredTile, type PixelLayers, type TileResult, type TileSums } from '../src/engine/coverage/compute-tile.ts';
import { diffJobs } from '../src/engine/coverage/incremental.ts';
import { prepareJob, type PreparedJob } from '../src/engine/coverage/job.ts';
import { unpackJob, type PackedJob } from '../src/engine/coverage/job-transfer.ts';
import { studyLabels, studyOutline, type StudyLabels } from '../src/engine/coverage/study-area.ts';
import type { Region, TargetArea } from '../src/engine/model/dataset.ts';
import { newTileState, type TileState } from '../src/engine/coverage/tile-state.ts';
import type { CoverageInput } from '../src/engine/coverage/types.ts';
import type { GridSpec } from '../src/engine/geo/grid.ts';
import type { CoverageWorkerApi, LoadOptions, LoadResult } from './api.ts';

function tileBuffers(t: TileResult | CoveredTile | TileSums): ArrayBuffer[] {
  const pixels = 'rsrpDbm' in t ? [t.rsrpDbm, t.bestSite, t.sinrDb, t.covered, t.inside, t.population] : 'covered' in t ? [t.covered, t.population] : [];
  return [...pixels, t.regionSums, t.areaSums].map((a) => a.buffer as ArrayBuffer);
}

export function createCoverageWorker(): CoverageWorkerApi {
  let job: PreparedJob | null = null;
  let prev: PreparedJob | null = null;
  let version = -1;
  let keepState = false;
  let removed: number[] = [];
  let added: number[] = [];
  const states = new Map<number, TileState>();
  let dropped = new Map<number, TileState>();
  /** Buffers reused across one-shot tiles (the first tile is a full-size one). */
  let scratch: TileState | undefined;
  /** The shared raster tiles are written into, if the pool attached one. */
  let raster: PixelLayers | null = null;

  const api = {
    async load(input: CoverageInput, v: number, options: LoadOptions): Promise<LoadResult> {
      const edit = options.edit && job ? options.edit : null;
      // The same terrain object as before, not sent again (so prepareJob keeps each site's terrain raster).
      if (options.sameTerrain && job) input = { ...input, terrain: job.input.terrain };
      let next: PreparedJob;
      if (edit && job) {
        const fresh = input.sites;
        let k = 0;
        const sites = Array.from(edit.newToOld, (i) => (i >= 0 ? job!.input.sites[i] : fresh[k++]));
        next = prepareJob({ ...input, sites, regions: job.input.regions, areas: job.input.areas }, job, edit.newToOld);
      } else if (options.sameStudy && job) {
        // Same regions and areas: keep the study area (and, with the same settings, the link tables); redo the sites.
        next = prepareJob({ ...input, regions: job.input.regions, areas: job.input.areas }, job);
      } else {
        next = prepareJob(input);
      }
      const diff = edit && job ? diffJobs(job, next) : null;
      prev = job;
      job = next;
      version = v;
      keepState = options.keepState;
      removed = diff?.removed ?? [];
      added = diff?.added ?? [];
      if (!diff || diff.dirtyTiles === 'all' || !keepState) {
        // Dropped states lend their buffers to the next full pass over the same tiles.
        dropped = keepState ? new Map(states) : new Map();
        states.clear();
      }
      else if (diff.shifted) for (const st of states.values()) remapTileState(st, diff.oldToNew);
      // Without index shifts only dirty tiles can hold a removed site as best server.
      else for (const t of diff.dirtyTiles) { const st = states.get(t); if (st) remapTileState(st, diff.oldToNew); }
      return {
        version: v, grid: next.grid, tileCount: next.tilesX * next.tilesY,
        dirtyTiles: diff ? diff.dirtyTiles : 'all', oldToNew: diff ? diff.oldToNew : null, shifted: diff?.shifted ?? true, warnings: next.warnings,
      };
    },

    async loadPrepared(packed: PackedJob, v: number): Promise<LoadResult> {
      prev = null;
      job = unpackJob(packed);
      version = v;
      keepState = false;
      removed = [];
      added = [];
      states.clear();
      dropped = new Map();
      return { version: v, grid: job.grid, tileCount: job.tilesX * job.tilesY, dirtyTiles: 'all', oldToNew: null, shifted: true, warnings: job.warnings };
    },

    async studyLabels(regions: Region[], areas: TargetArea[], resM: number, frameCentre?: [number, number]): Promise<StudyLabels & { grid: GridSpec }> {
      const outline = studyOutline([], regions, areas, resM, frameCentre);
      const labels = studyLabels(outline, regions);
      const runs = [labels.regionRuns, labels.areaRuns].flatMap((m) => [m.rowStart, m.colStart, m.colEnd, m.value]);
      return transfer({ ...labels, grid: outline.grid }, [...runs, labels.densityPerPixel].map((a) => a.buffer as ArrayBuffer));
    },

    async attachRaster(layers: PixelLayers | null): Promise<void> {
      raster = layers;
    },

    async computeTiles(v: number, tileIds: number[], incremental: boolean, coveredOnly = false): Promise<(TileResult | CoveredTile | TileSums)[]> {
      if (!job || v !== version) throw new Error(`tiles asked for version ${v}, worker holds ${version}`);
      const j = job;
      // Covered flags alone, without a SINR threshold: a covered-only pass (TileState.sureMw).
      const { thresholdDbm, sinrThresholdDb } = j.input.settings;
      const sureMw = coveredOnly && !raster && sinrThresholdDb === null ? sureCoveredMw(thresholdDbm) : 0;
      const results = tileIds.map((id) => {
        const kept = incremental ? states.get(id) : undefined;
        let st: TileState;
        if (kept && prev) st = updateTileState(prev, j, removed, added, kept);
        else if (!keepState) st = oneShotTileState(j, id, (scratch ??= newTileState(j, 0)), sureMw);
        else {
          const spare = dropped.get(id);
          dropped.delete(id);
          states.set(id, (st = computeTileState(j, id, true, spare)));
        }
        // Finished at once: a one-shot state may live in the WebAssembly kernel's memory until the next tile.
        if (raster) return finishTileInto(j, id, st, raster, st.row0 * raster.width + st.col0);
        return coveredOnly ? finishCoveredTile(j, id, st) : finishTile(j, id, st);
      });
      return transfer(results, results.flatMap(tileBuffers));
    },
  };
  return api satisfies CoverageWorkerApi;
}
