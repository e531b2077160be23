/**
 * The printable report's map as one SVG (text): county outlines and names, settlement areas,
 * hole outlines, sites (operator colour, status shape) and the coverage image (a Web-Mercator
 * aligned PNG, as the app shows it, embedded as a data: URL), with a legend, a scale bar and a
 * north arrow. Drawn in a planar Web-Mercator frame (d3-geo geoTransform), so the coverage
 * image lines up exactly and polygon winding does not matter.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import { RAMPS, UNCOVERED_RGBA, WEAK_COVERED_RGBA } from '../render/raster-image.ts';
import { esc } from './html.ts';
import { OPERATOR_COLOURS, siteSymbolSvg } from '../render/site-symbols.ts';

export interface ReportMapInput {
  regions: Region[];
  areas: TargetArea[];
  sites: Site[];
  /** Hole outlines of the failing areas. */
  holes: (Polygon | MultiPolygon)[];
  /** The coverage image: PNG data URL and its corners (top-left, top-right, bottom-right, bottom-left). */
  coverage: { pngDataUrl: string; coordinates: [number, number][] } | null;
  thresholdDbm: number;
  labels: { legend: string; operators: Record<string, string>; statuses: Record<string, string>; areas: string; holes: string; rsrp: string; north: string };
  widthPx?: number;
  heightPx?: number;
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

