// Hexagonal candidates (issue 5, docs/planning.md): cell radius R measured on the radio engine
// (every one of 72 directions reaches -105 dBm at R, and not all at R + 10 m), spacing sqrt(3) R,
// lattice over failing areas only, kept inside the area or within R/2 of its edge.
import { circle, destination, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { TargetArea } from '../../../src/engine/model/dataset.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import { hexCandidates, omniCoverRadiusM } from '../../../src/engine/planning/hex-candidates.ts';
import { preparePlanning } from '../../../src/engine/planning/prepare.ts';
import type { PlanRequest } from '../../../src/engine/planning/types.ts';
import { sitePowerAtMw } from '../../../src/engine/coverage/tile-state.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import type { Plan } from '../../../src/engine/targets/types.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const CENTRE: [number, number] = [115.2, 35.8];
const AREA: TargetArea = { id: 'tw', name: '试验镇', tier: 'township', county: '410928', modelled: true, population: null, geometry: circle(CENTRE, 2.4, { steps: 64, units: 'kilometers' }).geometry };
const PLAN: Plan = {
  id: 'p', name: 'p', region: { level: 'prefecture', code: '4109', name: 'x' }, years: [2020, 2022], stationKindsCounted: ['macro'], notSimulated: [], subsidy: null,
  targets: [{ id: 't', year: 2022, quote: '', kind: 'areaCoverage', areas: ['township'], criterion: 'continuous' }],
};
const req = (sites = [] as ReturnType<typeof makeSite>[]): PlanRequest => ({
  goal: 'meet-targets', plan: PLAN, year: 2022, sites, candidates: [], areas: [AREA], regions: null, resM: 50,
  settings: DEFAULT_RADIO, thresholds: DEFAULT_THRESHOLDS, weighting: 'area',
});

describe('omniCoverRadiusM', () => {
  it('every direction reaches the threshold at R; at R + 10 m some direction does not', () => {
    const prepared = preparePlanning({ ...req(), candidates: [makeSite({ id: 'probe', status: 'candidate' }, CENTRE)] });
    if (!prepared.ok) throw new Error(prepared.message);
    const job = prepared.ctx.job;
    const R = omniCoverRadiusM(job, 0);
    expect(R).toBeGreaterThan(200);
    const rsrpAt = (d: number, k: number) => {
      const a = (2 * Math.PI * k) / 72;
      return 10 * Math.log10(sitePowerAtMw(job, 0, job.siteXM[0] + d * Math.sin(a), job.siteYM[0] - d * Math.cos(a)).bestMw);
    };
    for (let k = 0; k < 72; k++) expect(rsrpAt(R, k)).toBeGreaterThanOrEqual(-105);
    expect(Array.from({ length: 72 }, (_, k) => rsrpAt(R + 10, k)).some((v) => v < -105)).toBe(true);
    // The sector edge (60 degrees off boresight, about -10 dB) limits R well below the boresight reach.
    expect(job.registry.reachM(job.siteGainTable[0], 10 ** (-105 / 10))).toBeGreaterThan(R * 1.3);
  });
});

describe('hexCandidates', () => {
  it('lays a sqrt(3) R lattice over a failing area, one point at its centroid, all within R/2 of it', () => {
    const out = hexCandidates(req(), { operator: 'CMCC' });
    if (!out.ok) throw new Error(out.message);
    const [a] = out.areas;
    expect(a.id).toBe('tw');
    expect(a.spacingM).toBeCloseTo(Math.sqrt(3) * a.cellRadiusM, 9);
    expect(out.sites).toHaveLength(a.candidates);
    const km = (p: [number, number]) => distance(CENTRE, p, { units: 'kilometers' });
    expect(Math.min(...out.sites.map((s) => km(s.lonLat)))).toBeLessThan(0.01);
    for (const s of out.sites) expect(km(s.lonLat)).toBeLessThan(2.4 + a.cellRadiusM / 2000 + 0.01);
    // Nearest neighbour of the centre point is one spacing away (hexagonal lattice).
    const sorted = out.sites.map((s) => km(s.lonLat)).sort((x, y) => x - y);
    expect(sorted[1] * 1000).toBeCloseTo(a.spacingM, -1);
    expect(out.sites.every((s) => s.status === 'candidate' && s.operator === 'CMCC' && s.props.generated === 'hex')).toBe(true);
  });

  it('lays nothing over an area the existing network already passes', () => {
    const dense = [0, 60, 120, 180, 240, 300].map((b, i) => makeSite({ id: `r${i}`, status: 'built', year: 2020 }, destination(CENTRE, 2.0, b, { units: 'kilometers' }).geometry.coordinates as [number, number]));
    const out = hexCandidates(req([...dense, makeSite({ id: 'c', status: 'built', year: 2020 }, CENTRE)]), { operator: 'CMCC' });
    if (!out.ok) throw new Error(out.message);
    expect(out.sites).toEqual([]);
  });
});
