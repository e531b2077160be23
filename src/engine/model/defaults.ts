/**
 * Contract section 1 defaults: band per operator, band centre frequencies and bandwidths,
 * power, gain and height per station kind, the default three-sector macro layout.
 */
import type { Band, Operator, Sector, StationKind } from './types.ts';

export const BAND_BY_OPERATOR: Record<Operator, Band> = {
  CMCC: 'n41',
  CU: 'n78',
  CT: 'n78',
  'CU+CT': 'n78',
  CBN: 'n28',
};

export const BAND_CENTRE_MHZ: Record<Band, number> = { n28: 725, n41: 2565, n78: 3500, n79: 4850 };
export const BAND_BANDWIDTH_MHZ: Record<Band, number> = { n28: 30, n41: 100, n78: 100, n79: 100 };
export const BAND_SCS_KHZ: Record<Band, 15 | 30> = { n28: 15, n41: 30, n78: 30, n79: 30 };

export const KIND_TX_POWER_DBM: Record<StationKind, number> = { macro: 53, micro: 40, indoor: 24 };
/**
 * Plausible total transmit power per station kind, dBm (macro 1-400 W, micro 0.1-40 W, indoor
 * 1 mW-4 W): the site form refuses a value outside it as a typing slip. Files are not held to it
 * (the contract allows any power), so a study of unusual equipment still imports.
 */
export const KIND_TX_POWER_RANGE_DBM: Record<StationKind, [number, number]> = { macro: [30, 56], micro: [20, 46], indoor: [0, 36] };
export const KIND_ANTENNA_GAIN_DBI: Record<StationKind, number> = { macro: 17, micro: 8, indoor: 3 };
export const KIND_HEIGHT_M: Record<StationKind, number> = { macro: 30, micro: 10, indoor: 3 };

export const DEFAULT_TILT_DEG = 6;
export const DEFAULT_H_BEAMWIDTH_DEG = 65;
export const DEFAULT_V_BEAMWIDTH_DEG = 10;

export function defaultSectors(kind: StationKind): Sector[] {
  if (kind !== 'macro') return [];
  return [0, 120, 240].map((azimuthDeg) => ({
    azimuthDeg,
    tiltDeg: DEFAULT_TILT_DEG,
    hBeamwidthDeg: DEFAULT_H_BEAMWIDTH_DEG,
    vBeamwidthDeg: DEFAULT_V_BEAMWIDTH_DEG,
  }));
}

/** Radio settings shared by a whole computation (contract section 2 defaults). */
export interface RadioSettings {
  thresholdDbm: number;
  /** Optional SINR criterion; null = RSRP only. */
  sinrThresholdDb: number | null;
  losMode: 'nlos' | 'los' | 'expected';
  penetrationLossDb: number;
  shadowMarginDb: number;
  hUtM: number;
  /** RMa average building height and street width. */
  rmaBuildingHeightM: number;
  rmaStreetWidthM: number;
  loadFactor: number;
  noiseFigureDb: number;
  /**
   * Where a site stops counting as an interferer (docs/engine.md): "noise" (default) = where its
   * boresight power falls 10 dB below the thermal noise; "density" = also no further than
   * 4 x the distance to its 6th-nearest co-channel neighbour (faster, SINR off by up to a few dB
   * at a few pixels: measured in docs/engine.md). Coverage (RSRP >= threshold) is exact either way.
   */
  interferenceCutoff: 'noise' | 'density';
  /**
   * losMode "terrain" (contract section 8, terrain only): losMode is then "los", and paths the
   * terrain obstructs use the NLOS formula plus the diffraction loss.
   */
  terrainLos?: boolean;
}

export const DEFAULT_RADIO: RadioSettings = {
  thresholdDbm: -105,
  sinrThresholdDb: null,
  losMode: 'nlos',
  penetrationLossDb: 0,
  shadowMarginDb: 0,
  hUtM: 1.5,
  rmaBuildingHeightM: 5,
  rmaStreetWidthM: 20,
  loadFactor: 0.5,
  noiseFigureDb: 7,
  interferenceCutoff: 'noise',
};

/**
 * The coarsest pixel the targets are judged on, m (`g5plan check`'s default for a province-wide
 * plan). The app shows a province at 500-1000 m; a county seat's disk (radius ~600 m) would then
 * hold one pixel or none, so its targets and the site planner use at most this pixel size.
 */
export const TARGETS_MAX_RES_M = 200;

/** The pixel size targets are judged on in the app: the map's, at most TARGETS_MAX_RES_M. */
export function targetsResM(mapResM: number): number {
  return Math.min(mapResM, TARGETS_MAX_RES_M);
}
