/**
 * Coverage objectives over abstract elements (pixels, in the planner), each candidate a sorted
 * set of element ids. Both are monotone submodular, so lazy greedy applies:
 * - WeightedCoverage: f(S) = total weight of the elements S covers (maximum coverage;
 *   Nemhauser, Wolsey and Fisher 1978). Weights may later be lowered (never raised), which
 *   keeps earlier gains valid upper bounds.
 * - TruncatedCoverage: f(S) = sum over groups g of min(need_g, elements of g that S covers)
 *   (partial cover: each area needs so many more covered pixels; a sum of concave functions
 *   of modular ones is submodular). The goal f(S) = sum of needs is a submodular set cover
 *   (Wolsey 1982).
 */
import type { GainOracle } from './lazy-greedy.ts';

export class WeightedCoverage implements GainOracle {
  readonly covered: Uint8Array;

  /** weights = null: every element weighs 1. */
  constructor(readonly sets: Uint32Array[], elementCount: number, public weights: Float64Array | null = null) {
    this.covered = new Uint8Array(elementCount);
  }

  gain(j: number): number {
    const set = this.sets[j], covered = this.covered, w = this.weights;
    let g = 0;
    if (w) { for (let i = 0; i < set.length; i++) if (!covered[set[i]]) g += w[set[i]]; }
    else { for (let i = 0; i < set.length; i++) if (!covered[set[i]]) g++; }
    return g;
  }

  commit(j: number): void {
    const set = this.sets[j];
    for (let i = 0; i < set.length; i++) this.covered[set[i]] = 1;
  }

  /** Total weight of the covered elements. */
  value(): number {
    let v = 0;
    for (let e = 0; e < this.covered.length; e++) if (this.covered[e]) v += this.weights ? this.weights[e] : 1;
    return v;
  }
}

/** Element e belongs to groups groupOf[groupStart[e] .. groupStart[e + 1] - 1]. */
export interface ElementGroups {
  groupStart: Uint32Array;
  groupOf: Uint32Array;
  groupCount: number;
}

export class TruncatedCoverage implements GainOracle {
  readonly covered: Uint8Array;
  private tally: Float64Array;
  private touched: number[] = [];

  /** needLeft[g]: how many more elements of group g must be covered (updated by commit). */
  constructor(readonly sets: Uint32Array[], private groups: ElementGroups, readonly needLeft: Float64Array) {
    this.covered = new Uint8Array(groups.groupStart.length - 1);
    this.tally = new Float64Array(groups.groupCount);
  }

  /** Sum of the groups' remaining needs; 0 = goal reached. */
  remaining(): number {
    let r = 0;
    for (let g = 0; g < this.needLeft.length; g++) r += this.needLeft[g];
    return r;
  }

  /** Newly covered elements per group for set j, into this.tally (groups listed in this.touched). */
  private countNew(j: number): void {
    const set = this.sets[j], { groupStart, groupOf } = this.groups;
    for (const g of this.touched) this.tally[g] = 0;
    this.touched.length = 0;
    for (let i = 0; i < set.length; i++) {
      const e = set[i];
      if (this.covered[e]) continue;
      for (let k = groupStart[e]; k < groupStart[e + 1]; k++) {
        const g = groupOf[k];
        if (this.tally[g] === 0) this.touched.push(g);
        this.tally[g]++;
      }
    }
  }

  gain(j: number): number {
    this.countNew(j);
    let g = 0;
    for (const grp of this.touched) g += Math.min(this.needLeft[grp], this.tally[grp]);
    return g;
  }

  commit(j: number): void {
    this.countNew(j);
    for (const grp of this.touched) this.needLeft[grp] = Math.max(0, this.needLeft[grp] - this.tally[grp]);
    const set = this.sets[j];
    for (let i = 0; i < set.length; i++) this.covered[set[i]] = 1;
  }
}
