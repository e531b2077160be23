/**
 * Candidate constraints (issue 5): must-choose and must-not flags (properties `mustChoose` and
 * `exclude`, kept like any unknown property), an operator filter, a cost per candidate
 * (`costYuan`; none on any candidate = every site costs 1), and a minimum spacing in metres
 * between chosen sites and from existing sites of the same operator (a co-built CU+CT station
 * counts as CU and as CT). Spacing is checked on the planner's projected coordinates.
 */
import type { Operator, Site } from '../model/types.ts';
import { countsForOperator } from '../targets/counting.ts';
import type { PickGuard } from './solvers.ts';

export interface CandidateOptions {
  /** Only candidates of this operator are offered (must-choose ones included). */
  operator?: Operator | null;
  /** Minimum distance between chosen sites, and from existing same-operator sites; 0 = none. */
  minSpacingM?: number;
}

export interface CandidateSetup {
  /** Candidate indices the greedy may pick (forced ones included). */
  eligible: number[];
  forced: number[];
  /** Per candidate costYuan; null when no candidate carries one (unit costs). */
  costs: Float64Array | null;
  makeGuard: (() => PickGuard) | undefined;
  dropped: { excluded: number; operator: number; spacing: number };
}

const YES = new Set<unknown>([true, 1, 'true', 'TRUE', 'True', '1', 'yes', '是']);
export const isFlagSet = (site: Site, key: 'mustChoose' | 'exclude'): boolean => YES.has(site.props[key]);

const sameOperator = (a: Operator, b: Operator) => countsForOperator(a, b) || countsForOperator(b, a);

/** Costs from costYuan; an error message when only some candidates carry one or a value is bad. */
export function candidateCosts(candidates: Site[]): { costs: Float64Array | null; error: string | null } {
  const raw = candidates.map((c) => c.props.costYuan);
  const given = raw.filter((v) => v !== undefined && v !== null && v !== '').length;
  if (given === 0) return { costs: null, error: null };
  const costs = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const v = typeof raw[i] === 'string' ? Number(raw[i]) : raw[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      const why = raw[i] === undefined ? 'is missing while other candidates carry one' : `must be a positive number, got ${JSON.stringify(raw[i])}`;
      return { costs: null, error: `candidate ${i} ("${candidates[i].id}"), field "costYuan": ${why}` };
    }
    costs[i] = v;
  }
  return { costs, error: null };
}

/** Buckets of size minSpacingM: a pick conflicts with anything within minSpacingM in the 3 x 3 block. */
function spacingGuard(x: Float64Array, y: Float64Array, minSpacingM: number): () => PickGuard {
  return () => {
    const buckets = new Map<string, number[]>();
    const key = (i: number, dx: number, dy: number) => `${Math.floor(x[i] / minSpacingM) + dx},${Math.floor(y[i] / minSpacingM) + dy}`;
    return {
      isAllowed(j: number): boolean {
        for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
          for (const k of buckets.get(key(j, dx, dy)) ?? []) if (Math.hypot(x[k] - x[j], y[k] - y[j]) < minSpacingM) return false;
        }
        return true;
      },
      onPick(j: number): void {
        const k = key(j, 0, 0);
        const list = buckets.get(k);
        if (list) list.push(j);
        else buckets.set(k, [j]);
      },
    };
  };
}

/**
 * `x`, `y`: projected positions, m, of the candidates (0..C-1) then the existing sites.
 * Forced (mustChoose) candidates bypass the operator filter and spacing; excluded ones never run.
 */
export function setupCandidates(candidates: Site[], existing: Site[], x: Float64Array, y: Float64Array, opts: CandidateOptions): CandidateSetup & { error: string | null } {
  const { costs, error } = candidateCosts(candidates);
  const dropped = { excluded: 0, operator: 0, spacing: 0 };
  const minSpacingM = opts.minSpacingM ?? 0;
  const C = candidates.length;
  const eligible: number[] = [], forced: number[] = [];
  candidates.forEach((c, i) => {
    if (isFlagSet(c, 'exclude')) { dropped.excluded++; return; }
    if (isFlagSet(c, 'mustChoose')) { forced.push(i); eligible.push(i); return; }
    if (opts.operator && c.operator !== opts.operator) { dropped.operator++; return; }
    if (minSpacingM > 0 && existing.some((e, k) => sameOperator(e.operator, c.operator) && Math.hypot(x[C + k] - x[i], y[C + k] - y[i]) < minSpacingM)) {
      dropped.spacing++;
      return;
    }
    eligible.push(i);
  });
  const makeGuard = minSpacingM > 0 ? spacingGuard(x, y, minSpacingM) : undefined;
  return { eligible, forced, costs, makeGuard, dropped, error };
}
