// Hand-worked values for 3GPP TR 38.901 V17 Table 7.4.1-1, UMa and UMi-Street Canyon (median, dB).
// Common inputs: fc = 3.5 GHz, so 20 log10(3.5) = 20 * 0.544068 = 10.881361 dB; c = 299792458 m/s.
import { describe, expect, it } from 'vitest';
import {
  breakpointUrbanM, pathLossUmaLos, pathLossUmaNlos, pathLossUmiLos, pathLossUmiNlos,
} from '../../../src/engine/radio/index.ts';

const d3 = (d2dM: number, hBsM: number, hUtM: number) => Math.hypot(d2dM, hBsM - hUtM);

describe('UMa LOS (TR 38.901 Table 7.4.1-1)', () => {
  // hBS = 25, hUT = 1.5, hE = 1: d'BP = 4 * 24 * 0.5 * 3.5e9 / 299792458 = 1.68e11 / 299792458 = 560.388 m
  it('breakpoint d\'BP = 4 h\'BS h\'UT fc / c', () => {
    expect(breakpointUrbanM(3.5, 25, 1.5)).toBeCloseTo(560.388, 3);
  });
  it('PL1 below the breakpoint: d2D = 100 m', () => {
    // d3D = sqrt(100^2 + 23.5^2) = sqrt(10552.25) = 102.7241; log10 = 2.011673
    // PL1 = 28 + 22 * 2.011673 + 10.881361 = 28 + 44.256796 + 10.881361 = 83.1382
    expect(pathLossUmaLos(3.5, 100, d3(100, 25, 1.5), 25, 1.5)).toBeCloseTo(83.1382, 3);
  });
  it('PL2 beyond the breakpoint: d2D = 1000 m', () => {
    // d3D = sqrt(1e6 + 552.25) = 1000.2761; log10 = 3.000120
    // d'BP^2 + (hBS - hUT)^2 = 560.388^2 + 552.25 = 314586.60; log10 = 5.497740
    // PL2 = 28 + 40 * 3.000120 + 10.881361 - 9 * 5.497740 = 28 + 120.004795 + 10.881361 - 49.479662 = 109.4065
    expect(pathLossUmaLos(3.5, 1000, d3(1000, 25, 1.5), 25, 1.5)).toBeCloseTo(109.4065, 3);
  });
  it('both sides of the breakpoint: 560 m uses PL1, 561 m uses PL2, and they nearly meet', () => {
    // 560 m: d3D = 560.4929, log10 = 2.748570; PL1 = 28 + 60.468542 + 10.881361 = 99.3499
    // 561 m: d3D = 561.4920, log10 = 2.749344; PL2 = 28 + 109.973742 + 10.881361 - 49.479662 = 99.3754
    expect(pathLossUmaLos(3.5, 560, d3(560, 25, 1.5), 25, 1.5)).toBeCloseTo(99.3499, 3);
    expect(pathLossUmaLos(3.5, 561, d3(561, 25, 1.5), 25, 1.5)).toBeCloseTo(99.3754, 3);
  });
});

describe('UMa NLOS = max(PL_LOS, PL\'_NLOS) (TR 38.901 Table 7.4.1-1)', () => {
  it('d2D = 100 m: PL\' = 13.54 + 39.08 log10(d3D) + 20 log10(fc) - 0.6 (hUT - 1.5)', () => {
    // PL' = 13.54 + 39.08 * 2.011673 + 10.881361 - 0 = 13.54 + 78.616163 + 10.881361 = 103.0375 (> LOS 83.14)
    expect(pathLossUmaNlos(3.5, 100, d3(100, 25, 1.5), 25, 1.5)).toBeCloseTo(103.0375, 3);
  });
  it('the contract example line: d2D = 500, d3D = 501.2', () => {
    // log10(501.2) = 2.700011; PL' = 13.54 + 39.08 * 2.700011 + 10.881361 = 13.54 + 105.516432 + 10.881361 = 129.9378
    expect(pathLossUmaNlos(3.5, 500, 501.2, 25, 1.5)).toBeCloseTo(129.9378, 3);
  });
  it('d2D = 1000 m', () => {
    // PL' = 13.54 + 39.08 * 3.000120 + 10.881361 = 13.54 + 117.244685 + 10.881361 = 141.6660 (> LOS 109.41)
    expect(pathLossUmaNlos(3.5, 1000, d3(1000, 25, 1.5), 25, 1.5)).toBeCloseTo(141.6660, 3);
  });
  it('takes the LOS value when it is larger: hUT = 22.5 m, d2D = 10 m', () => {
    // d3D = sqrt(100 + 2.5^2) = 10.30776, log10 = 1.013164; d'BP = 4*24*21.5*3.5e9/c = 24096.7 m > d2D -> PL1
    // PL1 = 28 + 22 * 1.013164 + 10.881361 = 61.1710
    // PL' = 13.54 + 39.08 * 1.013164 + 10.881361 - 0.6 * 21 = 13.54 + 39.594467 + 10.881361 - 12.6 = 51.4158
    expect(pathLossUmaNlos(3.5, 10, d3(10, 25, 22.5), 25, 22.5)).toBeCloseTo(61.1710, 3);
  });
});

