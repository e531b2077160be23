/**
 * Delta-Bullington (P.526-16 section 4.5, radio/delta-bullington.ts) along one radial of a
 * site's terrain table, for the receiver at sample k, with the same value as
 * deltaBullingtonPrefix(dKm, h, h, k + 1, hts, h[k] + hUt, ...) (tests/property/radial-bullington)
 * but far less work per sample, because a radial's samples share everything up to k:
 *  - Stim is a running maximum (equal up to rounding): (h_i + 500 Ce d_i (d - d_i) - hts) / d_i
 *    = [(h_i - hts) / d_i - 500 Ce d_i] + 500 Ce d, and the bracket does not depend on k;
 *  - the least-squares sums v1, v2 of the smooth-earth fit are prefix sums (added in the same
 *    order as smoothEarthHeights, so bit for bit the same);
 *  - one pass gives H_i = h_i - ray_i (the smooth-earth obstruction term) and the clearance
 *    e_i = H_i + 500 Ce d_i (d - d_i) of the line-of-sight case. v_i = e_i w_i with
 *    w_i = sqrt(0.002 d / (lambda d_i (d - d_i))) >= w(d/2), so when max e_i w(d/2) <= -0.78
 *    every v_i is, J = 0 exactly and the square roots are skipped;
 *  - the smooth-profile Bullington loss only matters when Ldsph > 0 (Ld = Lbulla + max(Ldsph - Lbulls, 0)
 *    with Lbulls >= 0), so it is computed only then.
 */
import { bullingtonEdgeV, bullingtonFromLuc, bullingtonLoss, maxLosV } from '../radio/bullington.ts';
import { knifeEdgeLossDb, KNIFE_EDGE_MIN_V } from '../radio/knife-edge.ts';
import { sphericalEarthLossDb } from '../radio/spherical-earth.ts';

/** A radial walked sample by sample: call `advance` for k = 1, 2, ... then `lossDb` at any k. */
export class RadialBullington {
  private bestStim = -Infinity;
  /** bestStim over the points 1..k-1 (before sample k joined). */
  private bestStimBefore = -Infinity;
  private v1 = 0;
  private v2 = 0;
  private k = 0;
  private readonly halfCe: number;

  constructor(
    private readonly dKm: Float64Array, private readonly h: Float64Array, private readonly hts: number,
    private readonly hUt: number, private readonly fGhz: number, private readonly aeKm: number, private readonly lambdaM: number,
  ) {
    this.halfCe = 500 * (1 / aeKm);
  }

  /** Takes sample k (= the previous k + 1) into the running sums; true when the path to it is obstructed (Stim >= Str). */
  advance(): boolean {
    const k = ++this.k, d = this.dKm, h = this.h;
    const step = d[k] - d[k - 1];
    this.v1 += step * (h[k] + h[k - 1]);
    this.v2 += step * (h[k] * (2 * d[k] + d[k - 1]) + h[k - 1] * (d[k] + 2 * d[k - 1]));
    // Stim over the intermediate points 1..k-1, then sample k joins them for the next k.
    const obstructed = k > 1 && this.bestStim + this.halfCe * d[k] >= (h[k] + this.hUt - this.hts) / d[k];
    this.bestStimBefore = this.bestStim;
    const s = (h[k] - this.hts) / d[k] - this.halfCe * d[k];
    if (s > this.bestStim) this.bestStim = s;
    return obstructed;
  }

