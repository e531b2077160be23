// meet-targets' per-area requirement (contract section 3, data/targets.json criteria): the
// year's areaCoverage targets merged per area, the strictest share and hole limit winning, and
// the pixel count a share needs by evaluateArea's own test (covered / n >= minShare).
import { describe, expect, it } from 'vitest';
import { areaRulesForYear, checkArea, pixelsNeeded } from '../../../src/engine/planning/area-rules.ts';
import type { TargetArea } from '../../../src/engine/model/dataset.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import type { Plan } from '../../../src/engine/targets/types.ts';

const square = { type: 'Polygon' as const, coordinates: [[[115, 35], [115.01, 35], [115.01, 35.01], [115, 35.01], [115, 35]]] };
const area = (id: string, tier: TargetArea['tier']): TargetArea => ({ id, name: id, tier, county: '410901', modelled: false, population: null, geometry: square });
const plan = (targets: Plan['targets']): Plan => ({
  id: 'p', name: 'p', region: { level: 'prefecture', code: '4109', name: 'x' }, years: [2020, 2022], stationKindsCounted: ['macro'], notSimulated: [], subsidy: null, targets,
});

describe('areaRulesForYear', () => {
  it('merges full (0.95) and basic (0.80) on a county seat into share 0.95, no hole limit; townships untouched by 2022 targets are left out', () => {
    const p = plan([
      { id: 'a', year: 2022, quote: '', kind: 'areaCoverage', areas: ['county-seat'], criterion: 'basic' },
      { id: 'b', year: 2022, quote: '', kind: 'areaCoverage', areas: ['county-seat', 'prefecture-urban'], criterion: 'full' },
      { id: 'c', year: 2021, quote: '', kind: 'areaCoverage', areas: ['township'], criterion: 'continuous' },
    ]);
    const r = areaRulesForYear(p, 2022, [area('cs', 'county-seat'), area('tw', 'township')], DEFAULT_THRESHOLDS);
    expect(r.areas.map((a) => a.id)).toEqual(['cs']);
    expect(r.rules[0]).toEqual({ criterion: 'full', minShare: 0.95, maxHoleKm2: null, targets: ['a', 'b'] });
  });

  it('continuous on top of covered keeps the 0.05 km2 hole limit', () => {
    const p = plan([
      { id: 'a', year: 2022, quote: '', kind: 'areaCoverage', areas: ['township'], criterion: 'covered' },
      { id: 'b', year: 2022, quote: '', kind: 'areaCoverage', areas: ['township'], criterion: 'continuous' },
    ]);
    const r = areaRulesForYear(p, 2022, [area('tw', 'township')], DEFAULT_THRESHOLDS);
    expect(r.rules[0]).toMatchObject({ criterion: 'continuous', minShare: 0.95, maxHoleKm2: 0.05 });
  });
});

describe('pixelsNeeded', () => {
  it('is the smallest covered count whose share meets the target', () => {
    expect(pixelsNeeded(20, 0.95)).toBe(19); // 19/20 = 0.95 exactly
    expect(pixelsNeeded(7232, 0.95)).toBe(6871); // 0.95 x 7232 = 6870.4
    expect(pixelsNeeded(10, 0.8)).toBe(8);
    expect(pixelsNeeded(3, 0.9)).toBe(3);
    expect(pixelsNeeded(0, 0.95)).toBe(0);
  });
});

describe('checkArea', () => {
  // A 10 x 10-pixel area at 50 m (one pixel = 0.0025 km2); a 5 x 5 uncovered block = 0.0625 km2 > 0.05.
  const grid = { centerLonLat: [115, 35] as [number, number], resM: 50, x0M: 0, y0M: 0, width: 10, height: 10 };
  const pixels = Array.from({ length: 100 }, (_, i) => i);
  const rule = { criterion: 'continuous' as const, minShare: 0.7, maxHoleKm2: 0.05 };

  it('fails on a 25-pixel hole though the share (0.75) passes, and lists the hole', () => {
    const covered = new Uint8Array(100).fill(1);
    for (let r = 0; r < 5; r++) for (let c = 0; c < 5; c++) covered[r * 10 + c] = 0;
    const c = checkArea(grid, covered, pixels, rule);
    expect(c.coveredShare).toBe(0.75);
    expect(c.largestHoleKm2).toBeCloseTo(0.0625, 12);
    expect(c.pass).toBe(false);
    expect(c.oversizedHoles).toHaveLength(1);
    expect(c.oversizedHoles[0]).toHaveLength(25);
  });

  it('passes when one covered column splits it into 10 + 10 pixel holes (0.025 km2 each)', () => {
    const covered = new Uint8Array(100).fill(1);
    for (let r = 0; r < 5; r++) for (const c of [0, 1, 3, 4]) covered[r * 10 + c] = 0;
    const c = checkArea(grid, covered, pixels, rule);
    expect(c.pass).toBe(true);
    expect(c.largestHoleKm2).toBeCloseTo(0.025, 12);
  });
});
