/**
 * The second meet-targets phase, for "continuous coverage" (contract section 3: no hole larger
 * than maxHoleKm2): once the areas' shares are met, the gain of a candidate is the number of
 * pixels it covers inside holes that are still too large. Covering pixels only shrinks or
 * splits holes, so the set of oversized-hole pixels only shrinks and earlier gains stay upper
 * bounds (lazy greedy stays exact). This is a heuristic with no approximation guarantee: the
 * hole rule is not a submodular coverage function.
 */
import type { GridSpec } from '../geo/grid.ts';
import { checkArea, type AreaRule } from './area-rules.ts';
import { WeightedCoverage, type ElementGroups } from './coverage-oracles.ts';
import type { GainOracle } from './lazy-greedy.ts';

export class HoleOracle implements GainOracle {
  private base: WeightedCoverage;
  private weights: Float64Array;
  private marked: number[][];
  /** Sum of the weights: pixels in oversized holes (counted once per area they lie in). */
  total = 0;

  /**
   * `covered` (per element) and `coveredGrid` (per grid pixel) hold the current coverage and
   * are updated by commit; `groups` maps elements to the indices of `areas` they lie in.
   */
  constructor(
    sets: Uint32Array[], covered: Uint8Array, private coveredGrid: Uint8Array, private pixelOf: Uint32Array,
    private grid: GridSpec, private areas: { pixels: Uint32Array; rule: AreaRule }[], private groups: ElementGroups,
    private elementOfPixel: Int32Array,
  ) {
    this.weights = new Float64Array(covered.length);
    this.base = new WeightedCoverage(sets, covered.length, this.weights);
    this.base.covered.set(covered);
    this.marked = areas.map(() => []);
    areas.forEach((_, a) => this.refresh(a));
  }

  private refresh(a: number): void {
    for (const e of this.marked[a]) this.weights[e]--;
    this.total -= this.marked[a].length;
    const { pixels, rule } = this.areas[a];
    const holes = rule.maxHoleKm2 === null ? [] : checkArea(this.grid, this.coveredGrid, pixels, rule).oversizedHoles;
    this.marked[a] = holes.flat().map((p) => this.elementOfPixel[p]);
    for (const e of this.marked[a]) this.weights[e]++;
    this.total += this.marked[a].length;
  }

  gain(j: number): number {
    return this.base.gain(j);
  }

  commit(j: number): void {
    const set = this.base.sets[j];
    const touched = new Set<number>();
    for (const e of set) {
      if (this.base.covered[e]) continue;
      this.coveredGrid[this.pixelOf[e]] = 1;
      for (let k = this.groups.groupStart[e]; k < this.groups.groupStart[e + 1]; k++) touched.add(this.groups.groupOf[k]);
    }
    this.base.commit(j);
    for (const a of touched) this.refresh(a);
  }

  get covered(): Uint8Array {
    return this.base.covered;
  }
}
