/**
 * Attributes of a synthetic station that the policies track: SA/NSA (NSA only early on, as the
 * Henan plan asks to "control the scale of NSA"), transferred power (kept under 5% overall, the
 * Puyang 2022 target), tower sharing, and status (built before the plan's last year, planned in it).
 */
import type { Rng } from './rng.ts';

const NSA_SHARE_BY_OFFSET = [0.06, 0.02, 0];
const TRANSFER_POWER_SHARE = 0.035;
const SHARED_TOWER_SHARE = 0.85;

export function assignSiteAttributes(rng: Rng, year: number, lastYear: number, kind: string): Record<string, unknown> {
  const offset = Math.max(0, 2 - (lastYear - year));
  const mode = rng() < (NSA_SHARE_BY_OFFSET[offset] ?? 0) ? 'NSA' : 'SA';
  return {
    status: year < lastYear ? 'built' : 'planned',
    mode,
    powerSupply: rng() < TRANSFER_POWER_SHARE ? 'transfer' : 'direct',
    sharedTower: kind === 'indoor' ? false : rng() < SHARED_TOWER_SHARE,
  };
}
