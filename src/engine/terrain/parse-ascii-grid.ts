/**
 * ESRI ASCII grid (.asc): a header (ncols, nrows, xllcorner|xllcenter, yllcorner|yllcenter,
 * cellsize, optional NODATA_value) and nrows lines of heights from north to south. Coordinates
 * must be degrees (EPSG:4326 / 4490); projected ones are refused with a message.
 */
import type { DemGrid } from './dem-grid.ts';

export function parseAsciiGrid(text: string, name: string): DemGrid {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const header = new Map<string, number>();
  let at = 0;
  while (at + 1 < tokens.length && /^[a-z_]+$/i.test(tokens[at])) {
    const v = Number(tokens[at + 1]);
    if (!Number.isFinite(v)) throw new RangeError(`${name}: header ${tokens[at]} has no number (${JSON.stringify(tokens[at + 1])})`);
    header.set(tokens[at].toLowerCase(), v);
    at += 2;
  }
  const need = (k: string) => {
    const v = header.get(k);
    if (v === undefined) throw new RangeError(`${name}: not an ESRI ASCII grid (header "${k}" missing)`);
    return v;
  };
  const width = need('ncols'), height = need('nrows'), cell = need('cellsize');
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 2 && height >= 2 && cell > 0)) {
    throw new RangeError(`${name}: ncols and nrows must be whole numbers >= 2 and cellsize > 0`);
  }
  const centre = header.has('xllcenter');
  const xll = centre ? need('xllcenter') : need('xllcorner');
  const yll = header.has('yllcenter') ? need('yllcenter') : need('yllcorner');
  if (Math.abs(xll) > 360 || Math.abs(yll) > 90 || cell > 10) {
    throw new RangeError(`${name}: coordinates (${xll}, ${yll}, cell ${cell}) are not degrees; only geographic (EPSG:4326/4490) ASCII grids are read: convert it, or give a GeoTIFF in UTM`);
  }
  const nodata = header.get('nodata_value');
  if (tokens.length - at !== width * height) throw new RangeError(`${name}: ${tokens.length - at} values for ${width} x ${height} = ${width * height} cells`);
  const heightsM = new Float32Array(width * height);
  for (let i = 0; i < heightsM.length; i++) {
    const v = Number(tokens[at + i]);
    if (!Number.isFinite(v)) throw new RangeError(`${name}: value ${i + 1} (${JSON.stringify(tokens[at + i])}) is not a number`);
    heightsM[i] = v === nodata || v <= -32768 ? NaN : v;
  }
  const half = centre ? 0 : cell / 2;
  return { name, lon0: xll + half, lat0: yll + half + (height - 1) * cell, dLonDeg: cell, dLatDeg: cell, width, height, heightsM };
}
