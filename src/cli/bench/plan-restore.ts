/**
 * Benchmark `plan-puyang-restore` (issue 5 proof): from the synthetic Puyang plan, remove 30%
 * of the sites in service in 2022, offer them back together with 3x as many decoys, and let
 * meet-targets restore every 2022 area target. Deterministic: a seeded RNG (mulberry32) picks
 * the removed sites and places the decoys; candidates are shuffled so order gives no hint.
 * Removed sites are drawn first from those inside the target areas (random ones elsewhere
 * barely touch the area targets, the test would be empty), then from the rest.
 * Decoys copy a random removed site's radio set-up, moved 0.4-2.0 km in a random direction.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { destination } from '@turf/turf';
import { DEFAULT_RADIO } from '../../engine/model/defaults.ts';
import type { TargetArea } from '../../engine/model/dataset.ts';
import { parseSitesGeoJson } from '../../engine/model/parse-sites.ts';
import { resolveSite } from '../../engine/model/resolve-site.ts';
import type { Site } from '../../engine/model/types.ts';
import { planSites } from '../../engine/planning/plan-sites.ts';
import type { PlanRequest, PlanResult } from '../../engine/planning/types.ts';
import { DEFAULT_THRESHOLDS } from '../../engine/targets/context.ts';
import { isInServiceBy } from '../../engine/model/in-service.ts';
import { areasForYear } from '../../engine/targets/coverage-request.ts';
import { loadDataset } from '../dataset.ts';
import { loadPlan } from '../targets/load-plan.ts';
import { createRng } from '../../engine/synthetic/rng.ts';

export const RESTORE_SEED = 20201231;
export const REMOVED_SHARE = 0.3;
export const DECOYS_PER_REMOVED = 3;
const YEAR = 2022;


function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function inBox(site: Site, areas: TargetArea[]): boolean {
  return areas.some((a) => {
    const ring = a.geometry.type === 'Polygon' ? a.geometry.coordinates[0] : a.geometry.coordinates[0][0];
    const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
    return site.lonLat[0] >= Math.min(...lons) && site.lonLat[0] <= Math.max(...lons) && site.lonLat[1] >= Math.min(...lats) && site.lonLat[1] <= Math.max(...lats);
  });
}

export interface RestoreExperiment {
  request: PlanRequest;
  removedIds: Set<string>;
}

/** 'in-areas' (the benchmark): removed sites drawn first from the target areas; 'uniform': from all sites alike. */
export type Removal = 'in-areas' | 'uniform';

export function buildRestoreExperiment(all: Site[], areas: TargetArea[], seed = RESTORE_SEED, removal: Removal = 'in-areas'): Omit<RestoreExperiment, 'request'> & { kept: Site[]; candidates: Site[] } {
  const rand = createRng(seed);
  const inService = all.filter((s) => isInServiceBy(s, YEAR));
  const removeCount = Math.round(REMOVED_SHARE * inService.length);
  const near = shuffle(inService.filter((s) => removal === 'uniform' || inBox(s, areas)), rand);
  const far = shuffle(inService.filter((s) => removal === 'in-areas' && !inBox(s, areas)), rand);
  const removed = [...near, ...far].slice(0, removeCount);
  const removedIds = new Set(removed.map((s) => s.id));
  const decoys: Site[] = [];
  for (let k = 0; k < DECOYS_PER_REMOVED * removed.length; k++) {
    const model = removed[Math.floor(rand() * removed.length)];
    const moved = destination(model.lonLat, 0.4 + 1.6 * rand(), 360 * rand() - 180, { units: 'kilometers' }).geometry.coordinates as [number, number];
    const props = { ...model.props, id: `decoy-${k + 1}`, name: `decoy ${k + 1}`, status: 'candidate' };
    decoys.push(resolveSite(props, [Math.round(moved[0] * 1e6) / 1e6, Math.round(moved[1] * 1e6) / 1e6], { file: 'decoys' }).site!);
  }
  const offered = removed.map((s) => ({ ...s, status: 'candidate' as const, props: { ...s.props, status: 'candidate' } }));
  return { kept: all.filter((s) => !removedIds.has(s.id)), candidates: shuffle([...offered, ...decoys], rand), removedIds };
}

export async function restoreExperiment(seed = RESTORE_SEED, removal: Removal = 'in-areas'): Promise<RestoreExperiment> {
  const file = fileURLToPath(new URL('../../../data/puyang/plan-synthetic.geojson', import.meta.url));
  const parsed = parseSitesGeoJson(await readFile(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues[0].message}`);
  const plan = await loadPlan('puyang-2020-2022', undefined, 'plan');
  const dataset = await loadDataset('puyang');
  const areas = areasForYear(plan, YEAR, dataset.areas);
  const { kept, candidates, removedIds } = buildRestoreExperiment(parsed.value, areas, seed, removal);
  const request: PlanRequest = {
    goal: 'meet-targets', plan, year: YEAR, sites: kept, candidates, areas, regions: dataset.regions.filter((r) => r.code.startsWith('4109')),
    resM: 50, settings: DEFAULT_RADIO, thresholds: DEFAULT_THRESHOLDS, weighting: 'area',
  };
  return { request, removedIds };
}

/** workers = 1: in-process, as `g5plan plan` runs by default (worker start-up under tsx costs more than this job's footprints). */
export async function runRestore(exp: RestoreExperiment, workers = 1): Promise<PlanResult & { ms: number }> {
  const t0 = performance.now();
  let out;
  if (workers <= 1) {
    out = planSites(exp.request);
  } else {
    const { createNodePlanningPool } = await import('../planning-pool.ts');
    const pool = createNodePlanningPool(workers);
    try { out = await pool.run(exp.request); } finally { pool.dispose(); }
  }
  if (!out.ok) throw new Error(out.message);
  return { ...out.value, ms: Math.round(performance.now() - t0) };
}

/** `g5plan bench` id plan-puyang-restore: ms from the prepared request to the result (loading files excluded). */
export async function benchPlanRestore(): Promise<{ ms: number; chosen: number; removed: number; goalMet: boolean }> {
  const exp = await restoreExperiment();
  const r = await runRestore(exp);
  return { ms: r.ms, chosen: r.chosen.length, removed: exp.removedIds.size, goalMet: r.goalMet };
}
