// The validated entry points: pathLoss() (one `g5plan pathloss` case) and sitePathLossDb()
// (the coverage engine's per-site tables). Values reuse the hand-worked numbers of the model tests.
import { describe, expect, it } from 'vitest';
import {
  losProbabilityCase, maxValidDistanceM, minValidDistanceM, pathLoss, pathLossCost231Hata, pathLossUmaNlos, sitePathLossDb,
  type PathLossCase,
} from '../../../src/engine/radio/index.ts';

const example: PathLossCase = { model: '38901-uma', los: false, fcGhz: 3.5, d2dM: 500, d3dM: 501.2, hBsM: 25, hUtM: 1.5 };

describe('pathLoss: inside the published validity', () => {
  it('the contract example: UMa NLOS 129.9378 dB (TR 38.901 Table 7.4.1-1), not extrapolated', () => {
    const r = pathLoss(example);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pathLossDb).toBeCloseTo(129.9378, 3);
      expect(r.extrapolated).toBe(false);
    }
  });
  it('UMa accepts any hBS above hE (the table\'s 25 m is nominal, not a range)', () => {
    expect(pathLoss({ ...example, hBsM: 60, d3dM: Math.hypot(500, 58.5) }).ok).toBe(true);
  });
  it('RMa LOS is valid to 10 km, RMa NLOS only to 5 km', () => {
    const rma: PathLossCase = { model: '38901-rma', los: true, fcGhz: 3.5, d2dM: 8000, d3dM: 8000.07, hBsM: 35, hUtM: 1.5 };
    expect(pathLoss(rma).ok).toBe(true);
    expect(pathLoss({ ...rma, los: false })).toEqual({ ok: false, error: 'd2d_m 8000 outside RMa NLOS validity 10-5000 m' });
  });
  it('free space has no published bounds', () => {
    const r = pathLoss({ model: 'fspl', los: null, fcGhz: 3.5, d2dM: 999.9, d3dM: 1000, hBsM: 30, hUtM: 1.5 });
    expect(r).toEqual({ ok: true, pathLossDb: expect.closeTo(103.3291, 3), extrapolated: false });
  });
});

describe('pathLoss: validity bounds name the violated bound', () => {
  const cases: [string, Partial<PathLossCase>, string][] = [
    ['distance too long', { d2dM: 6000, d3dM: 6000.05 }, 'd2d_m 6000 outside UMa NLOS validity 10-5000 m'],
    ['distance too short', { los: true, d2dM: 5, d3dM: 24 }, 'd2d_m 5 outside UMa LOS validity 10-5000 m'],
    ['user too low', { hUtM: 1.2 }, 'h_ut_m 1.2 outside UMa NLOS validity 1.5-22.5 m'],
    ['frequency too high', { fcGhz: 120 }, 'fc_ghz 120 outside UMa NLOS validity 0.5-100 GHz'],
    ['UMi too long', { model: '38901-umi', d2dM: 5001, d3dM: 5001 }, 'd2d_m 5001 outside UMi NLOS validity 10-5000 m'],
    ['RMa above 30 GHz', { model: '38901-rma', fcGhz: 35 }, 'fc_ghz 35 outside RMa NLOS validity 0.5-30 GHz'],
    ['RMa mast too low', { model: '38901-rma', hBsM: 5 }, 'h_bs_m 5 outside RMa NLOS validity 10-150 m'],
    ['RMa street too wide', { model: '38901-rma', hBsM: 35, wM: 60 }, 'W_m 60 outside RMa NLOS validity 5-50 m'],
    ['RMa buildings too low', { model: '38901-rma', hBsM: 35, hM: 4 }, 'h_m 4 outside RMa NLOS validity 5-50 m'],
  ];
  for (const [name, change, error] of cases) {
    it(name, () => expect(pathLoss({ ...example, ...change })).toEqual({ ok: false, error }));
  }
  it('Hata models: frequency, distance and heights', () => {
    const hata: PathLossCase = { model: 'okumura-hata', los: null, fcGhz: 1.8, d2dM: 5000, d3dM: 5000, hBsM: 50, hUtM: 1.5 };
    expect(pathLoss(hata)).toEqual({ ok: false, error: 'fc_ghz 1.8 outside Okumura-Hata validity 0.15-1.5 GHz' });
    expect(pathLoss({ ...hata, fcGhz: 0.9, d2dM: 500, d3dM: 502 })).toEqual({ ok: false, error: 'd2d_m 500 outside Okumura-Hata validity 1000-20000 m' });
    expect(pathLoss({ ...hata, fcGhz: 0.9, hBsM: 25 })).toEqual({ ok: false, error: 'h_bs_m 25 outside Okumura-Hata validity 30-200 m' });
    const cost = { ...hata, model: 'cost231-hata' as const, fcGhz: 3.5, d2dM: 2000, d3dM: 2000, hBsM: 30 };
    expect(pathLoss(cost)).toEqual({ ok: false, error: 'fc_ghz 3.5 outside COST-231 Hata validity 0.15-2 GHz' });
  });
});

