/**
 * Published validity ranges of each path-loss model, and the check that names the violated bound.
 * Sources: 3GPP TR 38.901 V17 Table 7.4.1-1 and its notes (RMa frequency range 0.5-30 GHz per
 * the RMa note; UMa/UMi 0.5-100 GHz, the report's scope); Hata (1980) / COST 231 final report for
 * the Hata models (COST-231 Hata 150-2000 MHz as the contract states it). Units: m, GHz.
 *
 * UMa and UMi list hBS as the scenario's nominal 25 m / 10 m, not a range, so any hBS is accepted
 * there; only hBS > hE = 1 m is required, because d'BP = 4 (hBS - hE)(hUT - hE) fc / c needs it
 * (that physical requirement lives in path-loss.ts and holds even when extrapolating).
 */
import type { SiteModel } from '../model/types.ts';

export const PATH_LOSS_MODELS = ['38901-uma', '38901-umi', '38901-rma', 'fspl', 'okumura-hata', 'cost231-hata'] as const;
export type PathLossModel = (typeof PATH_LOSS_MODELS)[number];
/** The models a site may use (contract section 1), "auto" already resolved. */
export type SitePathLossModel = Exclude<SiteModel, 'auto'>;

/** The numbers a bound can apply to, named as in the `g5plan pathloss` JSON line. */
export interface ValidityInputs {
  fcGhz: number;
  d2dM: number;
  hBsM: number;
  hUtM: number;
  hM: number;
  wM: number;
}

export interface Bound {
  key: keyof ValidityInputs;
  /** The contract's JSON key, used in messages. */
  field: string;
  min: number;
  max: number;
  unit: 'GHz' | 'm';
}

export interface ModelValidity {
  /** e.g. "UMa NLOS"; used in messages. */
  label: string;
  bounds: Bound[];
}

const fc = (min: number, max: number): Bound => ({ key: 'fcGhz', field: 'fc_ghz', min, max, unit: 'GHz' });
const d2d = (min: number, max: number): Bound => ({ key: 'd2dM', field: 'd2d_m', min, max, unit: 'm' });
const hUt = (min: number, max: number): Bound => ({ key: 'hUtM', field: 'h_ut_m', min, max, unit: 'm' });
const hBs = (min: number, max: number): Bound => ({ key: 'hBsM', field: 'h_bs_m', min, max, unit: 'm' });
const RMA_SHARED: Bound[] = [
  fc(0.5, 30), hBs(10, 150), hUt(1, 10),
  { key: 'hM', field: 'h_m', min: 5, max: 50, unit: 'm' },
  { key: 'wM', field: 'W_m', min: 5, max: 50, unit: 'm' },
];
const HATA_SHARED: Bound[] = [d2d(1000, 20_000), hBs(30, 200), hUt(1, 10)];

/** Validity of `model` in the given LOS state (`los` is ignored by models without one). */
export function modelValidity(model: PathLossModel, los: boolean | null): ModelValidity {
  const state = los ? 'LOS' : 'NLOS';
  switch (model) {
    case '38901-uma':
      return { label: `UMa ${state}`, bounds: [d2d(10, 5000), hUt(1.5, 22.5), fc(0.5, 100)] };
    case '38901-umi':
      return { label: `UMi ${state}`, bounds: [d2d(10, 5000), hUt(1.5, 22.5), fc(0.5, 100)] };
    case '38901-rma':
      return { label: `RMa ${state}`, bounds: [d2d(10, los ? 10_000 : 5000), ...RMA_SHARED] };
    case 'fspl':
      return { label: 'free space', bounds: [] };
    case 'okumura-hata':
      return { label: 'Okumura-Hata', bounds: [...HATA_SHARED, fc(0.15, 1.5)] };
    case 'cost231-hata':
      return { label: 'COST-231 Hata', bounds: [...HATA_SHARED, fc(0.15, 2)] };
  }
}

/** The first bound `inputs` violate, as a message such as "d2d_m 6000 outside UMa NLOS validity 10-5000 m"; null if none. */
export function findValidityViolation(model: PathLossModel, los: boolean | null, inputs: ValidityInputs): string | null {
  const { label, bounds } = modelValidity(model, los);
  for (const b of bounds) {
    const value = inputs[b.key];
    if (value < b.min || value > b.max) return `${b.field} ${value} outside ${label} validity ${b.min}-${b.max} ${b.unit}`;
  }
  return null;
}

/**
 * Shortest 2D distance, m, the model is evaluated at: 10 m for 38.901, 1 km for the Hata models,
 * 1 m for free space (only to keep log10 finite right under the mast).
 */
export function minValidDistanceM(model: PathLossModel): number {
  if (model === 'fspl') return 1;
  return modelValidity(model, false).bounds.find((b) => b.key === 'd2dM')!.min;
}

/**
 * Longest 2D distance, m, inside the model's published range for the LOS mode: "expected" needs
 * both the LOS and the NLOS formula, so it gets the shorter of the two. Free space: Infinity.
 */
export function maxValidDistanceM(model: PathLossModel, losMode: 'nlos' | 'los' | 'expected'): number {
  const maxOf = (los: boolean): number => modelValidity(model, los).bounds.find((b) => b.key === 'd2dM')?.max ?? Infinity;
  if (losMode === 'expected') return Math.min(maxOf(true), maxOf(false));
  return maxOf(losMode === 'los');
}
