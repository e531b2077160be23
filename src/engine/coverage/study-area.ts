/**
 * The raster's frame and masks: the grid over the study area (regions' union, or the sites'
 * bounding box grown by 5 km), which region and which settlement area each pixel belongs to,
 * and the population rule (docs/engine.md): a region's urban residents (population x urbanShare)
 * live evenly on its settlement-area pixels, the rest evenly on its other pixels.
 */
import type { GridSpec } from '../geo/grid.ts';
import { gridProjection, projectRings, ringsBounds } from '../geo/projection.ts';
import { buildRunMask, decodeRunWindow, type RunMask } from '../geo/run-mask.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';

export const BBOX_MARGIN_M = 5000;
/** Largest grid (a streamed run holds only tiles; an in-memory raster of this size would not fit anyway). */
export const MAX_GRID_PIXELS = 2_000_000_000;

/** A tile's masks, tile-local row-major: inside (region slot > 0), its inside window, region slots, areas. */
export interface TileMasks {
  inside: Uint8Array;
  /** [rowLo, rowHi, colLo, colHi] inclusive, null when no pixel is inside. */
  window: [number, number, number, number] | null;
  region: Uint16Array;
  area: Int32Array;
}

export interface StudyArea {
  grid: GridSpec;
  /**
   * 1 + region index per pixel, 0 outside every region (bbox mode: all 1, no regions), as runs:
   * memory follows the boundaries, not the pixel count (studyMasks gives a window's pixels).
   */
  regionRuns: RunMask;
  /** Settlement area index per pixel, -1 for none, as runs. */
  areaRuns: RunMask;
  /** Projected rings of each settlement area (for the model "auto" point test). */
  areaRings: Float64Array[][];
  areaBounds: [number, number, number, number][];
  /** Residents per pixel [settlement, other] for each region; NaN when its population is unknown. */
  densityPerPixel: Float64Array;
  bboxMode: boolean;
  /**
   * Per tile (key "tile size:tile id"), its masks, filled as tiles are first met (small grids
   * only: tile-state.ts); null = not kept (a streamed one-shot job meets each tile once).
   */
  tileInside: Map<string, TileMasks> | null;
}

function makeGrid(centerLonLat: [number, number], bounds: [number, number, number, number], resM: number): GridSpec {
  const x0M = Math.floor(bounds[0] / resM) * resM;
  const y0M = Math.floor(bounds[1] / resM) * resM;
  return {
    centerLonLat, resM, x0M, y0M,
    width: Math.max(1, Math.ceil((bounds[2] - x0M) / resM)),
    height: Math.max(1, Math.ceil((bounds[3] - y0M) / resM)),
  };
}

function lonLatCentre(points: Iterable<[number, number]>): [number, number] {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const [lon, lat] of points) {
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  // Round so that the same area always gets the same projection, whatever the float noise.
  return [Math.round(((minLon + maxLon) / 2) * 1e4) / 1e4, Math.round(((minLat + maxLat) / 2) * 1e4) / 1e4];
}

/** The default projection centre of a study over these regions (the grid frame every run over them shares). */
export function regionsCentre(regions: Region[]): [number, number] {
  return lonLatCentre(geometryVertices(regions));
}

function* geometryVertices(regions: Region[]): Iterable<[number, number]> {
  for (const r of regions) {
    const polys = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
    for (const poly of polys) for (const p of poly[0]) yield [p[0], p[1]];
  }
}

/** The grid alone (what a queue coordinator needs before any tile), exactly as buildStudyArea makes it. */
export function studyGrid(sites: Site[], regions: Region[] | null, resM: number, frameCentre?: [number, number]): GridSpec {
  return studyFrame(sites, regions, resM, frameCentre).grid;
}

/**
 * `frameCentre`: the grid's projection centre when it must be shared with other runs (x0 and y0
 * are multiples of resM from it, so two studies with one frame share every pixel); default the
 * study's own centre.
 */
export function buildStudyArea(sites: Site[], regions: Region[] | null, areas: TargetArea[], resM: number, frameCentre?: [number, number]): StudyArea {
  const outline = studyOutline(sites, regions, areas, resM, frameCentre);
  const { regionRings: _, ...rest } = outline;
  return { ...rest, ...studyLabels(outline, regions) };
}

/** The study area's pixel labels: rasterizing the boundaries, the costly part of a study area. */
export type StudyLabels = Pick<StudyArea, 'regionRuns' | 'areaRuns' | 'densityPerPixel'>;

