/**
 * The validated path-loss entry points, dB (median: no shadowing, penetration or antenna gain).
 *   pathLoss(case)    one case as `g5plan pathloss` reads it (contract section 5): validity
 *                     bounds come back as { ok: false, error }, or as extrapolated values on request;
 *                     physically meaningless input (NaN, heights <= 0, unknown model) throws RangeError.
 *   sitePathLossDb()  what the coverage engine tabulates per site (contract section 2 LOS modes).
 * Formulas: tr38901-urban.ts, tr38901-rma.ts, free-space.ts, hata.ts; ranges: validity.ts.
 */
import { pathLossFreeSpace } from './free-space.ts';
import { pathLossCost231Hata, pathLossOkumuraHata, type Cost231City, type HataArea, type HataCity } from './hata.ts';
import { expectedPathLossDb, losProbabilityRma, losProbabilityUma, losProbabilityUmi } from './los-probability.ts';
import { ENVIRONMENT_HEIGHT_M, pathLossUmaLos, pathLossUmaNlos, pathLossUmiLos, pathLossUmiNlos } from './tr38901-urban.ts';
import { pathLossRmaLos, pathLossRmaNlos } from './tr38901-rma.ts';
import { requireFinite, requireNonNegative, requirePositive } from './units.ts';
import { LOS_MODES, type LosMode } from '../model/types.ts';
import {
  PATH_LOSS_MODELS, findValidityViolation, minValidDistanceM, type PathLossModel, type SitePathLossModel,
} from './validity.ts';

/** Contract defaults for RMa (section 5): street width W and building height h, m. */
export const DEFAULT_RMA_STREET_WIDTH_M = 20;
export const DEFAULT_RMA_BUILDING_HEIGHT_M = 5;
export const HATA_AREAS: readonly HataArea[] = ['urban', 'suburban', 'open'];
export const HATA_CITIES: readonly HataCity[] = ['small-medium', 'large'];
export const COST231_CITIES: readonly Cost231City[] = ['medium', 'metropolitan'];

/** One `g5plan pathloss` line, camel-cased; optional fields take the contract's defaults. */
export interface PathLossCase {
  model: PathLossModel;
  /** true/false for the 38.901 models, null for the others. */
  los: boolean | null;
  fcGhz: number;
  d2dM: number;
  d3dM: number;
  hBsM: number;
  hUtM: number;
  wM?: number;
  hM?: number;
  area?: HataArea;
  city?: HataCity | Cost231City;
  extrapolate?: boolean;
}

export type PathLossResult = { ok: true; pathLossDb: number; extrapolated: boolean } | { ok: false; error: string };

export function is38901(model: PathLossModel): model is '38901-uma' | '38901-umi' | '38901-rma' {
  return model === '38901-uma' || model === '38901-umi' || model === '38901-rma';
}

/** 38.901 formulas by model and LOS state (no validation). */
function pathLoss38901(
  model: '38901-uma' | '38901-umi' | '38901-rma', los: boolean,
  fcGhz: number, d2dM: number, d3dM: number, hBsM: number, hUtM: number, hM: number, wM: number,
): number {
  if (model === '38901-uma') return (los ? pathLossUmaLos : pathLossUmaNlos)(fcGhz, d2dM, d3dM, hBsM, hUtM);
  if (model === '38901-umi') return (los ? pathLossUmiLos : pathLossUmiNlos)(fcGhz, d2dM, d3dM, hBsM, hUtM);
  return los ? pathLossRmaLos(fcGhz, d2dM, d3dM, hBsM, hUtM, hM) : pathLossRmaNlos(fcGhz, d2dM, d3dM, hBsM, hUtM, hM, wM);
}

/** Table 7.4.2-1 LOS probability of a 38.901 model. */
export function losProbability(model: '38901-uma' | '38901-umi' | '38901-rma', d2dM: number, hUtM: number): number {
  if (model === '38901-uma') return losProbabilityUma(d2dM, hUtM);
  return model === '38901-umi' ? losProbabilityUmi(d2dM) : losProbabilityRma(d2dM);
}

/** Highest hUT, m, for which Table 7.4.2-1 defines the UMa C'(hUT) factor. */
export const UMA_LOS_PROBABILITY_MAX_HUT_M = 23;

export type LosProbabilityResult = { ok: true; pLos: number; extrapolated: boolean } | { ok: false; error: string };

