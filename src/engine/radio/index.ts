/**
 * The radio engine's public surface: path loss (3GPP TR 38.901 Table 7.4.1-1, free space,
 * Okumura-Hata, COST-231 Hata), LOS probability (Table 7.4.2-1), the Table 7.3-1 sector
 * pattern, NPRB (TS 38.101-1 Table 5.3.2-1) and the contract section 2 link budget.
 * See docs/radio.md for every formula, its clause and validity range.
 */
export { SPEED_OF_LIGHT_M_S, dbmToMw, mwToDbm } from './units.ts';
export { pathLossFreeSpace } from './free-space.ts';
export {
  ENVIRONMENT_HEIGHT_M, breakpointUrbanM, pathLossUmaLos, pathLossUmaNlos, pathLossUmiLos, pathLossUmiNlos,
} from './tr38901-urban.ts';
export { breakpointRmaM, pathLossRmaLos, pathLossRmaNlos } from './tr38901-rma.ts';
export {
  expectedPathLossDb, losProbabilityRma, losProbabilityUma, losProbabilityUmi, umaHeightFactor,
} from './los-probability.ts';
export {
  hataAreaCorrectionDb, hataMobileCorrectionDb, pathLossCost231Hata, pathLossOkumuraHata,
  type Cost231City, type HataArea, type HataCity,
} from './hata.ts';
export {
  PATH_LOSS_MODELS, findValidityViolation, maxValidDistanceM, minValidDistanceM, modelValidity,
  type Bound, type ModelValidity, type PathLossModel, type SitePathLossModel, type ValidityInputs,
} from './validity.ts';
export {
  COST231_CITIES, DEFAULT_RMA_BUILDING_HEIGHT_M, DEFAULT_RMA_STREET_WIDTH_M, HATA_AREAS, HATA_CITIES,
  is38901, losProbability, losProbabilityCase, pathLoss, UMA_LOS_PROBABILITY_MAX_HUT_M, sitePathLossDb, sitePathLossFn, type LosProbabilityResult, type PathLossCase, type PathLossResult,
} from './path-loss.ts';
export {
  MAX_ATTENUATION_DB, OMNI_GAIN_DB, azimuthOffsetDeg, bearingDeg, horizontalGainDb, sectorGainDb,
  sectorGainTowardDb, verticalGainDb, wrapDeg180, zenithAngleDeg,
} from './antenna.ts';
export { nprbFor } from './nprb.ts';
export {
  DEFAULT_NOISE_FIGURE_DB, THERMAL_NOISE_DBM_PER_HZ, powerPerResourceElementDbm, rsrpDbm, sinrDb,
  thermalNoiseDbm, type RsrpInput,
} from './link-budget.ts';