/** The rest: grid and settlement-area rings (all that preparing the sites reads), and the projected region rings. */
export type StudyOutline = Omit<StudyArea, keyof StudyLabels> & { regionRings: Float64Array[][] };

export function studyOutline(sites: Site[], regions: Region[] | null, areas: TargetArea[], resM: number, frameCentre?: [number, number]): StudyOutline {
  const { grid, bboxMode, regionRings } = studyFrame(sites, regions, resM, frameCentre);
  return { grid, regionRings, ...areaOutline(areas, grid.centerLonLat), bboxMode, tileInside: new Map() };
}

/** What is wrong with a pixel size (under 10 m, or not a number), or null. */
export function resolutionProblem(resM: number): string | null {
  return resM >= 10 ? null : `resolution ${resM} m: pixels must be at least 10 m`;
}

/**
 * The settlement areas' projected rings and bounds on the frame centred at `centre` (what preparing
 * the sites reads of the outline), without projecting the regions.
 */
export function areaOutline(areas: TargetArea[], centre: [number, number]): Pick<StudyOutline, 'areaRings' | 'areaBounds'> {
  const projection = gridProjection(centre);
  const areaRings = areas.map((a) => projectRings(a.geometry, (p) => projection(p) as [number, number] | null));
  return { areaRings, areaBounds: areaRings.map((rings) => ringsBounds(rings)) };
}

export function studyLabels(outline: StudyOutline, regions: Region[] | null): StudyLabels {
  const regionRuns = buildRunMask(outline.grid, outline.regionRings, outline.bboxMode ? 1 : 0, 1);
  const areaRuns = buildRunMask(outline.grid, outline.areaRings, -1);
  return { regionRuns, areaRuns, densityPerPixel: populationDensities(regions ?? [], regionRuns, areaRuns) };
}

function studyFrame(sites: Site[], regions: Region[] | null, resM: number, frameCentre?: [number, number]) {
  const badRes = resolutionProblem(resM);
  if (badRes) throw new RangeError(badRes);
  const bboxMode = !regions || regions.length === 0;
  if (bboxMode && sites.length === 0) throw new RangeError('no sites and no regions: nothing to compute');
  const centre = frameCentre ?? (bboxMode ? lonLatCentre(sites.map((s) => s.lonLat)) : regionsCentre(regions!));
  const projection = gridProjection(centre);
  const project = (p: [number, number]) => projection(p) as [number, number] | null;
  const regionRings = bboxMode ? [] : regions!.map((r) => projectRings(r.geometry, project));
  let bounds: [number, number, number, number];
  if (bboxMode) {
    const xy = sites.map((s) => project(s.lonLat)!);
    const xs = xy.map((p) => p[0]), ys = xy.map((p) => p[1]);
    bounds = [Math.min(...xs) - BBOX_MARGIN_M, Math.min(...ys) - BBOX_MARGIN_M, Math.max(...xs) + BBOX_MARGIN_M, Math.max(...ys) + BBOX_MARGIN_M];
  } else {
    bounds = ringsBounds(regionRings.flat());
  }
  const grid = makeGrid(centre, bounds, resM);
  const n = grid.width * grid.height;
  // Pixel indices must stay exact in Int32 maths; labels are runs, so the grid itself costs little.
  if (n > MAX_GRID_PIXELS) throw new RangeError(`${grid.width} x ${grid.height} pixels at ${resM} m is too many: use coarser pixels`);
  return { grid, bboxMode, regionRings };
}

/** Region slot (1 + index, 0 = outside) and settlement area (-1 = none) of each pixel of a window. */
export function studyMasks(study: StudyArea, col0: number, row0: number, w: number, h: number, region: Uint16Array, area: Int32Array): void {
  decodeRunWindow(study.regionRuns, col0, row0, w, h, region);
  decodeRunWindow(study.areaRuns, col0, row0, w, h, area);
}

/** Every pixel's region slot and settlement area at once (full rasters: for small grids, e.g. planning). */
export function fullStudyMasks(study: StudyArea): { regionIndex: Uint16Array; areaIndex: Int32Array } {
  const { width, height } = study.grid;
  const regionIndex = new Uint16Array(width * height), areaIndex = new Int32Array(width * height);
  studyMasks(study, 0, 0, width, height, regionIndex, areaIndex);
  return { regionIndex, areaIndex };
}