  /** Ld (dB) of the path from the site to the current sample k (advance()d to it). */
  lossDb(): number {
    const last = this.k, dk = this.dKm, h = this.h, hts = this.hts, hrs = h[last] + this.hUt;
    const d = dk[last];
    // One pass: smooth-earth obstruction term H_i and the largest clearance term e_i.
    let hobs = -Infinity, eMax = -Infinity;
    const c500 = 500 * (1 / this.aeKm);
    for (let i = 1; i < last; i++) {
      const di = dk[i], ray = (hts * (d - di) + hrs * di) / d;
      const hi = h[i] - ray;
      if (hi > hobs) hobs = hi;
      const e = h[i] + c500 * di * (d - di) - ray;
      if (e > eMax) eMax = e;
    }
    // Stim from the running maximum (equal to bullington.ts's up to rounding; P.526 is continuous at Stim = Str).
    const stim = last > 1 ? this.bestStimBefore + this.halfCe * d : -Infinity;
    const lbulla = this.actualLossDb(last, d, hts, hrs, stim, eMax);
    // Smooth-earth heights (smoothEarthHeights with htc = hts, hrc = hrs: both above their ground).
    const hst = (2 * this.v1 * d - this.v2) / (d * d), hsr = (this.v2 - this.v1 * d) / (d * d);
    let hstp = hst, hsrp = hsr;
    if (hobs > 0) {
      let aobt = -Infinity, aobr = -Infinity;
      for (let i = 1; i < last; i++) {
        const di = dk[i], hi = h[i] - (hts * (d - di) + hrs * di) / d;
        if (hi / di > aobt) aobt = hi / di;
        if (hi / (d - di) > aobr) aobr = hi / (d - di);
      }
      hstp = hst - (hobs * aobt) / (aobt + aobr);
      hsrp = hsr - (hobs * aobr) / (aobt + aobr);
    }
    const htsSmooth = hts - Math.min(hstp, h[0]), hrsSmooth = hrs - Math.min(hsrp, h[last]);
    if (smoothEarthClear(d, htsSmooth, hrsSmooth, this.aeKm, this.lambdaM)) return lbulla;
    const ldsph = sphericalEarthLossDb(d - dk[0], htsSmooth, hrsSmooth, this.aeKm, this.fGhz, this.lambdaM, 'v', 0);
    if (!(ldsph > 0)) return lbulla;
    const smooth = bullingtonLoss(dk, null, last + 1, htsSmooth, hrsSmooth, this.aeKm, this.lambdaM);
    return lbulla + Math.max(ldsph - smooth.lossDb, 0);
  }

  /** Lbulla (bullington.ts) from the pass's Stim and largest clearance. */
  private actualLossDb(last: number, d: number, hts: number, hrs: number, stim: number, eMax: number): number {
    const ce = 1 / this.aeKm, lambda = this.lambdaM;
    if (stim >= (hrs - hts) / d) return bullingtonFromLuc(knifeEdgeLossDb(bullingtonEdgeV(this.dKm, this.h, last, d, hts, hrs, ce, lambda, stim)), d);
    // w_i >= w(d/2): a negative clearance everywhere bounds every v_i.
    if (eMax < 0 && eMax * Math.sqrt((0.002 * d) / (lambda * (d / 2) * (d / 2))) <= KNIFE_EDGE_MIN_V) return 0;
    return bullingtonFromLuc(knifeEdgeLossDb(maxLosV(this.dKm, this.h, last, d, hts, hrs, ce, lambda)), d);
  }
}

/**
 * True when P.526-16 section 3.2 gives Ldsph = 0 for certain, checked without its cubic: with
 * y = d - x the distance from the lower antenna (height hLo; hHi the higher), the ray's clearance
 * over the smooth earth at x is at least hLo + a y, a = (hHi - hLo) / d - 500 d / ae, and the
 * required clearance 17.456 sqrt(x y lambda / d) at most c sqrt(y), c = 17.456 sqrt(lambda); when
 * a > 0 and hLo > c^2 / (4 a) (the least of hLo + a y - c sqrt(y) over y) the clearance exceeds
 * hreq everywhere, at the section's d1 too, and d < d_los since the ray clears the earth.
 * (Or, for antennas of similar height: hLo - 125 d^2 / ae, the least clearance, exceeds
 * 17.456 sqrt(lambda d / 4), the largest hreq.)
 */
export function smoothEarthClear(dKm: number, h1M: number, h2M: number, aeKm: number, lambdaM: number): boolean {
  const hLo = Math.min(h1M, h2M), a = (Math.max(h1M, h2M) - hLo) / dKm - (500 * dKm) / aeKm;
  if (a > 0 && 4 * a * hLo > 17.456 * 17.456 * lambdaM) return true;
  return hLo - (125 * dKm * dKm) / aeKm > 17.456 * Math.sqrt((lambdaM * dKm) / 4);
}
