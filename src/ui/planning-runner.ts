// Runs the site planner (issue 5) for the planning panel in workers/planning-client.ts: the
// request is built in a planning worker (targets parsed, areas of the year, hex lattice when
// asked), then footprints spread over the pool and the selection runs. Cancel terminates the
// workers. Accepting writes the ticked picks into the plan as one undoable step; coverage then
// recomputes only the tiles they touch.
import targetsUrl from '../../data/targets.json?url';
import type { Site } from '../engine/model/types.ts';
import { targetsResM } from '../engine/model/defaults.ts';
import { createPlanningClient } from '../../workers/planning-client.ts';
import type { PlanInput } from '../../workers/planning-api.ts';
import { issueText } from './engine-text.ts';
import type { Actions } from './state/actions.ts';
import { coverageInputsChanged, type AppState, type PlanningView } from './state/app-state.ts';
import type { Store } from './state/store.ts';
import { t } from './i18n.ts';
import { checkYear } from './targets-runner.ts';

export interface PlanningRunner {
  generateHex(): Promise<void>;
  run(): Promise<void>;
  cancel(): void;
  /** Accepts the picks of these ranks (all of them when ranks is null). */
  accept(ranks: number[] | null): void;
}

export function createPlanningRunner(store: Store<AppState>, actions: Actions): PlanningRunner {
  const client = createPlanningClient();
  let textPromise: Promise<string> | null = null;
  const targetsText = () => (textPromise ??= fetch(targetsUrl).then((r) => r.text()));
  const patch = (p: Partial<PlanningView>) => store.set({ planning: { ...store.get().planning, ...p } });
  // Cancel terminates the workers, which aborts a pool call under way; between calls (the targets
  // file loading, request built) the flag stops the steps that follow.
  let cancelled = false;
  const alive = <T>(v: T): T => {
    if (cancelled) throw new DOMException('planning cancelled', 'AbortError');
    return v;
  };

  async function input(candidates: Site[] | 'hex'): Promise<PlanInput> {
    const s = store.get(), p = s.planning;
    const limits = p.goal === 'max-coverage' ? { maxSites: p.maxSites ?? undefined, budgetYuan: p.budgetYuan ?? undefined } : {};
    return {
      targetsText: await targetsText(), planId: s.planId, goal: p.goal, year: checkYear(s), sites: s.sites, candidates,
      hexOperator: p.hexOperator, areas: s.areas, regions: s.regions, resM: targetsResM(s.resM), thresholdDbm: s.thresholdDbm, ...limits,
    };
  }

  /** Runs one step, turning a cancel into status 'cancelled' and a thrown error into a message. */
  async function guarded(step: () => Promise<void>): Promise<void> {
    cancelled = false;
    patch({ status: 'running', phase: 'request', fraction: 0, error: null, accepted: null });
    try {
      await step();
    } catch (e) {
      const err = e as Error;
      if (err?.name === 'AbortError') patch({ status: 'cancelled', phase: null });
      else patch({ status: 'error', phase: null, error: err?.message ?? String(e) });
    }
  }

  async function hexLattice(): Promise<boolean> {
    const built = alive(await client.buildRequest({ ...alive(await input('hex')), goal: 'meet-targets' }));
    if (!built.ok && built.nothingToDo) {
      // Every area passes already: a notice, not an error.
      patch({ status: 'idle', phase: null, error: null });
      store.set({ notice: { kind: 'info', text: t('nothingToGenerate') } });
      return false;
    }
    if (!built.ok) { patch({ status: 'error', phase: null, error: built.message }); return false; }
    patch({ hex: { sites: built.req.candidates, areas: built.hexAreas ?? [] } });
    return true;
  }

  async function solve(): Promise<void> {
    const started = performance.now();
    const p = store.get().planning;
    const candidates = p.source === 'hex' ? p.hex?.sites ?? [] : store.get().sites.filter((x) => x.status === 'candidate');
    if (!candidates.length) { patch({ status: 'error', phase: null, error: t('noCandidates') }); return; }
    const built = alive(await client.buildRequest(alive(await input(candidates))));
    if (!built.ok) { patch({ status: 'error', phase: null, error: built.message }); return; }
    patch({ phase: 'solve' });
    const out = alive(await client.run(built.req, (fraction) => patch({ fraction })));
    if (!out.ok) { patch({ status: 'error', phase: null, error: out.message }); return; }
    patch({
      status: 'done', phase: null, fraction: 1, result: out.value, candidates: built.req.candidates, year: built.req.year,
      picked: out.value.chosen.map((c) => c.rank), elapsedMs: Math.round(performance.now() - started), runs: store.get().planning.runs + 1,
    });
  }

  // A lattice is made for one state of the plan (the year's short areas, the sites then): any
  // other state drops it, and the next run (or "generate") makes a fresh one.
  store.subscribe((s, prev) => {
    if (!s.planning.hex || s.planning.status === 'running') return;
    if (coverageInputsChanged(s, prev) || s.planId !== prev.planId) patch({ hex: null });
  });

  return {
    generateHex: () => guarded(async () => { if (await hexLattice()) patch({ status: 'idle', phase: null, source: 'hex' }); }),
    run: () => guarded(async () => {
      patch({ result: null, picked: [] });
      if (store.get().planning.source === 'hex' && !store.get().planning.hex && !(await hexLattice())) return;
      await solve();
    }),
    cancel() {
      cancelled = true;
      client.cancel();
    },
    accept(ranks) {
      const p = store.get().planning;
      if (!p.result) return;
      const wanted = new Set(ranks ?? p.result.chosen.map((c) => c.rank));
      const chosen = p.result.chosen.filter((c) => wanted.has(c.rank)).map((c) => p.candidates[c.candidate]);
      const issues = actions.acceptCandidates(chosen, p.year);
      if (issues.length) { store.set({ notice: { kind: 'error', text: issues.map((i) => issueText(i)).join('; ') } }); return; }
      // The accepted lattice points are in the plan now: a fresh lattice is needed for the next run.
      patch({ result: null, picked: [], accepted: chosen.length, status: 'idle', hex: null });
    },
  };
}
