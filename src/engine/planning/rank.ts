/**
 * The chosen sites as the user sees them: in pick order (rank 1 = the largest marginal gain,
 * or gain per yuan), each with the pixels, km2 and residents it newly covers given the
 * existing network and every higher-ranked pick, so the gains add up to the total and any
 * top-k prefix is a sensible partial plan to accept.
 */
import { pixelAreaKm2, type GridSpec } from '../geo/grid.ts';
import type { ChosenSite } from './types.ts';

export function rankChosen(
  order: number[], footprints: Uint32Array[], baseCovered: Uint8Array, weights: Float64Array | null,
  costs: Float64Array | null, forced: Set<number>, grid: GridSpec,
): { chosen: ChosenSite[]; covered: Uint8Array } {
  const covered = Uint8Array.from(baseCovered);
  const cellKm2 = pixelAreaKm2(grid);
  const chosen = order.map((j, k) => {
    let pixels = 0, population = 0;
    for (const e of footprints[j]) {
      if (covered[e]) continue;
      covered[e] = 1;
      pixels++;
      if (weights) population += weights[e];
    }
    return {
      candidate: j, rank: k + 1, gainPixels: pixels, gainKm2: pixels * cellKm2,
      gainPopulation: weights ? Math.round(population) : null, costYuan: costs ? costs[j] : null, forced: forced.has(j),
    };
  });
  return { chosen, covered };
}

/** Covered share of a universe, weighted when weights are given. */
export function coveredShare(covered: Uint8Array, weights: Float64Array | null): number {
  let num = 0, den = 0;
  for (let e = 0; e < covered.length; e++) {
    const w = weights ? weights[e] : 1;
    den += w;
    if (covered[e]) num += w;
  }
  return den > 0 ? num / den : 0;
}

/** Union of the footprints of job sites from .. to - 1. */
export function unionOf(footprints: Uint32Array[], from: number, to: number, elementCount: number): Uint8Array {
  const covered = new Uint8Array(elementCount);
  for (let s = from; s < to; s++) for (const e of footprints[s]) covered[e] = 1;
  return covered;
}
