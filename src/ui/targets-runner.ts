// Keeps the targets check and the budget up to date, in workers/targets.worker.ts: the check
// re-runs after every coverage run (it reads the fresh raster), the budget after every plan or
// what-if change. One request of each kind at a time; changes during a run fold into the next.
import * as Comlink from 'comlink';
import targetsUrl from '../../data/targets.json?url';
import type { CoverageMask, CoverageRaster } from '../engine/coverage/types.ts';
import { DEFAULT_RADIO, targetsResM } from '../engine/model/defaults.ts';
import type { TargetsWorkerApi } from '../../workers/targets.worker.ts';
import type { AppState, BudgetView, TargetsView } from './state/app-state.ts';
import type { Store } from './state/store.ts';
import type { RegionDrawn } from './coverage-runner.ts';

/** The year checked: the slider's, kept within the plan's target years. */
export function checkYear(s: AppState): number {
  const years = s.targets.years;
  if (!years.length) return s.year;
  return Math.min(Math.max(s.year, years[0]), years[years.length - 1]);
}

/**
 * A private copy of what the checks read of the raster (the live one may sit in shared memory
 * the next run writes over): three of its layers, not all six, and handed to the worker by
 * transfer, not copied again. Only a raster of the very inputs the check judges is offered (the
 * plan, boundaries and areas as they are now, the checked year, pixel size and threshold); the
 * worker still checks its grid frame, and computes the targets' own coverage otherwise.
 */
function snapshot(run: { raster: CoverageRaster; state: AppState } | null, now: AppState): CoverageMask | null {
  if (!run) return null;
  const { raster: r, state: was } = run;
  const same = was.sites === now.sites && was.regions === now.regions && was.areas === now.areas
    && was.year === checkYear(now) && was.resM === now.resM && was.thresholdDbm === now.thresholdDbm;
  // A map coarser than the targets' pixel (a province at 500 m) is never what they are judged on.
  if (!same || targetsResM(now.resM) !== now.resM) return null;
  return { grid: r.grid, inside: r.inside.slice(), covered: r.covered.slice(), populationPerPixel: r.populationPerPixel ? r.populationPerPixel.slice() : null };
}

function maskBuffers(m: CoverageMask | null): ArrayBuffer[] {
  return m ? [m.inside, m.covered, m.populationPerPixel].flatMap((a) => (a ? [a.buffer as ArrayBuffer] : [])) : [];
}

/** Runs `job` now, or once more after the running one if asked again meanwhile. */
function serial(job: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const go = (): void => {
    if (running) { again = true; return; }
    running = true;
    again = false;
    void job().finally(() => { running = false; if (again) go(); });
  };
  return go;
}

export function startTargetsRunner(store: Store<AppState>, lastRun: () => { raster: CoverageRaster; state: AppState } | null, regionDrawn: RegionDrawn = async () => undefined): () => void {
  const worker = new Worker(new URL('../../workers/targets.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<TargetsWorkerApi>(worker);
  const textPromise = fetch(targetsUrl).then((r) => r.text());
  const patchTargets = (p: Partial<TargetsView>) => store.set({ targets: { ...store.get().targets, ...p } });
  const patchBudget = (p: Partial<BudgetView>) => store.set({ budget: { ...store.get().budget, ...p } });

  // The raster as of the coverage run that triggered the check, copied: the next run writes over
  // the live one (in shared memory) while the check may still be reading it.
  let raster: CoverageMask | null = null;
  const check = serial(async () => {
    const s = store.get();
    patchTargets({ status: 'running' });
    // The snapshot goes to the worker (transferred); a check asked again before the next coverage run copies it afresh.
    const mask = raster;
    raster = null;
    const out = await api.check(Comlink.transfer({
      targetsText: await textPromise, planId: s.planId, sites: s.sites, regions: s.regions, areas: s.areas, year: checkYear(s),
      resM: targetsResM(s.resM), settings: { ...DEFAULT_RADIO, thresholdDbm: s.thresholdDbm }, raster: mask,
    }, maskBuffers(mask)));
    if (out.ok) patchTargets({ status: 'done', report: out.value.report, years: out.value.years, planName: out.value.planName, regionName: out.value.regionName, failing: out.value.failing, error: null, runs: store.get().targets.runs + 1 });
    else patchTargets({ status: 'error', error: out.message });
  });

  const budget = serial(async () => {
    const s = store.get();
    const split: [number, number] | undefined = s.whatIf.cityPart === null ? undefined : [s.whatIf.cityPart, 1 - s.whatIf.cityPart];
    const out = await api.budget({ targetsText: await textPromise, planId: s.planId, sites: s.sites, regions: s.regions, whatIf: { saShare: s.whatIf.saShare ?? undefined, cityCountySplit: split } });
    if (out.ok) patchBudget({ report: out.value, error: null, runs: store.get().budget.runs + 1 });
    else patchBudget({ error: out.message });
  });

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.coverage.runs !== prev.coverage.runs) { raster = snapshot(lastRun(), s); check(); }
    if (s.regions !== prev.regions) void regionDrawn().then(budget); // after the new region's outlines are drawn
    else if (s.sites !== prev.sites || s.whatIf !== prev.whatIf || s.planId !== prev.planId) budget();
  });
  budget();
  if (store.get().coverage.runs > 0) { raster = snapshot(lastRun(), store.get()); check(); }
  return () => { unsubscribe(); worker.terminate(); };
}
