// Okumura-Hata and COST-231 Hata, as restated in the COST 231 final report (eq. 4.4.1, 4.4.3).
// f in MHz, d in km, heights in m. Every value below is worked from the formulas in src/engine/radio/hata.ts' header.
import { describe, expect, it } from 'vitest';
import { pathLossCost231Hata, pathLossOkumuraHata } from '../../../src/engine/radio/index.ts';

describe('Okumura-Hata, urban, small-medium city a(hm) = (1.1 log f - 0.7) hm - (1.56 log f - 0.8)', () => {
  it('900 MHz, d = 5 km, hBS = 50 m, hm = 1.5 m', () => {
    // log f = 2.954243, log hBS = 1.698970, log d = 0.698970
    // a(hm) = (3.249667 - 0.7) * 1.5 - (4.608618 - 0.8) = 3.824500 - 3.808618 = 0.015882
    // L = 69.55 + 26.16 * 2.954243 - 13.82 * 1.698970 - 0.015882 + (44.9 - 6.55 * 1.698970) * 0.698970
    //   = 69.55 + 77.282984 - 23.479765 - 0.015882 + 33.771747 * 0.698970 = 146.9428
    expect(pathLossOkumuraHata(0.9, 5000, 50, 1.5)).toBeCloseTo(146.9428, 3);
  });
  it('725 MHz (n28), d = 2 km, hBS = 30 m, hm = 1.5 m', () => {
    // log f = 2.860338; a(hm) = (3.146372 - 0.7) * 1.5 - (4.462127 - 0.8) = 3.669558 - 3.662127 = 0.007430
    // L = 69.55 + 74.826442 - 20.413816 - 0.007430 + (44.9 - 9.675144) * 0.301030 = 134.5589
    expect(pathLossOkumuraHata(0.725, 2000, 30, 1.5)).toBeCloseTo(134.5589, 3);
  });
  it('150 MHz, d = 10 km, hBS = 100 m, hm = 3 m', () => {
    // log f = 2.176091; a(hm) = (2.393700 - 0.7) * 3 - (3.394702 - 0.8) = 5.081101 - 2.594702 = 2.486399
    // L = 69.55 + 56.926547 - 27.64 - 2.486399 + (44.9 - 13.1) * 1 = 128.1501
    expect(pathLossOkumuraHata(0.15, 10_000, 100, 3)).toBeCloseTo(128.1501, 3);
  });
});

describe('Okumura-Hata, large city a(hm)', () => {
  it('900 MHz (> 200 MHz): a(hm) = 3.2 (log 11.75 hm)^2 - 4.97 = 3.2 * 1.246131^2 - 4.97 = -0.000919', () => {
    // L = 146.942775 + 0.015882 (small-city a) - (-0.000919) = 146.9596
    expect(pathLossOkumuraHata(0.9, 5000, 50, 1.5, 'urban', 'large')).toBeCloseTo(146.9596, 3);
  });
  it('725 MHz: 134.558934 + 0.007430 + 0.000919 = 134.5673', () => {
    expect(pathLossOkumuraHata(0.725, 2000, 30, 1.5, 'urban', 'large')).toBeCloseTo(134.5673, 3);
  });
  it('150 MHz (<= 200 MHz): a(hm) = 8.29 (log 1.54 hm)^2 - 1.1 = 8.29 * 0.664642^2 - 1.1 = 2.562099', () => {
    // L = 128.150149 + 2.486399 - 2.562099 = 128.0744
    expect(pathLossOkumuraHata(0.15, 10_000, 100, 3, 'urban', 'large')).toBeCloseTo(128.0744, 3);
  });
});

describe('Okumura-Hata, suburban: L_urban - 2 (log(f/28))^2 - 5.4', () => {
  it('900 MHz: log(900/28) = 1.507077; correction = -2 * 2.271280 - 5.4 = -9.942607 -> 137.0002', () => {
    expect(pathLossOkumuraHata(0.9, 5000, 50, 1.5, 'suburban')).toBeCloseTo(137.0002, 3);
  });
  it('725 MHz: correction -9.394155 -> 134.558934 - 9.394155 = 125.1648', () => {
    expect(pathLossOkumuraHata(0.725, 2000, 30, 1.5, 'suburban')).toBeCloseTo(125.1648, 3);
  });
  it('150 MHz: correction -6.462687 -> 128.150149 - 6.462687 = 121.6875', () => {
    expect(pathLossOkumuraHata(0.15, 10_000, 100, 3, 'suburban')).toBeCloseTo(121.6875, 3);
  });
});

