// `g5plan plan` (contract section 5, issue 5) on the township fixture of the targets' hole test:
// a 2.4 km disk, a ring of six built macros 2.0 km out (fails 'continuous': a hole in the
// middle), candidates: a decoy 20 km east, one on the rim, one at the centre. The centre alone
// restores the area; `g5plan check` on sites + chosen must then pass the township target.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const F = join(FIXTURES, 'planning');
const dir = mkdtempSync(join(tmpdir(), 'g5plan-plan-'));
const base = ['--sites', join(F, 'sites-ring.geojson'), '--areas', join(F, 'areas.geojson')];

function plan(args: string[]) {
  const r = runCli(['plan', ...base, ...args, '--json']);
  return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : null };
}

describe('g5plan plan --goal meet-targets', () => {
  const out = join(dir, 'chosen.geojson');
  const r = plan(['--candidates', join(F, 'candidates.geojson'), '--goal', 'meet-targets', '--out', out]);

  it('prints the contract keys: one site chosen, goal met, share up', () => {
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const j = r.json;
    expect(j).toMatchObject({ chosen: 1, costYuan: 0, goalMet: true, areasFailingBefore: 1, shortAreas: [], plan: 'puyang-2020-2022', year: 2022 });
    expect(j.coveredShareBefore).toBeLessThan(j.coveredShareAfter);
    expect(typeof j.elapsedMs).toBe('number');
  });

  it('writes the chosen site as planned in the year, ranked, unknown properties kept', () => {
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.features).toHaveLength(1);
    const p = fc.features[0].properties;
    expect(p).toMatchObject({ id: 'c-centre', name: '中心候选', owner: '铁塔', status: 'planned', year: 2022, rank: 1 });
    expect(p.gainPixels).toBeGreaterThan(0);
    expect(p.gainKm2).toBeCloseTo(p.gainPixels * 0.0025, 4);
  });

  it('g5plan check agrees: the ring plus the chosen site passes the 2022 township target', () => {
    const sites = JSON.parse(readFileSync(join(F, 'sites-ring.geojson'), 'utf8'));
    sites.features.push(...JSON.parse(readFileSync(out, 'utf8')).features);
    const merged = join(dir, 'merged.geojson');
    writeFileSync(merged, JSON.stringify(sites));
    const c = runCli(['check', '--sites', merged, '--targets', 'puyang-2020-2022', '--areas', join(F, 'areas.geojson'), '--json']);
    expect(c.code).toBe(0);
    const row = JSON.parse(c.stdout).results.find((x: { id: string }) => x.id === 'py-2022-townships');
    expect(row.pass).toBe(true);
  });

  it('gives the same answer with two worker threads', () => {
    const out2 = join(dir, 'chosen-2.geojson');
    const r2 = plan(['--candidates', join(F, 'candidates.geojson'), '--goal', 'meet-targets', '--out', out2, '--workers', '2']);
    expect(r2.code).toBe(0);
    expect(r2.json.workers).toBe(2);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('reports the short area when only the decoy is offered', () => {
    const only = join(dir, 'decoy.geojson');
    const c = JSON.parse(readFileSync(join(F, 'candidates.geojson'), 'utf8'));
    c.features = c.features.filter((f: { properties: { id: string } }) => f.properties.id === 'c-far');
    writeFileSync(only, JSON.stringify(c));
    const s = plan(['--candidates', only, '--goal', 'meet-targets', '--out', join(dir, 'none.geojson')]);
    expect(s.code).toBe(0);
    expect(s.json.goalMet).toBe(false);
    expect(s.json.chosen).toBe(0);
    expect(s.json.shortAreas.map((a: { id: string }) => a.id)).toEqual(['tw']);
  });

  it('--candidates hex: a lattice over the failing township, one lattice site restores it', () => {
    const h = plan(['--candidates', 'hex', '--goal', 'meet-targets', '--out', join(dir, 'hex.geojson')]);
    expect(h.code).toBe(0);
    expect(h.json.goalMet).toBe(true);
    expect(h.json.hexAreas).toHaveLength(1);
    expect(h.json.hexAreas[0].id).toBe('tw');
    expect(h.json.hexAreas[0].spacingM).toBeCloseTo(Math.sqrt(3) * h.json.hexAreas[0].cellRadiusM, 6);
    expect(h.json.chosen).toBeGreaterThanOrEqual(1);
  });
});

describe('g5plan plan --goal max-coverage', () => {
  it('--max-sites 1 picks the single candidate with the most residents newly covered', () => {
    const out = join(dir, 'mc.geojson');
    const r = plan(['--candidates', join(F, 'candidates.geojson'), '--goal', 'max-coverage', '--max-sites', '1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ chosen: 1, goalMet: true, weighting: 'population', resM: 100 });
    const p = JSON.parse(readFileSync(out, 'utf8')).features[0].properties;
    expect(p.rank).toBe(1);
    expect(p.gainPopulation).toBeGreaterThan(0);
  });

  it('--budget uses costYuan and never spends more than the budget', () => {
    const c = JSON.parse(readFileSync(join(F, 'candidates.geojson'), 'utf8'));
    c.features.forEach((f: { properties: Record<string, unknown> }, i: number) => { f.properties.costYuan = [250000, 100000, 250000][i]; });
    const costed = join(dir, 'costed.geojson');
    writeFileSync(costed, JSON.stringify(c));
    const r = plan(['--candidates', costed, '--goal', 'max-coverage', '--budget', '300000', '--weight', 'area', '--out', join(dir, 'b.geojson')]);
    expect(r.code).toBe(0);
    expect(r.json.costYuan).toBeLessThanOrEqual(300000);
    expect(r.json.weighting).toBe('area');
  });
});

describe('user errors: one line on stderr, exit 1', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown goal', ['--candidates', join(F, 'candidates.geojson'), '--goal', 'cheapest', '--out', join(dir, 'x.geojson')], /--goal must be one of meet-targets, max-coverage/],
    ['missing --out', ['--candidates', join(F, 'candidates.geojson'), '--goal', 'meet-targets'], /missing required option --out/],
    ['missing candidates file', ['--candidates', join(F, 'nope.geojson'), '--goal', 'meet-targets', '--out', join(dir, 'x.geojson')], /nope\.geojson: file not found/],
    ['max-coverage without a limit', ['--candidates', join(F, 'candidates.geojson'), '--goal', 'max-coverage', '--out', join(dir, 'x.geojson')], /needs a limit/],
    ['budget without costs', ['--candidates', join(F, 'candidates.geojson'), '--goal', 'max-coverage', '--budget', '5', '--out', join(dir, 'x.geojson')], /costYuan/],
    ['year outside the plan', ['--candidates', join(F, 'candidates.geojson'), '--goal', 'meet-targets', '--year', '2030', '--out', join(dir, 'x.geojson')], /--year 2030 is outside plan/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = runCli(['plan', ...base, ...args, '--json']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    });
  }

  it('a candidate with a bad costYuan is named by index, id and field', () => {
    const c = JSON.parse(readFileSync(join(F, 'candidates.geojson'), 'utf8'));
    c.features[0].properties.costYuan = 100;
    c.features[1].properties.costYuan = -5;
    const bad = join(dir, 'bad-cost.geojson');
    writeFileSync(bad, JSON.stringify(c));
    const r = runCli(['plan', ...base, '--candidates', bad, '--goal', 'meet-targets', '--out', join(dir, 'x.geojson')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/candidate 1 \("c-edge"\), field "costYuan": must be a positive number, got -5/);
  });
});

describe('g5plan plan: candidates outside the plan\'s region (issue 12)', () => {
  const cands = JSON.parse(readFileSync(join(F, 'candidates.geojson'), 'utf8'));
  // One more candidate in 安阳 (Anyang), west of Puyang: outside the plan's region.
  cands.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [114.35, 36.1] }, properties: { id: 'c-anyang', status: 'candidate' } });
  const file = join(dir, 'cands-outside.geojson');
  writeFileSync(file, JSON.stringify(cands));

  it('are not offered, counted in dropped.outside and named in a warning; --allow-outside-region offers them', () => {
    const r = plan(['--candidates', file, '--goal', 'meet-targets', '--out', join(dir, 'o1.geojson')]);
    expect(r.code).toBe(0);
    expect(r.json.dropped.outside).toBe(1);
    expect(r.json.warnings).toContain('1 candidate(s) outside the plan\'s region were not offered');
    const allowed = plan(['--candidates', file, '--goal', 'meet-targets', '--out', join(dir, 'o2.geojson'), '--allow-outside-region']);
    expect(allowed.json.dropped.outside).toBe(0);
    expect(allowed.json.candidatesEligible).toBe(r.json.candidatesEligible + 1);
  });
});
