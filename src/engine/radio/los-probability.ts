/**
 * LOS probability, 3GPP TR 38.901 V17 Table 7.4.2-1 (outdoor users; d2D in m, hUT in m),
 * and the "expected" LOS mode that weights LOS and NLOS loss by it (contract section 2).
 */

/** UMi-Street Canyon: 1 up to 18 m, then 18/d + exp(-d/36) (1 - 18/d). */
export function losProbabilityUmi(d2dM: number): number {
  if (d2dM <= 18) return 1;
  return 18 / d2dM + Math.exp(-d2dM / 36) * (1 - 18 / d2dM);
}

/** UMa C'(hUT): 0 up to 13 m, ((hUT - 13) / 10)^1.5 above (the table states it up to 23 m). */
export function umaHeightFactor(hUtM: number): number {
  return hUtM <= 13 ? 0 : ((hUtM - 13) / 10) ** 1.5;
}

/** UMa: 1 up to 18 m, then [18/d + exp(-d/63) (1 - 18/d)] (1 + C'(hUT) 5/4 (d/100)^3 exp(-d/150)). */
export function losProbabilityUma(d2dM: number, hUtM: number): number {
  if (d2dM <= 18) return 1;
  const base = 18 / d2dM + Math.exp(-d2dM / 63) * (1 - 18 / d2dM);
  return base * (1 + umaHeightFactor(hUtM) * 1.25 * (d2dM / 100) ** 3 * Math.exp(-d2dM / 150));
}

/** RMa: 1 up to 10 m, then exp(-(d - 10) / 1000). */
export function losProbabilityRma(d2dM: number): number {
  if (d2dM <= 10) return 1;
  return Math.exp(-(d2dM - 10) / 1000);
}

/** "expected" mode: P_LOS PL_LOS + (1 - P_LOS) PL_NLOS, averaged in dB as the contract says. */
export function expectedPathLossDb(pLos: number, losDb: number, nlosDb: number): number {
  return pLos * losDb + (1 - pLos) * nlosDb;
}
