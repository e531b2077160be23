/**
 * Parses and validates a targets file (data/targets.json format): `{ plans: [...] }`, or one
 * bare plan object. Unknown target kinds, missing fields, subsidy shares not adding up to 1
 * (tolerance 1e-9), years outside the plan's years and duplicate ids are reported as
 * InputIssues naming the file, the JSON path and the target id. Unknown extra keys are kept out
 * of the typed result but are not errors (the format may grow).
 */
import { KINDS, type InputIssue, type Parsed } from '../model/types.ts';
import { JsonChecker, isObject, parseJsonText, type Json } from './json-checker.ts';
import { parseSubsidy, parseTarget } from './parse-target.ts';
import type { NotSimulatedItem, Plan, Target, TargetsFile } from './types.ts';

/** The plan's years: an explicit `years: [from, to]`, else the id's "-YYYY-YYYY" suffix. */
function planYears(c: JsonChecker, id: string): [number, number] | null {
  const raw = c.obj.years;
  if (raw !== undefined) {
    if (Array.isArray(raw) && raw.length === 2 && raw.every((y) => Number.isInteger(y)) && raw[0] <= raw[1]) return [raw[0], raw[1]];
    c.fail('years', `"years" must be [firstYear, lastYear], got ${JSON.stringify(raw)}`);
    return null;
  }
  const m = /(\d{4})\D+(\d{4})$/.exec(id);
  return m && Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
}

function parseNotSimulated(c: JsonChecker, years: [number, number] | null): NotSimulatedItem[] {
  const raw = c.obj.notSimulated;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    c.fail('notSimulated', '"notSimulated" must be an array');
    return [];
  }
  const items: NotSimulatedItem[] = [];
  raw.forEach((item, i) => {
    const what = isObject(item) && typeof item.what === 'string' ? item.what : `#${i}`;
    const ic = new JsonChecker(c.issues, c.file, `${c.path}.notSimulated[${i}]`, `${c.owner}, not-simulated item "${what}"`, isObject(item) ? item : {});
    const w = ic.string('what');
    const quote = ic.string('quote') ?? '';
    const vc = ic.child('values');
    const values: Record<string, number> = {};
    for (const key of Object.keys(vc?.obj ?? {})) {
      const v = vc!.number(key, 0, Number.MAX_SAFE_INTEGER);
      const y = Number(key);
      if (!/^\d{4}$/.test(key)) vc!.fail(key, `"${key}" is not a year`);
      else if (years && (y < years[0] || y > years[1])) vc!.fail(key, `year ${y} is outside the plan's years ${years[0]}-${years[1]}`);
      if (v !== undefined) values[key] = v;
    }
    if (w) items.push({ what: w, values, quote });
  });
  return items;
}

function parsePlan(c: JsonChecker, seenTargetIds: Set<string>): Plan | null {
  const before = c.issues.length;
  const id = c.string('id') ?? '';
  const name = c.string('name') ?? id;
  const document = c.string('document', true);
  const rc = c.child('region');
  const region = { level: rc?.string('level') ?? '', code: rc?.string('code') ?? '', name: rc?.string('name') ?? '' };
  if (rc && region.code && !/^\d{2,6}$/.test(region.code)) rc.fail('code', `"code" must be a 2- to 6-digit administrative code, got "${region.code}"`);
  const years = planYears(c, id);
  const stationKindsCounted = c.list('stationKindsCounted', KINDS, true) ?? [...KINDS];
  const targets: Target[] = [];
  if (!Array.isArray(c.obj.targets)) c.fail('targets', c.obj.targets === undefined ? '"targets" is missing' : '"targets" must be an array');
  else {
    c.obj.targets.forEach((raw, i) => {
      const tid = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${i}`;
      const tc = new JsonChecker(c.issues, c.file, `${c.path}.targets[${i}]`, `target "${tid}"`, isObject(raw) ? raw : {});
      if (!isObject(raw)) return tc.fail('', 'must be an object');
      if (seenTargetIds.has(tid)) tc.fail('id', `target id "${tid}" is used more than once`);
      seenTargetIds.add(tid);
      const t = parseTarget(tc, years);
      if (t) targets.push(t);
    });
  }
  const notSimulated = parseNotSimulated(c, years);
  let subsidy = null;
  if (c.obj.subsidy !== undefined && c.obj.subsidy !== null) {
    const sc = c.child('subsidy', `${c.owner}, subsidy`);
    subsidy = sc ? parseSubsidy(sc) : null;
  }
  if (c.issues.length > before) return null;
  const plan: Plan = { id, name, region, years, stationKindsCounted, targets, notSimulated, subsidy };
  if (document) plan.document = document;
  return plan;
}

export function parseTargetsFile(text: string, file: string): Parsed<TargetsFile> {
  const json = parseJsonText(text, file);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  const root = json.value;
  if (!isObject(root)) return { ok: false, issues: [{ file, message: 'must be a JSON object with a "plans" array' }] };
  // A bare plan object is accepted as a one-plan file.
  const rawPlans: unknown[] | null = Array.isArray(root.plans) ? root.plans : 'targets' in root ? [root] : null;
  if (!rawPlans) return { ok: false, issues: [{ file, field: 'plans', message: 'must hold a "plans" array (or be one plan with "targets")' }] };
  const issues: InputIssue[] = [];
  const plans: Plan[] = [];
  const seenPlanIds = new Set<string>();
  const seenTargetIds = new Set<string>();
  rawPlans.forEach((raw, i) => {
    const pid = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${i}`;
    const path = rawPlans === root.plans ? `plans[${i}]` : '';
    const pc = new JsonChecker(issues, file, path || '(plan)', `plan "${pid}"`, isObject(raw) ? (raw as Json) : {});
    if (!isObject(raw)) return pc.fail('', 'must be an object');
    if (seenPlanIds.has(pid)) pc.fail('id', `plan id "${pid}" is used more than once`);
    seenPlanIds.add(pid);
    const plan = parsePlan(pc, seenTargetIds);
    if (plan) plans.push(plan);
  });
  if (issues.length) return { ok: false, issues };
  const value: TargetsFile = { plans };
  if (typeof root.about === 'string') value.about = root.about;
  return { ok: true, value, warnings: [] };
}

/** The plan with this id, or the only plan; null when the choice is ambiguous or absent. */
export function pickPlan(file: TargetsFile, planId?: string): Plan | null {
  if (planId) return file.plans.find((p) => p.id === planId) ?? null;
  return file.plans.length === 1 ? file.plans[0] : null;
}
