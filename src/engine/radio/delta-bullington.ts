/**
 * Median diffraction loss over a terrain profile, ITU-R P.526-16 section 4.5 ("delta-Bullington";
 * the same method as P.1812 section 4.3.4 and P.452 section 4.2.3):
 *
 *   Lbulla  Bullington (section 4.5.1, bullington.ts) over the actual profile, antennas hts, hrs
 *   Lbulls  Bullington over the smooth profile: every h_i = 0, antennas h'ts = hts - hstd, h'rs = hrs - hsrd
 *   Ldsph   spherical-earth loss (section 3.2, spherical-earth.ts) over d with heights h'ts, h'rs
 *   Ld      = Lbulla + max(Ldsph - Lbulls, 0)
 *
 * hstd, hsrd: the least-squares straight-line fit of the bare-terrain profile (P.1812 Attachment 1
 * section 5.6.1, eqs. 85-88), lowered below the worst obstruction and clipped to the terminals'
 * ground (section 5.6.2, eqs. 89-91):
 *   v1 = sum (d_i - d_{i-1})(h_i + h_{i-1}),  v2 = sum (d_i - d_{i-1})[h_i (2 d_i + d_{i-1}) + h_{i-1}(d_i + 2 d_{i-1})]
 *   hst = (2 v1 d - v2)/d^2,  hsr = (v2 - v1 d)/d^2
 *   H_i = h_i - (htc (d - d_i) + hrc d_i)/d,  hobs = max H_i,  aobt = max H_i/d_i,  aobr = max H_i/(d - d_i)
 *   hobs <= 0: hstp = hst, hsrp = hsr;  else hstp = hst - hobs gt, hsrp = hsr - hobs gr,
 *     gt = aobt/(aobt + aobr), gr = aobr/(aobt + aobr)
 *   hstd = min(hstp, h_0),  hsrd = min(hsrp, h_n)
 * with htc = max(hts, h_0), hrc = max(hrs, h_n) (the terminals' heights, not below the ground).
 */
import { bullingtonLoss } from './bullington.ts';
import { sphericalEarthLossDb, type Polarization } from './spherical-earth.ts';
import { SPEED_OF_LIGHT_M_S } from './units.ts';

/** Default effective earth radius, km: k = 4/3 times 6371 km (contract section 8). */
export const DEFAULT_EFFECTIVE_EARTH_RADIUS_KM = 8495;

export interface DiffractionPath {
  fGhz: number;
  /** Distances from the transmitter, km: first 0, increasing. */
  dKm: ArrayLike<number>;
  /** Profile heights above sea level, m (terrain plus clutter where the caller adds it). */
  hM: ArrayLike<number>;
  htsM: number;
  hrsM: number;
  /** Bare-terrain heights the smooth surface is fitted to; default hM. */
  hTerrainM?: ArrayLike<number>;
  aeKm?: number;
  pol?: Polarization;
  seaFraction?: number;
}

export interface DiffractionResult {
  ldDb: number;
  lbullaDb: number;
  lbullsDb: number;
  ldsphDb: number;
  /** The terrain cuts the direct ray over the actual profile (Bullington's trans-horizon case). */
  obstructed: boolean;
}

export interface SmoothEarthHeights {
  hstdM: number;
  hsrdM: number;
}

/** hstd, hsrd of the diffraction model (see the file comment), over points 0..count-1. */
export function smoothEarthHeights(
  dKm: ArrayLike<number>, hM: ArrayLike<number>, count: number, htsM: number, hrsM: number,
): SmoothEarthHeights {
  const last = count - 1;
  const d = dKm[last];
  let v1 = 0;
  let v2 = 0;
  for (let i = 1; i <= last; i++) {
    const step = dKm[i] - dKm[i - 1];
    v1 += step * (hM[i] + hM[i - 1]);
    v2 += step * (hM[i] * (2 * dKm[i] + dKm[i - 1]) + hM[i - 1] * (dKm[i] + 2 * dKm[i - 1]));
  }
  const hst = (2 * v1 * d - v2) / (d * d);
  const hsr = (v2 - v1 * d) / (d * d);
  const htc = Math.max(htsM, hM[0]);
  const hrc = Math.max(hrsM, hM[last]);
  let hobs = -Infinity;
  let aobt = -Infinity;
  let aobr = -Infinity;
  for (let i = 1; i < last; i++) {
    const di = dKm[i];
    const hi = hM[i] - (htc * (d - di) + hrc * di) / d;
    if (hi > hobs) hobs = hi;
    if (hi / di > aobt) aobt = hi / di;
    if (hi / (d - di) > aobr) aobr = hi / (d - di);
  }
  let hstp = hst;
  let hsrp = hsr;
  if (hobs > 0) {
    hstp = hst - (hobs * aobt) / (aobt + aobr);
    hsrp = hsr - (hobs * aobr) / (aobt + aobr);
  }
  return { hstdM: Math.min(hstp, hM[0]), hsrdM: Math.min(hsrp, hM[last]) };
}

/** Wavelength, m, of a frequency in GHz (c exact, contract section 5). */
export function wavelengthM(fGhz: number): number {
  return SPEED_OF_LIGHT_M_S / (fGhz * 1e9);
}

/**
 * Delta-Bullington over points 0..count-1 (allocation-light core of deltaBullington; the
 * coverage engine calls it with a shared radial profile and a growing `count`).
 */
export function deltaBullingtonPrefix(
  dKm: ArrayLike<number>, hM: ArrayLike<number>, hTerrainM: ArrayLike<number>, count: number,
  htsM: number, hrsM: number, fGhz: number, aeKm: number, pol: Polarization, seaFraction: number,
): DiffractionResult {
  const lambdaM = wavelengthM(fGhz);
  const actual = bullingtonLoss(dKm, hM, count, htsM, hrsM, aeKm, lambdaM);
  const { hstdM, hsrdM } = smoothEarthHeights(dKm, hTerrainM, count, htsM, hrsM);
  const htsSmoothM = htsM - hstdM;
  const hrsSmoothM = hrsM - hsrdM;
  const smooth = bullingtonLoss(dKm, null, count, htsSmoothM, hrsSmoothM, aeKm, lambdaM);
  const dTotalKm = dKm[count - 1] - dKm[0];
  const ldsphDb = sphericalEarthLossDb(dTotalKm, htsSmoothM, hrsSmoothM, aeKm, fGhz, lambdaM, pol, seaFraction);
  return {
    ldDb: actual.lossDb + Math.max(ldsphDb - smooth.lossDb, 0),
    lbullaDb: actual.lossDb,
    lbullsDb: smooth.lossDb,
    ldsphDb,
    obstructed: actual.obstructed,
  };
}

/** The full method for one path (contract section 8 `g5plan diffraction`). Input is assumed valid. */
export function deltaBullington(path: DiffractionPath): DiffractionResult {
  return deltaBullingtonPrefix(
    path.dKm, path.hM, path.hTerrainM ?? path.hM, path.dKm.length, path.htsM, path.hrsM, path.fGhz,
    path.aeKm ?? DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, path.pol ?? 'v', path.seaFraction ?? 0,
  );
}
