/**
 * Single knife-edge diffraction loss, ITU-R P.526-16 eq. (31): the approximation of J(v),
 *   J(v) = 6.9 + 20 log10( sqrt((v - 0.1)^2 + 1) + v - 0.1 )  dB, for v > -0.78, else 0.
 * The Recommendation states the approximation for v > -0.78; below it the loss is taken as 0
 * (the convention of P.526 section 4.5, P.1812 and P.452).
 */
export const KNIFE_EDGE_MIN_V = -0.78;

export function knifeEdgeLossDb(v: number): number {
  if (!(v > KNIFE_EDGE_MIN_V)) return 0;
  const t = v - 0.1;
  return 6.9 + 20 * Math.log10(Math.sqrt(t * t + 1) + t);
}
