/**
 * The typed comlink boundary (types only). Every coverage worker loads the same input and
 * prepares the same job; the pool then hands out tiles. Tiles are written straight into a raster
 * on shared memory where the platform allows it, else they come back as transferred typed
 * arrays. A worker keeps the working state of the tiles it computed, so a later edit of a few
 * sites is applied to those tiles only (incremental mode).
 */
import type { CoverageInput } from '../src/engine/coverage/types.ts';
import type { CoveredTile, PixelLayers, TileResult, TileSums } from '../src/engine/coverage/compute-tile.ts';
import type { GridSpec } from '../src/engine/geo/grid.ts';
import type { PackedJob } from '../src/engine/coverage/job-transfer.ts';
import type { StudyLabels } from '../src/engine/coverage/study-area.ts';
import type { Region, TargetArea } from '../src/engine/model/dataset.ts';

export interface LoadOptions {
  /** Keep per-tile working state for incremental updates (the app); the CLI does not. */
  keepState: boolean;
  /**
   * An edit of the previous load: regions, areas and settings are unchanged (input.regions and
   * input.areas are ignored), site j of the new list is site newToOld[j] of the previous one, and
   * input.sites holds only the sites with newToOld[j] = -1, in order.
   */
  edit: { newToOld: Int32Array } | null;
  /** Regions, areas and resolution are those of the previous load (input.regions and input.areas are ignored). */
  sameStudy: boolean;
  /** The terrain is the previous load's (input.terrain is not sent again: a DEM is large). */
  sameTerrain?: boolean;
}

export interface LoadResult {
  version: number;
  grid: GridSpec;
  tileCount: number;
  /** Tiles the change touched, ascending, or 'all' after a change of frame or a first load. */
  dirtyTiles: number[] | 'all';
  /** Previous site index -> new one (-1 removed); null after a full reload. */
  oldToNew: Int32Array | null;
  /** Kept sites changed index: kept best-site values outside dirty tiles need renumbering too. */
  shifted: boolean;
  warnings: string[];
}

export interface CoverageWorkerApi {
  load(input: CoverageInput, version: number, options: LoadOptions): Promise<LoadResult>;
  /** A job the caller prepared once for all workers (job-transfer.ts): a one-shot full run, no state kept. */
  loadPrepared(packed: PackedJob, version: number): Promise<LoadResult>;
  /** The study area's pixel labels (study-area.ts studyLabels) and grid, for a job being prepared on the calling thread. */
  studyLabels(regions: Region[], areas: TargetArea[], resM: number, frameCentre?: [number, number]): Promise<StudyLabels & { grid: GridSpec }>;
  /**
   * The raster's layers over SharedArrayBuffers (where the platform has them): from now on the
   * worker writes tiles straight into them and sends back only their sums. null = send tiles.
   */
  attachRaster(layers: PixelLayers | null): Promise<void>;
  /**
   * Computes tiles of the loaded version; incremental = update kept tile states where there are
   * some; coveredOnly = tiles with only the covered and population layers (finishCoveredTile).
   */
  computeTiles(version: number, tileIds: number[], incremental: boolean, coveredOnly?: boolean): Promise<(TileResult | CoveredTile | TileSums)[]>;
}
