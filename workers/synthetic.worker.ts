// Synthetic demo plans for the province action plans (issue 13), generated off the main thread
// (Gansu takes about a minute): src/engine/synthetic/province-plans.ts, same seed as the CLI's
// `g5plan synthetic`, so the app's demo plan is the command line's.
import * as Comlink from 'comlink';
import type { Dataset } from '../src/engine/model/dataset.ts';
import { PROVINCE_SYNTHETIC, generateProvincePlan } from '../src/engine/synthetic/province-plans.ts';
import { parseTargetsFile, pickPlan } from '../src/engine/targets/parse-targets.ts';

export interface SyntheticWorkerApi {
  /** The plan as GeoJSON text, for the import path; an Error when the plan has no synthetic spec. */
  generate(planId: string, targetsText: string, dataset: Dataset): string;
}

const api = {
  generate(planId: string, targetsText: string, dataset: Dataset): string {
    const spec = PROVINCE_SYNTHETIC.find((s) => s.planId === planId);
    const parsed = parseTargetsFile(targetsText, 'data/targets.json');
    const plan = parsed.ok ? pickPlan(parsed.value, planId) : null;
    if (!spec || !plan) throw new Error(`no synthetic plan for ${planId}`);
    return JSON.stringify({ type: 'FeatureCollection', name: `${planId}-synthetic`, features: generateProvincePlan(dataset, plan, spec) });
  },
} satisfies SyntheticWorkerApi;

Comlink.expose(api);
