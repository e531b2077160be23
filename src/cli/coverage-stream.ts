/**
 * `g5plan coverage` as a stream (issue 15): tiles go from the workers through the sinks that
 * need them (statistics in tile order, settlement-area windows for holes, region windows for
 * --out, the GeoTIFF band writer for --raster) and are dropped; no raster of the whole area is
 * ever held, so memory follows the tiles and areas in flight. Gives the same numbers, areas
 * and files as the in-memory path (tests/cli/coverage-stream.test.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { CoveragePool, StreamOptions, StreamRunResult } from '../../workers/pool.ts';
import { reportArea, type AreaReport } from '../engine/coverage/area-report.ts';
import { hasPixelLayers, type CoveredTile } from '../engine/coverage/compute-tile.ts';
import { DEFAULT_TILE_SIZE_PX } from '../engine/coverage/job.ts';
import { packJob, prepareJobSplit, type LabelMaker } from '../engine/coverage/job-transfer.ts';
import { OrderedSums } from '../engine/coverage/stream/ordered-sums.ts';
import { TileWindows } from '../engine/coverage/stream/tile-windows.ts';
import type { CoverageInput, CoverageProgress, CoverageStats } from '../engine/coverage/types.ts';
import type { GridSpec } from '../engine/geo/grid.ts';
import { rasterBounds, rasterizeGeometry } from '../engine/geo/rasterize.ts';
import { writeTextFile } from './io.ts';

export const RASTER_NODATA = -9999;

export interface StreamedCoverage {
  stats: CoverageStats;
  areaReports: AreaReport[];
  elapsedMs: number;
  warnings: string[];
}

type Sink = { put(t: CoveredTile): void };

/**
 * Where tiles come from: a local worker pool, or a queue's workers (queue/coordinator.ts). Tiles
 * come with every layer, or (StreamOptions.coveredOnly) only what statistics, holes and --out read.
 */
export type TileSource = (onTile: (t: CoveredTile) => void, options: StreamOptions) => Promise<StreamRunResult>;

/**
 * The job is prepared once here, a worker rasterizing the boundaries meanwhile, and copied to the
 * workers (a cold run's workers would otherwise each prepare it from nothing); with terrain the workers prepare it themselves, as they
 * compute each site's terrain factors on their own anyway. `earlyLabels`: the labels of this input's
 * regions, areas and resolution, asked for already (CoveragePool.labelMaker).
 */
export const poolSource = (pool: CoveragePool, input: CoverageInput, earlyLabels?: Promise<Awaited<ReturnType<LabelMaker>> | null> | null): TileSource => (onTile, options) =>
  pool.stream(input, onTile, input.terrain ? options : { ...options, prepare: async (helper) => packJob(await prepareJobSplit(input, async (...a) => (await earlyLabels) ?? helper.studyLabels(...a))) });

