/**
 * Site symbols as SVG markup, shared by the app's map legend and the printable report's map and
 * legend: colour = operator, shape = status (built: filled circle, planned: ring, candidate:
 * hollow triangle), as the map's canvas icons draw them (src/ui/map/site-icons.ts).
 */
export const OPERATOR_COLOURS: Record<string, string> = {
  CMCC: '#1565c0',
  CU: '#e65100',
  CT: '#2e7d32',
  'CU+CT': '#c2185b',
  CBN: '#6a1b9a',
};

/** One symbol centred on (x, y), `sizePx` across. */
export function siteSymbolSvg(x: number, y: number, sizePx: number, colour: string, status: string): string {
  const r = sizePx / 2;
  const f = (n: number) => n.toFixed(1);
  if (status === 'candidate') {
    const pts = [[x, y - r], [x + r, y + r * 0.8], [x - r, y + r * 0.8]].map((p) => p.map(f).join(',')).join(' ');
    return `<polygon points="${pts}" fill="#fff" stroke="${colour}" stroke-width="${f(sizePx / 7)}"/>`;
  }
  if (status === 'planned') return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r * 0.8)}" fill="#fff" stroke="${colour}" stroke-width="${f(sizePx / 7)}"/>`;
  return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${colour}" stroke="#fff" stroke-width="${f(sizePx / 14)}"/>`;
}

/** A standalone little SVG of one symbol, for legends. */
export function symbolIconSvg(colour: string, status: string, sizePx = 14): string {
  const pad = 2, w = sizePx + 2 * pad;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${w}" viewBox="0 0 ${w} ${w}">${siteSymbolSvg(w / 2, w / 2, sizePx, colour, status)}</svg>`;
}
