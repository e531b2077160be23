/**
 * Bar charts as SVG text for the printable report (the same markup in the app and in the CLI's
 * self-contained HTML): categories along x, one stacked bar per category, a y axis with round
 * ticks, value labels on top, a legend of the series.
 */
import { esc } from './html.ts';

export interface BarSeries { name: string; colour: string; values: number[] }

export interface BarChartSpec {
  categories: string[];
  series: BarSeries[];
  /** Unit of the y axis, e.g. 万元 or 站. */
  unit: string;
  widthPx?: number;
  heightPx?: number;
  /** Digits of the value labels. */
  digits?: number;
}

/** A round step for about `n` ticks up to `max`. */
function niceStep(max: number, n = 4): number {
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const fmt = (v: number, digits: number) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function barChartSvg(spec: BarChartSpec): string {
  const w = spec.widthPx ?? 320, h = spec.heightPx ?? 180, digits = spec.digits ?? 0;
  const left = 46, right = 8, top = 22, bottom = 34;
  const totals = spec.categories.map((_, i) => spec.series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const step = niceStep(Math.max(...totals, 1));
  const yMax = Math.max(step, Math.ceil(Math.max(...totals, 0) / step) * step);
  const y = (v: number) => top + (h - top - bottom) * (1 - v / yMax);
  const band = (w - left - right) / Math.max(1, spec.categories.length);
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-size="10" font-family="sans-serif">`];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    out.push(`<line x1="${left}" x2="${w - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${left - 4}" y="${(y(v) + 3).toFixed(1)}" text-anchor="end" fill="#555">${fmt(v, step < 1 ? 1 : 0)}</text>`);
  }
  out.push(`<text x="4" y="12" fill="#555">${esc(spec.unit)}</text>`);
  spec.categories.forEach((c, i) => {
    const x = left + i * band + band * 0.15, bw = band * 0.7;
    let base = 0;
    for (const s of spec.series) {
      const v = s.values[i] ?? 0;
      if (v > 0) out.push(`<rect x="${x.toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(base) - y(base + v)).toFixed(1)}" fill="${s.colour}"><title>${esc(`${c} ${s.name}: ${fmt(v, digits)}`)}</title></rect>`);
      base += v;
    }
    out.push(`<text x="${(x + bw / 2).toFixed(1)}" y="${(y(totals[i]) - 3).toFixed(1)}" text-anchor="middle" fill="#222">${fmt(totals[i], digits)}</text>`);
    out.push(`<text x="${(x + bw / 2).toFixed(1)}" y="${h - bottom + 13}" text-anchor="middle" fill="#222">${esc(c)}</text>`);
  });
  out.push(`<line x1="${left}" x2="${w - right}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>`);
  if (spec.series.length > 1) {
    let lx = left;
    for (const s of spec.series) {
      out.push(`<rect x="${lx}" y="${h - 12}" width="9" height="9" fill="${s.colour}"/><text x="${lx + 12}" y="${h - 4}" fill="#222">${esc(s.name)}</text>`);
      lx += 16 + s.name.length * 10;
    }
  }
  out.push('</svg>');
  return out.join('');
}
