/**
 * The Bullington part of the delta-Bullington method, ITU-R P.526-16 section 4.5.1 (the same
 * equations as P.1812 section 4.3.1 and P.452 section 4.2.1). Units: distances km, heights m
 * above sea level, wavelength m, Ce = 1/ae in 1/km.
 *
 *   Stim = max_i (h_i + 500 Ce d_i (d - d_i) - hts) / d_i           slope to the worst point
 *   Str  = (hrs - hts) / d                                           slope of the direct ray
 *   LOS (Stim < Str):  v_max = max_i [h_i + 500 Ce d_i (d - d_i) - (hts (d - d_i) + hrs d_i) / d]
 *                                  * sqrt(0.002 d / (lambda d_i (d - d_i)));   Luc = J(v_max)
 *   else: Srim = max_i (h_i + 500 Ce d_i (d - d_i) - hrs) / (d - d_i)
 *         d_bp = (hrs - hts + Srim d) / (Stim + Srim)
 *         v_b  = [hts + Stim d_bp - (hts (d - d_bp) + hrs d_bp) / d] sqrt(0.002 d / (lambda d_bp (d - d_bp)))
 *         Luc  = J(v_b)
 *   Lb = Luc + (1 - exp(-Luc / 6)) (10 + 0.02 d)
 * The maxima run over the intermediate points i = 1 .. n-2 (not the terminals).
 */
import { knifeEdgeLossDb } from './knife-edge.ts';

export interface BullingtonResult {
  lossDb: number;
  /** True when the terrain cuts the direct (effective-earth) ray: Stim >= Str. */
  obstructed: boolean;
}

/**
 * Bullington loss over points 0..count-1 of (dKm, hM); `hM` may be null for an all-zero
 * profile (the smooth-earth run). Allocation-free so the coverage engine can call it per pixel.
 */
export function bullingtonLoss(
  dKm: ArrayLike<number>, hM: ArrayLike<number> | null, count: number,
  htsM: number, hrsM: number, aeKm: number, lambdaM: number,
): BullingtonResult {
  const last = count - 1;
  const d = dKm[last] - dKm[0];
  const ce = 1 / aeKm;
  let stim = -Infinity;
  for (let i = 1; i < last; i++) {
    const di = dKm[i] - dKm[0];
    const hi = (hM === null ? 0 : hM[i]) + 500 * ce * di * (d - di);
    const s = (hi - htsM) / di;
    if (s > stim) stim = s;
  }
  const str = (hrsM - htsM) / d;
  const obstructed = stim >= str;
  const luc = knifeEdgeLossDb(obstructed
    ? bullingtonEdgeV(dKm, hM, last, d, htsM, hrsM, ce, lambdaM, stim)
    : maxLosV(dKm, hM, last, d, htsM, hrsM, ce, lambdaM));
  return { lossDb: bullingtonFromLuc(luc, d), obstructed };
}

/** Lb = Luc + (1 - exp(-Luc / 6)) (10 + 0.02 d). */
export function bullingtonFromLuc(lucDb: number, dKm: number): number {
  return lucDb + (1 - Math.exp(-lucDb / 6)) * (10 + 0.02 * dKm);
}

/** The line-of-sight case: v_max over the intermediate points (hM null: an all-zero profile). */
export function maxLosV(
  dKm: ArrayLike<number>, hM: ArrayLike<number> | null, last: number, d: number, htsM: number, hrsM: number, ce: number, lambdaM: number,
): number {
  let vmax = -Infinity;
  for (let i = 1; i < last; i++) {
    const di = dKm[i] - dKm[0];
    const hi = (hM === null ? 0 : hM[i]) + 500 * ce * di * (d - di);
    const v = (hi - (htsM * (d - di) + hrsM * di) / d) * Math.sqrt((0.002 * d) / (lambdaM * di * (d - di)));
    if (v > vmax) vmax = v;
  }
  return vmax;
}

/** The trans-horizon case: Srim, the Bullington point d_bp and its v_b. */
export function bullingtonEdgeV(
  dKm: ArrayLike<number>, hM: ArrayLike<number> | null, last: number, d: number, htsM: number, hrsM: number, ce: number, lambdaM: number, stim: number,
): number {
  let srim = -Infinity;
  for (let i = 1; i < last; i++) {
    const di = dKm[i] - dKm[0];
    const hi = (hM === null ? 0 : hM[i]) + 500 * ce * di * (d - di);
    const s = (hi - hrsM) / (d - di);
    if (s > srim) srim = s;
  }
  const dbp = (hrsM - htsM + srim * d) / (stim + srim);
  return (htsM + stim * dbp - (htsM * (d - dbp) + hrsM * dbp) / d) * Math.sqrt((0.002 * d) / (lambdaM * dbp * (d - dbp)));
}
