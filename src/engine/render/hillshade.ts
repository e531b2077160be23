/**
 * Relief shading of a terrain model over a lon/lat box, as an RGBA image to lay over the map:
 * the usual hillshade (light from the north-west, azimuth 315 degrees, 45 degrees high; slopes
 * from central differences of the bilinear heights), drawn as black with alpha (1 - shade) x
 * `strength`, so flat ground stays clear and only slopes facing away from the light darken.
 * Rows are north to south, equal steps of latitude (the caller places it with its four corners).
 */
import { terrainHeightM, type TerrainModel } from '../terrain/dem-grid.ts';

const M_PER_DEG = 111_320;

export function hillshadeRgba(t: TerrainModel, box: [number, number, number, number], width: number, height: number, strength = 0.55): Uint8ClampedArray {
  const [w, s, e, n] = box, out = new Uint8ClampedArray(width * height * 4);
  const dLon = (e - w) / width, dLat = (n - s) / height;
  const az = (315 * Math.PI) / 180, alt = (45 * Math.PI) / 180;
  const lx = Math.sin(az) * Math.cos(alt), ly = Math.cos(az) * Math.cos(alt), lz = Math.sin(alt);
  // Flat ground under this light: the shading is relative to it, so plains stay clear.
  for (let r = 0; r < height; r++) {
    const lat = n - (r + 0.5) * dLat, mx = dLon * M_PER_DEG * Math.cos((lat * Math.PI) / 180), my = dLat * M_PER_DEG;
    for (let c = 0; c < width; c++) {
      const lon = w + (c + 0.5) * dLon;
      const zx = (terrainHeightM(t, lon + dLon, lat) - terrainHeightM(t, lon - dLon, lat)) / (2 * mx);
      const zy = (terrainHeightM(t, lon, lat + dLat) - terrainHeightM(t, lon, lat - dLat)) / (2 * my);
      if (!Number.isFinite(zx) || !Number.isFinite(zy)) continue;
      // Surface normal (-zx, -zy, 1) against the light (x east, y north).
      const shade = Math.max(0, (-zx * lx - zy * ly + lz) / Math.sqrt(zx * zx + zy * zy + 1));
      const darkness = Math.max(0, lz - shade) / lz;
      out[(r * width + c) * 4 + 3] = Math.round(255 * Math.min(1, darkness) * strength);
    }
  }
  return out;
}
