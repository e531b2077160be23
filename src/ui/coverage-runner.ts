// Keeps the coverage up to date: whenever the computed sites, year, resolution or threshold change,
// asks the worker pool (workers/client.ts) to recompute; the pool redoes only the tiles the edit
// touched. One run at a time: edits made during a run are folded into the next one.
import type { CoverageProgress, CoverageRaster } from '../engine/coverage/types.ts';
import { DEFAULT_RADIO } from '../engine/model/defaults.ts';
import { missingPattern } from '../engine/model/pattern-refs.ts';
import { t } from './i18n.ts';
import { createCoverageClient, type CoverageClient } from '../../workers/client.ts';
import { coverageInputsChanged, coverageSites, type AppState, type CoverageView } from './state/app-state.ts';
import type { Store } from './state/store.ts';

export interface CoverageRunner {
  /** The raster of the last finished run (for exports); null while a run is under way. */
  lastRaster(): CoverageRaster | null;
  /** The app state the last finished run computed (its sites, year, pixel size and threshold), with its raster. */
  lastRun(): { raster: CoverageRaster; state: AppState } | null;
  dispose(): void;
}

/** `client`: created early (createCoverageClient starts its workers), else here. */
/** Shows a raster; `changed`: only these tiles differ from the raster shown last (an edit). */
export type ShowRaster = (raster: CoverageRaster, changed?: { sizePx: number; ids: number[] }) => Promise<void>;

/** Resolves when a new region's outlines are on the map (main.ts), so its first run does not compete with drawing them. */
export type RegionDrawn = () => Promise<void>;

export function startCoverageRunner(store: Store<AppState>, show: ShowRaster, client: CoverageClient = createCoverageClient(), regionDrawn: RegionDrawn = async () => undefined): CoverageRunner {
  let running = false;
  let dirty = false;
  let raster: CoverageRaster | null = null;
  let rasterState: AppState | null = null;
  /** A run held back because a sector names a pattern that may still be on its way from IndexedDB. */
  let waitingForPatterns = false;
  const patch = (p: Partial<CoverageView>) => store.set({ coverage: { ...store.get().coverage, ...p } });

  async function run(): Promise<void> {
    if (running) { dirty = true; return; }
    running = true;
    dirty = false;
    const s = store.get();
    // A sector naming a pattern that was not imported: one message, the last coverage stays.
    const missing = missingPattern(coverageSites(s), s.terrain.patterns);
    waitingForPatterns = !!missing && !s.terrain.patternsRestored;
    if (waitingForPatterns) {
      // The kept patterns come back a moment after start-up: no "not imported" message before then.
      patch({ status: 'running', fraction: 0, error: null });
      running = false;
      return;
    }
    if (missing) {
      const text = t('patternMissing').replace('{site}', missing.siteId).replace('{sector}', String(missing.sector + 1)).replace('{pattern}', missing.pattern);
      patch({ status: 'error', error: text });
      store.set({ notice: { kind: 'error', text } });
      running = false;
      return;
    }
    patch({ status: 'running', fraction: 0, error: null });
    // The last raster is written over by this run (in place for an edit, or as recycled buffers
    // for a full rerun): exports wait for the new one.
    const previous = raster;
    raster = null;
    try {
      const result = await client.run(
        { sites: coverageSites(s), regions: s.regions, areas: s.areas, resM: s.resM, settings: { ...DEFAULT_RADIO, thresholdDbm: s.thresholdDbm }, terrain: s.terrain.model, patterns: s.terrain.patterns },
        (p: CoverageProgress) => patch({ fraction: p.fraction, pixelsPerS: p.pixelsPerS }),
        previous,
      );
      raster = result.raster;
      rasterState = s;
      await show(result.raster, result.dirtyTiles === 'all' ? undefined : { sizePx: result.tileSizePx, ids: result.dirtyTiles });
      patch({
        status: dirty ? 'running' : 'done', fraction: 1, stats: result.stats,
        recomputedTiles: result.recomputedTiles, elapsedMs: result.elapsedMs, runs: store.get().coverage.runs + 1,
      });
    } catch (e) {
      const err = e as Error;
      if (err?.name !== 'AbortError') patch({ status: 'error', error: err?.message ?? String(e) });
    } finally {
      running = false;
    }
    if (dirty) void run();
  }

  // A new region starts its run once its outlines are drawn (posting its polygons to the workers
  // and computing would compete with the map for both cores); an edit starts at once.
  const unsubscribe = store.subscribe((s, prev) => {
    if (waitingForPatterns && s.terrain.patternsRestored && !prev.terrain.patternsRestored) { void run(); return; }
    if (!coverageInputsChanged(s, prev)) return;
    if (s.regions !== prev.regions) void regionDrawn().then(run);
    else void run();
  });
  void run();
  return {
    lastRaster: () => raster,
    lastRun: () => (raster && rasterState ? { raster, state: rasterState } : null),
    dispose() {
      unsubscribe();
      client.dispose();
    },
  };
}