describe('UMi-Street Canyon LOS (TR 38.901 Table 7.4.1-1)', () => {
  // hBS = 10, hUT = 1.5: d'BP = 4 * 9 * 0.5 * 3.5e9 / 299792458 = 6.3e10 / 299792458 = 210.145 m
  // d'BP^2 + (10 - 1.5)^2 = 44161.08 + 72.25; log10 = 4.645750
  it('breakpoint', () => {
    expect(breakpointUrbanM(3.5, 10, 1.5)).toBeCloseTo(210.145, 3);
  });
  it('PL1 = 32.4 + 21 log10(d3D) + 20 log10(fc): d2D = 50 and 200 m (below d\'BP)', () => {
    // 50 m: d3D = 50.71735, log10 = 1.705157; PL1 = 32.4 + 35.808288 + 10.881361 = 79.0896
    // 200 m: d3D = 200.18054, log10 = 2.301422; PL1 = 32.4 + 48.329859 + 10.881361 = 91.6112
    expect(pathLossUmiLos(3.5, 50, d3(50, 10, 1.5), 10, 1.5)).toBeCloseTo(79.0896, 3);
    expect(pathLossUmiLos(3.5, 200, d3(200, 10, 1.5), 10, 1.5)).toBeCloseTo(91.6112, 3);
  });
  it('PL2 = 32.4 + 40 log10(d3D) + 20 log10(fc) - 9.5 log10(d\'BP^2 + (hBS-hUT)^2): d2D = 1000 m', () => {
    // d3D = 1000.0361, log10 = 3.000016; PL2 = 32.4 + 120.000628 + 10.881361 - 9.5 * 4.645750 = 119.1474
    expect(pathLossUmiLos(3.5, 1000, d3(1000, 10, 1.5), 10, 1.5)).toBeCloseTo(119.1474, 3);
  });
});

describe('UMi-Street Canyon NLOS (TR 38.901 Table 7.4.1-1)', () => {
  // PL' = 35.3 log10(d3D) + 22.4 + 21.3 log10(fc) - 0.3 (hUT - 1.5); 21.3 log10(3.5) = 11.588649
  it('d2D = 50 m', () => {
    // PL' = 35.3 * 1.705157 + 22.4 + 11.588649 = 60.192028 + 22.4 + 11.588649 = 94.1807 (> LOS 79.09)
    expect(pathLossUmiNlos(3.5, 50, d3(50, 10, 1.5), 10, 1.5)).toBeCloseTo(94.1807, 3);
  });
  it('d2D = 200 m', () => {
    // PL' = 35.3 * 2.301422 + 22.4 + 11.588649 = 81.240192 + 33.988649 = 115.2288
    expect(pathLossUmiNlos(3.5, 200, d3(200, 10, 1.5), 10, 1.5)).toBeCloseTo(115.2288, 3);
  });
  it('d2D = 1000 m', () => {
    // PL' = 35.3 * 3.000016 + 33.988649 = 105.900554 + 33.988649 = 139.8892 (> LOS 119.15)
    expect(pathLossUmiNlos(3.5, 1000, d3(1000, 10, 1.5), 10, 1.5)).toBeCloseTo(139.8892, 3);
  });
});
