/**
 * `--targets ID|FILE` and `--policy ID|FILE`: a plan id from data/targets.json, or a file in
 * that format (`--plan` picks one plan when it holds several). Also the embedded dataset that
 * matches a plan's region, used when no --dataset is given.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../../engine/model/types.ts';
import { parseRegionSpec } from '../../engine/model/region-spec.ts';
import { parseTargetsFile, pickPlan } from '../../engine/targets/parse-targets.ts';
import type { Plan } from '../../engine/targets/types.ts';
import { readTextFile } from '../io.ts';
import { UserError } from '../user-error.ts';

export const TARGETS_JSON = fileURLToPath(new URL('../../../data/targets.json', import.meta.url));

/** The embedded dataset of a plan's region (contract sections 6 and 7): 4109 -> puyang, 62 -> gansu, 6201 -> 6201. */
export function defaultDatasetId(plan: Plan): string | null {
  const spec = parseRegionSpec(plan.region.code);
  return spec ? spec.prefix ?? spec.folder : null;
}

function looksLikeFile(spec: string): boolean {
  return /[\\/]|\.json$/i.test(spec) || existsSync(spec);
}

export async function loadPlan(spec: string, planId: string | undefined, flag: string): Promise<Plan> {
  const isFile = looksLikeFile(spec);
  const file = isFile ? spec : TARGETS_JSON;
  const parsed = parseTargetsFile(await readTextFile(file), file);
  if (!parsed.ok) {
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problem${parsed.issues.length > 2 ? 's' : ''})` : '';
    throw new UserError(formatIssue(parsed.issues[0]) + more);
  }
  const ids = parsed.value.plans.map((p) => p.id);
  const wanted = isFile ? planId : spec;
  const plan = pickPlan(parsed.value, wanted);
  if (plan) return plan;
  if (!wanted) throw new UserError(`${file} holds ${ids.length} plans (${ids.join(', ')}); choose one with --plan`);
  throw new UserError(`--${isFile ? 'plan' : flag}: no plan "${wanted}" in ${file} (plans: ${ids.join(', ')})`);
}
