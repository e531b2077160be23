/**
 * Per-link lookup tables that make the pixel loop cheap (see docs/engine.md):
 * - gain table: received power in mW at boresight for every metre of 2D distance,
 *   10^((EIRP per RE - margins - PL(d)) / 10), so the loop needs no log or pow;
 * - vertical pattern table per metre (TR 38.901 Table 7.3-1, A_V of the zenith angle);
 * - horizontal pattern table per 0.1 degree of azimuth offset (A_H).
 * Sites sharing the same parameters share tables (a plan has few distinct configurations).
 */
import { horizontalGainDb, verticalGainDb, zenithAngleDeg, sitePathLossDb, type SitePathLossModel } from '../radio/index.ts';
import type { LosMode } from '../model/types.ts';

export const AZIMUTH_STEPS = 3600;
export const AZIMUTH_STEPS_PER_RAD = AZIMUTH_STEPS / (2 * Math.PI);

export interface LinkProfile {
  model: SitePathLossModel;
  losMode: LosMode;
  fcGhz: number;
  hBsM: number;
  hUtM: number;
  rmaBuildingHeightM: number;
  rmaStreetWidthM: number;
  /** RS power per RE + peak antenna gain - penetration - shadow margin, dBm. */
  eirpPerReDbm: number;
  /** Longest distance the table may reach (model validity), m. */
  maxDistanceM: number;
}

export function linkProfileKey(p: LinkProfile): string {
  return [p.model, p.losMode, p.fcGhz, p.hBsM, p.hUtM, p.rmaBuildingHeightM, p.rmaStreetWidthM, p.eirpPerReDbm, p.maxDistanceM].join('|');
}

/**
 * Gain table up to the influence radius: the first distance from which the boresight power
 * stays below floorMw. Entry i is the power at d2D = i metres; one extra entry for interpolation.
 */
export function buildGainTable(p: LinkProfile, floorMw: number): Float64Array {
  const maxM = Math.floor(Math.min(p.maxDistanceM, 100_000));
  const full = new Float64Array(maxM + 2);
  let lastAbove = 0;
  for (let d = 0; d <= maxM + 1; d++) {
    const plDb = sitePathLossDb(p.model, p.losMode, p.fcGhz, Math.min(d, maxM), p.hBsM, p.hUtM, p.rmaBuildingHeightM, p.rmaStreetWidthM);
    full[d] = 10 ** ((p.eirpPerReDbm - plDb) / 10);
    if (full[d] >= floorMw) lastAbove = d;
  }
  return full.slice(0, Math.min(lastAbove + 2, maxM + 2));
}

/** Linear A_V per metre of 2D distance for one (height, tilt, beamwidth). */
export function buildVerticalTable(lengthM: number, hBsM: number, hUtM: number, tiltDeg: number, vBeamwidthDeg: number): Float32Array {
  const t = new Float32Array(lengthM);
  for (let d = 0; d < lengthM; d++) {
    t[d] = 10 ** (verticalGainDb(zenithAngleDeg(Math.max(d, 1), hBsM, hUtM), tiltDeg, vBeamwidthDeg) / 10);
  }
  return t;
}

/** Linear A_H for azimuth offsets k/10 degrees, k = 0..3599 (offset wrapped to -180..180). */
export function buildHorizontalTable(hBeamwidthDeg: number): Float32Array {
  const t = new Float32Array(AZIMUTH_STEPS);
  for (let k = 0; k < AZIMUTH_STEPS; k++) {
    const offsetDeg = ((k / 10 + 180) % 360) - 180;
    t[k] = 10 ** (horizontalGainDb(offsetDeg, hBeamwidthDeg) / 10);
  }
  return t;
}

/** TR 38.901 Table 7.3-1 caps the combined pattern at -30 dB. */
export const PATTERN_FLOOR = 1e-3;
export const SITE_PATTERN_STRIDE = 4;

/**
 * One site's sectors folded into one table, for sectors that share a vertical pattern A_V.
 * Per azimuth step k: [max_c A_H, sum of "front" A_H, min of front A_H, number of "back" cells].
 * A back cell has A_H at the -30 dB floor, so A_H * A_V is floored whatever A_V: it adds exactly
 * the floor. Then, when A_V * minFront >= floor, every front cell is above the floor too and
 *   best = max(A_V * maxAH, floor),  sum = A_V * sumFront + nBack * floor,
 * exactly TR 38.901's per-cell max(A_H + A_V, -30 dB), with one lookup instead of one per cell.
 */
export function buildSitePatternTable(cells: [number, Float32Array][]): Float32Array {
  const t = new Float32Array(AZIMUTH_STEPS * SITE_PATTERN_STRIDE);
  for (let k = 0; k < AZIMUTH_STEPS; k++) {
    let max = 0, sumFront = 0, minFront = Infinity, nBack = 0;
    for (const [az, h] of cells) {
      const a = h[(k - az + AZIMUTH_STEPS) % AZIMUTH_STEPS];
      max = Math.max(max, a);
      if (a <= Math.fround(PATTERN_FLOOR)) nBack++;
      else { sumFront += a; minFront = Math.min(minFront, a); }
    }
    t.set([max, sumFront, minFront, nBack], k * SITE_PATTERN_STRIDE);
  }
  return t;
}

// Azimuth without Math.atan2 (the pixel loop's most expensive call): atan of the smaller/larger
// leg ratio from a table, then the quadrant. Error < 0.01 of a 0.1-degree step.
const ATAN_STEPS = 4096;
const ATAN_TABLE = new Float64Array(ATAN_STEPS + 1);
for (let i = 0; i <= ATAN_STEPS; i++) ATAN_TABLE[i] = Math.atan(i / ATAN_STEPS) * AZIMUTH_STEPS_PER_RAD;
const QUARTER = AZIMUTH_STEPS / 4, HALF = AZIMUTH_STEPS / 2;

/** Azimuth of (dx east, dy south) clockwise from north, in 0.1-degree steps, rounded, 0..3599. */
export function azimuthIndex(dx: number, dy: number): number {
  const ax = dx < 0 ? -dx : dx, ay = dy < 0 ? -dy : dy;
  let a: number;
  if (ax <= ay) a = ay === 0 ? 0 : ATAN_TABLE[((ax / ay) * ATAN_STEPS + 0.5) | 0];
  else a = QUARTER - ATAN_TABLE[((ay / ax) * ATAN_STEPS + 0.5) | 0];
  // a is the angle away from the north-south axis; dy <= 0 is the northern half.
  const steps = dy <= 0 ? (dx >= 0 ? a : AZIMUTH_STEPS - a) : dx >= 0 ? HALF - a : HALF + a;
  const k = (steps + 0.5) | 0; // steps >= 0: rounds half up like Math.round, without its cost
  return k >= AZIMUTH_STEPS ? k - AZIMUTH_STEPS : k;
}
