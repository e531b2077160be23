/**
 * A streamed run's statistics: each tile's region sums added in tile order as tiles arrive in
 * any order (a tile that comes early waits for the ones before it), so the totals are the same
 * floating-point sums, bit for bit, as those of a run that keeps every tile (assemble.ts).
 */
import type { GridSpec } from '../../geo/grid.ts';
import type { Region } from '../../model/dataset.ts';
import { statsFromSums } from '../assemble.ts';
import type { TileSums } from '../compute-tile.ts';
import type { CoverageStats } from '../types.ts';

export class OrderedSums {
  private pending = new Map<number, Float64Array>();
  private next = 0;
  private sums: Float64Array;

  constructor(private grid: GridSpec, private regions: Region[]) {
    this.sums = new Float64Array(4 * (Math.max(1, regions.length) + 1));
  }

  put(t: Pick<TileSums, 'tileId' | 'regionSums'>): void {
    this.pending.set(t.tileId, t.regionSums);
    for (let part = this.pending.get(this.next); part; part = this.pending.get(this.next)) {
      for (let i = 0; i < this.sums.length; i++) this.sums[i] += part[i];
      this.pending.delete(this.next++);
    }
  }

  /** After every tile 0 .. tileCount - 1 was added. */
  stats(tileCount: number): CoverageStats {
    if (this.next !== tileCount) throw new Error(`statistics asked for after ${this.next} of ${tileCount} tiles`);
    return statsFromSums(this.grid, this.regions, this.sums);
  }
}
