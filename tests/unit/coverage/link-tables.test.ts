/**
 * The link tables the pixel kernels read, against the radio engine's formulas: the gain table
 * holds 10^((EIRP per RE - PL(d)) / 10) per metre (TR 38.901 Table 7.4.1-1 UMa NLOS here), and
 * the kernels interpolate its single-precision pairs (gainPairTable) within 1e-4 dB of the
 * double-precision interpolation and within 0.01 dB of the formula beyond 100 m.
 */
import { describe, expect, it } from 'vitest';
import { buildGainTable, gainPairTable, type LinkProfile } from '../../../src/engine/coverage/link-tables.ts';
import { maxValidDistanceM, sitePathLossDb } from '../../../src/engine/radio/index.ts';

const UMA: LinkProfile = {
  model: '38901-uma', losMode: 'nlos', fcGhz: 3.5, hBsM: 30, hUtM: 1.5, rmaBuildingHeightM: 5, rmaStreetWidthM: 20,
  eirpPerReDbm: 53 - 10 * Math.log10(12 * 273) + 17, maxDistanceM: 5000,
};
const FLOOR_MW = 10 ** (-132.2 / 10);

/** What splatSite and splat.wat compute: g = pair[2i] + (d - i) * pair[2i + 1], every step rounded to a float. */
function kernelGain(pairs: Float32Array, d: number): number {
  const df = Math.fround(d), i = df | 0;
  return Math.fround(pairs[2 * i] + Math.fround((df - i) * pairs[2 * i + 1]));
}

describe('gain tables', () => {
  const table = buildGainTable(UMA, FLOOR_MW);
  const pairs = gainPairTable(table);

  it('hold the TR 38.901 UMa NLOS link budget at whole metres (Table 7.4.1-1)', () => {
    for (const d of [50, 500, 1234, 4000]) {
      const expectedDbm = UMA.eirpPerReDbm - sitePathLossDb('38901-uma', 'nlos', 3.5, d, 30, 1.5, 5, 20);
      expect(10 * Math.log10(table[d])).toBeCloseTo(expectedDbm, 9);
    }
    // Worked by hand at d2D = 1 km (d3D = 1000.41 m): d'_BP = 4 x 29 x 0.5 x 3.5e9 / c = 677.1 m, so
    // PL_LOS = PL2 = 28 + 40 log10(d3D) + 20 log10(3.5) - 9 log10(d'_BP^2 + 28.5^2) = 107.92 dB and
    // PL'_NLOS = 13.54 + 39.08 log10(d3D) + 20 log10(3.5) - 0.6 (1.5 - 1.5) = 141.67 dB: NLOS = 141.67 dB.
    expect(UMA.eirpPerReDbm - 10 * Math.log10(table[1000])).toBeCloseTo(141.67, 2);
  });

  it('end where the power stays below the floor: the table of every distance out to the model\'s limit, cut there', () => {
    const models = [['38901-uma', 'nlos'], ['38901-uma', 'expected'], ['38901-umi', 'los'], ['38901-rma', 'nlos'], ['38901-rma', 'expected'], ['38901-rma', 'los'], ['fspl', 'nlos'], ['cost231-hata', 'nlos']] as const;
    for (const [model, losMode] of models) {
      for (const [hBsM, eirpPerReDbm] of [[30, UMA.eirpPerReDbm], [10, UMA.eirpPerReDbm - 22], [3, UMA.eirpPerReDbm - 43], [35, UMA.eirpPerReDbm - 60]]) {
        const p: LinkProfile = { ...UMA, model, losMode, hBsM, eirpPerReDbm, maxDistanceM: maxValidDistanceM(model, losMode) };
        // The reference walks every metre (the loop before the early end), then cuts after the last one at or above the floor.
        const maxM = Math.floor(Math.min(p.maxDistanceM, 100_000));
        const every = Array.from({ length: maxM + 2 }, (_, d) => 10 ** ((p.eirpPerReDbm - sitePathLossDb(model, losMode, p.fcGhz, Math.min(d, maxM), hBsM, p.hUtM, 5, 20)) / 10));
        const lastAbove = every.reduce((last, g, d) => (g >= FLOOR_MW ? d : last), 0);
        expect(Array.from(buildGainTable(p, FLOOR_MW)), `${model} ${losMode} ${hBsM} m`).toEqual(every.slice(0, Math.min(lastAbove + 2, maxM + 2)));
      }
    }
  });

  it('do not end where RMa LOS power rises again past its breakpoint (PL2 steps down by up to 0.0073 dB there)', () => {
    // A 150 m mast at 1 GHz over 50 m buildings (inside RMa's validity): the step outweighs a metre's loss at dBP = 3.14 km.
    const p: LinkProfile = { ...UMA, model: '38901-rma', losMode: 'los', fcGhz: 1, hBsM: 150, hUtM: 1, rmaBuildingHeightM: 50, maxDistanceM: 10_000 };
    const every = Array.from({ length: 10_002 }, (_, d) => 10 ** ((p.eirpPerReDbm - sitePathLossDb('38901-rma', 'los', p.fcGhz, Math.min(d, 10_000), p.hBsM, p.hUtM, 50, 20)) / 10));
    const rise = every.findIndex((g, d) => d > 10 && every[d + 1] > g);
    expect(rise).toBeGreaterThan(0);
    // A floor between the power before and after the step: below it at `rise`, above it again at rise + 1.
    const floorMw = (every[rise] + every[rise + 1]) / 2;
    const table = buildGainTable(p, floorMw);
    expect(table.length).toBeGreaterThanOrEqual(rise + 3);
    expect(Array.from(table)).toEqual(every.slice(0, table.length));
  });

  it('as float pairs: the gains rounded to floats, slopes to the next metre, the last slope 0', () => {
    for (const i of [0, 1, 777, table.length - 2]) {
      expect(pairs[2 * i]).toBe(Math.fround(table[i]));
      expect(pairs[2 * i + 1]).toBe(Math.fround(Math.fround(table[i + 1]) - Math.fround(table[i])));
    }
    expect(pairs[pairs.length - 1]).toBe(0);
  });

  it('interpolated in single precision within 1e-4 dB of double precision, 0.01 dB of the formula beyond 100 m', () => {
    let worstDb = 0, worstFormulaDb = 0;
    for (let k = 0; k < 2000; k++) {
      const d = 100 + (k * 2.3719) % (table.length - 102);
      const i = Math.floor(d);
      const double = table[i] + (d - i) * (table[i + 1] - table[i]);
      worstDb = Math.max(worstDb, Math.abs(10 * Math.log10(kernelGain(pairs, d) / double)));
      const formulaDbm = UMA.eirpPerReDbm - sitePathLossDb('38901-uma', 'nlos', 3.5, Math.fround(d), 30, 1.5, 5, 20);
      worstFormulaDb = Math.max(worstFormulaDb, Math.abs(10 * Math.log10(kernelGain(pairs, d)) - formulaDbm));
    }
    expect(worstDb).toBeLessThan(1e-4);
    expect(worstFormulaDb).toBeLessThan(0.01);
  });
});