function ringsOf(g: Geometry): number[][][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** A round length (1, 2, 5 x 10^n m) close to `target` metres. */
function niceMetres(target: number): number {
  const p = 10 ** Math.floor(Math.log10(target));
  const m = target / p;
  return (m < 2 ? 1 : m < 5 ? 2 : 5) * p;
}

const rgba = ([r, g, b, a]: number[]) => `rgba(${r},${g},${b},${(a / 255).toFixed(2)})`;

export function reportMapSvg(input: ReportMapInput): string {
  const w = input.widthPx ?? 680, h = input.heightPx ?? 560, pad = 12;
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const r of input.regions) for (const ring of ringsOf(r.geometry)) for (const [lon, lat] of ring) {
    west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat);
  }
  if (!Number.isFinite(west)) for (const s of input.sites) {
    west = Math.min(west, s.lonLat[0]); east = Math.max(east, s.lonLat[0]); south = Math.min(south, s.lonLat[1]); north = Math.max(north, s.lonLat[1]);
  }
  if (!Number.isFinite(west)) { west = 115; east = 115.1; south = 35; north = 35.1; }
  const spanX = ((east - west) * Math.PI) / 180 || 1e-6, spanY = mercY(north) - mercY(south) || 1e-6;
  const k = Math.min((w - 2 * pad) / spanX, (h - 2 * pad) / spanY);
  const x0 = pad + (w - 2 * pad - spanX * k) / 2, y0 = pad + (h - 2 * pad - spanY * k) / 2;
  const px = (lon: number) => x0 + (((lon - west) * Math.PI) / 180) * k;
  const py = (lat: number) => y0 + (mercY(north) - mercY(lat)) * k;
  const path = geoPath(geoTransform({ point(lon: number, lat: number) { this.stream.point(px(lon), py(lat)); } }));
  const d = (g: Geometry) => path(g) ?? '';
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" id="report-map" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif">`,
    `<rect width="${w}" height="${h}" fill="#eef3f5"/>`];
  out.push(`<g fill="#fbfaf5" stroke="none">${input.regions.map((r) => `<path d="${d(r.geometry)}"/>`).join('')}</g>`);
  if (input.coverage) {
    const [[wl, nt], , [el, st]] = input.coverage.coordinates;
    out.push(`<image href="${input.coverage.pngDataUrl}" x="${px(wl).toFixed(2)}" y="${py(nt).toFixed(2)}" width="${(px(el) - px(wl)).toFixed(2)}" height="${(py(st) - py(nt)).toFixed(2)}" preserveAspectRatio="none" style="image-rendering:pixelated"/>`);
  }
  out.push(`<g fill="rgba(141,110,99,0.15)" stroke="#6d4c41" stroke-width="0.6">${input.areas.map((a) => `<path d="${d(a.geometry)}"${a.modelled ? ' stroke-dasharray="2,2"' : ''}/>`).join('')}</g>`);
  out.push(`<g fill="rgba(183,28,28,0.35)" stroke="#b71c1c" stroke-width="1.2">${input.holes.map((g) => `<path d="${d(g)}"/>`).join('')}</g>`);
  out.push(`<g fill="none" stroke="#37474f" stroke-width="1.2">${input.regions.map((r) => `<path d="${d(r.geometry)}"/>`).join('')}</g>`);
  const size = input.sites.length > 1500 ? 4 : 6;
  out.push(`<g>${input.sites.map((s) => siteSymbolSvg(px(s.lonLat[0]), py(s.lonLat[1]), size, OPERATOR_COLOURS[s.operator] ?? '#333', s.status)).join('')}</g>`);
  for (const r of input.regions) {
    const c = path.centroid(r.geometry);
    if (Number.isFinite(c[0])) out.push(`<text x="${c[0].toFixed(1)}" y="${c[1].toFixed(1)}" text-anchor="middle" font-size="14" font-weight="600" fill="#263238" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(r.name)}</text>`);
  }
  out.push(northArrow(w - 34, 18, input.labels.north), scaleBar(pad + 6, h - 16, k, (north + south) / 2, w / 4), legend(input, w - 164, h - 262));
  out.push('</svg>');
  return out.join('');
}

function northArrow(x: number, y: number, label: string): string {
  return `<g id="north-arrow"><polygon points="${x},${y} ${x + 9},${y + 26} ${x},${y + 20} ${x - 9},${y + 26}" fill="#263238"/><text x="${x}" y="${y + 40}" text-anchor="middle" font-size="12" font-weight="700">${esc(label)}</text></g>`;
}

/** `k`: pixels per radian of longitude; the bar is true at the map's middle latitude. */
function scaleBar(x: number, y: number, k: number, latMid: number, maxPx: number): string {
  const metresPerPx = (6378137 * Math.cos((latMid * Math.PI) / 180)) / k;
  const metres = niceMetres(maxPx * metresPerPx);
  const len = metres / metresPerPx;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return `<g id="scale-bar"><rect x="${x - 4}" y="${y - 16}" width="${len + 8}" height="22" fill="rgba(255,255,255,0.85)"/><path d="M${x},${y - 4}v4h${len.toFixed(1)}v-4" fill="none" stroke="#263238" stroke-width="1.5"/><text x="${(x + len / 2).toFixed(1)}" y="${y - 6}" text-anchor="middle" font-size="11">${label}</text></g>`;
}

function legend(input: ReportMapInput, x: number, y: number): string {
  const L = input.labels;
  const rows: string[] = [];
  let yy = y + 26;
  const line = (graphic: string, text: string) => { rows.push(`${graphic}<text x="${x + 22}" y="${yy + 4}" font-size="10">${esc(text)}</text>`); yy += 14; };
  for (const [op, colour] of Object.entries(OPERATOR_COLOURS)) line(siteSymbolSvg(x + 10, yy, 8, colour, 'built'), L.operators[op] ?? op);
  for (const st of ['built', 'planned', 'candidate']) line(siteSymbolSvg(x + 10, yy, 8, '#455a64', st), L.statuses[st] ?? st);
  line(`<rect x="${x + 4}" y="${yy - 4}" width="12" height="8" fill="rgba(141,110,99,0.25)" stroke="#6d4c41"/>`, L.areas);
  line(`<rect x="${x + 4}" y="${yy - 4}" width="12" height="8" fill="rgba(183,28,28,0.35)" stroke="#b71c1c"/>`, L.holes);
  const ramp = [...RAMPS.rsrp.map((s) => [s.rgba, `≥ ${s.floor}`] as const), [WEAK_COVERED_RGBA, `${input.thresholdDbm} … -100`] as const, [UNCOVERED_RGBA, `< ${input.thresholdDbm}`] as const];
  for (const [c, text] of ramp) line(`<rect x="${x + 4}" y="${yy - 4}" width="12" height="8" fill="${rgba(c as unknown as number[])}"/>`, `${L.rsrp} ${text}`);
  return `<g id="map-legend"><rect x="${x - 4}" y="${y}" width="156" height="${yy - y + 2}" fill="rgba(255,255,255,0.9)" stroke="#b0bec5"/><text x="${x + 2}" y="${y + 11}" font-size="11" font-weight="700">${esc(L.legend)}</text>${rows.join('')}</g>`.replace(`y="${y + 11}"`, `y="${y + 11}"`);
}
