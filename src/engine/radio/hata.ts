/**
 * Okumura-Hata and COST-231 Hata median path loss, dB. fc in MHz inside the formulas, d = d2D
 * in km, hBS and hUT (the mobile's hm) in m. Sources: Hata (1980) as restated in the COST 231
 * final report, eq. 4.4.1 (Okumura-Hata) and eq. 4.4.3 (COST-231 Hata).
 *
 *   L_urban = 69.55 + 26.16 log f - 13.82 log hBS - a(hm) + (44.9 - 6.55 log hBS) log d
 *   L_cost  = 46.3 + 33.9 log f - 13.82 log hBS - a(hm) + (44.9 - 6.55 log hBS) log d + Cm
 *   a(hm), small-medium city: (1.1 log f - 0.7) hm - (1.56 log f - 0.8)
 *   a(hm), large city:        8.29 (log 1.54 hm)^2 - 1.1 for f <= 200 MHz,
 *                             3.2 (log 11.75 hm)^2 - 4.97 above (Hata states f >= 400 MHz; the
 *                             200-400 MHz gap is bridged by the upper formula, as COST 231 does)
 *   suburban: L_urban - 2 (log(f/28))^2 - 5.4;  open: L_urban - 4.78 (log f)^2 + 18.33 log f - 40.94
 *   COST-231: medium city = small-medium a(hm), Cm = 0 dB; metropolitan = large-city a(hm), Cm = 3 dB.
 *   The suburban and open corrections are applied to COST-231's urban value the same way
 *   (a common extension; COST 231 itself only defines the urban formula).
 *
 * Validity (validity.ts): Hata 150-1500 MHz; COST-231 150-2000 MHz as the contract states it
 * (COST 231 fitted 1500-2000 MHz; above 2 GHz it is an extrapolation); hBS 30-200 m,
 * hUT 1-10 m, d 1-20 km.
 */

export type HataArea = 'urban' | 'suburban' | 'open';
export type HataCity = 'small-medium' | 'large';
export type Cost231City = 'medium' | 'metropolitan';

/** Mobile antenna height correction a(hm), dB. */
export function hataMobileCorrectionDb(fMhz: number, hUtM: number, city: HataCity): number {
  if (city === 'large') {
    if (fMhz <= 200) return 8.29 * Math.log10(1.54 * hUtM) ** 2 - 1.1;
    return 3.2 * Math.log10(11.75 * hUtM) ** 2 - 4.97;
  }
  const logF = Math.log10(fMhz);
  return (1.1 * logF - 0.7) * hUtM - (1.56 * logF - 0.8);
}

/** Correction from the urban value to the given area, dB (0 for urban; negative otherwise). */
export function hataAreaCorrectionDb(fMhz: number, area: HataArea): number {
  if (area === 'suburban') return -2 * Math.log10(fMhz / 28) ** 2 - 5.4;
  if (area === 'open') {
    const logF = Math.log10(fMhz);
    return -4.78 * logF ** 2 + 18.33 * logF - 40.94;
  }
  return 0;
}

/** The distance and base-height terms both models share: -13.82 log hBS + (44.9 - 6.55 log hBS) log d. */
function hataDistanceTermDb(d2dM: number, hBsM: number): number {
  const logHBs = Math.log10(hBsM);
  return -13.82 * logHBs + (44.9 - 6.55 * logHBs) * Math.log10(d2dM / 1000);
}

export function pathLossOkumuraHata(
  fcGhz: number, d2dM: number, hBsM: number, hUtM: number, area: HataArea = 'urban', city: HataCity = 'small-medium',
): number {
  const fMhz = fcGhz * 1000;
  const urbanDb = 69.55 + 26.16 * Math.log10(fMhz) + hataDistanceTermDb(d2dM, hBsM) - hataMobileCorrectionDb(fMhz, hUtM, city);
  return urbanDb + hataAreaCorrectionDb(fMhz, area);
}

export function pathLossCost231Hata(
  fcGhz: number, d2dM: number, hBsM: number, hUtM: number, area: HataArea = 'urban', city: Cost231City = 'medium',
): number {
  const fMhz = fcGhz * 1000;
  const metropolitan = city === 'metropolitan';
  const aHmDb = hataMobileCorrectionDb(fMhz, hUtM, metropolitan ? 'large' : 'small-medium');
  const cmDb = metropolitan ? 3 : 0;
  const urbanDb = 46.3 + 33.9 * Math.log10(fMhz) + hataDistanceTermDb(d2dM, hBsM) - aHmDb + cmDb;
  return urbanDb + hataAreaCorrectionDb(fMhz, area);
}
