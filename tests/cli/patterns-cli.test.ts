/**
 * `--patterns FILE...` on g5plan check and g5plan plan (issue 14 section 4): sectors naming an
 * imported Planet/MSI pattern use it in the coverage these commands compute; a sector (or a
 * candidate's) naming a pattern that was not given is one stderr line naming the file and field.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const PATTERN = join(FIXTURES, 'patterns/test-65-6t.msi');
const tmp = mkdtempSync(join(tmpdir(), 'g5plan-patterns-'));

/** A copy of a GeoJSON sites file whose sites get three sectors (naming `pattern` when given, else the 38.901 sector). */
function withPatternSectors(path: string, name: string, pattern?: string): string {
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  for (const f of doc.features) f.properties.sectors = [0, 120, 240].map((azimuthDeg) => (pattern ? { azimuthDeg, pattern } : { azimuthDeg }));
  const out = join(tmp, name);
  writeFileSync(out, JSON.stringify(doc));
  return out;
}

function json(args: string[]) {
  const r = runCli([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

function failsWith(args: string[], fragment: string): void {
  const r = runCli(args);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(fragment);
}

describe('--patterns on check and plan', () => {
  it('check: the area targets are computed with the vendor pattern; an unknown pattern is one clear line', () => {
    const plain = join(FIXTURES, 'targets/cases/pass-cumulative-by-operator/sites.geojson');
    const vendor = withPatternSectors(plain, 'check-sites.geojson', 'TEST-65-6T');
    const base = ['check', '--targets', 'puyang-2020-2022', '--year', '2020', '--res', '200'];
    const generic = json([...base, '--sites', withPatternSectors(plain, 'generic.geojson')]);
    const withPattern = json([...base, '--sites', vendor, '--patterns', PATTERN]);
    const area = (doc: { results: { id: string; actual: unknown }[] }) => doc.results.find((r) => r.id === 'py-2020-county-seats')!.actual;
    expect(area(withPattern)).not.toEqual(area(generic));
    failsWith([...base, '--sites', vendor], `${vendor}: site a, field "sectors[0].pattern": antenna pattern "TEST-65-6T" was not imported`);
    failsWith([...base, '--sites', vendor, '--patterns', join(tmp, 'none.msi')], 'none.msi: cannot read (ENOENT)');
  });

  it('plan: existing sites and candidates may name the pattern; the coverage before differs from the 38.901 sector', () => {
    const F = join(FIXTURES, 'planning');
    const args = (sites: string, candidates: string) => ['plan', '--sites', sites, '--areas', join(F, 'areas.geojson'), '--candidates', candidates,
      '--goal', 'max-coverage', '--max-sites', '1', '--out', join(tmp, 'chosen.geojson')];
    const generic = json(args(withPatternSectors(join(F, 'sites-ring.geojson'), 'ring-generic.geojson'), join(F, 'candidates.geojson')));
    const vendorRing = withPatternSectors(join(F, 'sites-ring.geojson'), 'ring.geojson', 'TEST-65-6T');
    const vendorCandidates = withPatternSectors(join(F, 'candidates.geojson'), 'candidates.geojson', 'TEST-65-6T');
    const vendor = json([...args(vendorRing, vendorCandidates), '--patterns', PATTERN]);
    expect(vendor.coveredShareBefore).not.toBe(generic.coveredShareBefore);
    expect(vendor.chosen).toBe(1);
    failsWith(args(vendorRing, vendorCandidates), `${vendorRing}: site ring0, field "sectors[0].pattern"`);
    const badCandidates = withPatternSectors(join(F, 'candidates.geojson'), 'bad-candidates.geojson', 'OTHER');
    failsWith([...args(vendorRing, badCandidates), '--patterns', PATTERN], `${badCandidates}: site c-far, field "sectors[0].pattern": antenna pattern "OTHER" was not imported`);
  });
});
