/**
 * Terrain benchmarks (issue 14): the Puyang 2022 plan over a synthetic hilly 30 m DEM, an
 * incremental move with terrain, one link profile, and loading a 3,600 x 3,600 DEM tile.
 */
import { terrainModel, type TerrainModel } from '../../engine/terrain/dem-grid.ts';
import { loadDem } from '../../engine/terrain/load-dem.ts';
import { computeSiteTerrain } from '../../engine/terrain/site-terrain.ts';
import { linkProfile } from '../../engine/terrain/link-profile.ts';
import { prepareJob } from '../../engine/coverage/job.ts';
import { gridProjection } from '../../engine/geo/projection.ts';
import type { CoverageInput } from '../../engine/coverage/types.ts';
import { puyang2022 } from './inputs.ts';
import { incrementalMoves, poolRuns, type BenchFigures } from './suite.ts';
import { syntheticHillyDem } from './synthetic-dem.ts';

/** The Puyang plan's box grown by 0.1 degree (the study area's 5 km margin and more). */
function puyangBox(input: CoverageInput): [number, number, number, number] {
  const lons = input.sites.map((s) => s.lonLat[0]), lats = input.sites.map((s) => s.lonLat[1]);
  return [Math.min(...lons) - 0.1, Math.min(...lats) - 0.1, Math.max(...lons) + 0.1, Math.max(...lats) + 0.1];
}

async function puyangOverHills(resM: number): Promise<CoverageInput> {
  const input = await puyang2022(resM);
  return { ...input, terrain: terrainModel('dem', [syntheticHillyDem(puyangBox(input))]) };
}

/** Share of obstructed pixel-site pairs, over every 10th site (computed here, on the calling thread). */
function obstructedShare(input: CoverageInput & { terrain: TerrainModel }): number {
  const job = prepareJob(input);
  const projection = gridProjection(job.grid.centerLonLat);
  let share = 0, n = 0;
  for (let s = 0; s < job.siteCount; s += 10) {
    const r = computeSiteTerrain({
      terrain: input.terrain, resM: job.grid.resM,
      siteXM: job.siteXM[s], siteYM: job.siteYM[s], radiusM: job.siteBaseRadiusM[s], invert: (xy) => projection.invert!(xy) as [number, number],
      hBsM: job.siteHeightM[s], hUtM: input.settings.hUtM, fGhz: job.siteFreqGhz[s], nlosExcessDb: null,
    });
    share += r.obstructedShare;
    n++;
  }
  return share / n;
}

export const TERRAIN_BENCHMARKS: Record<string, { about: string; run: () => Promise<BenchFigures> }> = {
  'puyang-2022-50m-terrain': {
    about: 'puyang-2022-50m over a deterministic synthetic hilly 30 m DEM (delta-Bullington per site along radials, factors applied by the WebAssembly kernel), 2 workers, median of 3 warm runs (unchanged sites keep their terrain tables, as in the app) and the cold run (every table computed); flatMs / flatColdMs: the same plan flat in the same process; obstructedShare over every 10th site',
    run: async () => {
      const input = await puyangOverHills(50);
      const flat = await poolRuns(50, async () => ({ ...input, terrain: null }), 3);
      const hilly = await poolRuns(50, async () => input, 3);
      return {
        ...hilly, flatMs: flat.ms, ratioToFlat: hilly.ms / flat.ms, flatColdMs: flat.coldMs, coldRatioToFlat: (hilly.coldMs as number) / (flat.coldMs as number),
        obstructedShare: obstructedShare(input as CoverageInput & { terrain: TerrainModel }),
      };
    },
  },
  'incremental-move-terrain': {
    about: 'incremental-move over the synthetic hilly 30 m DEM (the moved site\'s terrain recomputed, the others kept)',
    run: () => incrementalMoves(puyangOverHills(50)),
  },
  profile: {
    about: 'one link profile (the 2 km link of a Puyang site over the synthetic 30 m DEM: samples, delta-Bullington, path loss, RSRP), median of 50',
    run: async () => {
      const input = await puyangOverHills(50);
      const site = input.sites[0], times: number[] = [];
      for (let k = 0; k < 60; k++) {
        const t0 = performance.now();
        linkProfile({ site, model: '38901-rma', toLonLat: [site.lonLat[0] + 0.02, site.lonLat[1] + 0.008], terrain: input.terrain!, settings: input.settings });
        if (k >= 10) times.push(performance.now() - t0);
      }
      return { ms: [...times].sort((a, b) => a - b)[25], pixels: null, sites: 1 };
    },
  },
  'dem-load-3600': {
    about: 'parse a 3,601 x 3,601 SRTM 1" .hgt tile (26 MB, generated) into a terrain model (holes filled), one run; peakMiB is the whole process',
    run: async () => {
      const side = 3601, bytes = new Uint8Array(side * side * 2), view = new DataView(bytes.buffer);
      for (let i = 0; i < side * side; i++) view.setInt16(2 * i, i % 997 === 0 ? -32768 : 100 + ((i * 7919) % 400), false);
      const t0 = performance.now();
      const t = await loadDem([{ name: 'N35E114.hgt', bytes }]);
      const ms = performance.now() - t0;
      return { ms, pixels: side * side, sites: null, notes: t.notes };
    },
  },
};