describe('pathLoss: extrapolate gives the formula\'s value, labelled', () => {
  it('UMa NLOS at 6 km', () => {
    const r = pathLoss({ ...example, d2dM: 6000, d3dM: 6000.05, extrapolate: true });
    expect(r).toEqual({ ok: true, pathLossDb: pathLossUmaNlos(3.5, 6000, 6000.05, 25, 1.5), extrapolated: true });
  });
  it('COST-231 Hata above 2 GHz: 3.5 GHz, 2 km, hBS 30 m, hm 1.5 m', () => {
    // log f = 3.544068; a(hm) = (3.898475 - 0.7) * 1.5 - (5.528746 - 0.8) = 4.797712 - 4.728746 = 0.068966
    // L = 46.3 + 120.143907 - 20.413816 - 0.068966 + (44.9 - 9.675144) * 0.301030 = 156.5649
    const r = pathLoss({ model: 'cost231-hata', los: null, fcGhz: 3.5, d2dM: 2000, d3dM: 2000.2, hBsM: 30, hUtM: 1.5, extrapolate: true });
    expect(r).toEqual({ ok: true, pathLossDb: expect.closeTo(156.5649, 3), extrapolated: true });
    expect(r.ok && r.pathLossDb).toBe(pathLossCost231Hata(3.5, 2000, 30, 1.5));
  });
  it('inside the range, extrapolate changes nothing', () => {
    expect(pathLoss({ ...example, extrapolate: true })).toEqual(pathLoss(example));
  });
});

describe('pathLoss: meaningless input throws RangeError, even when extrapolating', () => {
  const bad: [string, Partial<PathLossCase> | Record<string, unknown>, RegExp][] = [
    ['NaN frequency', { fcGhz: NaN }, /fc_ghz must be a finite number/],
    ['negative user height', { hUtM: -1.5 }, /h_ut_m must be > 0/],
    ['unknown model', { model: 'hata' }, /model must be one of 38901-uma/],
    ['los null for a 38.901 model', { los: null }, /los must be true or false for model 38901-uma/],
    ['los boolean for free space', { model: 'fspl' }, /los must be null for model fspl/],
    ['d3D shorter than d2D', { d3dM: 400 }, /d3d_m 400 is shorter than d2d_m 500/],
    ['UMa mast at or below hE', { hBsM: 1, extrapolate: true }, /h_bs_m 1 must exceed hE = 1 m/],
    ['unknown Hata area', { model: 'okumura-hata', los: null, fcGhz: 0.9, area: 'rural' }, /area must be one of urban, suburban, open/],
    ['COST-231 city name of Hata', { model: 'cost231-hata', los: null, fcGhz: 1.8, city: 'large' }, /city must be one of medium, metropolitan/],
  ];
  for (const [name, change, message] of bad) {
    it(name, () => expect(() => pathLoss({ ...example, ...change } as PathLossCase)).toThrow(message));
  }
  it('the errors are RangeErrors', () => expect(() => pathLoss({ ...example, hBsM: NaN })).toThrow(RangeError));
});

