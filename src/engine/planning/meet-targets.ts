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
import { pruneReverse, runGreedy, solvePartialCover } from './solvers.ts';
import type { PlanResult, ShortArea } from './types.ts';
import { elementGroups } from './universe.ts';

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

export function solveMeetTargets(ctx: PlanningContext, fp: Uint32Array[], setup: CandidateSetup, onProgress?: SolveProgress): Omit<PlanResult, 'candidatesOffered' | 'dropped' | 'warnings'> {
  const { job, universe: u, rules } = ctx;
  const C = ctx.candidateCount, n = u.pixelOfElement.length, grid = job.grid;
  const existing = unionOf(fp, C, C + ctx.existing.length, n);
  const coveredGrid = new Uint8Array(grid.width * grid.height);
  const sync = (covered: Uint8Array) => { coveredGrid.fill(0); covered.forEach((v, e) => { if (v) coveredGrid[u.pixelOfElement[e]] = 1; }); };
  sync(existing);
  const areaPixels = u.areaElements.map((els) => els.map((e) => u.pixelOfElement[e]));
  const before = rules.map((rule, a) => checkArea(grid, coveredGrid, areaPixels[a], rule));
  const failing = rules.map((_, a) => a).filter((a) => !before[a].pass);
  const inFailing = new Uint8Array(n);
  for (const a of failing) for (const e of u.areaElements[a]) inFailing[e] = 1;
  const sets = fp.slice(0, C).map((f) => f.filter((e) => inFailing[e] && !existing[e]));
  const groups = elementGroups(u, failing);
  const needs = Float64Array.from(failing, (a) => Math.max(0, pixelsNeeded(areaPixels[a].length, rules[a].minShare) - before[a].coveredPixels));
  const totalNeed = needs.reduce((x, y) => x + y, 0);
  let needDone = 0;
  const share = solvePartialCover({
    sets, groups, needs, candidates: setup.eligible, forced: setup.forced, costs: setup.costs, makeGuard: setup.makeGuard,
    onPick: (_, g) => { needDone += g; onProgress?.(0.7 * (totalNeed ? needDone / totalNeed : 1)); },
  });
  const covered = Uint8Array.from(existing, (v, e) => v | share.covered[e]);
  sync(covered);
  // Phase 3: holes. The guard must know the share phase's picks (spacing).
  const holeAreas = failing.filter((a) => rules[a].maxHoleKm2 !== null);
  const holes = new HoleOracle(sets, covered, coveredGrid, u.pixelOfElement, grid,
    holeAreas.map((a) => ({ pixels: areaPixels[a], rule: rules[a] })), elementGroups(u, holeAreas), u.elementOfPixel);
  const picked = new Set(share.order);
  const holePhase = runGreedy(holes, {
    candidates: setup.eligible.filter((j) => !picked.has(j)), costs: setup.costs,
    makeGuard: setup.makeGuard && (() => { const g = setup.makeGuard!(); for (const j of share.order) g.onPick(j); return g; }),
  }, () => holes.total === 0);
  onProgress?.(0.85);
  const order = [...share.order, ...holePhase.order];
  const afterGreedy = holes.covered;
  sync(afterGreedy);
  const passedAfterGreedy = new Uint8Array(rules.length);
  for (const a of failing) passedAfterGreedy[a] = checkArea(grid, coveredGrid, areaPixels[a], rules[a]).pass ? 1 : 0;
  const forced = new Set(setup.forced);
  const kept = pruneReverse(order, sets, Uint8Array.from(afterGreedy), existing, (lost) => {
    for (const e of lost) coveredGrid[u.pixelOfElement[e]] = 0;
    const affected = new Set<number>();
    for (const e of lost) for (let k = groups.groupStart[e]; k < groups.groupStart[e + 1]; k++) affected.add(failing[groups.groupOf[k]]);
    const ok = [...affected].every((a) => passedAfterGreedy[a] === 1 && checkArea(grid, coveredGrid, areaPixels[a], rules[a]).pass);
    if (!ok) for (const e of lost) coveredGrid[u.pixelOfElement[e]] = 1;
    return ok;
  }, (j) => forced.has(j));
  onProgress?.(0.95);
  const ranked = rankChosen(kept, fp, existing, null, setup.costs, forced, grid);
  sync(ranked.covered);
  const shortAreas: ShortArea[] = [];
  rules.forEach((rule, a) => {
    const c = checkArea(grid, coveredGrid, areaPixels[a], rule);
    if (!c.pass) shortAreas.push(shortArea(ctx, a, c, areaPixels[a].length));
  });
  onProgress?.(1);
  return {
    goal: 'meet-targets', chosen: ranked.chosen, goalMet: shortAreas.length === 0,
    costYuan: setup.costs ? kept.reduce((s, j) => s + setup.costs![j], 0) : 0,
    coveredShareBefore: coveredShare(existing, null), coveredShareAfter: coveredShare(ranked.covered, null),
    areasFailingBefore: failing.length, shortAreas, pruned: order.length - kept.length,
    candidatesEligible: setup.eligible.length, singleWon: false, pixels: n, resM: grid.resM,
    evaluations: share.evaluations + holePhase.evaluations,
  };
}
