/**
 * Physical constants and power-unit converters shared by the radio engine.
 * Powers: dBm <-> mW. The speed of light is the exact SI value the contract fixes
 * (contract section 5: c = 299792458 m/s).
 */

/** m/s, exact (SI definition). */
export const SPEED_OF_LIGHT_M_S = 299_792_458;

export function dbmToMw(powerDbm: number): number {
  return 10 ** (powerDbm / 10);
}

/** 0 mW maps to -Infinity dBm, which is what "no signal" should compare as. */
export function mwToDbm(powerMw: number): number {
  return 10 * Math.log10(powerMw);
}

/** Throws a RangeError unless `value` is a finite number (NaN and +-Infinity are refused). */
export function requireFinite(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** Throws a RangeError unless `value` is a finite number > 0. */
export function requirePositive(value: number, name: string): number {
  requireFinite(value, name);
  if (value <= 0) throw new RangeError(`${name} must be > 0, got ${value}`);
  return value;
}

/** Throws a RangeError unless `value` is a finite number >= 0. */
export function requireNonNegative(value: number, name: string): number {
  requireFinite(value, name);
  if (value < 0) throw new RangeError(`${name} must be >= 0, got ${value}`);
  return value;
}
