// LOS probability, 3GPP TR 38.901 V17 Table 7.4.2-1 (outdoor users), and the "expected" LOS mode.
import { describe, expect, it } from 'vitest';
import {
  expectedPathLossDb, losProbabilityRma, losProbabilityUma, losProbabilityUmi, umaHeightFactor,
} from '../../../src/engine/radio/index.ts';

describe('UMi-Street Canyon: 1 for d <= 18 m, else 18/d + exp(-d/36)(1 - 18/d)', () => {
  it('18 m -> 1 (edge of the first branch)', () => expect(losProbabilityUmi(18)).toBe(1));
  it('50 m: 0.36 + exp(-1.388889) * 0.64 = 0.36 + 0.249362 * 0.64 = 0.5196', () => {
    expect(losProbabilityUmi(50)).toBeCloseTo(0.519585, 5);
  });
  it('100 m: 0.18 + exp(-2.777778) * 0.82 = 0.18 + 0.062176 * 0.82 = 0.2310', () => {
    expect(losProbabilityUmi(100)).toBeCloseTo(0.230985, 5);
  });
  it('200 m: 0.09 + exp(-5.555556) * 0.91 = 0.09 + 0.003866 * 0.91 = 0.0935', () => {
    expect(losProbabilityUmi(200)).toBeCloseTo(0.093518, 5);
  });
});

describe('UMa: [18/d + exp(-d/63)(1 - 18/d)] (1 + C\'(hUT) 5/4 (d/100)^3 exp(-d/150))', () => {
  it('hUT <= 13 m: C\' = 0, so 50 m -> 0.36 + exp(-0.793651) * 0.64 = 0.36 + 0.452191 * 0.64 = 0.6494', () => {
    expect(umaHeightFactor(1.5)).toBe(0);
    expect(losProbabilityUma(50, 1.5)).toBeCloseTo(0.649402, 5);
  });
  it('100 m, hUT 1.5 m: 0.18 + exp(-1.587302) * 0.82 = 0.18 + 0.204477 * 0.82 = 0.3477', () => {
    expect(losProbabilityUma(100, 1.5)).toBeCloseTo(0.347671, 5);
  });
  it('100 m, hUT 18 m: C\' = (5/10)^1.5 = 0.353553; 5/4 * 1 * exp(-0.666667) = 0.641771; 0.347671 * (1 + 0.226904) = 0.4266', () => {
    expect(umaHeightFactor(18)).toBeCloseTo(0.353553, 6);
    expect(losProbabilityUma(100, 18)).toBeCloseTo(0.426558, 5);
  });
  it('18 m -> 1 for any height', () => expect(losProbabilityUma(18, 20)).toBe(1));
});

describe('RMa: 1 for d <= 10 m, else exp(-(d - 10)/1000)', () => {
  it('10 m -> 1', () => expect(losProbabilityRma(10)).toBe(1));
  it('100 m: exp(-0.09) = 0.913931', () => expect(losProbabilityRma(100)).toBeCloseTo(0.913931, 6));
  it('1000 m: exp(-0.99) = 0.371577', () => expect(losProbabilityRma(1000)).toBeCloseTo(0.371577, 6));
});

describe('"expected" LOS mode (contract section 2): P PL_LOS + (1 - P) PL_NLOS in dB', () => {
  it('UMa, 100 m at 3.5 GHz: 0.347671 * 83.138157 + 0.652329 * 103.037524 = 96.1191', () => {
    expect(expectedPathLossDb(0.3476708368, 83.138157, 103.037524)).toBeCloseTo(96.1191, 3);
  });
});
