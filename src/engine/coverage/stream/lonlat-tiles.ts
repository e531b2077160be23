/**
 * The streamed GeoTIFF's pixels: streamed coverage tiles (local projection) resampled onto the
 * longitude/latitude frame exactly as resampleToLonLat does, handed out as output tiles in
 * row-major order. Only the grid rows the current band of output tiles reads are kept (plus
 * tiles that came early), so memory follows a band, not the raster.
 */
import type { GridSpec } from '../../geo/grid.ts';
import { gridProjection } from '../../geo/projection.ts';
import type { TileResult } from '../compute-tile.ts';
import { lonLatFrame, sourceRowIndices, type LonLatFrame } from '../lonlat-raster.ts';
import { TIFF_TILE_PX, tilesAcross, tilesDown } from '../tiled-geotiff.ts';

export class LonLatTiles {
  readonly frame: LonLatFrame;
  private projection;
  /** Grid rows are kept in chunks of one tile row (tileSizePx rows): RSRP where inside and finite, else NaN. */
  private chunks = new Map<number, Float32Array>();
  private chunkTiles: Int32Array;
  private needLo: number[] = [];
  private needHi: number[] = [];
  /** The lowest chunk any band from b on reads. */
  private keepFrom: number[] = [];
  private band = 0;

  constructor(private grid: GridSpec, private tileSizePx: number, private nodata: number, private onTile: (values: Float32Array) => void) {
    this.frame = lonLatFrame(grid);
    this.projection = gridProjection(grid.centerLonLat);
    this.chunkTiles = new Int32Array(Math.ceil(grid.height / tileSizePx));
    const bands = tilesDown(this.frame);
    for (let b = 0; b < bands; b++) {
      const [lo, hi] = this.sourceRows(b * TIFF_TILE_PX, Math.min(this.frame.height, (b + 1) * TIFF_TILE_PX) - 1);
      this.needLo.push(Math.floor(lo / tileSizePx));
      this.needHi.push(Math.floor(hi / tileSizePx));
    }
    for (let b = bands - 1, m = Infinity; b >= 0; b--) this.keepFrom[b] = m = Math.min(m, this.needLo[b]);
    this.keepFrom.push(Infinity);
  }

  /**
   * Grid rows read by output rows r0..r1: extremes lie on the band's edges (y changes
   * monotonically with latitude), with a row of margin either side.
   */
  private sourceRows(r0: number, r1: number): [number, number] {
    const { grid, frame } = this;
    let lo = Infinity, hi = -Infinity;
    const visit = (r: number, c: number) => {
      const [, y] = this.projection([frame.west + (c + 0.5) * frame.dLon, frame.north - (r + 0.5) * frame.dLat]) as [number, number];
      const row = Math.floor((y - grid.y0M) / grid.resM);
      lo = Math.min(lo, row); hi = Math.max(hi, row);
    };
    for (let c = 0; c < frame.width; c++) { visit(r0, c); visit(r1, c); }
    for (let r = r0; r <= r1; r++) { visit(r, 0); visit(r, frame.width - 1); }
    return [Math.max(0, lo - 1), Math.min(grid.height - 1, hi + 1)];
  }

  put(t: Pick<TileResult, 'row0' | 'col0' | 'width' | 'height' | 'rsrpDbm' | 'inside'>): void {
    const k = Math.floor(t.row0 / this.tileSizePx);
    if (k >= this.keepFrom[this.band]) {
      let chunk = this.chunks.get(k);
      if (!chunk) this.chunks.set(k, (chunk = new Float32Array(this.tileSizePx * this.grid.width)));
      for (let r = 0; r < t.height; r++) {
        for (let c = 0; c < t.width; c++) {
          const px = r * t.width + c, v = t.rsrpDbm[px];
          chunk[r * this.grid.width + t.col0 + c] = t.inside[px] && Number.isFinite(v) ? v : NaN;
        }
      }
    }
    this.chunkTiles[k]++;
    this.flush();
  }

  private isChunkDone(k: number): boolean {
    return this.chunkTiles[k] === Math.ceil(this.grid.width / this.tileSizePx);
  }

  private flush(): void {
    while (this.band < this.needLo.length) {
      for (let k = this.needLo[this.band]; k <= this.needHi[this.band]; k++) if (!this.isChunkDone(k)) return;
      this.emitBand(this.band++);
      for (const k of this.chunks.keys()) if (k < this.keepFrom[this.band]) this.chunks.delete(k);
    }
  }

  private emitBand(b: number): void {
    const { frame, grid } = this, across = tilesAcross(frame), T = TIFF_TILE_PX;
    const tiles = Array.from({ length: across }, () => new Float32Array(T * T).fill(this.nodata));
    const source = new Float64Array(frame.width);
    for (let r = b * T; r < Math.min(frame.height, (b + 1) * T); r++) {
      sourceRowIndices(grid, frame, this.projection, r, source);
      for (let c = 0; c < frame.width; c++) {
        const i = source[c];
        if (i < 0) continue;
        const row = Math.floor(i / grid.width), chunk = this.chunks.get(Math.floor(row / this.tileSizePx));
        if (!chunk) throw new Error(`GeoTIFF band ${b}: grid row ${row} was not kept`);
        const v = chunk[(row % this.tileSizePx) * grid.width + (i % grid.width)];
        if (!Number.isNaN(v)) tiles[Math.floor(c / T)][(r - b * T) * T + (c % T)] = v;
      }
    }
    for (const tile of tiles) this.onTile(tile);
  }

  /** True once every output tile was handed out. */
  get done(): boolean {
    return this.band === this.needLo.length;
  }
}
