/**
 * Free-space path loss (Friis), dB: FSPL = 20 log10(4 pi d3D fc / c), fc in Hz, d3D in m,
 * c = 299792458 m/s (contract section 2, model "fspl"). No validity range is published:
 * the formula holds in the far field; it is an optimistic bound everywhere on the ground.
 */
import { SPEED_OF_LIGHT_M_S } from './units.ts';

export function pathLossFreeSpace(fcGhz: number, d3dM: number): number {
  return 20 * Math.log10((4 * Math.PI * d3dM * fcGhz * 1e9) / SPEED_OF_LIGHT_M_S);
}
