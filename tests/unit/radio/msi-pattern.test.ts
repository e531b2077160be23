// Vendor antenna patterns (Planet/MSI): parsing, one worked value, and the coverage engine using the pattern.
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { parseMsiPattern, sectorPatternGainDb } from '../../../src/engine/radio/msi-pattern.ts';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { gridProjection } from '../../../src/engine/geo/projection.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import { azimuthOffsetDeg, bearingDeg, pathLoss, zenithAngleDeg } from '../../../src/engine/radio/index.ts';
import { makeSite } from '../../fixtures/make-site.ts';
import { RECT_REGION } from '../../fixtures/coverage-scenario.ts';

// H(a) = min(0.05 a^2, 25) dB, V(a) = min(3 |a - 6|, 25) dB (electrical tilt 6 degrees), GAIN 15.85 dBd.
const TEXT = readFileSync(new URL('../../fixtures/patterns/test-65-6t.msi', import.meta.url), 'utf8');

describe('Planet/MSI antenna patterns', () => {
  it('parses the header and both cuts; dBd gain becomes dBi (+2.15)', () => {
    const p = parseMsiPattern(TEXT, 'test-65-6t.msi');
    expect(p.name).toBe('TEST-65-6T');
    expect(p.gainDbi).toBeCloseTo(18, 9);
    expect(p.electricalTiltDeg).toBe(6);
    expect(p.horizontalDb[20]).toBe(20);
    expect(p.verticalDb[4]).toBe(6);
  });

  it('worked value: 20 degrees off boresight, user 285 m away from a 30 m mast, 2 degrees mechanical tilt', () => {
    // H(20) = 0.05 * 400 = 20 dB. Depression = atan(28.5 / 285) = 5.7106 deg; minus 2 deg tilt = 3.7106 deg;
    // V between 3 deg (9 dB) and 4 deg (6 dB): 9 - 3 * 0.7106 = 6.8682 dB. A = -(20 + 6.8682) = -26.8682 dB (< 30 dB cap).
    const p = parseMsiPattern(TEXT, 'test-65-6t.msi');
    const depression = zenithAngleDeg(285, 30, 1.5) - 90;
    expect(sectorPatternGainDb(p, 20, depression, 2)).toBeCloseTo(-26.8682, 3);
    expect(sectorPatternGainDb(p, 180, depression, 2)).toBe(-30);
  });

  it('malformed files and missing patterns are refused with the file, line and reason', () => {
    expect(() => parseMsiPattern('NAME X\nHORIZONTAL 360\n0 0\n1 zero\n', 'bad.msi')).toThrow('bad.msi, line 4: HORIZONTAL cut row 2 of 360 must be "angle attenuation_dB", got "1 zero"');
    expect(() => parseMsiPattern('NAME X\nGAIN 17\n', 'empty.pln')).toThrow('empty.pln: not a Planet/MSI pattern');
    const site = makeSite({ id: 'v', operator: 'CU+CT', model: '38901-uma', sectors: [{ azimuthDeg: 0, pattern: 'NOPE' }] }, [115.06, 35.74]);
    expect(() => computeCoverage({ sites: [site], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO }))
      .toThrow('site v, sectors[0]: antenna pattern "NOPE" was not imported');
  });

  it('the coverage engine uses the pattern instead of the 38.901 one (RSRP within 0.05 dB of the link budget)', () => {
    const pattern = parseMsiPattern(TEXT, 'test-65-6t.msi');
    const site = makeSite({ id: 'p', operator: 'CU+CT', model: '38901-uma', sectors: [{ azimuthDeg: 30, tiltDeg: 2, pattern: 'TEST-65-6T' }] }, [115.06, 35.74]);
    expect(site.sectors[0]).toMatchObject({ pattern: 'TEST-65-6T', tiltDeg: 2 });
    const out = computeCoverage({ sites: [site], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO, patterns: { 'TEST-65-6T': pattern } });
    const { grid } = out.raster, project = gridProjection(grid.centerLonLat), [sx, sy] = project(site.lonLat)!;
    for (const [col, row] of [[57, 38], [58, 40], [56, 36]]) {
      const p = project.invert!([grid.x0M + (col + 0.5) * grid.resM, grid.y0M + (row + 0.5) * grid.resM]) as [number, number];
      const d2dM = distance(site.lonLat, p, { units: 'meters' });
      const pl = pathLoss({ model: '38901-uma', los: false, fcGhz: 3.5, d2dM, d3dM: Math.hypot(d2dM, 28.5), hBsM: 30, hUtM: 1.5 });
      if (!pl.ok) throw new Error(pl.error);
      const [x, y] = project(p)!;
      const gainDb = sectorPatternGainDb(pattern, azimuthOffsetDeg(bearingDeg(x - sx, sy - y), 30), zenithAngleDeg(d2dM, 30, 1.5) - 90, 2);
      const expected = 53 - 10 * Math.log10(12 * 273) + 17 + gainDb - pl.pathLossDb;
      expect(Math.abs(out.raster.rsrpDbm[row * grid.width + col] - expected)).toBeLessThan(0.05);
    }
  });
});
