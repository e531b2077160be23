// ITU-R P.526-16 section 4.5 (delta-Bullington), worked by hand. f = 3 GHz: lambda = c / f = 0.0999308 m;
// ae = 8495 km, so 500 Ce = 500 / 8495 = 0.0588582 m/km^2.
import { describe, expect, it } from 'vitest';
import { knifeEdgeLossDb } from '../../../src/engine/radio/knife-edge.ts';
import { deltaBullington, smoothEarthHeights } from '../../../src/engine/radio/delta-bullington.ts';
import { firstTermLossDb, sphericalEarthLossDb } from '../../../src/engine/radio/spherical-earth.ts';

describe('J(v), P.526-16 eq. (31): 6.9 + 20 log10(sqrt((v - 0.1)^2 + 1) + v - 0.1)', () => {
  it('v = 0: 6.9 + 20 log10(sqrt(1.01) - 0.1) = 6.9 + 20 log10(0.904988) = 6.0329 dB', () => {
    expect(knifeEdgeLossDb(0)).toBeCloseTo(6.032852, 5);
  });
  it('v = 1: 6.9 + 20 log10(sqrt(1.81) + 0.9) = 6.9 + 20 log10(2.245362) = 13.9257 dB', () => {
    expect(knifeEdgeLossDb(1)).toBeCloseTo(13.925729, 5);
  });
  it('v = -0.5: 6.9 + 20 log10(sqrt(1.36) - 0.6) = 6.9 + 20 log10(0.566190) = 1.9592 dB; 0 at and below v = -0.78', () => {
    expect(knifeEdgeLossDb(-0.5)).toBeCloseTo(1.959250, 5);
    expect(knifeEdgeLossDb(-0.78)).toBe(0);
    expect(knifeEdgeLossDb(-3)).toBe(0);
  });
});

