/**
 * Per-link lookup tables that make the pixel loop cheap (see docs/engine.md):
 * - gain table: received power in mW at boresight for every metre of 2D distance,
 *   10^((EIRP per RE - margins - PL(d)) / 10), so the loop needs no log or pow;
 * - vertical pattern table per metre (TR 38.901 Table 7.3-1, A_V of the zenith angle);
 * - horizontal pattern table per 0.1 degree of azimuth offset (A_H).
 * Sites sharing the same parameters share tables (a plan has few distinct configurations).
 */
import { horizontalGainDb, verticalGainDb, zenithAngleDeg, sitePathLossFn, type SitePathLossModel } from '../radio/index.ts';
import type { LosMode } from '../model/types.ts';
import { PATTERN_MAX_ATTENUATION_DB, cutAttenuationDb, type AntennaPattern } from '../radio/msi-pattern.ts';

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
 * Path loss never falls with distance by more than 0.01 dB (RMa's breakpoint steps down by 0.0073
 * dB; every other model not at all: tests/property/pathloss.property.test.ts). So once the power
 * is this far below a level, it stays below it at every longer distance.
 */
export const PATH_LOSS_MAX_DROP_MARGIN_DB = 0.1;

/**
 * Gain table up to the influence radius: the first distance from which the boresight power
 * stays below floorMw. Entry i is the power at d2D = i metres; one extra entry for interpolation.
 * The distances are walked out only until the power is well below the floor (see
 * PATH_LOSS_MAX_DROP_MARGIN_DB): a micro cell's table ends at a few hundred metres, not at the
 * model's 5 km.
 */
export function buildGainTable(p: LinkProfile, floorMw: number): Float64Array {
  const maxM = Math.floor(Math.min(p.maxDistanceM, 100_000));
  const full = new Float64Array(maxM + 2);
  const pathLossDb = sitePathLossFn(p.model, p.losMode, p.fcGhz, p.hBsM, p.hUtM, p.rmaBuildingHeightM, p.rmaStreetWidthM);
  const belowForGoodMw = floorMw * 10 ** (-PATH_LOSS_MAX_DROP_MARGIN_DB / 10);
  let lastAbove = 0;
  for (let d = 0; d <= maxM + 1; d++) {
    const plDb = pathLossDb(Math.min(d, maxM));
    full[d] = 10 ** ((p.eirpPerReDbm - plDb) / 10);
    if (full[d] >= floorMw) lastAbove = d;
    else if (full[d] < belowForGoodMw && d > lastAbove) break; // entries up to lastAbove + 1 are filled
  }
  return full.slice(0, Math.min(lastAbove + 2, maxM + 2));
}

/**
 * The gain table as the pixel kernels read it: float pairs (gain at i metres, slope to i + 1),
 * so that g(d) = pair[2i] + (d - i) * pair[2i + 1] in single precision (the last slope is 0).
 * Floats are ample here (7 digits against a table accurate to 0.001 dB) and let the
 * WebAssembly kernel handle four pixels per step.
 */
