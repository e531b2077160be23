/**
 * Sector antenna pattern, 3GPP TR 38.901 V17 Table 7.3-1, in dB relative to the peak gain
 * (0 dB on boresight; the peak gain in dBi is added in the link budget). Angles in degrees.
 *   horizontal  AH(phi)   = -min(12 (phi / phi3dB)^2, Am),            Am = 30 dB
 *   vertical    AV(theta) = -min(12 ((theta - 90 - tilt) / theta3dB)^2, SLAV), SLAV = 30 dB
 *   combined    A         = -min(-(AV + AH), Am)
 * theta is the zenith angle seen from the antenna: 90 = horizon, > 90 below it, so a user on the
 * ground has theta > 90 and a positive tilt (down-tilt) points the beam at theta = 90 + tilt.
 * The table states the vertical cut for theta3dB = 65 deg; the contract (like most planners)
 * uses each sector's own vertical beamwidth. An omni antenna has A = 0 everywhere.
 * These are hot-path functions: no validation here; sectors are validated when a plan is read.
 */
import type { Sector } from '../model/types.ts';

/** Am and SLAV of Table 7.3-1, dB. */
export const MAX_ATTENUATION_DB = 30;
export const OMNI_GAIN_DB = 0;

/** Wraps an angle to [-180, 180). */
export function wrapDeg180(angleDeg: number): number {
  return angleDeg - 360 * Math.floor((angleDeg + 180) / 360);
}

/** Horizontal angle from a sector's boresight to a bearing, both clockwise from north, in [-180, 180). */
export function azimuthOffsetDeg(bearingDeg: number, azimuthDeg: number): number {
  return wrapDeg180(bearingDeg - azimuthDeg);
}

/** Bearing of a point east/north of the site, degrees clockwise from north in [0, 360). */
export function bearingDeg(eastM: number, northM: number): number {
  const deg = (Math.atan2(eastM, northM) * 180) / Math.PI;
  return deg < 0 ? deg + 360 : deg;
}

/** Zenith angle from the antenna to a user d2dM away: 90 + atan((hBS - hUT) / d2D), degrees. */
export function zenithAngleDeg(d2dM: number, hBsM: number, hUtM: number): number {
  return 90 + (Math.atan2(hBsM - hUtM, d2dM) * 180) / Math.PI;
}

/** AH(phi), dB in [-30, 0]; phi is wrapped first so any angle may be passed. */
export function horizontalGainDb(phiDeg: number, hBeamwidthDeg: number): number {
  const ratio = wrapDeg180(phiDeg) / hBeamwidthDeg;
  // 0 - x rather than -x: keeps boresight at +0, not -0.
  return 0 - Math.min(12 * ratio * ratio, MAX_ATTENUATION_DB);
}

/** AV(theta), dB in [-30, 0]. */
export function verticalGainDb(thetaDeg: number, tiltDeg: number, vBeamwidthDeg: number): number {
  const ratio = (thetaDeg - 90 - tiltDeg) / vBeamwidthDeg;
  return 0 - Math.min(12 * ratio * ratio, MAX_ATTENUATION_DB);
}

/** Combined A(theta, phi) = -min(-(AV + AH), Am), dB in [-30, 0]. */
export function sectorGainDb(phiDeg: number, thetaDeg: number, tiltDeg: number, hBeamwidthDeg: number, vBeamwidthDeg: number): number {
  const sumDb = verticalGainDb(thetaDeg, tiltDeg, vBeamwidthDeg) + horizontalGainDb(phiDeg, hBeamwidthDeg);
  return 0 - Math.min(-sumDb, MAX_ATTENUATION_DB);
}

/** A for one sector toward a user at `bearingToUserDeg` and zenith angle `thetaDeg`. */
export function sectorGainTowardDb(sector: Sector, bearingToUserDeg: number, thetaDeg: number): number {
  const phiDeg = azimuthOffsetDeg(bearingToUserDeg, sector.azimuthDeg);
  return sectorGainDb(phiDeg, thetaDeg, sector.tiltDeg, sector.hBeamwidthDeg, sector.vBeamwidthDeg);
}
