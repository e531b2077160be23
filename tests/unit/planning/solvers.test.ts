// The planner's combinatorial core on abstract sets, against exhaustive search (docs/planning.md):
// greedy max coverage >= (1 - 1/e) OPT (Nemhauser-Wolsey-Fisher 1978), budgeted modified greedy
// >= (1 - 1/e)/2 OPT (Khuller-Moss-Naor 1999), greedy set cover <= H(max set size) OPT
// (Chvatal 1979), lazy evaluation (Minoux 1978) picks exactly what the eager greedy picks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TruncatedCoverage, WeightedCoverage } from '../../../src/engine/planning/coverage-oracles.ts';
import { pruneReverse, solveMaxCoverage, solvePartialCover } from '../../../src/engine/planning/solvers.ts';

const sets = (...xs: number[][]) => xs.map((x) => Uint32Array.from([...x].sort((a, b) => a - b)));
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const one = (n: number) => ({ groupStart: Uint32Array.from(all(n + 1)), groupOf: new Uint32Array(n), groupCount: 1 });

function unionWeight(s: Uint32Array[], pick: number[], w?: number[]): number {
  const u = new Set<number>();
  for (const j of pick) for (const e of s[j]) u.add(e);
  let v = 0;
  for (const e of u) v += w ? w[e] : 1;
  return v;
}

function* subsets(n: number): Generator<number[]> {
  for (let m = 0; m < 1 << n; m++) yield all(n).filter((i) => (m >> i) & 1);
}

function optimumMax(s: Uint32Array[], k: number, costs?: number[], budget?: number): number {
  let best = 0;
  for (const pick of subsets(s.length)) {
    if (pick.length > k || (costs && pick.reduce((a, j) => a + costs[j], 0) > budget!)) continue;
    best = Math.max(best, unionWeight(s, pick));
  }
  return best;
}

function optimumCover(s: Uint32Array[], n: number): number {
  let best = Infinity;
  for (const pick of subsets(s.length)) if (unionWeight(s, pick) === n) best = Math.min(best, pick.length);
  return best;
}

/** The eager greedy (every gain recomputed each round), ties to the lowest index. */
function eagerGreedy(s: Uint32Array[], n: number, k: number): number[] {
  const o = new WeightedCoverage(s, n);
  const out: number[] = [];
  while (out.length < k) {
    let best = -1, bestGain = 0;
    s.forEach((_, j) => { const g = o.gain(j); if (g > bestGain) { best = j; bestGain = g; } });
    if (best < 0) break;
    o.commit(best);
    out.push(best);
  }
  return out;
}

const H = (m: number) => all(m).reduce((a, i) => a + 1 / (i + 1), 0);
const instance = fc.record({ n: fc.integer({ min: 1, max: 12 }), raw: fc.array(fc.array(fc.nat(11), { maxLength: 6 }), { minLength: 1, maxLength: 9 }) })
  .map(({ n, raw }) => ({ n, s: raw.map((x) => Uint32Array.from(new Set(x.map((e) => e % n))).sort()) }));

describe('max coverage (k sites)', () => {
  it('equals the optimum on an easy case: {0..3}, {4,5} of three sets, k = 2 -> 6', () => {
    const s = sets([0, 1, 2, 3], [4, 5], [6]);
    const r = solveMaxCoverage({ sets: s, elementCount: 7, weights: null, covered: null, candidates: all(3), costs: null, maxCount: 2 });
    expect(r.order).toEqual([0, 1]);
    expect(r.value).toBe(6);
    expect(optimumMax(s, 2)).toBe(6);
  });

  it('the textbook trap: greedy takes {1,2,4,5} first and gets 5 of the optimal 6 (5/6 >= 1 - 1/e)', () => {
    const s = sets([1, 2, 3], [4, 5, 6], [1, 2, 4, 5]);
    const r = solveMaxCoverage({ sets: s, elementCount: 7, weights: null, covered: null, candidates: all(3), costs: null, maxCount: 2 });
    expect(r.order).toEqual([2, 0]);
    expect(r.value).toBe(5);
    expect(optimumMax(s, 2)).toBe(6);
  });

  it('elements already covered by existing sites earn nothing', () => {
    const s = sets([0, 1, 2], [3, 4]);
    const covered = Uint8Array.from([1, 1, 1, 0, 0]);
    const r = solveMaxCoverage({ sets: s, elementCount: 5, weights: null, covered, candidates: all(2), costs: null, maxCount: 1 });
    expect(r.order).toEqual([1]);
  });

  it('random instances: lazy = eager picks, and value >= (1 - 1/e) x exhaustive optimum', () => {
    fc.assert(fc.property(instance, fc.integer({ min: 1, max: 4 }), ({ n, s }, k) => {
      const r = solveMaxCoverage({ sets: s, elementCount: n, weights: null, covered: null, candidates: all(s.length), costs: null, maxCount: k });
      expect(r.order).toEqual(eagerGreedy(s, n, k));
      expect(r.value).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimumMax(s, k) - 1e-9);
    }), { seed: 5, numRuns: 300 });
  });
});

