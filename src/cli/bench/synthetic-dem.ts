/**
 * A deterministic, hilly synthetic DEM for the terrain benchmarks: 1 arc-second (about 30 m)
 * samples over a lon/lat box, heights = a 60 m plain plus seeded Gaussian hills (100-400 m high,
 * 0.5-3 km wide) and a gentle two-wave relief. No randomness at run time beyond the seed.
 */
import { createRng } from '../../engine/synthetic/rng.ts';
import type { DemGrid } from '../../engine/terrain/dem-grid.ts';

export const ARC_SECOND_DEG = 1 / 3600;

export function syntheticHillyDem(box: [number, number, number, number], seed = 20240601, hillsPer100Km2 = 6): DemGrid {
  const [w, s, e, n] = box, d = ARC_SECOND_DEG;
  const width = Math.ceil((e - w) / d) + 1, height = Math.ceil((n - s) / d) + 1;
  const heightsM = new Float32Array(width * height);
  const rng = createRng(seed);
  const kmX = (e - w) * 111.32 * Math.cos((((s + n) / 2) * Math.PI) / 180), kmY = (n - s) * 111.32;
  const hills = Math.round((kmX * kmY * hillsPer100Km2) / 100);
  const lonScale = Math.cos((((s + n) / 2) * Math.PI) / 180);
  for (let r = 0; r < height; r++) {
    const lat = n - r * d;
    for (let c = 0; c < width; c++) {
      const lon = w + c * d;
      heightsM[r * width + c] = 60 + 15 * Math.sin(lon * 40) * Math.cos(lat * 35);
    }
  }
  for (let h = 0; h < hills; h++) {
    const lon = w + rng() * (e - w), lat = s + rng() * (n - s), peak = 100 + 300 * rng(), sigmaKm = 0.5 + 2.5 * rng();
    const sigLat = sigmaKm / 111.32, sigLon = sigLat / lonScale;
    const r0 = Math.max(0, Math.floor((n - (lat + 3 * sigLat)) / d)), r1 = Math.min(height - 1, Math.ceil((n - (lat - 3 * sigLat)) / d));
    const c0 = Math.max(0, Math.floor((lon - 3 * sigLon - w) / d)), c1 = Math.min(width - 1, Math.ceil((lon + 3 * sigLon - w) / d));
    for (let r = r0; r <= r1; r++) {
      const dy = (n - r * d - lat) / sigLat;
      for (let c = c0; c <= c1; c++) {
        const dx = (w + c * d - lon) / sigLon;
        heightsM[r * width + c] += peak * Math.exp(-0.5 * (dx * dx + dy * dy));
      }
    }
  }
  return { name: `synthetic-hilly-1arcsec (seed ${seed})`, lon0: w, lat0: n, dLonDeg: d, dLatDeg: d, width, height, heightsM };
}
