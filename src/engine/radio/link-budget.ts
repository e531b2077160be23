/**
 * Link budget of contract section 2: SS-RSRP (dBm per resource element), thermal noise per
 * subcarrier and SINR. The transmit power is spread evenly over the 12 * NPRB subcarriers of the
 * carrier (NPRB from TS 38.101-1 Table 5.3.2-1, see nprb.ts); thermal noise density -174 dBm/Hz.
 *   RSRP = txPowerDbm - 10 log10(12 NPRB) + antennaGainDbi + A - PL - penetrationLossDb - shadowMarginDb
 *   N    = -174 + 10 log10(SCS in Hz) + NF        (NF = 7 dB by default)
 *   SINR = S / (loadFactor * sum(I) + N), all in mW
 */
import { mwToDbm, requireFinite } from './units.ts';

/** Thermal noise power spectral density at 290 K, dBm/Hz. */
export const THERMAL_NOISE_DBM_PER_HZ = -174;
export const DEFAULT_NOISE_FIGURE_DB = 7;

export interface RsrpInput {
  txPowerDbm: number;
  nprb: number;
  antennaGainDbi: number;
  /** Antenna pattern A relative to peak, dB (<= 0; 0 for omni). */
  patternDb: number;
  pathLossDb: number;
  penetrationLossDb: number;
  shadowMarginDb: number;
}

/** Power per resource element, dBm: txPowerDbm - 10 log10(12 NPRB). */
export function powerPerResourceElementDbm(txPowerDbm: number, nprb: number): number {
  return txPowerDbm - 10 * Math.log10(12 * nprb);
}

export function rsrpDbm(input: RsrpInput): number {
  for (const [name, value] of Object.entries(input)) requireFinite(value as number, name);
  if (!Number.isInteger(input.nprb) || input.nprb <= 0) throw new RangeError(`nprb must be a positive integer, got ${input.nprb}`);
  return (
    powerPerResourceElementDbm(input.txPowerDbm, input.nprb) + input.antennaGainDbi + input.patternDb -
    input.pathLossDb - input.penetrationLossDb - input.shadowMarginDb
  );
}

/** Thermal noise in one subcarrier, dBm: -174 + 10 log10(scsKhz * 1000) + NF. */
export function thermalNoiseDbm(scsKhz: number, noiseFigureDb = DEFAULT_NOISE_FIGURE_DB): number {
  if (requireFinite(scsKhz, 'scsKhz') <= 0) throw new RangeError(`scsKhz must be > 0, got ${scsKhz}`);
  requireFinite(noiseFigureDb, 'noiseFigureDb');
  return THERMAL_NOISE_DBM_PER_HZ + 10 * Math.log10(scsKhz * 1000) + noiseFigureDb;
}

/**
 * SINR in dB from linear powers (mW): the serving signal over the co-channel interference,
 * scaled by the load factor (share of resource elements the neighbours actually occupy), plus noise.
 */
export function sinrDb(signalMw: number, interferenceMw: number, noiseMw: number, loadFactor: number): number {
  if (!(signalMw >= 0) || !(interferenceMw >= 0) || !(noiseMw > 0)) {
    throw new RangeError(`sinrDb needs signal, interference >= 0 mW and noise > 0 mW, got ${signalMw}, ${interferenceMw}, ${noiseMw}`);
  }
  if (!(loadFactor >= 0 && loadFactor <= 1)) throw new RangeError(`loadFactor must be within 0..1, got ${loadFactor}`);
  return mwToDbm(signalMw) - mwToDbm(loadFactor * interferenceMw + noiseMw);
}