export function gainPairTable(t: Float64Array): Float32Array {
  const out = new Float32Array(2 * t.length);
  for (let i = 0; i < t.length; i++) out[2 * i] = t[i];
  for (let i = 0; i + 1 < t.length; i++) out[2 * i + 1] = out[2 * i + 2] - out[2 * i];
  return out;
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

/** A vendor pattern's horizontal cut as linear gains per 0.1 degree of azimuth offset (msi-pattern.ts). */
export function buildPatternHorizontalTable(p: AntennaPattern): Float32Array {
  const t = new Float32Array(AZIMUTH_STEPS);
  for (let k = 0; k < AZIMUTH_STEPS; k++) t[k] = 10 ** (-Math.min(cutAttenuationDb(p.horizontalDb, k / 10), PATTERN_MAX_ATTENUATION_DB) / 10);
  return t;
}

/** A vendor pattern's vertical cut per metre of 2D distance: depression angle below the horizon minus the mechanical tilt. */
export function buildPatternVerticalTable(lengthM: number, hBsM: number, hUtM: number, mechanicalTiltDeg: number, p: AntennaPattern): Float32Array {
  const t = new Float32Array(lengthM);
  for (let d = 0; d < lengthM; d++) {
    const depressionDeg = zenithAngleDeg(Math.max(d, 1), hBsM, hUtM) - 90;
    t[d] = 10 ** (-Math.min(cutAttenuationDb(p.verticalDb, depressionDeg - mechanicalTiltDeg), PATTERN_MAX_ATTENUATION_DB) / 10);
  }
  return t;
}

/** TR 38.901 Table 7.3-1 caps the combined pattern at -30 dB. */
export const PATTERN_FLOOR = 1e-3;

/**
 * One site's sectors folded into one table, for sectors that share a vertical pattern A_V:
 * per azimuth step k, the cells' A_H sorted from strongest to weakest (n floats per step; the
 * table holds two turns, steps 0..7199). Then
 *   best = max(A_V * A_H[0], floor),  sum = sum over j of max(A_V * A_H[j], floor),
 * exactly TR 38.901's per-cell max(A_H + A_V, -30 dB), with one contiguous read per pixel and no
 * branch; the cells' order does not matter to either result.
 */
export function buildSitePatternTable(cells: [number, Float32Array][]): Float32Array {
  const n = cells.length, t = new Float32Array(2 * AZIMUTH_STEPS * n);
  for (let k = 0; k < AZIMUTH_STEPS; k++) {
    // Insertion sort, strongest first, straight into the table (a few cells: no arrays per step).
    const row = k * n;
    for (let c = 0; c < n; c++) {
      const [az, h] = cells[c];
      const g = h[(k - az + AZIMUTH_STEPS) % AZIMUTH_STEPS];
      let j = c;
      for (; j > 0 && t[row + j - 1] < g; j--) t[row + j] = t[row + j - 1];
      t[row + j] = g;
    }
  }
  // A second turn, so that a step minus a rotation plus one turn needs no wrapping (WebAssembly kernel).
  t.copyWithin(AZIMUTH_STEPS * n, 0, AZIMUTH_STEPS * n);
  return t;
}

// Azimuth without Math.atan2 (the pixel loop's most expensive call): the octant (which half,
// which side, which leg is longer) and the ratio of the shorter leg to the longer one, rounded
// to 1/ATAN_STEPS, index a table of the final azimuth step: one multiplication and one read.
export const ATAN_STEPS = 4096;
const QUARTER = AZIMUTH_STEPS / 4, HALF = AZIMUTH_STEPS / 2;

/**
 * AZIMUTH_TABLE[octant * (ATAN_STEPS + 1) + i]: the azimuth step for leg ratio i / ATAN_STEPS,
 * octant = (northern half: dy <= 0) * 4 + (eastern side: dx >= 0) * 2 + (|dx| <= |dy|). The
 * angle from the longer axis is atan(ratio) (error < 1e-4 step); rounded half up, 0..3599.
 */
export const AZIMUTH_TABLE = new Int16Array(8 * (ATAN_STEPS + 1));
for (let oct = 0; oct < 8; oct++) {
  for (let i = 0; i <= ATAN_STEPS; i++) {
    const atan = Math.fround(Math.atan(i / ATAN_STEPS) * AZIMUTH_STEPS_PER_RAD);
    const a = oct & 1 ? atan : QUARTER - atan; // angle away from the north-south axis
    const steps = oct & 4 ? (oct & 2 ? a : AZIMUTH_STEPS - a) : oct & 2 ? HALF - a : HALF + a;
    const k = Math.floor(steps + 0.5);
    AZIMUTH_TABLE[oct * (ATAN_STEPS + 1) + i] = k >= AZIMUTH_STEPS ? k - AZIMUTH_STEPS : k;
  }
}

/**
 * Azimuth of (dx east, dy south) clockwise from north, in 0.1-degree steps, rounded, 0..3599,
 * in single precision as the pixel kernels compute it (dx, dy: float values). invAx, invAy:
 * ATAN_STEPS / |dx| and ATAN_STEPS / |dy| (atanScaledInverse32), which a pixel loop computes
 * once per column and once per row: the loop then needs no division.
 */
export function azimuthIndexFrom32(dx: number, dy: number, invAx: number, invAy: number): number {
  const ax = Math.abs(dx), ay = Math.abs(dy), near = ax <= ay;
  // At the site itself (0 * Infinity = NaN) the index is 0, as NaN | 0 is.
  const i = Math.fround(Math.fround(near ? ax * invAy : ay * invAx) + 0.5) | 0;
  return AZIMUTH_TABLE[((dy <= 0 ? 4 : 0) + (dx >= 0 ? 2 : 0) + (near ? 1 : 0)) * (ATAN_STEPS + 1) + i];
}

/** The inverse azimuthIndexFrom32 takes for a leg of (float) length |v|, rounded to a float. */
export function atanScaledInverse32(v: number): number {
  return Math.fround(ATAN_STEPS / Math.abs(v));
}

export function azimuthIndex(dx: number, dy: number): number {
  const x = Math.fround(dx), y = Math.fround(dy);
  return azimuthIndexFrom32(x, y, atanScaledInverse32(x), atanScaledInverse32(y));
}
