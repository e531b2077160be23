/**
 * meet-targets (issue 5): the fewest candidates (least cost, when candidates carry costYuan)
 * that make every target area pass its criterion (contract section 3).
 * 1. Areas failing with the existing network alone; each needs so many more covered pixels.
 * 2. Lazy greedy partial cover of those needs (Wolsey 1982 bound for the share part).
 * 3. For continuous coverage, lazy greedy on pixels of holes still larger than maxHoleKm2.
 * 4. Reverse-order pruning of picks whose removal keeps every area as good as it was.
 * Areas passing without any candidate are left alone: adding sites never uncovers a pixel.
 */
import { checkArea, pixelsNeeded, type AreaCheck } from './area-rules.ts';
import type { CandidateSetup } from './constraints.ts';
import { HoleOracle } from './hole-oracle.ts';
import type { PlanningContext } from './prepare.ts';
import { coveredShare, rankChosen, unionOf } from './rank.ts';
import { pruneReverse, runGreedy, solvePartialCover, type Selection } from './solvers.ts';
import type { PlanResult, ShortArea } from './types.ts';
import { elementGroups } from './universe.ts';
import type { ElementGroups } from './coverage-oracles.ts';

export type SolveProgress = (fraction: number) => void;

function shortArea(ctx: PlanningContext, a: number, c: AreaCheck, pixels: number): ShortArea {
  const area = ctx.areas[a], rule = ctx.rules[a];
  const short = Math.max(0, pixelsNeeded(pixels, rule.minShare) - c.coveredPixels);
  return {
    id: area.id, name: area.name, tier: area.tier, modelled: area.modelled, coveredShare: c.coveredShare,
    requiredShare: rule.minShare, shortPixels: short, shortKm2: short * (ctx.job.grid.resM ** 2) / 1e6,
    largestHoleKm2: c.largestHoleKm2, maxHoleKm2: rule.maxHoleKm2,
  };
}

/** The state the phases share: coverage per element and per grid pixel, the areas' pixels. */
class MeetState {
  readonly n: number;
  readonly existing: Uint8Array;
  readonly coveredGrid: Uint8Array;
  readonly areaPixels: Uint32Array[];
  readonly failing: number[];
  /** Candidate footprints cut to the failing areas' pixels the existing network leaves uncovered. */
  readonly sets: Uint32Array[];
  readonly groups: ElementGroups;
  readonly needs: Float64Array;

  constructor(readonly ctx: PlanningContext, readonly fp: Uint32Array[]) {
    const { universe: u, rules, job } = ctx, C = ctx.candidateCount;
    this.n = u.pixelOfElement.length;
    this.existing = unionOf(fp, C, C + ctx.existing.length, this.n);
    this.coveredGrid = new Uint8Array(job.grid.width * job.grid.height);
    this.sync(this.existing);
    this.areaPixels = u.areaElements.map((els) => els.map((e) => u.pixelOfElement[e]));
    const before = rules.map((_, a) => this.check(a));
    this.failing = rules.map((_, a) => a).filter((a) => !before[a].pass);
    const inFailing = new Uint8Array(this.n);
    for (const a of this.failing) for (const e of u.areaElements[a]) inFailing[e] = 1;
    this.sets = fp.slice(0, C).map((f) => f.filter((e) => inFailing[e] && !this.existing[e]));
    this.groups = elementGroups(u, this.failing);
    this.needs = Float64Array.from(this.failing, (a) => Math.max(0, pixelsNeeded(this.areaPixels[a].length, rules[a].minShare) - before[a].coveredPixels));
  }

  /** Makes coveredGrid mirror a per-element coverage. */
  sync(covered: Uint8Array): void {
    this.coveredGrid.fill(0);
    const pixelOf = this.ctx.universe.pixelOfElement;
    covered.forEach((v, e) => { if (v) this.coveredGrid[pixelOf[e]] = 1; });
  }

  check(a: number): AreaCheck {
    return checkArea(this.ctx.job.grid, this.coveredGrid, this.areaPixels[a], this.ctx.rules[a]);
  }
}