describe('delta-Bullington', () => {
  it('two obstacles, 10 km at 3 GHz: trans-horizon Bullington over the actual profile (section 4.5.1)', () => {
    // Points d = 0, 3, 7, 10 km; ground 0, 60, 50, 0 m; hts = 20 m, hrs = 10 m.
    // Earth bulge 500 Ce di (d - di) = 0.0588582 * 21 = 1.236021 m at both obstacles: 61.236021 and 51.236021 m.
    // Stim = max((61.236021 - 20)/3, (51.236021 - 20)/7) = 13.745340; Str = (10 - 20)/10 = -1 -> obstructed.
    // Srim = max((61.236021 - 10)/7, (51.236021 - 10)/3) = 13.745340.
    // dbp = (10 - 20 + 13.745340 * 10) / (2 * 13.745340) = 4.636240 km
    // vb = [20 + 13.745340 * 4.636240 - (20 * 5.363760 + 10 * 4.636240)/10] sqrt(0.02 / (0.0999308 * 4.636240 * 5.363760))
    //    = 6.132935;  Luc = J(6.132935) = 28.590230;  Lbulla = 28.590230 + (1 - exp(-28.590230/6)) (10 + 0.2) = 38.703300 dB
    // Smooth earth: v1 = 3*60 + 4*110 + 3*50 = 770; v2 = 3*360 + 4*(50*17 + 60*13) + 3*(50*24) = 11200;
    //   hst = (2*770*10 - 11200)/100 = 42, hsr = (11200 - 7700)/100 = 35; H = 43, 37 m, hobs = 43,
    //   aobt = 43/3, aobr = 37/3 -> hstp = 42 - 43*0.5375 = 18.8875, hsrp = 35 - 43*0.4625 = 15.1125;
    //   both above the terminals' ground 0 -> hstd = hsrd = 0, so h'ts = 20, h'rs = 10.
    // Lbulls: zero profile, bulge 1.236021 m: Stim = -2.680568 < Str -> LOS; vmax = (1.236021 - 13) *
    //   sqrt(0.02 / (0.0999308 * 21)) = -1.1485 < -0.78 -> 0 dB.
    // Ldsph (section 3.2): d_los = 31.47 km > 10; m = 0.098097, c = 1/3, b = 0.306118, d1 = 6.530590 km,
    //   clearance h = 12.1358 m > hreq = 17.456 sqrt(6.530590 * 3.469410 * 0.0999308 / 10) = 8.3061 m -> 0 dB.
    // Ld = 38.7033 + max(0 - 0, 0) = 38.7033 dB.
    const hts = smoothEarthHeights([0, 3, 7, 10], [0, 60, 50, 0], 4, 20, 10);
    expect(hts.hstdM).toBe(0);
    expect(hts.hsrdM).toBe(0);
    const r = deltaBullington({ fGhz: 3, dKm: [0, 3, 7, 10], hM: [0, 60, 50, 0], htsM: 20, hrsM: 10 });
    expect(r.obstructed).toBe(true);
    expect(r.lbullaDb).toBeCloseTo(38.703300, 4);
    expect(r.lbullsDb).toBe(0);
    expect(r.ldsphDb).toBe(0);
    expect(r.ldDb).toBeCloseTo(38.703300, 4);
  });

  it('smooth-earth heights when the fit stays below the terminals: hst, hsr of the least-squares line', () => {
    // Points 0, 5, 10 km, ground 100, 80, 60 m: the fit is the line itself, hst = 100, hsr = 60 (no obstruction above
    // the terminals' ray from 130 to 61.5 m), clipped to the ground at each end: hstd = 100, hsrd = 60.
    const h = smoothEarthHeights([0, 5, 10], [100, 80, 60], 3, 130, 61.5);
    expect(h.hstdM).toBeCloseTo(100, 9);
    expect(h.hsrdM).toBeCloseTo(60, 9);
  });

  it('a line-of-sight profile well clear of the terrain has zero loss', () => {
    // 5 km, masts 60 m over a 20 m mound: v at 2.5 km = (20 + 0.0588582*6.25 - 30.75) * sqrt(0.01/(0.0999308*6.25)) = -1.31 < -0.78.
    const r = deltaBullington({ fGhz: 3, dKm: [0, 1.25, 2.5, 3.75, 5], hM: [0, 5, 20, 5, 0], htsM: 60, hrsM: 1.5 });
    expect(r).toEqual({ ldDb: 0, lbullaDb: 0, lbullsDb: 0, ldsphDb: 0, obstructed: false });
  });

  it('a flat profile beyond the radio horizon gives the spherical-earth loss only (section 3.1.1 first term)', () => {
    // 40 km over sea-level land at 0.9 GHz, vertical pol., 30 m and 1.5 m: d_los = 130.35 (sqrt 0.03 + sqrt 0.0015) = 27.62 km < 40.
    // K_V = 0.0087730, beta = 0.999777, X = 21.88 beta (0.9/8495^2)^(1/3) 40 = 2.029157 -> F = 11 + 10 log X - 17.6 X = -21.640006;
    // Y1 = 1.312010 -> G = 20 log(B + 0.1 B^3) = 3.735799; Y2 = 0.065600 -> 20 log(...) = -23.66006, above 2 + 20 log K = -39.14;
    // Ldsph = 21.640006 - 3.735799 + 23.660063 = 41.564269 dB. The actual profile equals its smooth fit, so Lbulla = Lbulls
    // and Ld = Lbulla + max(Ldsph - Lbulls, 0) = Ldsph.
    const dKm = Array.from({ length: 41 }, (_, i) => i);
    const r = deltaBullington({ fGhz: 0.9, dKm, hM: dKm.map(() => 0), htsM: 30, hrsM: 1.5, pol: 'v' });
    expect(r.ldsphDb).toBeCloseTo(41.564269, 4);
    expect(r.lbullaDb).toBe(r.lbullsDb);
    expect(r.lbullsDb).toBeLessThan(r.ldsphDb);
    expect(r.ldDb).toBeCloseTo(41.564269, 4);
  });

  it('a constant-height plateau gives exactly what sea level gives (the method only sees height differences)', () => {
    const dKm = Array.from({ length: 41 }, (_, i) => i);
    const sea = deltaBullington({ fGhz: 0.9, dKm, hM: dKm.map(() => 0), htsM: 30, hrsM: 1.5 });
    const plateau = deltaBullington({ fGhz: 0.9, dKm, hM: dKm.map(() => 400), htsM: 430, hrsM: 401.5 });
    expect(plateau.ldDb).toBeCloseTo(sea.ldDb, 9);
  });

  it('sea paths mix sea and land constants by the sea fraction; at 100 MHz vertical polarisation over sea differs', () => {
    const land = firstTermLossDb(60, 30, 1.5, 8495, 0.1, 'v', 0);
    const sea = firstTermLossDb(60, 30, 1.5, 8495, 0.1, 'v', 1);
    expect(firstTermLossDb(60, 30, 1.5, 8495, 0.1, 'v', 0.25)).toBeCloseTo(0.25 * sea + 0.75 * land, 9);
    expect(land - sea).toBeGreaterThan(10);
    expect(firstTermLossDb(60, 30, 1.5, 8495, 0.1, 'h', 1) - sea).toBeGreaterThan(10);
    expect(sphericalEarthLossDb(60, 30, 1.5, 8495, 0.1, 2.998, 'v', 0)).toBe(land);
  });
});
