/**
 * What a coverage computation takes and gives (contract sections 2, 3 and 5).
 * Rasters are row-major over a GridSpec; pixels outside the study area have inside = 0.
 */
import type { GridSpec } from '../geo/grid.ts';
import type { RadioSettings } from '../model/defaults.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import type { TerrainModel } from '../terrain/dem-grid.ts';
import type { AntennaPattern } from '../radio/msi-pattern.ts';

export interface CoverageInput {
  sites: Site[];
  /** Study area = union of these regions; null = the sites' bounding box grown by 5 km. */
  regions: Region[] | null;
  /** Settlement target areas: used by model "auto" (UMa inside urban areas) and for per-area statistics. */
  areas: TargetArea[];
  resM: number;
  /**
   * Projection centre [lon, lat] of the pixel grid; default: the centre of the study area. Runs
   * that must judge the same pixels (the targets check, the planner and the map, over the areas
   * alone or over the whole region) pass the same frame (targets/coverage-request.ts
   * gridFrameCentre): with one centre and one pixel size their grids share every pixel.
   */
  frameCenterLonLat?: [number, number];
  settings: RadioSettings;
  /** Tile edge in pixels (default 128): any value gives the same result, only speed differs. */
  tileSizePx?: number;
  /**
   * Pixel kernel for full passes: "auto" (default) = WebAssembly where available, "js" = the
   * JavaScript one. Both give bit-identical results; only speed differs.
   */
  kernel?: 'auto' | 'js';
  /**
   * Terrain (contract section 8): each path adds the delta-Bullington excess over the DEM
   * (src/engine/terrain/site-terrain.ts); null or absent = flat earth. Terrain runs on the
   * JavaScript kernel.
   */
  terrain?: TerrainModel | null;
  /** Imported vendor antenna patterns by name (sectors[].pattern names one). */
  patterns?: Record<string, AntennaPattern>;
  /**
   * Only the covered flags and the statistics built on them are read (no SINR threshold set, no
   * RSRP or SINR values shown or written): each site is then evaluated only out to where it can
   * still serve at the threshold, not out to the noise floor. The covered pixels, shares, holes
   * and populations are the same; RSRP below the threshold, SINR and the best server of
   * uncovered pixels are not meaningful. Ignored when settings.sinrThresholdDb is set.
   */
  coveredOnly?: boolean;
}

export interface CoverageRaster {
  grid: GridSpec;
  /** 1 where the pixel centre lies inside the study area. */
  inside: Uint8Array;
  /** Best-server SS-RSRP, dBm; -Infinity where no site reaches the pixel. */
  rsrpDbm: Float32Array;
  /** Index into CoverageInput.sites of the best server; -1 for none. */
  bestSite: Int32Array;
  /** Best server's SINR, dB; -Infinity where no site reaches the pixel. */
  sinrDb: Float32Array;
  /** 1 where inside and RSRP (and SINR, if a SINR threshold is set) meet the thresholds. */
  covered: Uint8Array;
  /** Residents per pixel (population rule in docs/engine.md); null when regions carry no population. */
  populationPerPixel: Float32Array | null;
}

/** What the target checks read of a raster: where it is covered, and who lives there. */
export type CoverageMask = Pick<CoverageRaster, 'grid' | 'inside' | 'covered' | 'populationPerPixel'>;

export interface RegionStats {
  code: string;
  name: string;
  areaKm2: number;
  coveredShare: number;
  populationCoveredShare: number | null;
}

export interface AreaStats extends RegionStats {
  tier: string;
  modelled: boolean;
  holes: number;
  largestHoleKm2: number;
}

export interface CoverageStats {
  pixels: number;
  resM: number;
  areaKm2: number;
  coveredKm2: number;
  coveredShare: number;
  regions: RegionStats[];
}

export interface CoverageProgress {
  /** 0..1 */
  fraction: number;
  pixelsPerS: number;
}
