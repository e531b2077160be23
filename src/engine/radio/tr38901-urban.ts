/**
 * 3GPP TR 38.901 V17 Table 7.4.1-1, median path loss in dB (no shadow fading) for
 * UMa and UMi-Street Canyon, LOS and NLOS. fc in GHz, distances and heights in m.
 *
 * Breakpoint (Table 7.4.1-1 note 1): d'BP = 4 h'BS h'UT fc / c with fc in Hz,
 * h'BS = hBS - hE, h'UT = hUT - hE. The standard draws hE at random for hUT >= 13 m in UMa;
 * a planning tool needs one deterministic median, so we use hE = 1 m for every hUT (the value
 * the standard uses for UMi, and for UMa whenever hUT < 13 m, i.e. every street-level user).
 *
 * Validity (checked in validity.ts, not here): 10 m <= d2D <= 5 km, 1.5 m <= hUT <= 22.5 m,
 * 0.5-100 GHz. The table's hBS (25 m UMa, 10 m UMi) is the scenario's nominal value, not a range.
 */
import { SPEED_OF_LIGHT_M_S } from './units.ts';

/** Effective environment height hE, m (see the module comment for why it is fixed). */
export const ENVIRONMENT_HEIGHT_M = 1;

/** d'BP in m, Table 7.4.1-1 note 1. */
export function breakpointUrbanM(fcGhz: number, hBsM: number, hUtM: number): number {
  return (4 * (hBsM - ENVIRONMENT_HEIGHT_M) * (hUtM - ENVIRONMENT_HEIGHT_M) * fcGhz * 1e9) / SPEED_OF_LIGHT_M_S;
}

/** UMa LOS: PL1 = 28 + 22 log10(d3D) + 20 log10(fc) up to d'BP; PL2 = 28 + 40 log10(d3D) + 20 log10(fc) - 9 log10(d'BP^2 + (hBS - hUT)^2) beyond. */
export function pathLossUmaLos(fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number): number {
  const dBpM = breakpointUrbanM(fcGhz, hBsM, hUtM);
  const freqTermDb = 20 * Math.log10(fcGhz);
  if (d2dM <= dBpM) return 28 + 22 * Math.log10(d3dM) + freqTermDb;
  const dHM = hBsM - hUtM;
  return 28 + 40 * Math.log10(d3dM) + freqTermDb - 9 * Math.log10(dBpM * dBpM + dHM * dHM);
}

/** UMa NLOS = max(PL_UMa-LOS, PL'_UMa-NLOS), PL' = 13.54 + 39.08 log10(d3D) + 20 log10(fc) - 0.6 (hUT - 1.5). */
export function pathLossUmaNlos(fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number): number {
  const primeDb = 13.54 + 39.08 * Math.log10(d3dM) + 20 * Math.log10(fcGhz) - 0.6 * (hUtM - 1.5);
  return Math.max(pathLossUmaLos(fcGhz, d2dM, d3dM, hBsM, hUtM), primeDb);
}

/** UMi-Street Canyon LOS: PL1 = 32.4 + 21 log10(d3D) + 20 log10(fc); PL2 = 32.4 + 40 log10(d3D) + 20 log10(fc) - 9.5 log10(d'BP^2 + (hBS - hUT)^2). */
export function pathLossUmiLos(fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number): number {
  const dBpM = breakpointUrbanM(fcGhz, hBsM, hUtM);
  const freqTermDb = 20 * Math.log10(fcGhz);
  if (d2dM <= dBpM) return 32.4 + 21 * Math.log10(d3dM) + freqTermDb;
  const dHM = hBsM - hUtM;
  return 32.4 + 40 * Math.log10(d3dM) + freqTermDb - 9.5 * Math.log10(dBpM * dBpM + dHM * dHM);
}

/** UMi NLOS = max(PL_UMi-LOS, PL'_UMi-NLOS), PL' = 35.3 log10(d3D) + 22.4 + 21.3 log10(fc) - 0.3 (hUT - 1.5). */
export function pathLossUmiNlos(fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number): number {
  const primeDb = 35.3 * Math.log10(d3dM) + 22.4 + 21.3 * Math.log10(fcGhz) - 0.3 * (hUtM - 1.5);
  return Math.max(pathLossUmiLos(fcGhz, d2dM, d3dM, hBsM, hUtM), primeDb);
}
