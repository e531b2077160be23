// Issue 3 "a hole test", in small: a township disk (radius 2.4 km) served by a centre macro and a
// ring of six macros 2.0 km out passes 'continuous'; without the centre site it must fail and
// report a hole polygon where the site was. Radio engine at default settings, 50 m pixels.
import { booleanPointInPolygon, circle, destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import type { TargetArea } from '../../../src/engine/model/dataset.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import type { Site } from '../../../src/engine/model/types.ts';
import { criterionRule, evaluateArea } from '../../../src/engine/targets/area-coverage.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const CENTRE: [number, number] = [115.2, 35.8];
const geometry = circle(CENTRE, 2.4, { steps: 64, units: 'kilometers' }).geometry;
const AREA: TargetArea = { id: 'tw', name: '试验镇', tier: 'township', county: '410928', modelled: true, population: null, geometry };
const RING = [0, 60, 120, 180, 240, 300].map((bearing, i) =>
  makeSite({ id: `ring${i}`, status: 'built', year: 2020 }, destination(CENTRE, 2.0, bearing, { units: 'kilometers' }).geometry.coordinates as [number, number]));

function continuous(sites: Site[]) {
  const { raster } = computeCoverage({
    sites, regions: [{ code: 'tw', name: AREA.name, population: null, urbanShare: null, geometry }], areas: [AREA], resM: 50, settings: DEFAULT_RADIO,
  });
  return evaluateArea(raster, AREA, criterionRule('continuous', DEFAULT_THRESHOLDS));
}

describe('a township with its middle site removed', () => {
  it('passes continuous with the centre site', () => {
    const r = continuous([makeSite({ id: 'centre', status: 'built', year: 2020 }, CENTRE), ...RING]);
    expect(r.pass).toBe(true);
    expect(r.largestHoleKm2).toBeLessThanOrEqual(0.05);
  });
  it('fails continuous without it, and the largest hole\'s polygon covers where the site was', () => {
    const r = continuous(RING);
    expect(r.pass).toBe(false);
    expect(r.largestHoleKm2).toBeGreaterThan(0.05);
    expect(r.holePolygons[0].areaKm2).toBe(r.largestHoleKm2);
    expect(booleanPointInPolygon(CENTRE, r.holePolygons[0].geometry)).toBe(true);
    // No other hole may hold the centre: the report points at the right place.
    expect(r.holePolygons.slice(1).some((h) => booleanPointInPolygon(CENTRE, h.geometry))).toBe(false);
  });
});
