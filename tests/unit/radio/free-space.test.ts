// Free-space path loss, FSPL = 20 log10(4 pi d3D fc / c), c = 299792458 m/s (contract section 2).
// 20 log10(4 pi / c) = 20 log10(4.19169e-8) = -147.552217 dB, so FSPL = 20 log10(d) + 20 log10(f in Hz) - 147.552217.
import { describe, expect, it } from 'vitest';
import { pathLossFreeSpace } from '../../../src/engine/radio/index.ts';

describe('free-space path loss (Friis)', () => {
  it('3.5 GHz, 1 km: 60 + 190.881361 - 147.552217 = 103.3291 dB', () => {
    expect(pathLossFreeSpace(3.5, 1000)).toBeCloseTo(103.3291, 3);
  });
  it('2.565 GHz (n41), 100 m: 40 + 188.181747 - 147.552217 = 80.6295 dB', () => {
    expect(pathLossFreeSpace(2.565, 100)).toBeCloseTo(80.6295, 3);
  });
  it('725 MHz (n28), 5 km: 73.979400 + 177.206760 - 147.552217 = 103.6339 dB', () => {
    expect(pathLossFreeSpace(0.725, 5000)).toBeCloseTo(103.6339, 3);
  });
  it('grows by 6.02 dB per doubling of distance', () => {
    expect(pathLossFreeSpace(3.5, 2000) - pathLossFreeSpace(3.5, 1000)).toBeCloseTo(20 * Math.log10(2), 9);
  });
});