describe('budgeted max coverage (Khuller-Moss-Naor)', () => {
  it('the best single set wins when the greedy spends the budget on a cheap crumb', () => {
    // Ratios: {0} 1/1 = 1 beats {0..8} 9/10 = 0.9; after it, the big set no longer fits in 10.
    const s = sets([0], [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const r = solveMaxCoverage({ sets: s, elementCount: 9, weights: null, covered: null, candidates: all(2), costs: Float64Array.from([1, 10]), budget: 10 });
    expect(r.singleWon).toBe(true);
    expect(r.order).toEqual([1]);
    expect(r.value).toBe(9);
    expect(r.spent).toBe(10);
  });

  it('random instances: value >= (1 - 1/e)/2 x optimum and the budget is kept', () => {
    const costs = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 });
    fc.assert(fc.property(instance, costs, fc.integer({ min: 1, max: 12 }), ({ n, s }, c, budget) => {
      const r = solveMaxCoverage({ sets: s, elementCount: n, weights: null, covered: null, candidates: all(s.length), costs: Float64Array.from(c), budget });
      expect(r.spent).toBeLessThanOrEqual(budget);
      expect(r.value).toBe(unionWeight(s, r.order));
      expect(r.value).toBeGreaterThanOrEqual(((1 - 1 / Math.E) / 2) * optimumMax(s, 99, c, budget) - 1e-9);
    }), { seed: 7, numRuns: 300 });
  });
});

describe('set cover (meet-targets core)', () => {
  it('greedy falls into the decoy (3 sets), pruning brings it back to the optimum 2', () => {
    // U = {1..6}: optimum {1,2,3} + {4,5,6}; greedy first takes the 4-element decoy {1,2,4,5}.
    const s = sets([1, 2, 3], [4, 5, 6], [1, 2, 4, 5]);
    const groups = { groupStart: Uint32Array.from([0, 0, 1, 2, 3, 4, 5, 6]), groupOf: new Uint32Array(6), groupCount: 1 };
    const r = solvePartialCover({ sets: s, groups, needs: Float64Array.from([6]), candidates: all(3), costs: null });
    expect(r.order).toEqual([2, 0, 1]);
    expect(r.needLeft[0]).toBe(0);
    const kept = pruneReverse(r.order, s, r.covered, null, () => false);
    expect(kept).toEqual([0, 1]);
    expect(optimumCover(s, 6)).toBe(2);
  });

  it('random instances: covers everything coverable with <= H(max set size) x optimum sets', () => {
    fc.assert(fc.property(instance, ({ n, s }) => {
      const coverable = unionWeight(s, all(s.length));
      const r = solvePartialCover({ sets: s, groups: one(n), needs: Float64Array.from([coverable]), candidates: all(s.length), costs: null });
      expect(unionWeight(s, r.order)).toBe(coverable);
      const opt = optimumCover(s, coverable);
      const maxSize = Math.max(...s.map((x) => x.length));
      expect(r.order.length).toBeLessThanOrEqual(H(maxSize) * opt + 1e-9);
      const kept = pruneReverse(r.order, s, r.covered, null, () => false);
      expect(unionWeight(s, kept)).toBe(coverable);
      expect(kept.length).toBeGreaterThanOrEqual(opt);
    }), { seed: 11, numRuns: 300 });
  });

  it('per-area needs are truncated: a set over-serving one area earns only what that area still needs', () => {
    // Area 0 = elements 0..3 needs 2, area 1 = elements 4,5 needs 2.
    const groups = { groupStart: Uint32Array.from([0, 1, 2, 3, 4, 5, 6]), groupOf: Uint32Array.from([0, 0, 0, 0, 1, 1]), groupCount: 2 };
    const s = sets([0, 1, 2, 3], [4, 5], [0, 4]);
    const o = new TruncatedCoverage(s, groups, Float64Array.from([2, 2]));
    expect([o.gain(0), o.gain(1), o.gain(2)]).toEqual([2, 2, 2]);
    const r = solvePartialCover({ sets: s, groups, needs: Float64Array.from([2, 2]), candidates: all(3), costs: null });
    expect(r.order).toEqual([0, 1]);
    expect(Array.from(r.needLeft)).toEqual([0, 0]);
  });

  it('reports the need left when the candidates cannot meet it', () => {
    const groups = { groupStart: Uint32Array.from([0, 1, 2, 3]), groupOf: new Uint32Array(3), groupCount: 1 };
    const r = solvePartialCover({ sets: sets([0]), groups, needs: Float64Array.from([3]), candidates: [0], costs: null });
    expect(r.order).toEqual([0]);
    expect(r.needLeft[0]).toBe(2);
  });
});

describe('constraints', () => {
  it('forced picks come first and count toward max-sites; excluded ones never appear; the guard is honoured', () => {
    const s = sets([0, 1, 2, 3], [4, 5, 6], [7], [0, 1, 2, 3, 4]);
    const r = solveMaxCoverage({
      sets: s, elementCount: 8, weights: null, covered: null, candidates: [0, 1, 2], forced: [2], costs: null, maxCount: 2,
      makeGuard: () => ({ isAllowed: (j) => j !== 0, onPick: () => undefined }),
    });
    expect(r.order).toEqual([2, 1]);
  });

  it('pruning keeps forced picks even when redundant', () => {
    const s = sets([0, 1], [0, 1]);
    const covered = Uint8Array.from([1, 1]);
    expect(pruneReverse([0, 1], s, covered, null, () => false, (j) => j === 1)).toEqual([1]);
  });
});