/**
 * The `"want":"p_los"` line of `g5plan pathloss` (contract section 8): Table 7.4.2-1 LOS
 * probability of a 38.901 model at d2D (hUT matters for UMa only). The table defines UMa for
 * hUT <= 23 m; above it, an error unless `extrapolate`. Throws RangeError for meaningless input.
 */
export function losProbabilityCase(model: PathLossModel, d2dM: number, hUtM: number, extrapolate = false): LosProbabilityResult {
  requireOneOf(model, PATH_LOSS_MODELS, 'model');
  if (!is38901(model)) throw new RangeError(`want "p_los" needs a 38.901 model (38901-uma, 38901-umi, 38901-rma), got ${model}`);
  if (requireFinite(d2dM, 'd2d_m') < 0) throw new RangeError(`d2d_m must be >= 0, got ${d2dM}`);
  requirePositive(hUtM, 'h_ut_m');
  const outside = model === '38901-uma' && hUtM > UMA_LOS_PROBABILITY_MAX_HUT_M;
  if (outside && !extrapolate) return { ok: false, error: `h_ut_m ${hUtM} outside UMa LOS probability validity 0-${UMA_LOS_PROBABILITY_MAX_HUT_M} m` };
  return { ok: true, pLos: losProbability(model, d2dM, hUtM), extrapolated: outside };
}

function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}

/** Refuses what no model can mean, extrapolating or not. Field names are the contract's JSON keys. */
function checkPhysical(c: PathLossCase): void {
  requireOneOf(c.model, PATH_LOSS_MODELS, 'model');
  if (is38901(c.model) ? typeof c.los !== 'boolean' : c.los !== null) {
    throw new RangeError(`los must be ${is38901(c.model) ? 'true or false' : 'null'} for model ${c.model}, got ${JSON.stringify(c.los)}`);
  }
  requirePositive(c.fcGhz, 'fc_ghz');
  requireFinite(c.d2dM, 'd2d_m');
  if (c.d2dM < 0) throw new RangeError(`d2d_m must be >= 0, got ${c.d2dM}`);
  requirePositive(c.d3dM, 'd3d_m');
  // Free-space loss depends only on d3D, so antennas on the ground (height 0) are fine there.
  const requireHeight = c.model === 'fspl' ? requireNonNegative : requirePositive;
  requireHeight(c.hBsM, 'h_bs_m');
  requireHeight(c.hUtM, 'h_ut_m');
  if (c.wM !== undefined) requirePositive(c.wM, 'W_m');
  if (c.hM !== undefined) requirePositive(c.hM, 'h_m');
  if (c.d3dM < c.d2dM * (1 - 1e-9)) throw new RangeError(`d3d_m ${c.d3dM} is shorter than d2d_m ${c.d2dM}`);
  if (c.extrapolate !== undefined && typeof c.extrapolate !== 'boolean') throw new RangeError('extrapolate must be true or false');
  if (c.model === '38901-uma' || c.model === '38901-umi') {
    for (const [h, field] of [[c.hBsM, 'h_bs_m'], [c.hUtM, 'h_ut_m']] as const) {
      if (h <= ENVIRONMENT_HEIGHT_M) throw new RangeError(`${field} ${h} must exceed hE = 1 m (breakpoint d'BP needs h - hE > 0)`);
    }
  }
  if (c.model === 'okumura-hata' || c.model === 'cost231-hata') {
    if (c.d2dM <= 0) throw new RangeError(`d2d_m must be > 0 for ${c.model} (log of distance), got ${c.d2dM}`);
    if (c.area !== undefined) requireOneOf(c.area, HATA_AREAS, 'area');
    if (c.city !== undefined) requireOneOf(c.city, c.model === 'okumura-hata' ? HATA_CITIES : COST231_CITIES, 'city');
  }
}

function evaluateCase(c: PathLossCase, hM: number, wM: number): number {
  const area = c.area ?? 'urban';
  switch (c.model) {
    case 'fspl':
      return pathLossFreeSpace(c.fcGhz, c.d3dM);
    case 'okumura-hata':
      return pathLossOkumuraHata(c.fcGhz, c.d2dM, c.hBsM, c.hUtM, area, (c.city as HataCity | undefined) ?? 'small-medium');
    case 'cost231-hata':
      return pathLossCost231Hata(c.fcGhz, c.d2dM, c.hBsM, c.hUtM, area, (c.city as Cost231City | undefined) ?? 'medium');
    default:
      return pathLoss38901(c.model, c.los === true, c.fcGhz, c.d2dM, c.d3dM, c.hBsM, c.hUtM, hM, wM);
  }
}

