// Property test (fast-check, fixed seed): the coverage engine's radial walk (RadialBullington,
// running Stim, prefix sums of the smooth-earth fit, the v <= -0.78 shortcut) gives, at every
// sample k, the loss of the full ITU-R P.526-16 section 4.5 method over the profile's points
// 0..k (deltaBullingtonPrefix) and the same obstruction verdict (Stim >= Str, section 4.5.1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bullingtonLoss } from '../../src/engine/radio/bullington.ts';
import { deltaBullingtonPrefix, DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, wavelengthM } from '../../src/engine/radio/delta-bullington.ts';
import { RadialBullington, smoothEarthClear } from '../../src/engine/terrain/radial-bullington.ts';
import { sphericalEarthLossDb } from '../../src/engine/radio/spherical-earth.ts';

const SEED = 20_261_205;

const profileArb = fc.record({
  count: fc.integer({ min: 2, max: 60 }),
  stepM: fc.double({ min: 30, max: 400, noNaN: true }),
  baseM: fc.double({ min: -50, max: 3000, noNaN: true }),
  // Relief amplitude: from a gentle plain to steep hills.
  reliefM: fc.double({ min: 0, max: 400, noNaN: true }),
  seeds: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 60, maxLength: 60 }),
  hBsM: fc.double({ min: 5, max: 80, noNaN: true }),
  hUtM: fc.double({ min: 1, max: 10, noNaN: true }),
  fGhz: fc.double({ min: 0.7, max: 4.9, noNaN: true }),
});

describe('RadialBullington equals deltaBullingtonPrefix per sample', () => {
  it('on random profiles (flat, gentle and hilly)', () => {
    fc.assert(fc.property(profileArb, (p) => {
      const dKm = new Float64Array(p.count), h = new Float64Array(p.count);
      let smooth = 0;
      for (let k = 0; k < p.count; k++) {
        dKm[k] = (k * p.stepM) / 1000;
        smooth = 0.6 * smooth + 0.4 * p.seeds[k]; // correlated relief, as real terrain
        h[k] = p.baseM + p.reliefM * smooth;
      }
      const ae = DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, hts = h[0] + p.hBsM;
      const radial = new RadialBullington(dKm, h, hts, p.hUtM, p.fGhz, ae, wavelengthM(p.fGhz));
      for (let k = 1; k < p.count; k++) {
        const obstructed = radial.advance();
        const hrs = h[k] + p.hUtM;
        const want = deltaBullingtonPrefix(dKm, h, h, k + 1, hts, hrs, p.fGhz, ae, 'v', 0).ldDb;
        expect(radial.lossDb()).toBeCloseTo(want, 9);
        if (k > 1) expect(obstructed).toBe(bullingtonLoss(dKm, h, k + 1, hts, hrs, ae, wavelengthM(p.fGhz)).obstructed);
      }
    }), { seed: SEED, numRuns: 500 });
  });
});

describe('smoothEarthClear (the section 3.2 shortcut)', () => {
  it('is true only where sphericalEarthLossDb is 0, and holds for typical short cellular paths', () => {
    let clear = 0;
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 60, noNaN: true }), fc.double({ min: 0.5, max: 300, noNaN: true }), fc.double({ min: 0.5, max: 300, noNaN: true }),
      fc.double({ min: 0.7, max: 6, noNaN: true }),
      (dKm, h1M, h2M, fGhz) => {
        const lambda = wavelengthM(fGhz);
        if (!smoothEarthClear(dKm, h1M, h2M, DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, lambda)) return;
        clear++;
        expect(sphericalEarthLossDb(dKm, h1M, h2M, DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, fGhz, lambda, 'v', 0)).toBe(0);
      },
    ), { seed: SEED, numRuns: 3000 });
    expect(clear).toBeGreaterThan(300);
    // A 30 m mast, a 1.5 m user, 2 km at 3.5 GHz: clear.
    expect(smoothEarthClear(2, 30, 1.5, DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, wavelengthM(3.5))).toBe(true);
  });
});
