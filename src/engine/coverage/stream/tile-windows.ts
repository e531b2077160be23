/**
 * Windows of the raster (one per settlement area, or per region) filled from streamed tiles:
 * a window's buffers exist from its first tile to its last, then it is handed over and freed.
 * Tiles arrive in about id order (row-major), so only the windows crossing the current rows
 * are held: memory follows the areas in flight, not the raster.
 */
import type { GridSpec } from '../../geo/grid.ts';
import type { AreaWindow } from '../area-report.ts';
import type { CoveredTile } from '../compute-tile.ts';

export class TileWindows {
  private remaining: Int32Array;
  private open = new Map<number, AreaWindow>();
  /** Windows each tile touches. */
  private byTile = new Map<number, number[]>();

  /** `bounds[k]` = [col0, row0, width, height] of window k, or null for an empty one (handed over at once). */
  constructor(
    grid: GridSpec, private tileSizePx: number, private bounds: ([number, number, number, number] | null)[],
    private withPopulation: boolean, private onComplete: (k: number, win: AreaWindow | null) => void,
  ) {
    const tilesX = Math.ceil(grid.width / tileSizePx);
    this.remaining = new Int32Array(bounds.length);
    bounds.forEach((b, k) => {
      if (!b) return;
      for (let ty = Math.floor(b[1] / tileSizePx); ty <= Math.floor((b[1] + b[3] - 1) / tileSizePx); ty++) {
        for (let tx = Math.floor(b[0] / tileSizePx); tx <= Math.floor((b[0] + b[2] - 1) / tileSizePx); tx++) {
          const id = ty * tilesX + tx;
          (this.byTile.get(id) ?? this.byTile.set(id, []).get(id)!).push(k);
          this.remaining[k]++;
        }
      }
    });
    bounds.forEach((b, k) => { if (!b) onComplete(k, null); });
  }

  put(t: Pick<CoveredTile, 'tileId' | 'col0' | 'row0' | 'width' | 'height' | 'covered' | 'population'>): void {
    for (const k of this.byTile.get(t.tileId) ?? []) {
      const [c0, r0, w, h] = this.bounds[k]!;
      let win = this.open.get(k);
      if (!win) {
        win = { bounds: [c0, r0, w, h], covered: new Uint8Array(w * h), population: this.withPopulation ? new Float32Array(w * h) : null };
        this.open.set(k, win);
      }
      // The overlap of the tile and the window, in grid pixels.
      const a0 = Math.max(c0, t.col0), a1 = Math.min(c0 + w, t.col0 + t.width);
      const b0 = Math.max(r0, t.row0), b1 = Math.min(r0 + h, t.row0 + t.height);
      for (let row = b0; row < b1; row++) {
        const src = (row - t.row0) * t.width + a0 - t.col0, dst = (row - r0) * w + a0 - c0;
        win.covered.set(t.covered.subarray(src, src + a1 - a0), dst);
        win.population?.set(t.population.subarray(src, src + a1 - a0), dst);
      }
      if (--this.remaining[k] === 0) {
        this.open.delete(k);
        this.onComplete(k, win);
      }
    }
    this.byTile.delete(t.tileId);
  }

  /** Windows still waiting for tiles (0 once every tile was put). */
  get pending(): number {
    return this.open.size;
  }
}
