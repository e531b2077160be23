// Link budget, contract section 2: RSRP per resource element, thermal noise per subcarrier, SINR.
import { describe, expect, it } from 'vitest';
import {
  dbmToMw, mwToDbm, nprbFor, powerPerResourceElementDbm, rsrpDbm, sinrDb, thermalNoiseDbm,
} from '../../../src/engine/radio/index.ts';

describe('RSRP = tx - 10 log10(12 NPRB) + G + A - PL - penetration - shadow margin', () => {
  it('n78 macro, 100 MHz / 30 kHz (NPRB 273), 53 dBm: per RE 53 - 10 log10(3276) = 53 - 35.153439 = 17.8466 dBm', () => {
    expect(powerPerResourceElementDbm(53, nprbFor(100, 30))).toBeCloseTo(17.846561, 5);
  });
  it('with 17 dBi, A = -3 dB, PL = 120 dB: 17.846561 + 17 - 3 - 120 = -88.1534 dBm', () => {
    const input = { txPowerDbm: 53, nprb: 273, antennaGainDbi: 17, patternDb: -3, pathLossDb: 120, penetrationLossDb: 0, shadowMarginDb: 0 };
    expect(rsrpDbm(input)).toBeCloseTo(-88.153439, 5);
    expect(rsrpDbm({ ...input, penetrationLossDb: 10, shadowMarginDb: 5 })).toBeCloseTo(-103.153439, 5);
  });
  it('refuses NaN and a non-integer NPRB', () => {
    const input = { txPowerDbm: 53, nprb: 273, antennaGainDbi: 17, patternDb: 0, pathLossDb: NaN, penetrationLossDb: 0, shadowMarginDb: 0 };
    expect(() => rsrpDbm(input)).toThrow(/pathLossDb must be a finite number/);
    expect(() => rsrpDbm({ ...input, pathLossDb: 100, nprb: 2.5 })).toThrow(/nprb must be a positive integer/);
  });
});

describe('thermal noise = -174 + 10 log10(SCS Hz) + NF', () => {
  it('30 kHz, NF 7: -174 + 44.771213 + 7 = -122.2288 dBm', () => expect(thermalNoiseDbm(30)).toBeCloseTo(-122.228787, 5));
  it('15 kHz, NF 7: -174 + 41.760913 + 7 = -125.2391 dBm', () => expect(thermalNoiseDbm(15)).toBeCloseTo(-125.239087, 5));
  it('60 kHz, NF 5: -174 + 47.781513 + 5 = -121.2185 dBm', () => expect(thermalNoiseDbm(60, 5)).toBeCloseTo(-121.218487, 5));
});

describe('SINR = S / (load * I + N)', () => {
  it('S = -90 dBm (1e-9 mW), I = 2e-10 mW, load 0.5, N = -122.228787 dBm (5.98e-13 mW): 10 log10(1e-9 / 1.00598e-10) = 9.9741 dB', () => {
    expect(sinrDb(1e-9, 2e-10, dbmToMw(thermalNoiseDbm(30)), 0.5)).toBeCloseTo(9.974082, 5);
  });
  it('no interference: SINR = SNR', () => expect(sinrDb(dbmToMw(-100), 0, dbmToMw(-120), 0.5)).toBeCloseTo(20, 9));
  it('refuses a load factor outside 0..1', () => expect(() => sinrDb(1, 1, 1, 1.5)).toThrow(/loadFactor/));
});

describe('dBm <-> mW', () => {
  it('0 dBm = 1 mW, 30 dBm = 1000 mW, 0 mW = -Infinity dBm', () => {
    expect(dbmToMw(0)).toBe(1);
    expect(dbmToMw(30)).toBeCloseTo(1000, 9);
    expect(mwToDbm(0)).toBe(-Infinity);
    expect(mwToDbm(dbmToMw(-87.5))).toBeCloseTo(-87.5, 12);
  });
});
