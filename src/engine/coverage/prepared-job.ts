/**
 * The shape of a prepared coverage job (built by job.ts). Kept apart from the builder so the
 * modules that fill or read it (site-arrays.ts, interference-radius.ts, the kernels) import a
 * type, not the builder: no import cycle.
 */
import type Flatbush from 'flatbush';
import type { CoverageInput } from './types.ts';
import type { StudyArea } from './study-area.ts';
import type { TableRegistry } from './table-registry.ts';
import type { SitePathLossModel } from '../radio/index.ts';
import type { SiteTerrainRaster } from '../terrain/site-terrain.ts';

export interface PreparedJob extends StudyArea {
  input: CoverageInput;
  tileSizePx: number;
  tilesX: number;
  tilesY: number;
  siteCount: number;
  siteXM: Float64Array;
  siteYM: Float64Array;
  /** Influence radius used by the kernel, m (after the interference cut-off). */
  siteRadiusM: Float64Array;
  /** Noise-limited radius before the cut-off, m. */
  siteBaseRadiusM: Float64Array;
  /** Distance to the 6th-nearest co-channel site, m (Infinity with fewer). */
  siteNeighbourM: Float64Array;
  siteGainTable: Int32Array;
  siteGroup: Int32Array;
  /** Cells of site s are cellStart[s] .. cellStart[s + 1] - 1; an omni site has one cell with offsets -1. */
  cellStart: Int32Array;
  cellAzimuthIdx: Int32Array;
  /** Registry table index per cell (-1 = omni), and the offset of that table in hFlat / vFlat. */
  cellHTable: Int32Array;
  cellVTable: Int32Array;
  cellHOffset: Int32Array;
  cellVOffset: Int32Array;
  hFlat: Float32Array;
  vFlat: Float32Array;
  /** Registry index of a site's combined sector table (-1 = per-cell path), and its offset in patternFlat. */
  sitePattern: Int32Array;
  sitePatternOffset: Int32Array;
  /** Azimuth step of the site's first sector: the combined table is relative to it. */
  sitePatternRotation: Int32Array;
  patternFlat: Float32Array;
  gainTables: Float64Array[];
  /** gainTables as float pairs (gain, slope): what the pixel kernels interpolate. */
  gainPairs: Float32Array[];
  groupNoiseMw: Float64Array;
  groupKeys: string[];
  registry: TableRegistry;
  siteIndex: Flatbush | null;
  /** Next site index -> previous job's index (-1 = new or edited), when built from a previous job. */
  newToOld: Int32Array | null;
  warnings: string[];
  /** Per site: antenna height above ground, m, carrier frequency, GHz, resolved model (terrain needs them). */
  siteHeightM: Float64Array;
  siteFreqGhz: Float64Array;
  siteModel: SitePathLossModel[];
  /** Per site, the terrain factor raster once computed (terrain-factors.ts); empty without terrain. */
  siteTerrain: (SiteTerrainRaster | undefined)[];
}
