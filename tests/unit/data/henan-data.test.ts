// The committed Henan dataset (issue 2 section 2): all 18 prefecture-level units, every census
// person kept, the unmatched report, and data/targets.json byte-identical to the shared source.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, SHARED_DIR } from '../../../scripts/data/paths.ts';
import { allPositions, areas, censusPopulation, centroidKmFromCounty, counties, inHenan, overlappingPairs, readData, townships } from './helpers.ts';

describe('data/henan', () => {
  const fc = counties('henan');

  it('covers all 18 prefecture-level units (17 cities + 济源)', () => {
    const prefs = new Set(fc.features.map((f) => f.properties.prefectureCode));
    expect(prefs.size).toBe(18);
    expect(prefs.has('4190')).toBe(true);
  });

  it('keeps the official Henan census total, 99,365,519 (shared/data README)', () => {
    const census = [...censusPopulation('41').values()].reduce((s, x) => s + x, 0);
    expect(census).toBe(99_365_519);
    expect(fc.features.reduce((s, f) => s + f.properties.population, 0)).toBe(census);
  });

  it('has unique 6-digit codes and all coordinates inside Henan', () => {
    const codes = fc.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of fc.features) {
      expect(f.properties.code).toMatch(/^41\d{4}$/);
      expect(allPositions(f.geometry).every(inHenan), f.properties.code).toBe(true);
    }
  });

  it('reports every unit without a polygon in unmatched.json (the census statistical zones)', () => {
    const u = readData<{ unitsWithoutPolygon: { code: string }[]; censusRowsWithoutUnit: unknown[]; polygonsWithoutUnit: unknown[] }>('henan/unmatched.json');
    expect(u.polygonsWithoutUnit).toEqual([]);
    expect(u.censusRowsWithoutUnit).toEqual([]);
    for (const x of u.unitsWithoutPolygon) expect(x.code[4], x.code).toBe('7');
  });

  it('lists the 2,586 township units, 1,908 placed (shared/data README)', () => {
    const list = townships('henan');
    expect(list).toHaveLength(2586);
    expect(list.filter((t) => t.lonLat)).toHaveLength(1908);
  });

  it('has unique area ids, centroids in their county, no overlap within a county', () => {
    const fcA = areas('henan');
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f]));
    const ids = fcA.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fcA.features.filter((f) => f.properties.tier === 'prefecture-urban')).toHaveLength(18);
    const far = fcA.features.filter((f) => centroidKmFromCounty(f, byCode.get(f.properties.county)!) >= 1).map((f) => f.properties.id);
    expect(far).toEqual([]);
    expect(overlappingPairs(fcA.features)).toEqual([]);
  });

  it('copies targets.json byte for byte', () => {
    const a = fs.readFileSync(path.join(DATA_DIR, 'targets.json'));
    const b = fs.readFileSync(path.join(SHARED_DIR, 'targets.json'));
    expect(a.equals(b)).toBe(true);
  });
});
