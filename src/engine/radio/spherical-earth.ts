/**
 * Diffraction loss over a smooth spherical earth, ITU-R P.526-16 section 3 (as used by the
 * delta-Bullington method of section 4.5; the same equations as P.1812 section 4.3.2-4.3.3).
 * Units: d km, heights m above the smooth surface, ae km, f GHz (the MHz forms of section 3.1.1
 * rewritten for GHz: 2.188 f_MHz^(1/3) = 21.88 f_GHz^(1/3), 9.575e-3 f_MHz^(2/3) = 0.9575 f_GHz^(2/3)).
 *
 * Trans-horizon ("first term", section 3.1.1) for ground constants (epsr, sigma):
 *   K_H = 0.036 (ae f)^(-1/3) [(epsr - 1)^2 + (18 sigma / f)^2]^(-1/4),  K_V = K_H [epsr^2 + (18 sigma / f)^2]^(1/2)
 *   beta = (1 + 1.6 K^2 + 0.67 K^4) / (1 + 4.5 K^2 + 1.53 K^4)
 *   X = 21.88 beta (f / ae^2)^(1/3) d,   Y = 0.9575 beta (f^2 / ae)^(1/3) h,   B = beta Y
 *   F(X) = 11 + 10 log X - 17.6 X  (X >= 1.6),  -20 log X - 5.6488 X^1.425  (X < 1.6)
 *   G(Y) = 17.6 (B - 1.1)^0.5 - 5 log(B - 1.1) - 8  (B > 2),  20 log(B + 0.1 B^3) otherwise,
 *          but never below 2 + 20 log K
 *   L = -F(X) - G(Y1) - G(Y2)
 * Mixed paths: L = w L_sea + (1 - w) L_land (w = sea fraction), land epsr 22, sigma 0.003 S/m,
 * sea epsr 80, sigma 5 S/m.
 *
 * Any distance (section 3.2): d_los = sqrt(2 ae) (sqrt(0.001 h1) + sqrt(0.001 h2)); beyond it the
 * first term with ae. Inside it: c = (h1 - h2)/(h1 + h2), m = 250 d^2 / (ae (h1 + h2)),
 *   b = 2 sqrt((m + 1)/(3m)) cos(pi/3 + 1/3 arccos(3c/2 sqrt(3m/(m + 1)^3))),
 *   d1 = d (1 + b)/2, d2 = d - d1,
 *   h = [(h1 - 500 d1^2/ae) d2 + (h2 - 500 d2^2/ae) d1] / d    (smallest ray clearance, m)
 *   hreq = 17.456 sqrt(d1 d2 lambda / d)                       (clearance for zero loss, m)
 *   h > hreq: 0; else aem = 500 (d / (sqrt h1 + sqrt h2))^2, Ah = first term with aem,
 *   Ah < 0: 0; else (1 - h/hreq) Ah.
 */
export type Polarization = 'h' | 'v';

const LAND = { epsr: 22, sigmaSm: 0.003 };
const SEA = { epsr: 80, sigmaSm: 5 };

function fTerm(x: number): number {
  return x >= 1.6 ? 11 + 10 * Math.log10(x) - 17.6 * x : -20 * Math.log10(x) - 5.6488 * x ** 1.425;
}

function gTerm(b: number, k: number): number {
  const g = b > 2 ? 17.6 * Math.sqrt(b - 1.1) - 5 * Math.log10(b - 1.1) - 8 : 20 * Math.log10(b + 0.1 * b ** 3);
  return Math.max(g, 2 + 20 * Math.log10(k));
}

function firstTermOneGround(
  ground: { epsr: number; sigmaSm: number }, dKm: number, h1M: number, h2M: number, aeKm: number, fGhz: number, pol: Polarization,
): number {
  const s = (18 * ground.sigmaSm) / fGhz;
  const kH = 0.036 * (aeKm * fGhz) ** (-1 / 3) * ((ground.epsr - 1) ** 2 + s * s) ** -0.25;
  const k = pol === 'h' ? kH : kH * Math.sqrt(ground.epsr ** 2 + s * s);
  const k2 = k * k;
  const beta = (1 + 1.6 * k2 + 0.67 * k2 * k2) / (1 + 4.5 * k2 + 1.53 * k2 * k2);
  const x = 21.88 * beta * Math.cbrt(fGhz / (aeKm * aeKm)) * dKm;
  const yPerM = 0.9575 * beta * Math.cbrt((fGhz * fGhz) / aeKm);
  return -fTerm(x) - gTerm(beta * yPerM * h1M, k) - gTerm(beta * yPerM * h2M, k);
}

/** First-term (trans-horizon) spherical-earth loss, dB, land and sea mixed by `seaFraction`. */
export function firstTermLossDb(
  dKm: number, h1M: number, h2M: number, aeKm: number, fGhz: number, pol: Polarization, seaFraction: number,
): number {
  const land = firstTermOneGround(LAND, dKm, h1M, h2M, aeKm, fGhz, pol);
  if (seaFraction === 0) return land;
  return seaFraction * firstTermOneGround(SEA, dKm, h1M, h2M, aeKm, fGhz, pol) + (1 - seaFraction) * land;
}

/** Spherical-earth diffraction loss for any distance (section 3.2), dB. Heights above the smooth earth, m. */
export function sphericalEarthLossDb(
  dKm: number, h1M: number, h2M: number, aeKm: number, fGhz: number, lambdaM: number, pol: Polarization, seaFraction: number,
): number {
  const dLosKm = Math.sqrt(2 * aeKm) * (Math.sqrt(0.001 * h1M) + Math.sqrt(0.001 * h2M));
  if (dKm >= dLosKm) return firstTermLossDb(dKm, h1M, h2M, aeKm, fGhz, pol, seaFraction);
  const c = (h1M - h2M) / (h1M + h2M);
  const m = (250 * dKm * dKm) / (aeKm * (h1M + h2M));
  const b = 2 * Math.sqrt((m + 1) / (3 * m)) * Math.cos(Math.PI / 3 + Math.acos(((3 * c) / 2) * Math.sqrt((3 * m) / (m + 1) ** 3)) / 3);
  const d1 = (dKm / 2) * (1 + b);
  const d2 = dKm - d1;
  const hClearM = ((h1M - (500 * d1 * d1) / aeKm) * d2 + (h2M - (500 * d2 * d2) / aeKm) * d1) / dKm;
  const hReqM = 17.456 * Math.sqrt((d1 * d2 * lambdaM) / dKm);
  if (hClearM > hReqM) return 0;
  const aemKm = 500 * (dKm / (Math.sqrt(h1M) + Math.sqrt(h2M))) ** 2;
  const ah = firstTermLossDb(dKm, h1M, h2M, aemKm, fGhz, pol, seaFraction);
  return ah < 0 ? 0 : (1 - hClearM / hReqM) * ah;
}
