/**
 * 3GPP TR 38.901 V17 Table 7.4.1-1, RMa median path loss in dB (no shadow fading), LOS and NLOS.
 * fc in GHz, distances and heights in m; h = average building height, W = average street width.
 *
 * Breakpoint (note 5): dBP = 2 pi hBS hUT fc / c, fc in Hz. Beyond it the table writes
 * PL2 = PL1(dBP) + 40 log10(d3D / dBP): we evaluate PL1 with its distance argument set to dBP,
 * literally as written (as ns-3 does). Because PL1 itself takes d3D, which is a little longer
 * than dBP when d2D = dBP, the literal reading can step down by up to 0.0073 dB at dBP over the
 * whole validity domain (0.0006 dB with h = 5 m, hUT = 1.5 m); we keep the standard's value.
 *
 * Validity (checked in validity.ts): LOS 10 m <= d2D <= 10 km, NLOS 10 m <= d2D <= 5 km,
 * 5 <= h <= 50 m, 5 <= W <= 50 m, 10 <= hBS <= 150 m, 1 <= hUT <= 10 m, 0.5-30 GHz (RMa note).
 */
import { SPEED_OF_LIGHT_M_S } from './units.ts';

/** dBP in m, Table 7.4.1-1 note 5. */
export function breakpointRmaM(fcGhz: number, hBsM: number, hUtM: number): number {
  return (2 * Math.PI * hBsM * hUtM * fcGhz * 1e9) / SPEED_OF_LIGHT_M_S;
}

/** PL1 = 20 log10(40 pi d fc / 3) + min(0.03 h^1.72, 10) log10(d) - min(0.044 h^1.72, 14.77) + 0.002 log10(h) d. */
function rmaPl1Db(fcGhz: number, dM: number, hM: number): number {
  const hPow = hM ** 1.72;
  return (
    20 * Math.log10((40 * Math.PI * dM * fcGhz) / 3) +
    Math.min(0.03 * hPow, 10) * Math.log10(dM) -
    Math.min(0.044 * hPow, 14.77) +
    0.002 * Math.log10(hM) * dM
  );
}

export function pathLossRmaLos(fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number, hM: number): number {
  const dBpM = breakpointRmaM(fcGhz, hBsM, hUtM);
  if (d2dM <= dBpM) return rmaPl1Db(fcGhz, d3dM, hM);
  return rmaPl1Db(fcGhz, dBpM, hM) + 40 * Math.log10(d3dM / dBpM);
}

/**
 * RMa NLOS = max(PL_RMa-LOS, PL'_RMa-NLOS) with PL' = 161.04 - 7.1 log10(W) + 7.5 log10(h)
 * - (24.37 - 3.7 (h/hBS)^2) log10(hBS) + (43.42 - 3.1 log10(hBS)) (log10(d3D) - 3)
 * + 20 log10(fc) - (3.2 (log10(11.75 hUT))^2 - 4.97).
 */
export function pathLossRmaNlos(
  fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number, hM: number, wM: number,
): number {
  const logHBs = Math.log10(hBsM);
  const primeDb =
    161.04 - 7.1 * Math.log10(wM) + 7.5 * Math.log10(hM) -
    (24.37 - 3.7 * (hM / hBsM) ** 2) * logHBs +
    (43.42 - 3.1 * logHBs) * (Math.log10(d3dM) - 3) +
    20 * Math.log10(fcGhz) -
    (3.2 * Math.log10(11.75 * hUtM) ** 2 - 4.97);
  return Math.max(pathLossRmaLos(fcGhz, d2dM, d3dM, hBsM, hUtM, hM), primeDb);
}