/** Pixels of each region slot in and out of settlement areas, counted run by run. */
function countPixels(regionRuns: RunMask, areaRuns: RunMask, slots: number): { settlementPx: Float64Array; otherPx: Float64Array } {
  const settlementPx = new Float64Array(slots), otherPx = new Float64Array(slots);
  const { width } = regionRuns;
  for (let row = 0; row < regionRuns.height; row++) {
    let a = areaRuns.rowStart[row];
    const aEnd = areaRuns.rowStart[row + 1];
    // Region runs in column order; a bbox-mode mask has none: its background slot covers the row.
    const runs: [number, number, number][] = [];
    for (let i = regionRuns.rowStart[row]; i < regionRuns.rowStart[row + 1]; i++) runs.push([regionRuns.colStart[i], regionRuns.colEnd[i], regionRuns.value[i]]);
    if (regionRuns.background !== 0) runs.splice(0, runs.length, [0, width, regionRuns.background]);
    for (const [c0, c1, r] of runs) {
      let inArea = 0;
      while (a < aEnd && areaRuns.colEnd[a] <= c0) a++;
      for (let k = a; k < aEnd && areaRuns.colStart[k] < c1; k++) inArea += Math.min(c1, areaRuns.colEnd[k]) - Math.max(c0, areaRuns.colStart[k]);
      settlementPx[r] += inArea;
      otherPx[r] += c1 - c0 - inArea;
    }
  }
  return { settlementPx, otherPx };
}

function populationDensities(regions: Region[], regionRuns: RunMask, areaRuns: RunMask): Float64Array {
  const { settlementPx, otherPx } = countPixels(regionRuns, areaRuns, Math.max(1, regions.length) + 1);
  // Slot 0 = outside; bbox mode has one unnamed slot 1 and no regions.
  const density = new Float64Array(2 * (Math.max(1, regions.length) + 1)).fill(NaN);
  regions.forEach((reg, k) => {
    const r = k + 1;
    if (reg.population === null || settlementPx[r] + otherPx[r] === 0) return;
    const urban = reg.population * (reg.urbanShare ?? 0);
    const rural = reg.population - urban;
    // With no pixel of one kind, its residents join the other kind so the total stays exact.
    if (settlementPx[r] === 0) { density[2 * r] = 0; density[2 * r + 1] = reg.population / otherPx[r]; }
    else if (otherPx[r] === 0) { density[2 * r] = reg.population / settlementPx[r]; density[2 * r + 1] = 0; }
    else { density[2 * r] = urban / settlementPx[r]; density[2 * r + 1] = rural / otherPx[r]; }
  });
  return density;
}

/** Even-odd point-in-polygon on projected rings. */
export function isPointInRings(x: number, y: number, rings: Float64Array[]): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
      if ((yi > y) !== (yj > y) && x < xi + ((y - yi) / (yj - yi)) * (xj - xi)) inside = !inside;
    }
  }
  return inside;
}

/** Pixel budget for the default resolution: about 1.5 GiB of rasters and working state. */
export const DEFAULT_MAX_PIXELS = 25_000_000;

/**
 * The default pixel size: `preferredM` (50 m) unless the study area's bounding box would need more
 * than `maxPixels`, then the next of 100, 200, 500, 1000 m that fits (a whole province at 50 m is
 * 67 million pixels).
 */
export function defaultResolutionM(sites: Site[], regions: Region[] | null, preferredM = 50, maxPixels = DEFAULT_MAX_PIXELS): number {
  const bboxMode = !regions || regions.length === 0;
  if (bboxMode && sites.length === 0) return preferredM;
  const centre = bboxMode ? lonLatCentre(sites.map((s) => s.lonLat)) : lonLatCentre(geometryVertices(regions!));
  const project = gridProjection(centre);
  const xy = bboxMode ? sites.map((s) => project(s.lonLat)!) : [...geometryVertices(regions!)].map((p) => project(p)!);
  const margin = bboxMode ? 2 * BBOX_MARGIN_M : 0;
  const w = Math.max(...xy.map((p) => p[0])) - Math.min(...xy.map((p) => p[0])) + margin;
  const h = Math.max(...xy.map((p) => p[1])) - Math.min(...xy.map((p) => p[1])) + margin;
  for (const resM of [preferredM, 100, 200, 500, 1000]) if (resM >= preferredM && (w / resM) * (h / resM) <= maxPixels) return resM;
  return 1000;
}