/** `writeOut`: how --out is written (default GeoJSON; the command passes KML and Shapefile writers). */
export async function streamCoverage(source: TileSource, input: CoverageInput, files: { out?: string; raster?: string; writeOut?: (fc: FeatureCollection) => Promise<void> } = {}, onProgress?: (p: CoverageProgress) => void): Promise<StreamedCoverage> {
  const tileSizePx = input.tileSizePx ?? DEFAULT_TILE_SIZE_PX;
  // Writers' modules load while the workers prepare (the run waits for both).
  const [rasterModules, outModules] = await Promise.all([
    files.raster ? Promise.all([import('../engine/coverage/stream/lonlat-tiles.ts'), import('./tiff-file.ts')]) : null,
    files.out ? Promise.all([import('../engine/coverage/study-area.ts'), import('../engine/coverage/stream/region-covered.ts'), import('../engine/coverage/coverage-geojson.ts')]) : null,
  ]);
  const areaReports: AreaReport[] = new Array(input.areas.length);
  const sinks: Sink[] = [];
  let sums: OrderedSums | null = null;
  let raster: ReturnType<typeof rasterSink> | null = null;
  let covered: Feature[] | null = null;
  const start = (grid: GridSpec) => {
    sums = new OrderedSums(grid, input.regions ?? []);
    sinks.push(sums, areaSink(grid, tileSizePx, input, areaReports, !!files.out));
    if (rasterModules) sinks.push((raster = rasterSink(grid, tileSizePx, files.raster!, rasterModules)));
    if (outModules) {
      const regions = regionSink(grid, tileSizePx, input, outModules);
      covered = regions.features;
      sinks.push(regions.sink);
    }
  };
  try {
    // Without --raster nothing reads RSRP, SINR or best server: the workers may leave those layers out.
    const run = await source((t) => { for (const s of sinks) s.put(t); }, { onStart: start, onProgress, coveredOnly: !rasterModules });
    (raster as ReturnType<typeof rasterSink> | null)?.finish();
    if (outModules && covered) {
      const collection: FeatureCollection = { type: 'FeatureCollection', features: [...(covered as Feature[]), ...outModules[2].holeFeatures(areaReports)] };
      await (files.writeOut ?? ((fc: FeatureCollection) => writeTextFile(files.out!, JSON.stringify(fc))))(collection);
    }
    return { stats: sums!.stats(run.tileCount), areaReports, elapsedMs: run.elapsedMs, warnings: run.warnings };
  } catch (e) {
    (raster as ReturnType<typeof rasterSink> | null)?.abort();
    throw e;
  }
}

/** `outlines`: trace the holes' outlines (for --out; the JSON only counts them). */
function areaSink(grid: GridSpec, tileSizePx: number, input: CoverageInput, reports: AreaReport[], outlines: boolean): Sink {
  const bounds = input.areas.map((a) => rasterBounds(grid, a.geometry));
  return new TileWindows(grid, tileSizePx, bounds, !!input.regions?.some((r) => r.population !== null), (k, win) => {
    const area = input.areas[k];
    reports[k] = reportArea(grid, area, rasterizeGeometry(grid, area.geometry), win ?? { bounds: [0, 0, 0, 0], covered: new Uint8Array(0), population: null }, outlines);
  });
}

type RasterModules = [typeof import('../engine/coverage/stream/lonlat-tiles.ts'), typeof import('./tiff-file.ts')];

function rasterSink(grid: GridSpec, tileSizePx: number, path: string, [{ LonLatTiles }, { TiledTiffFile }]: RasterModules) {
  let file: InstanceType<typeof TiledTiffFile> | null = null;
  const tiles = new LonLatTiles(grid, tileSizePx, RASTER_NODATA, (values) => file!.writeTile(values));
  file = new TiledTiffFile(path, tiles.frame, RASTER_NODATA);
  return {
    put: (t: CoveredTile) => {
      if (!hasPixelLayers(t)) throw new Error(`GeoTIFF: tile ${t.tileId} came without its RSRP layer`);
      tiles.put(t);
    },
    finish: () => { if (!tiles.done) throw new Error('GeoTIFF: tiles missing at the end of the run'); file!.finish(); },
    abort: () => file?.abort(),
  };
}

type OutModules = [typeof import('../engine/coverage/study-area.ts'), typeof import('../engine/coverage/stream/region-covered.ts'), unknown];

/** --out: the covered area per region (each traced when its window is complete). */
function regionSink(grid: GridSpec, tileSizePx: number, input: CoverageInput, [{ buildStudyArea }, { regionCoveredPolygon, regionWindowBounds }]: OutModules) {
  const { regionRuns } = buildStudyArea(input.sites, input.regions, [], input.resM);
  const slots = Math.max(1, input.regions?.length ?? 0);
  const features: Feature[] = new Array(slots);
  const sink = new TileWindows(grid, tileSizePx, regionWindowBounds(regionRuns, slots), false, (k, win) => {
    const region = input.regions?.[k];
    const properties = { kind: 'covered', ...(region ? { region: region.code, regionName: region.name } : {}) };
    features[k] = { type: 'Feature', properties, geometry: win ? regionCoveredPolygon(grid, regionRuns, k + 1, win) : { type: 'MultiPolygon', coordinates: [] } };
  });
  return { sink, features };
}
