// Pass/fail fixture folders (tests/fixtures/targets/cases/<name>/): sites.geojson + targets.json
// + expected.json whose "note" works the figures by hand. The CLI test runs the same folders.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSitesGeoJson } from '../../../src/engine/model/parse-sites.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import { evaluateTargets } from '../../../src/engine/targets/evaluate.ts';
import { parseTargetsFile } from '../../../src/engine/targets/parse-targets.ts';
import { assignCounties } from '../../../src/engine/model/site-counties.ts';

const dir = fileURLToPath(new URL('../../fixtures/targets/cases/', import.meta.url));

describe.each(readdirSync(dir))('targets case %s', (name) => {
  it('gives the hand-worked results', () => {
    const read = (f: string) => readFileSync(`${dir}${name}/${f}`, 'utf8');
    const sites = parseSitesGeoJson(read('sites.geojson'), 'sites.geojson');
    const targets = parseTargetsFile(read('targets.json'), 'targets.json');
    if (!sites.ok || !targets.ok) throw new Error('fixture does not parse');
    const expected = JSON.parse(read('expected.json'));
    const report = evaluateTargets({
      plan: targets.value.plans[0], year: expected.year, sites: sites.value, siteCounty: assignCounties(sites.value, null),
      regions: null, areas: null, raster: null, thresholds: DEFAULT_THRESHOLDS,
    });
    expect(report.year).toBe(expected.year);
    expect(report.results).toHaveLength(expected.results.length);
    expected.results.forEach((row: Record<string, unknown>, i: number) => {
      const { actual, ...rest } = row;
      expect(report.results[i]).toMatchObject(rest);
      if (typeof actual === 'number') expect(report.results[i].actual).toBeCloseTo(actual, 12);
      else if (actual !== undefined) expect(report.results[i].actual).toEqual(actual);
    });
  });
});
