/**
 * The planner's combinatorial core on abstract sets (no radio): candidates are sorted arrays
 * of element ids (pixels, in the planner).
 * - solveMaxCoverage: budgeted maximum coverage by the modified greedy of Khuller, Moss and
 *   Naor 1999: lazy greedy on gain per cost, skipping candidates that no longer fit, then the
 *   best single candidate that fits if it alone does better. Guarantee (no other constraint):
 *   value >= (1 - 1/e)/2 x optimum for a budget in yuan; with unit costs and a number of sites,
 *   the greedy alone is >= (1 - 1/e) x optimum (Nemhauser, Wolsey and Fisher 1978).
 * - solvePartialCover: lazy greedy on a truncated coverage (each group needs so many elements)
 *   until every need is met; for unit costs the count is <= H(max gain) x optimum, H the
 *   harmonic number (Wolsey 1982; Chvatal 1979 for plain set cover).
 * - runGreedy: forced picks, then lazy greedy under the constraints, for any GainOracle.
 * - pruneReverse: drops picks, last first, whose removal keeps the goal met.
 */
import { TruncatedCoverage, WeightedCoverage, type ElementGroups } from './coverage-oracles.ts';
import { lazyGreedy, type GainOracle, type GreedyResult } from './lazy-greedy.ts';

export interface SelectionConstraints {
  /** Candidates that may be picked. */
  candidates: number[];
  /** Picked first, unconditionally (must-choose); they count toward budget and count. */
  forced?: number[];
  costs: Float64Array | null;
  budget?: number;
  maxCount?: number;
  /** A fresh pick guard (e.g. minimum spacing) for each greedy run. */
  makeGuard?: () => PickGuard;
  /** Told of every greedy pick (not the forced ones): progress reporting. */
  onPick?: (j: number, gain: number) => void;
}

/** A constraint that only tightens as picks are made (so a ruled-out candidate stays out). */
export interface PickGuard {
  isAllowed(j: number): boolean;
  /** Told of every pick, forced ones included. */
  onPick(j: number): void;
}

export interface Selection {
  /** Picks in order, forced ones first. */
  order: number[];
  /** Marginal gain of each pick when picked. */
  gains: number[];
  spent: number;
  evaluations: number;
}

function commitForced(oracle: GainOracle, c: SelectionConstraints, guard: PickGuard | undefined): Selection {
  const sel: Selection = { order: [], gains: [], spent: 0, evaluations: 0 };
  for (const j of c.forced ?? []) {
    sel.gains.push(oracle.gain(j));
    oracle.commit(j);
    sel.order.push(j);
    sel.spent += c.costs ? c.costs[j] : 1;
    guard?.onPick(j);
  }
  return sel;
}

export function runGreedy(oracle: GainOracle, c: SelectionConstraints, isDone?: () => boolean): Selection {
  const guard = c.makeGuard?.();
  const sel = commitForced(oracle, c, guard);
  const forced = new Set(c.forced ?? []);
  const r: GreedyResult = lazyGreedy(oracle, {
    candidates: c.candidates.filter((j) => !forced.has(j)), costs: c.costs,
    budget: c.budget === undefined ? undefined : c.budget - sel.spent,
    maxCount: c.maxCount === undefined ? undefined : c.maxCount - sel.order.length,
    isAllowed: guard ? (j) => guard.isAllowed(j) : undefined, isDone,
    onPick: (j, g) => { guard?.onPick(j); c.onPick?.(j, g); },
  });
  return { order: [...sel.order, ...r.order], gains: [...sel.gains, ...r.gains], spent: sel.spent + r.spent, evaluations: r.evaluations };
}

export interface MaxCoverageInput extends SelectionConstraints {
  sets: Uint32Array[];
  elementCount: number;
  /** Element weights (population); null = 1 each. */
  weights: Float64Array | null;
  /** Elements already covered (existing sites); null = none. */
  covered: Uint8Array | null;
}

