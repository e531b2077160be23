/**
 * Elevation grids in geographic coordinates and the terrain model built from one or more of
 * them (contract section 8). A grid holds samples at points lon0 + c dLon, lat0 - r dLat
 * (north-up, first sample at the north-west corner); NaN marks a hole. Heights are metres above
 * sea level. Sampling is bilinear between the four surrounding samples.
 */
export interface DemGrid {
  /** File (or model) the grid came from, for messages. */
  name: string;
  lon0: number;
  lat0: number;
  dLonDeg: number;
  dLatDeg: number;
  width: number;
  height: number;
  heightsM: Float32Array;
}

export interface TerrainModel {
  /** What the JSON output names: "dem: a.tif, b.hgt" or "coarse: srtm30plus-china-0.02deg.tif". */
  source: string;
  /** Sample spacing of the finest grid, m (north-south). */
  resM: number;
  /** Searched in order: the first grid with a value at a point answers. */
  grids: DemGrid[];
  /** What loading changed or could not do (holes filled, parts not covered). */
  notes: string[];
}

const M_PER_DEG_LAT = 111_320;

/** Bilinear height of one grid at (lon, lat), or NaN outside it or next to a hole. */
export function sampleGridM(g: DemGrid, lon: number, lat: number): number {
  let fc = (lon - g.lon0) / g.dLonDeg;
  let fr = (g.lat0 - lat) / g.dLatDeg;
  // Half a sample beyond the outer samples still counts (pixel-is-area files end there).
  if (fc < -0.5 || fr < -0.5 || fc > g.width - 0.5 || fr > g.height - 0.5) return NaN;
  fc = Math.min(Math.max(fc, 0), g.width - 1);
  fr = Math.min(Math.max(fr, 0), g.height - 1);
  const c = Math.min(Math.floor(fc), g.width - 2), r = Math.min(Math.floor(fr), g.height - 2);
  if (c < 0 || r < 0) return g.heightsM[Math.max(r, 0) * g.width + Math.max(c, 0)];
  const tx = fc - c, ty = fr - r, w = g.width, h = g.heightsM, i = r * w + c;
  const top = h[i] + (h[i + 1] - h[i]) * tx;
  const bottom = h[i + w] + (h[i + w + 1] - h[i + w]) * tx;
  return top + (bottom - top) * ty;
}

/** Height of the model at (lon, lat), or NaN where no grid covers it. */
export function terrainHeightM(t: TerrainModel, lon: number, lat: number): number {
  for (const g of t.grids) {
    const v = sampleGridM(g, lon, lat);
    if (!Number.isNaN(v)) return v;
  }
  return NaN;
}

/** North-south sample spacing of a grid, m. */
export function gridResolutionM(g: DemGrid): number {
  return g.dLatDeg * M_PER_DEG_LAT;
}

/**
 * Fills holes (NaN) from the nearest valid samples left and right in the row, weighted by
 * distance, then, for rows with no valid sample, from the rows above and below. Returns the
 * number of samples filled. Rows and columns with nothing valid stay NaN.
 */
export function fillHoles(g: DemGrid): number {
  const { width: w, height: h } = g;
  return fillLines(g.heightsM, h, w, w, 1) + fillLines(g.heightsM, w, h, 1, w);
}

/** Linear interpolation across the NaN runs of each line (copies of the nearest value at the ends). */
function fillLines(z: Float32Array, lines: number, length: number, lineStride: number, step: number): number {
  let filled = 0;
  for (let l = 0; l < lines; l++) {
    const at = (i: number) => l * lineStride + i * step;
    let holes = false;
    for (let i = 0; i < length && !holes; i++) holes = Number.isNaN(z[l * lineStride + i * step]);
    if (!holes) continue;
    let prev = -1;
    for (let i = 0; i < length; i++) {
      if (Number.isNaN(z[at(i)])) continue;
      for (let j = prev + 1; j < i; j++) {
        z[at(j)] = prev < 0 ? z[at(i)] : z[at(prev)] + ((z[at(i)] - z[at(prev)]) * (j - prev)) / (i - prev);
        filled++;
      }
      prev = i;
    }
    if (prev < 0) continue;
    for (let j = prev + 1; j < length; j++, filled++) z[at(j)] = z[at(prev)];
  }
  return filled;
}

/** A terrain model from parsed grids: holes filled and noted, resolution of the finest grid. */
export function terrainModel(kind: 'dem' | 'coarse', grids: DemGrid[]): TerrainModel {
  const notes: string[] = [];
  for (const g of grids) {
    const holes = fillHoles(g);
    if (holes > 0) notes.push(`${g.name}: ${holes} nodata sample(s) (${((100 * holes) / (g.width * g.height)).toFixed(2)}%) filled from their neighbours`);
  }
  const resM = Math.min(...grids.map(gridResolutionM));
  return { source: `${kind}: ${grids.map((g) => g.name).join(', ')}`, resM: Math.round(resM * 10) / 10, grids, notes };
}

/**
 * How much of a lon/lat box the model covers, on a 41 x 41 lattice: the covered share and, when
 * some is missing, the box of the lattice points that are not covered (where terrain is flat).
 */
export function terrainCoverage(t: TerrainModel, box: [number, number, number, number]): { share: number; missing: [number, number, number, number] | null } {
  const [w, s, e, n] = box, steps = 40;
  let covered = 0, total = 0;
  let mw = Infinity, ms = Infinity, me = -Infinity, mn = -Infinity;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const lon = w + ((e - w) * i) / steps, lat = s + ((n - s) * j) / steps;
      total++;
      if (!Number.isNaN(terrainHeightM(t, lon, lat))) { covered++; continue; }
      mw = Math.min(mw, lon); me = Math.max(me, lon); ms = Math.min(ms, lat); mn = Math.max(mn, lat);
    }
  }
  return { share: covered / total, missing: covered === total ? null : [mw, ms, me, mn] };
}
