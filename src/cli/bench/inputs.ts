/** Benchmark inputs: the embedded Puyang plan as of 2022, and a generated Henan 2022 plan. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CoverageInput } from '../../engine/coverage/types.ts';
import { DEFAULT_RADIO } from '../../engine/model/defaults.ts';
import { parseSitesGeoJson } from '../../engine/model/parse-sites.ts';
import { generateScalePlan } from '../../engine/synthetic/scale-plan.ts';
import { loadDataset } from '../dataset.ts';
import { sitesInService } from '../../engine/model/in-service.ts';
import { PROVINCE_SYNTHETIC, generateProvincePlan } from '../../engine/synthetic/province-plans.ts';
import { loadPlan } from '../targets/load-plan.ts';

export const PUYANG_PLAN_PATH = fileURLToPath(new URL('../../../data/puyang/plan-synthetic.geojson', import.meta.url));
export const HENAN_2022_STATIONS = 168_000;
export const HENAN_SEED = 20221231;

export async function puyang2022(resM: number): Promise<CoverageInput> {
  const dataset = await loadDataset('puyang');
  const parsed = parseSitesGeoJson(await readFile(PUYANG_PLAN_PATH, 'utf8'), PUYANG_PLAN_PATH);
  if (!parsed.ok) throw new Error(`${PUYANG_PLAN_PATH}: ${parsed.issues[0].message}`);
  return { sites: sitesInService(parsed.value, 2022), regions: dataset.regions, areas: dataset.areas, resM, settings: DEFAULT_RADIO };
}

export async function henan2022(resM: number): Promise<CoverageInput> {
  const dataset = await loadDataset('henan');
  return { sites: generateScalePlan(dataset, HENAN_2022_STATIONS, HENAN_SEED), regions: dataset.regions, areas: dataset.areas, resM, settings: DEFAULT_RADIO };
}

/** A province action plan's synthetic plan (province-plans.ts) as of its last target year; generation is not timed. */
export async function provincePlan(planId: string, year: number, resM: number): Promise<CoverageInput> {
  const spec = PROVINCE_SYNTHETIC.find((x) => x.planId === planId)!;
  const dataset = await loadDataset(spec.dataset);
  const features = generateProvincePlan(dataset, await loadPlan(planId, undefined, 'targets'), spec);
  const parsed = parseSitesGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), `${planId}-synthetic`);
  if (!parsed.ok) throw new Error(`${planId} synthetic plan: ${parsed.issues[0].message}`);
  return { sites: sitesInService(parsed.value, year), regions: dataset.regions, areas: dataset.areas, resM, settings: DEFAULT_RADIO };
}