/** Phase 3: pixels of holes larger than the continuous rule allows. The guard replays the earlier picks (spacing). */
function holePhase(st: MeetState, covered: Uint8Array, earlier: number[], setup: CandidateSetup): { oracle: HoleOracle; sel: Selection } {
  const { ctx } = st, u = ctx.universe;
  const holeAreas = st.failing.filter((a) => ctx.rules[a].maxHoleKm2 !== null);
  st.sync(covered);
  const oracle = new HoleOracle(st.sets, covered, st.coveredGrid, u.pixelOfElement, ctx.job.grid,
    holeAreas.map((a) => ({ pixels: st.areaPixels[a], rule: ctx.rules[a] })), elementGroups(u, holeAreas), u.elementOfPixel);
  const picked = new Set(earlier);
  const sel = runGreedy(oracle, {
    candidates: setup.eligible.filter((j) => !picked.has(j)), costs: setup.costs,
    makeGuard: setup.makeGuard && (() => { const g = setup.makeGuard!(); for (const j of earlier) g.onPick(j); return g; }),
  }, () => oracle.total === 0);
  return { oracle, sel };
}

/** Phase 4: drop picks, last first, when every area they touch still passes (areas left short keep theirs). */
function prune(st: MeetState, order: number[], covered: Uint8Array, forced: Set<number>): number[] {
  const pixelOf = st.ctx.universe.pixelOfElement, { groups, failing } = st;
  st.sync(covered);
  const passed = new Uint8Array(st.ctx.rules.length);
  for (const a of failing) passed[a] = st.check(a).pass ? 1 : 0;
  return pruneReverse(order, st.sets, Uint8Array.from(covered), st.existing, (lost) => {
    for (const e of lost) st.coveredGrid[pixelOf[e]] = 0;
    const affected = new Set<number>();
    for (const e of lost) for (let k = groups.groupStart[e]; k < groups.groupStart[e + 1]; k++) affected.add(failing[groups.groupOf[k]]);
    const ok = [...affected].every((a) => passed[a] === 1 && st.check(a).pass);
    if (!ok) for (const e of lost) st.coveredGrid[pixelOf[e]] = 1;
    return ok;
  }, (j) => forced.has(j));
}

export function solveMeetTargets(ctx: PlanningContext, fp: Uint32Array[], setup: CandidateSetup, onProgress?: SolveProgress): Omit<PlanResult, 'candidatesOffered' | 'dropped' | 'warnings'> {
  const st = new MeetState(ctx, fp);
  const totalNeed = st.needs.reduce((x, y) => x + y, 0);
  let needDone = 0;
  const share = solvePartialCover({
    sets: st.sets, groups: st.groups, needs: st.needs, candidates: setup.eligible, forced: setup.forced, costs: setup.costs,
    makeGuard: setup.makeGuard, onPick: (_, g) => { needDone += g; onProgress?.(0.7 * (totalNeed ? needDone / totalNeed : 1)); },
  });
  const holes = holePhase(st, Uint8Array.from(st.existing, (v, e) => v | share.covered[e]), share.order, setup);
  onProgress?.(0.85);
  const order = [...share.order, ...holes.sel.order];
  const forced = new Set(setup.forced);
  const kept = prune(st, order, holes.oracle.covered, forced);
  onProgress?.(0.95);
  const ranked = rankChosen(kept, fp, st.existing, null, setup.costs, forced, ctx.job.grid);
  st.sync(ranked.covered);
  const shortAreas: ShortArea[] = [];
  ctx.rules.forEach((_, a) => {
    const c = st.check(a);
    if (!c.pass) shortAreas.push(shortArea(ctx, a, c, st.areaPixels[a].length));
  });
  onProgress?.(1);
  return {
    goal: 'meet-targets', chosen: ranked.chosen, goalMet: shortAreas.length === 0,
    costYuan: setup.costs ? kept.reduce((s, j) => s + setup.costs![j], 0) : 0,
    coveredShareBefore: coveredShare(st.existing, null), coveredShareAfter: coveredShare(ranked.covered, null),
    areasFailingBefore: st.failing.length, shortAreas, pruned: order.length - kept.length,
    candidatesEligible: setup.eligible.length, singleWon: false, pixels: st.n, resM: ctx.job.grid.resM,
    evaluations: share.evaluations + holes.sel.evaluations,
  };
}