describe('Okumura-Hata, open area: L_urban - 4.78 (log f)^2 + 18.33 log f - 40.94', () => {
  it('900 MHz: -4.78 * 8.727548 + 18.33 * 2.954243 - 40.94 = -28.506418 -> 118.4364', () => {
    expect(pathLossOkumuraHata(0.9, 5000, 50, 1.5, 'open')).toBeCloseTo(118.4364, 3);
  });
  it('725 MHz: correction -27.617735 -> 106.9412', () => {
    expect(pathLossOkumuraHata(0.725, 2000, 30, 1.5, 'open')).toBeCloseTo(106.9412, 3);
  });
  it('150 MHz: correction -23.687331 -> 104.4628', () => {
    expect(pathLossOkumuraHata(0.15, 10_000, 100, 3, 'open')).toBeCloseTo(104.4628, 3);
  });
});

describe('COST-231 Hata: 46.3 + 33.9 log f - 13.82 log hBS - a(hm) + (44.9 - 6.55 log hBS) log d + Cm', () => {
  it('medium city (Cm = 0, small-medium a(hm)): 1800 MHz, 3 km, hBS 40 m, hm 1.5 m', () => {
    // log f = 3.255273, log hBS = 1.602060, log d = 0.477121; a(hm) = (3.580800 - 0.7) * 1.5 - (5.078225 - 0.8) = 0.042975
    // L = 46.3 + 110.353738 - 22.140469 - 0.042975 + (44.9 - 10.493493) * 0.477121 = 150.8864
    expect(pathLossCost231Hata(1.8, 3000, 40, 1.5)).toBeCloseTo(150.8864, 3);
  });
  it('medium city: 2000 MHz, 1 km (log d = 0), hBS 30 m', () => {
    // a(hm) = 0.047093; L = 46.3 + 111.904917 - 20.413816 - 0.047093 + 0 = 137.7440
    expect(pathLossCost231Hata(2, 1000, 30, 1.5)).toBeCloseTo(137.7440, 3);
  });
  it('medium city: 1500 MHz, 10 km, hBS 60 m, hm 2 m', () => {
    // log f = 3.176091, log hBS = 1.778151; a(hm) = (3.493700 - 0.7) * 2 - (4.954702 - 0.8) = 1.432698
    // L = 46.3 + 107.669494 - 24.574050 - 1.432698 + (44.9 - 11.646891) * 1 = 161.2159
    expect(pathLossCost231Hata(1.5, 10_000, 60, 2)).toBeCloseTo(161.2159, 3);
  });
  it('metropolitan (Cm = 3, large-city a(hm)): the same three cases', () => {
    // 1800 MHz: 150.886370 + 0.042975 - (-0.000919) + 3 = 153.9303
    expect(pathLossCost231Hata(1.8, 3000, 40, 1.5, 'urban', 'metropolitan')).toBeCloseTo(153.9303, 3);
    // 2000 MHz: 137.744008 + 0.047093 + 0.000919 + 3 = 140.7920
    expect(pathLossCost231Hata(2, 1000, 30, 1.5, 'urban', 'metropolitan')).toBeCloseTo(140.7920, 3);
    // 1500 MHz, hm 2: large a(hm) = 3.2 (log 23.5)^2 - 4.97 = 3.2 * 1.371068^2 - 4.97 = 1.045447
    // L = 161.215854 + 1.432698 - 1.045447 + 3 = 164.6031
    expect(pathLossCost231Hata(1.5, 10_000, 60, 2, 'urban', 'metropolitan')).toBeCloseTo(164.6031, 3);
  });
  it('suburban and open corrections apply to COST-231 as to Hata', () => {
    // 1800 MHz suburban: -2 (log(1800/28))^2 - 5.4 = -2 * 1.808114^2 - 5.4 = -11.938556 -> 150.886370 - 11.938556 = 138.9478
    expect(pathLossCost231Hata(1.8, 3000, 40, 1.5, 'suburban')).toBeCloseTo(138.9478, 3);
    // open: -4.78 * 3.255273^2 + 18.33 * 3.255273 - 40.94 = -50.652700 + 59.669145 - 40.94 = -31.923555 -> 118.9628
    expect(pathLossCost231Hata(1.8, 3000, 40, 1.5, 'open')).toBeCloseTo(118.9628, 3);
  });
});
