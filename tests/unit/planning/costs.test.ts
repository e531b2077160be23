// Regression (issue 12, part 4): max-coverage with a number of sites and no budget refused to run
// when some candidates carried costYuan and others did not. A missing cost only matters when a
// budget needs every cost; without one the costs are ignored (each site counts as one) and said so.
import { describe, expect, it } from 'vitest';
import { candidateCosts } from '../../../src/engine/planning/constraints.ts';
import { checkRequest } from '../../../src/engine/planning/prepare.ts';
import type { PlanRequest } from '../../../src/engine/planning/types.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const C1 = makeSite({ id: 'C1', status: 'candidate', costYuan: 300000 });
const C2 = makeSite({ id: 'C2', status: 'candidate' });

const req = (extra: Partial<PlanRequest>): PlanRequest => ({
  goal: 'max-coverage', plan: { id: 'p' } as PlanRequest['plan'], year: 2022, sites: [], candidates: [C1, C2], areas: [], regions: null,
  resM: 100, settings: DEFAULT_RADIO, thresholds: DEFAULT_THRESHOLDS, weighting: 'area', ...extra,
});

describe('candidate costs', () => {
  it('some costs and no budget: ignored, not an error', () => {
    expect(candidateCosts([C1, C2])).toEqual({ costs: null, error: null, ignored: true });
    expect(checkRequest(req({ maxSites: 3 }))).toBeNull();
  });

  it('some costs and a budget: the missing one is named', () => {
    expect(checkRequest(req({ budgetYuan: 1e6 }))).toBe('candidate 1 ("C2"), field "costYuan": is missing, and a budget in yuan needs a cost on every candidate');
  });

  it('a bad cost is always an error; all costs are used', () => {
    expect(candidateCosts([C1, makeSite({ id: 'C3', costYuan: -1 })]).error).toMatch(/C3.*must be a positive number, got -1/);
    expect(Array.from(candidateCosts([C1, makeSite({ id: 'C4', costYuan: 2 })]).costs!)).toEqual([300000, 2]);
  });
});