/**
 * One case, checked against the model's published validity. Outside it: { ok: false, error }
 * naming the bound, unless `extrapolate` is set; then the formula's value with extrapolated: true.
 * Throws RangeError for input no model can mean (see checkPhysical).
 */
export function pathLoss(c: PathLossCase): PathLossResult {
  checkPhysical(c);
  const hM = c.hM ?? DEFAULT_RMA_BUILDING_HEIGHT_M;
  const wM = c.wM ?? DEFAULT_RMA_STREET_WIDTH_M;
  const violation = findValidityViolation(c.model, c.los, { fcGhz: c.fcGhz, d2dM: c.d2dM, hBsM: c.hBsM, hUtM: c.hUtM, hM, wM });
  if (violation !== null && c.extrapolate !== true) return { ok: false, error: violation };
  return { ok: true, pathLossDb: evaluateCase(c, hM, wM), extrapolated: violation !== null };
}

/**
 * Path loss of a site toward a user at 2D distance d2dM, dB, for the coverage engine's per-site
 * tables. d3D is derived from the heights. Distances below the model's minimum (10 m for 38.901,
 * 1 km for Hata, 1 m for free space) are clamped to it: those are the few pixels right around
 * the mast, where the formulas are undefined or fall apart, and the site serves them anyway.
 * Beyond the maximum the formula is extrapolated; the caller cuts at maxValidDistanceM() or
 * wherever it chooses. Hata models use the urban area and default city; losMode does not
 * apply to models without a LOS state. Throws RangeError on non-finite or non-positive input.
 */
export function sitePathLossDb(
  model: SitePathLossModel | 'okumura-hata', losMode: LosMode,
  fcGhz: number, d2dM: number, hBsM: number, hUtM: number, hM: number, wM: number,
): number {
  requireOneOf(model, PATH_LOSS_MODELS, 'model');
  requireOneOf(losMode, LOS_MODES, 'losMode');
  if (requireFinite(d2dM, 'd2dM') < 0) throw new RangeError(`d2dM must be >= 0, got ${d2dM}`);
  return sitePathLossFn(model, losMode, fcGhz, hBsM, hUtM, hM, wM)(d2dM);
}

/**
 * sitePathLossDb for one site and many distances (a gain table evaluates thousands): the
 * model, heights and frequency are checked once; what is left to check per distance (finite,
 * not negative) the returned function does. The same numbers as sitePathLossDb.
 */
export function sitePathLossFn(
  model: SitePathLossModel | 'okumura-hata', losMode: LosMode,
  fcGhz: number, hBsM: number, hUtM: number, hM: number, wM: number,
): (d2dM: number) => number {
  requireOneOf(model, PATH_LOSS_MODELS, 'model');
  requireOneOf(losMode, LOS_MODES, 'losMode');
  const minM = minValidDistanceM(model);
  // Every distance is clamped to minM and d3D = hypot(d2D, dh) >= d2D > 0, so checking the
  // heights and frequency at minM checks them for all.
  checkPhysical({ model, los: is38901(model) ? true : null, fcGhz, d2dM: minM, d3dM: Math.hypot(minM, hBsM - hUtM), hBsM, hUtM, hM, wM });
  const dh = hBsM - hUtM;
  const clamp = (d2dM: number): number => {
    if (!(d2dM >= 0 && d2dM < Infinity)) throw new RangeError(`d2dM must be a finite number >= 0, got ${d2dM}`);
    return Math.max(d2dM, minM);
  };
  if (!is38901(model)) return (d2dM) => { const dM = clamp(d2dM); return evaluateCase({ model, los: null, fcGhz, d2dM: dM, d3dM: Math.hypot(dM, dh), hBsM, hUtM }, hM, wM); };
  if (losMode !== 'expected') {
    const los = losMode === 'los';
    return (d2dM) => { const dM = clamp(d2dM); return pathLoss38901(model, los, fcGhz, dM, Math.hypot(dM, dh), hBsM, hUtM, hM, wM); };
  }
  return (d2dM) => {
    const dM = clamp(d2dM), d3dM = Math.hypot(dM, dh);
    const losDb = pathLoss38901(model, true, fcGhz, dM, d3dM, hBsM, hUtM, hM, wM);
    const nlosDb = pathLoss38901(model, false, fcGhz, dM, d3dM, hBsM, hUtM, hM, wM);
    return expectedPathLossDb(losProbability(model, dM, hUtM), losDb, nlosDb);
  };
}
