// The province demo plans (issue 13): for a region whose action plan has a synthetic generator
// (Gansu, Shaanxi), a button in the region panel generates it in workers/synthetic.worker.ts
// over the whole province and loads it as the plan (one undo step). Labelled synthetic.
import * as Comlink from 'comlink';
import targetsUrl from '../../data/targets.json?url';
import { PROVINCE_SYNTHETIC } from '../engine/model/synthetic-specs.ts';
import type { SyntheticWorkerApi } from '../../workers/synthetic.worker.ts';
import { loadRegion } from './io/dataset.ts';

export const hasSyntheticDemo = (planId: string): boolean => PROVINCE_SYNTHETIC.some((s) => s.planId === planId);

/** The demo plan's GeoJSON text for an action plan id (generated over its whole province). */
export async function syntheticDemoText(planId: string): Promise<string> {
  const spec = PROVINCE_SYNTHETIC.find((s) => s.planId === planId);
  if (!spec) throw new Error(`no synthetic plan for ${planId}`);
  const [targetsText, data] = await Promise.all([fetch(targetsUrl).then((r) => r.text()), loadRegion(spec.dataset)]);
  const worker = new Worker(new URL('../../workers/synthetic.worker.ts', import.meta.url), { type: 'module' });
  try {
    const api = Comlink.wrap<SyntheticWorkerApi>(worker);
    return await api.generate(planId, targetsText, { id: spec.dataset, name: spec.dataset, regions: data.regions, areas: data.areas });
  } finally {
    worker.terminate();
  }
}
