/**
 * Lazy greedy selection for monotone submodular objectives (Minoux 1978, "Accelerated greedy
 * algorithms for maximizing submodular set functions"). Each round takes the candidate with the
 * largest marginal gain (or gain per cost), ties to the lowest index. Because marginal gains
 * can only fall as the selection grows (submodularity), a gain computed in an earlier round is
 * an upper bound: a candidate whose fresh gain still tops the heap is the true maximum, so most
 * candidates are never re-evaluated. The picks equal those of the plain (eager) greedy.
 * Candidates a constraint rules out (budget, spacing) are dropped for good: such constraints
 * only tighten as the selection grows.
 */

export interface GainOracle {
  /** Marginal gain of candidate j given the current selection (>= 0). */
  gain(j: number): number;
  /** Adds candidate j to the selection. */
  commit(j: number): void;
}

export interface GreedyOptions {
  /** Candidates that may be picked, in any order. */
  candidates: Iterable<number>;
  /** Cost per candidate (> 0); null = every candidate costs 1 and the key is the plain gain. */
  costs: Float64Array | null;
  /** Stop before the spent cost would exceed this (a candidate that does not fit is skipped). */
  budget?: number;
  /** Stop after this many picks. */
  maxCount?: number;
  /** False = the candidate can no longer be picked (checked when it reaches the top). */
  isAllowed?: (j: number) => boolean;
  /** True = the goal is reached; checked before every round. */
  isDone?: () => boolean;
  /** Gains at or below this count as none (float noise in weighted objectives). */
  minGain?: number;
  onPick?: (j: number, gain: number) => void;
}

export interface GreedyResult {
  /** Picked candidates, in pick order. */
  order: number[];
  /** Marginal gain of each pick when it was picked. */
  gains: number[];
  spent: number;
  /** Gain evaluations done (the lazy saving shows against candidates x picks). */
  evaluations: number;
}

/** Max-heap of (key, index): larger key first, then lower index. */
class KeyHeap {
  private keys: number[] = [];
  private ids: number[] = [];
  private stamps: number[] = [];

  get size(): number { return this.ids.length; }

  private above(a: number, b: number): boolean {
    return this.keys[a] > this.keys[b] || (this.keys[a] === this.keys[b] && this.ids[a] < this.ids[b]);
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
    [this.stamps[a], this.stamps[b]] = [this.stamps[b], this.stamps[a]];
  }

  push(key: number, id: number, stamp: number): void {
    this.keys.push(key); this.ids.push(id); this.stamps.push(stamp);
    let i = this.ids.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  top(): { key: number; id: number; stamp: number } {
    return { key: this.keys[0], id: this.ids[0], stamp: this.stamps[0] };
  }

  pop(): void {
    const last = this.ids.length - 1;
    this.swap(0, last);
    this.keys.pop(); this.ids.pop(); this.stamps.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < this.ids.length && this.above(l, m)) m = l;
      if (r < this.ids.length && this.above(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

export function lazyGreedy(oracle: GainOracle, opts: GreedyOptions): GreedyResult {
  const cost = (j: number) => (opts.costs ? opts.costs[j] : 1);
  const budget = opts.budget ?? Infinity, maxCount = opts.maxCount ?? Infinity, minGain = opts.minGain ?? 0;
  const heap = new KeyHeap();
  const result: GreedyResult = { order: [], gains: [], spent: 0, evaluations: 0 };
  const lastGain: number[] = [];
  const evaluate = (j: number, stamp: number) => {
    const g = oracle.gain(j);
    result.evaluations++;
    lastGain[j] = g;
    if (g > minGain) heap.push(g / cost(j), j, stamp);
  };
  for (const j of opts.candidates) evaluate(j, 0);
  while (heap.size > 0 && result.order.length < maxCount && !(opts.isDone?.() ?? false)) {
    const { id: j, stamp } = heap.top();
    heap.pop();
    if (result.spent + cost(j) > budget || (opts.isAllowed && !opts.isAllowed(j))) continue;
    if (stamp === result.order.length) {
      // Fresh in this round and still on top: no other candidate can beat it.
      const g = lastGain[j];
      oracle.commit(j);
      result.order.push(j);
      result.gains.push(g);
      result.spent += cost(j);
      opts.onPick?.(j, g);
      continue;
    }
    evaluate(j, result.order.length);
  }
  return result;
}