describe('sitePathLossDb (coverage tables)', () => {
  it('computes d3D itself: UMa NLOS at 100 m equals the hand value 103.0375', () => {
    expect(sitePathLossDb('38901-uma', 'nlos', 3.5, 100, 25, 1.5, 5, 20)).toBeCloseTo(103.0375, 3);
  });
  it('clamps d2D below 10 m to 10 m for 38.901: d3D = sqrt(100 + 552.25) = 25.539186; NLOS = 13.54 + 39.08 * 1.407209 + 10.881361 = 79.4150', () => {
    expect(sitePathLossDb('38901-uma', 'nlos', 3.5, 0, 25, 1.5, 5, 20)).toBeCloseTo(79.4150, 3);
    expect(sitePathLossDb('38901-uma', 'nlos', 3.5, 4, 25, 1.5, 5, 20)).toBe(sitePathLossDb('38901-uma', 'nlos', 3.5, 10, 25, 1.5, 5, 20));
  });
  it('"los" mode uses the LOS formula: UMa 100 m = 83.1382', () => {
    expect(sitePathLossDb('38901-uma', 'los', 3.5, 100, 25, 1.5, 5, 20)).toBeCloseTo(83.1382, 3);
  });
  it('"expected" mode weights by Table 7.4.2-1: UMa 100 m = 0.347671 * 83.138157 + 0.652329 * 103.037524 = 96.1191', () => {
    expect(sitePathLossDb('38901-uma', 'expected', 3.5, 100, 25, 1.5, 5, 20)).toBeCloseTo(96.1191, 3);
  });
  it('free space clamps to 1 m: d3D = hypot(1, 28.5) = 28.517539 -> 72.4314 dB', () => {
    expect(sitePathLossDb('fspl', 'nlos', 3.5, 0, 30, 1.5, 5, 20)).toBeCloseTo(72.4314, 3);
  });
  it('COST-231 Hata clamps to 1 km and ignores the LOS mode', () => {
    const at1km = sitePathLossDb('cost231-hata', 'nlos', 1.8, 1000, 40, 1.5, 5, 20);
    expect(sitePathLossDb('cost231-hata', 'los', 1.8, 300, 40, 1.5, 5, 20)).toBe(at1km);
  });
  it('refuses non-finite or non-positive input and unknown models or modes', () => {
    expect(() => sitePathLossDb('38901-uma', 'nlos', 3.5, NaN, 25, 1.5, 5, 20)).toThrow(RangeError);
    expect(() => sitePathLossDb('38901-rma', 'nlos', 3.5, 100, -35, 1.5, 5, 20)).toThrow(/h_bs_m must be > 0/);
    expect(() => sitePathLossDb('auto' as never, 'nlos', 3.5, 100, 25, 1.5, 5, 20)).toThrow(/model must be one of/);
    expect(() => sitePathLossDb('38901-uma', 'median' as never, 3.5, 100, 25, 1.5, 5, 20)).toThrow(/losMode must be one of/);
  });
});

describe('model distance limits', () => {
  it('maxValidDistanceM', () => {
    expect(maxValidDistanceM('38901-uma', 'nlos')).toBe(5000);
    expect(maxValidDistanceM('38901-rma', 'los')).toBe(10_000);
    expect(maxValidDistanceM('38901-rma', 'expected')).toBe(5000);
    expect(maxValidDistanceM('cost231-hata', 'nlos')).toBe(20_000);
    expect(maxValidDistanceM('fspl', 'los')).toBe(Infinity);
  });
  it('minValidDistanceM', () => {
    expect(minValidDistanceM('38901-umi')).toBe(10);
    expect(minValidDistanceM('okumura-hata')).toBe(1000);
    expect(minValidDistanceM('fspl')).toBe(1);
  });
});

describe('contract section 8 corrections', () => {
  it('free space takes heights >= 0 (only d3D matters): 1 km at 3.5 GHz = 103.3291 dB', () => {
    const r = pathLoss({ model: 'fspl', los: null, fcGhz: 3.5, d2dM: 1000, d3dM: 1000, hBsM: 0, hUtM: 0 });
    expect(r.ok && r.pathLossDb).toBeCloseTo(103.3291, 4);
    expect(() => pathLoss({ model: 'fspl', los: null, fcGhz: 3.5, d2dM: 1000, d3dM: 1000, hBsM: 0, hUtM: -1 })).toThrow(/h_ut_m must be >= 0/);
  });

  it('losProbabilityCase: Table 7.4.2-1 RMa exp(-(1010-10)/1000) = 0.367879; UMa hUT above 23 m only when extrapolating', () => {
    const r = losProbabilityCase('38901-rma', 1010, 1.5);
    expect(r.ok && r.pLos).toBeCloseTo(0.367879, 6);
    expect(losProbabilityCase('38901-uma', 100, 30)).toEqual({ ok: false, error: 'h_ut_m 30 outside UMa LOS probability validity 0-23 m' });
    expect(losProbabilityCase('38901-uma', 100, 30, true).ok).toBe(true);
    expect(() => losProbabilityCase('fspl', 100, 1.5)).toThrow(/needs a 38.901 model/);
  });
});
