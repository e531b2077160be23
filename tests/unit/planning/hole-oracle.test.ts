// The continuous-coverage phase (contract section 3: no hole > maxHoleKm2) on a hand-made grid:
// 10 x 10 pixels of 50 m (0.0025 km2 each), all covered but a 5 x 5 block (25 px = 0.0625 km2
// > 0.05 km2, share 0.75). A candidate covering the block's middle column splits it into two
// 10-pixel holes (0.025 km2 each): the rule then holds and the phase stops.
import { describe, expect, it } from 'vitest';
import type { AreaRule } from '../../../src/engine/planning/area-rules.ts';
import { HoleOracle } from '../../../src/engine/planning/hole-oracle.ts';
import { runGreedy } from '../../../src/engine/planning/solvers.ts';

const grid = { centerLonLat: [115, 35] as [number, number], resM: 50, x0M: 0, y0M: 0, width: 10, height: 10 };
const rule: AreaRule = { criterion: 'continuous', minShare: 0.7, maxHoleKm2: 0.05, targets: ['t'] };
const block = [0, 1, 2, 3, 4].flatMap((r) => [0, 1, 2, 3, 4].map((c) => r * 10 + c));
const column = [0, 1, 2, 3, 4].map((r) => r * 10 + 2);
const corner = [0, 1];
const identity = Int32Array.from({ length: 100 }, (_, i) => i); // element id = pixel index

function oracle(sets: number[][]) {
  const covered = new Uint8Array(100).fill(1);
  for (const p of block) covered[p] = 0;
  const groups = { groupStart: Uint32Array.from({ length: 101 }, (_, i) => i), groupOf: new Uint32Array(100), groupCount: 1 };
  const pixels = Uint32Array.from(identity);
  return new HoleOracle(sets.map((s) => Uint32Array.from(s)), covered, Uint8Array.from(covered), pixels, grid, [{ pixels, rule }], groups, identity);
}

describe('HoleOracle', () => {
  it('weighs the 25 oversized-hole pixels; the column earns 5, the whole block 25', () => {
    const o = oracle([column, block, corner]);
    expect(o.total).toBe(25);
    expect([o.gain(0), o.gain(1), o.gain(2)]).toEqual([5, 25, 2]);
  });

  it('after the column, the two 10-pixel holes are within the rule: nothing is left to gain', () => {
    const o = oracle([column, corner]);
    o.commit(0);
    expect(o.total).toBe(0);
    expect(o.gain(1)).toBe(0);
  });

  it('greedy picks the column alone when only the column and a corner bite are offered', () => {
    const o = oracle([corner, column]);
    const sel = runGreedy(o, { candidates: [0, 1], costs: null }, () => o.total === 0);
    expect(sel.order).toEqual([1]);
  });

  it('greedy takes the whole block first when offered (largest gain)', () => {
    const o = oracle([column, block]);
    const sel = runGreedy(o, { candidates: [0, 1], costs: null }, () => o.total === 0);
    expect(sel.order).toEqual([1]);
  });
});
