// Hand-worked values for 3GPP TR 38.901 V17 Table 7.4.1-1, RMa (median, dB).
// Inputs: fc = 3.5 GHz, hBS = 35 m, hUT = 1.5 m, h = 5 m, W = 20 m (the table's defaults but fc).
// h^1.72 = 15.930463; min(0.03 h^1.72, 10) = 0.477914; min(0.044 h^1.72, 14.77) = 0.700940;
// 0.002 log10(h) = 0.001397940.
import { describe, expect, it } from 'vitest';
import { breakpointRmaM, pathLossRmaLos, pathLossRmaNlos } from '../../../src/engine/radio/index.ts';

const d3 = (d2dM: number) => Math.hypot(d2dM, 35 - 1.5);
const los = (d2dM: number) => pathLossRmaLos(3.5, d2dM, d3(d2dM), 35, 1.5, 5);
const nlos = (d2dM: number) => pathLossRmaNlos(3.5, d2dM, d3(d2dM), 35, 1.5, 5, 20);

describe('RMa LOS (TR 38.901 Table 7.4.1-1)', () => {
  it('breakpoint dBP = 2 pi hBS hUT fc / c = 2 pi * 35 * 1.5 * 3.5e9 / 299792458 = 3851.115 m (note 5)', () => {
    expect(breakpointRmaM(3.5, 35, 1.5)).toBeCloseTo(3851.115, 3);
  });
  it('PL1 at d2D = 100 m', () => {
    // d3D = sqrt(100^2 + 33.5^2) = 105.46208, log10 = 2.023096
    // 20 log10(40 pi * 105.46208 * 3.5 / 3) = 20 log10(15461.55) = 83.785060
    // PL1 = 83.785060 + 0.477914 * 2.023096 - 0.700940 + 0.001397940 * 105.46208 = 83.785060 + 0.966866 - 0.700940 + 0.147430 = 84.1984
    expect(los(100)).toBeCloseTo(84.1984, 3);
  });
  it('PL1 at d2D = 1000 m', () => {
    // d3D = 1000.56097, log10 = 3.000244; 20 log10(40 pi * 1000.56097 * 3.5 / 3) = 103.328004
    // PL1 = 103.328004 + 1.433858 - 0.700940 + 1.398724 = 105.4596
    expect(los(1000)).toBeCloseTo(105.4596, 3);
  });
  it('PL2 = PL1(dBP) + 40 log10(d3D / dBP) at d2D = 5000 m', () => {
    // PL1(dBP): log10(3851.115) = 3.585587; 20 log10(40 pi * 3851.115 * 3.5 / 3) = 115.034863
    //   + 0.477914 * 3.585587 - 0.700940 + 0.001397940 * 3851.115 = 115.034863 + 1.713602 - 0.700940 + 5.383628 = 121.431153
    // d3D = 5000.11222; 40 log10(5000.11222 / 3851.115) = 40 * 0.113393 = 4.535729
    // PL2 = 121.431153 + 4.535729 = 125.9669
    expect(los(5000)).toBeCloseTo(125.9669, 3);
  });
  it('both sides of the breakpoint: 3851 m (PL1) and 3852 m (PL2)', () => {
    // 3851: d3D = 3851.1457 -> PL1 = 121.4313
    // 3852: d3D = 3852.1457 -> PL2 = 121.431153 + 40 log10(3852.1457 / 3851.1152) = 121.431153 + 0.004648 = 121.4358
    expect(los(3851)).toBeCloseTo(121.4313, 3);
    expect(los(3852)).toBeCloseTo(121.4358, 3);
  });
});

describe('RMa NLOS = max(PL_LOS, PL\'_NLOS) (TR 38.901 Table 7.4.1-1)', () => {
  // PL' = 161.04 - 7.1 log10(20) + 7.5 log10(5) - (24.37 - 3.7 (5/35)^2) log10(35)
  //       + (43.42 - 3.1 log10(35)) (log10(d3D) - 3) + 20 log10(3.5) - (3.2 (log10(11.75 * 1.5))^2 - 4.97)
  //     = 161.04 - 9.237313 + 5.242275 - 24.294490 * 1.544068 + 38.633389 (log10 d3D - 3) + 10.881361 - (-0.000919)
  //     = 130.414897 + 38.633389 (log10 d3D - 3)        [24.294490 * 1.544068 = 37.512345]
  it('d2D = 100 m', () => {
    // log10 d3D - 3 = -0.976904: 130.414897 - 37.741100 = 92.6738 (> LOS 84.20)
    expect(nlos(100)).toBeCloseTo(92.6738, 3);
  });
  it('d2D = 1000 m', () => {
    // log10 d3D - 3 = 0.000244: 130.414897 + 0.009409 = 130.4243
    expect(nlos(1000)).toBeCloseTo(130.4243, 3);
  });
  it('d2D = 5000 m', () => {
    // log10 d3D - 3 = 0.698980: 130.414897 + 27.003957 = 157.4189
    expect(nlos(5000)).toBeCloseTo(157.4189, 3);
  });
});
