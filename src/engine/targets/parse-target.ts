/**
 * Validates one target object of data/targets.json (one kind per branch) and the plan's
 * `subsidy` block. Every problem becomes an InputIssue naming the target id (or the plan id).
 */
import { AREA_TIERS, type AreaTier } from '../model/dataset.ts';
import { KINDS, MODES, OPERATORS, type Operator } from '../model/types.ts';
import { JsonChecker } from './json-checker.ts';
import {
  COUNT_SCOPES, COVERAGE_CRITERIA, TARGET_KINDS,
  type StationCountTarget, type StationFilter, type SubsidyPolicy, type Target,
} from './types.ts';

/** Shares must add up to one yuan; anything further off is a typo in the policy data. */
export const SHARES_TOLERANCE = 1e-9;

function parseFilter(c: JsonChecker): StationFilter | undefined {
  if (!c.has('filter')) return undefined;
  const f = c.child('filter');
  if (!f) return undefined;
  const filter: StationFilter = {};
  const kinds = f.list('kind', KINDS, true) ?? f.list('kinds', KINDS, true);
  if (kinds) filter.kinds = kinds;
  const shared = f.boolean('sharedTower');
  if (shared !== undefined) filter.sharedTower = shared;
  const tags = f.list('tag', null, true) ?? f.list('tags', null, true);
  if (tags) filter.tags = tags;
  const operators = f.list('operator', OPERATORS, true) ?? f.list('operators', OPERATORS, true);
  if (operators) filter.operators = operators;
  return filter;
}

function parseByOperator(c: JsonChecker): Partial<Record<Operator, number>> | undefined {
  if (!c.has('byOperator')) return undefined;
  const b = c.child('byOperator');
  if (!b) return undefined;
  const out: Partial<Record<Operator, number>> = {};
  for (const key of Object.keys(b.obj)) {
    if (!(OPERATORS as readonly string[]).includes(key)) {
      b.fail(key, `unknown operator "${key}" (expected ${OPERATORS.join(', ')})`);
      continue;
    }
    const n = b.number(key, 0, 1e9, { integer: true });
    if (n !== undefined) out[key as Operator] = n;
  }
  return out;
}

function parseStationCount(c: JsonChecker, base: { id: string; year: number; quote: string }): StationCountTarget {
  const scope = c.oneOf('scope', COUNT_SCOPES);
  const min = c.number('min', 0, 1e9, { integer: true });
  const stretch = c.number('stretch', 0, 1e9, { integer: true, optional: true });
  const t: StationCountTarget = { ...base, kind: 'stationCount', scope: scope ?? 'cumulative', min: min ?? 0 };
  const byOperator = parseByOperator(c);
  const filter = parseFilter(c);
  if (byOperator) t.byOperator = byOperator;
  if (filter) t.filter = filter;
  if (stretch !== undefined) t.stretch = stretch;
  return t;
}

/** Returns the target, or null when it has issues (already recorded in c.issues). */
export function parseTarget(c: JsonChecker, years: [number, number] | null): Target | null {
  const before = c.issues.length;
  const id = c.string('id') ?? '';
  const year = c.number('year', 1990, 2100, { integer: true });
  if (year !== undefined && years && (year < years[0] || year > years[1])) {
    c.fail('year', `year ${year} is outside the plan's years ${years[0]}-${years[1]}`);
  }
  const quote = c.string('quote') ?? '';
  const kind = c.oneOf('kind', TARGET_KINDS);
  const base = { id, year: year ?? 0, quote };
  let target: Target | null = null;
  switch (kind) {
    case 'stationCount':
      target = parseStationCount(c, base);
      break;
    case 'areaCoverage': {
      const areas = c.list<AreaTier>('areas', AREA_TIERS) ?? [];
      const criterion = c.oneOf('criterion', COVERAGE_CRITERIA) ?? 'full';
      target = { ...base, kind, areas, criterion };
      break;
    }
    case 'powerSupplyShare':
      target = { ...base, kind, transferMaxShare: c.number('transferMaxShare', 0, 1) ?? 0 };
      break;
    case 'stationsPer10k':
      target = { ...base, kind, min: c.number('min', 0, 1e6) ?? 0 };
      break;
    case 'populationCoverage':
      target = { ...base, kind, minShare: c.number('minShare', 0, 1) ?? 0 };
      break;
    case 'note':
      target = { ...base, kind };
      break;
  }
  return c.issues.length === before ? target : null;
}

export function parseSubsidy(c: JsonChecker): SubsidyPolicy | null {
  const before = c.issues.length;
  const perStationYuan = c.number('perStationYuan', 0, 1e9) ?? 0;
  const eligible = c.child('eligible');
  const mode = eligible?.oneOf('mode', [...MODES, 'any'] as const);
  const kinds = eligible?.list('kinds', KINDS, true);
  const sharesC = c.child('shares');
  let shares = { province: 0, city: 0 } as SubsidyPolicy['shares'];
  if (sharesC) {
    for (const key of Object.keys(sharesC.obj)) {
      if (!['province', 'city', 'county'].includes(key)) sharesC.fail(key, `unknown fiscal level "${key}" (expected province, city, county)`);
    }
    const province = sharesC.number('province', 0, 1);
    const city = sharesC.number('city', 0, 1);
    const county = sharesC.number('county', 0, 1, { optional: true });
    if (province !== undefined && city !== undefined) {
      shares = county === undefined ? { province, city } : { province, city, county };
      const sum = province + city + (county ?? 0);
      if (Math.abs(sum - 1) > SHARES_TOLERANCE) sharesC.fail('', `shares add up to ${sum}, not 1`);
    }
  }
  const assumption = c.string('assumption', true);
  const quote = c.string('quote', true);
  if (c.issues.length > before) return null;
  const policy: SubsidyPolicy = { perStationYuan, eligible: { mode: mode ?? 'SA' }, shares };
  if (kinds) policy.eligible.kinds = kinds;
  if (assumption) policy.assumption = assumption;
  if (quote) policy.quote = quote;
  return policy;
}