export interface MaxCoverageResult extends Selection {
  value: number;
  /** True when the best single candidate beat the greedy (Khuller-Moss-Naor's second arm). */
  singleWon: boolean;
}

function newOracle(p: MaxCoverageInput): WeightedCoverage {
  const oracle = new WeightedCoverage(p.sets, p.elementCount, p.weights);
  if (p.covered) oracle.covered.set(p.covered);
  return oracle;
}

export function solveMaxCoverage(p: MaxCoverageInput): MaxCoverageResult {
  const greedy = runGreedy(newOracle(p), p);
  const greedyValue = greedy.gains.reduce((a, b) => a + b, 0);
  if (p.budget === undefined || !p.costs) return { ...greedy, value: greedyValue, singleWon: false };
  // Khuller-Moss-Naor: the best single candidate that fits (after the forced picks).
  const single = newOracle(p);
  const guard = p.makeGuard?.();
  const start = commitForced(single, p, guard);
  const forced = new Set(p.forced ?? []);
  let best = -1, bestGain = 0;
  for (const j of p.candidates) {
    if (forced.has(j) || start.spent + p.costs[j] > p.budget || (guard && !guard.isAllowed(j))) continue;
    const g = single.gain(j);
    if (g > bestGain) { best = j; bestGain = g; }
  }
  const singleValue = start.gains.reduce((a, b) => a + b, 0) + bestGain;
  if (best < 0 || singleValue <= greedyValue || (p.maxCount !== undefined && start.order.length >= p.maxCount)) {
    return { ...greedy, value: greedyValue, singleWon: false };
  }
  return {
    order: [...start.order, best], gains: [...start.gains, bestGain], spent: start.spent + p.costs[best],
    evaluations: greedy.evaluations + p.candidates.length, value: singleValue, singleWon: true,
  };
}

export interface PartialCoverInput extends SelectionConstraints {
  sets: Uint32Array[];
  groups: ElementGroups;
  /** Elements each group still needs covered. */
  needs: Float64Array;
}

export interface PartialCoverResult extends Selection {
  /** Need left per group after the greedy (all 0 when the goal is met). */
  needLeft: Float64Array;
  covered: Uint8Array;
}

export function solvePartialCover(p: PartialCoverInput): PartialCoverResult {
  const oracle = new TruncatedCoverage(p.sets, p.groups, Float64Array.from(p.needs));
  const sel = runGreedy(oracle, p, () => oracle.remaining() === 0);
  return { ...sel, needLeft: oracle.needLeft, covered: oracle.covered };
}

/**
 * Reverse-order pruning: for each pick, last first (forced ones kept), tentatively uncover the
 * elements only it covers; keep the removal when isFeasible says the goal still holds.
 * `covered` (1 = covered by something) is updated in place; returns the kept picks in order.
 */
export function pruneReverse(
  order: number[], sets: Uint32Array[], covered: Uint8Array, baseCovered: Uint8Array | null,
  isFeasible: (lost: number[], covered: Uint8Array) => boolean, keep: (j: number) => boolean = () => false,
): number[] {
  const count = new Uint32Array(covered.length);
  if (baseCovered) for (let e = 0; e < count.length; e++) count[e] = baseCovered[e];
  for (const j of order) for (const e of sets[j]) count[e]++;
  const kept = new Set(order);
  for (let k = order.length - 1; k >= 0; k--) {
    const j = order[k];
    if (keep(j)) continue;
    const lost: number[] = [];
    for (const e of sets[j]) if (count[e] === 1) lost.push(e);
    for (const e of lost) covered[e] = 0;
    if (lost.length === 0 || isFeasible(lost, covered)) {
      for (const e of sets[j]) count[e]--;
      kept.delete(j);
    } else {
      for (const e of lost) covered[e] = 1;
    }
  }
  return order.filter((j) => kept.has(j));
}
