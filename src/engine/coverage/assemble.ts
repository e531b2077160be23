/**
 * Tiles -> one raster and its statistics. Keeps each tile's partial sums so that an
 * incremental update replaces a tile's contribution instead of recounting the raster.
 */
import type { GridSpec } from '../geo/grid.ts';
import { pixelAreaKm2 } from '../geo/grid.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { PixelLayers, TileResult, TileSums } from './compute-tile.ts';
import type { AreaStats, CoverageRaster, CoverageStats, RegionStats } from './types.ts';

/**
 * Where a raster's buffers come from: SharedArrayBuffers that workers write into (`shared`),
 * and/or the buffers of an earlier raster of the same grid that the caller no longer needs
 * (`reuse`), which spares tens of megabytes of fresh pages (page faults cost more than the
 * computation's own writes).
 */
export interface RasterBuffers {
  shared?: boolean;
  reuse?: CoverageRaster | null;
}

export class RasterAssembler {
  readonly raster: CoverageRaster;
  private regionSums = new Map<number, Float64Array>();
  private areaSums = new Map<number, Float64Array>();
  private population: Float32Array;

  /**
   * Without `buffers`, fresh ordinary buffers prefilled for "no server". Otherwise the raster is
   * not prefilled: every tile of the run must be written (finishTileInto or putTile).
   */
  constructor(readonly grid: GridSpec, private regions: Region[], private areas: TargetArea[], buffers?: RasterBuffers) {
    const n = grid.width * grid.height;
    const old = buffers?.reuse && buffers.reuse.grid.width === grid.width && buffers.reuse.grid.height === grid.height ? buffers.reuse : null;
    const make = (bytes: number, was: ArrayBufferView | null | undefined): ArrayBufferLike => {
      const wasShared = !!was && typeof SharedArrayBuffer === 'function' && was.buffer instanceof SharedArrayBuffer;
      if (was && was.byteOffset === 0 && was.buffer.byteLength === bytes && wasShared === !!buffers?.shared) return was.buffer;
      return buffers?.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    };
    this.population = new Float32Array(make(4 * n, old?.populationPerPixel));
    const hasPopulation = regions.some((r) => r.population !== null);
    this.raster = {
      grid, inside: new Uint8Array(make(n, old?.inside)), rsrpDbm: new Float32Array(make(4 * n, old?.rsrpDbm)),
      bestSite: new Int32Array(make(4 * n, old?.bestSite)), sinrDb: new Float32Array(make(4 * n, old?.sinrDb)),
      covered: new Uint8Array(make(n, old?.covered)), populationPerPixel: hasPopulation ? this.population : null,
    };
    if (!buffers) {
      this.raster.rsrpDbm.fill(-Infinity);
      this.raster.sinrDb.fill(-Infinity);
      this.raster.bestSite.fill(-1);
    }
  }

  /** The raster's pixel layers, for finishTileInto (e.g. in a worker, over shared buffers). */
  layers(): PixelLayers {
    const { rsrpDbm, bestSite, sinrDb, covered, inside } = this.raster;
    return { width: this.grid.width, rsrpDbm, bestSite, sinrDb, covered, inside, population: this.population };
  }

  putTile(t: TileResult): void {
    const W = this.grid.width;
    for (let r = 0; r < t.height; r++) {
      const src = r * t.width, dst = (t.row0 + r) * W + t.col0;
      this.raster.rsrpDbm.set(t.rsrpDbm.subarray(src, src + t.width), dst);
      this.raster.bestSite.set(t.bestSite.subarray(src, src + t.width), dst);
      this.raster.sinrDb.set(t.sinrDb.subarray(src, src + t.width), dst);
      this.raster.covered.set(t.covered.subarray(src, src + t.width), dst);
      this.raster.inside.set(t.inside.subarray(src, src + t.width), dst);
      this.population.set(t.population.subarray(src, src + t.width), dst);
    }
    this.putSums(t);
  }

  /** A tile whose pixels are already in the raster (written through layers()). */
  putSums(t: TileSums): void {
    this.regionSums.set(t.tileId, t.regionSums);
    this.areaSums.set(t.tileId, t.areaSums);
  }

  /** After sites were added or removed, renumber best-site indices kept from earlier tiles. */
  remapSites(oldToNew: Int32Array): void {
    const b = this.raster.bestSite;
    for (let i = 0; i < b.length; i++) if (b[i] >= 0) b[i] = oldToNew[b[i]];
  }

  private total(map: Map<number, Float64Array>, length: number): Float64Array {
    const sum = new Float64Array(length);
    // Sum in tile order so the totals do not depend on the order tiles arrived in.
    for (const id of [...map.keys()].sort((a, b) => a - b)) {
      const part = map.get(id)!;
      for (let i = 0; i < length; i++) sum[i] += part[i];
    }
    return sum;
  }

  stats(): CoverageStats {
    return statsFromSums(this.grid, this.regions, this.total(this.regionSums, 4 * (Math.max(1, this.regions.length) + 1)));
  }

  /** Per settlement area share statistics (holes are added by the holes module). */
  areaStats(): Omit<AreaStats, 'holes' | 'largestHoleKm2'>[] {
    const px = pixelAreaKm2(this.grid);
    const sums = this.total(this.areaSums, 4 * this.areas.length);
    return this.areas.map((a, k) => ({ ...statsRow(a.id, a.name, sums, k, px, true), tier: a.tier, modelled: a.modelled }));
  }
}

/** The run's statistics from its region sums (per slot: pixels, covered, population, population covered), summed in tile order. */
export function statsFromSums(grid: GridSpec, regions: Region[], sums: Float64Array): CoverageStats {
  const px = pixelAreaKm2(grid);
  let pixels = 0, covered = 0;
  for (let r = 1; r <= Math.max(1, regions.length); r++) { pixels += sums[4 * r]; covered += sums[4 * r + 1]; }
  const rows: RegionStats[] = regions.map((reg, k) => statsRow(reg.code, reg.name, sums, k + 1, px, reg.population !== null));
  return { pixels, resM: grid.resM, areaKm2: pixels * px, coveredKm2: covered * px, coveredShare: pixels ? covered / pixels : 0, regions: rows };
}

function statsRow(code: string, name: string, sums: Float64Array, slot: number, pxKm2: number, hasPopulation: boolean): RegionStats {
  const pixels = sums[4 * slot], covered = sums[4 * slot + 1], pop = sums[4 * slot + 2], popCovered = sums[4 * slot + 3];
  return {
    code, name, areaKm2: pixels * pxKm2, coveredShare: pixels ? covered / pixels : 0,
    populationCoveredShare: hasPopulation && pop > 0 ? popCovered / pop : null,
  };
}
