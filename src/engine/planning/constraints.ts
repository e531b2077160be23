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
  /** Candidates for which this is false lie outside the plan's region and are not offered (must-choose ones excepted). */
  isInside?: ((i: number) => boolean) | null;
  /** A budget in yuan is set: then every candidate needs a cost. */
  hasBudget?: boolean;
}

export interface CandidateSetup {
  /** Candidate indices the greedy may pick (forced ones included). */
  eligible: number[];
  forced: number[];
  /** Per candidate costYuan; null when no candidate carries one (unit costs). */
  costs: Float64Array | null;
  makeGuard: (() => PickGuard) | undefined;
  dropped: { excluded: number; operator: number; spacing: number; outside: number };
  /** Costs were given on some candidates only and no budget needs them: unit costs are used. */
  costsIgnored: boolean;
}

const YES = new Set<unknown>([true, 1, 'true', 'TRUE', 'True', '1', 'yes', '是']);
export const isFlagSet = (site: Site, key: 'mustChoose' | 'exclude'): boolean => YES.has(site.props[key]);

const sameOperator = (a: Operator, b: Operator) => countsForOperator(a, b) || countsForOperator(b, a);

const isGiven = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Costs from costYuan. A bad value is always an error; a missing one only matters when a budget
 * needs every cost (`hasBudget`): without one, costs given on some candidates only are ignored
 * (every site costs 1) and `ignored` says so.
 */
export function candidateCosts(candidates: Site[], hasBudget = false): { costs: Float64Array | null; error: string | null; ignored: boolean } {
  const raw = candidates.map((c) => c.props.costYuan);
  const given = raw.filter(isGiven).length;
  if (given === 0) return { costs: null, error: null, ignored: false };
  const costs = new Float64Array(candidates.length);
  let missing = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (!isGiven(raw[i])) { if (missing < 0) missing = i; continue; }
    const v = typeof raw[i] === 'string' ? Number(raw[i]) : raw[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      return { costs: null, error: `candidate ${i} ("${candidates[i].id}"), field "costYuan": must be a positive number, got ${JSON.stringify(raw[i])}`, ignored: false };
    }
    costs[i] = v;
  }
  if (missing < 0) return { costs, error: null, ignored: false };
  if (hasBudget) return { costs: null, error: `candidate ${missing} ("${candidates[missing].id}"), field "costYuan": is missing, and a budget in yuan needs a cost on every candidate`, ignored: false };
  return { costs: null, error: null, ignored: true };
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
  const { costs, error, ignored } = candidateCosts(candidates, opts.hasBudget);
  const dropped = { excluded: 0, operator: 0, spacing: 0, outside: 0 };
  const minSpacingM = opts.minSpacingM ?? 0;
  const C = candidates.length;
  const eligible: number[] = [], forced: number[] = [];
  candidates.forEach((c, i) => {
    if (isFlagSet(c, 'exclude')) { dropped.excluded++; return; }
    if (isFlagSet(c, 'mustChoose')) { forced.push(i); eligible.push(i); return; }
    if (opts.operator && c.operator !== opts.operator) { dropped.operator++; return; }
    if (opts.isInside && !opts.isInside(i)) { dropped.outside++; return; }
    if (minSpacingM > 0 && existing.some((e, k) => sameOperator(e.operator, c.operator) && Math.hypot(x[C + k] - x[i], y[C + k] - y[i]) < minSpacingM)) {
      dropped.spacing++;
      return;
    }
    eligible.push(i);
  });
  const makeGuard = minSpacingM > 0 ? spacingGuard(x, y, minSpacingM) : undefined;
  return { eligible, forced, costs, makeGuard, dropped, error, costsIgnored: ignored };
}
