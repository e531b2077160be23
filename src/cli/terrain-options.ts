/**
 * `--terrain flat|coarse|dem` and `--dem FILE...` (contract section 8): the terrain a command
 * computes over, loaded from files (the DEM files, or data/dem/ for the coarse model), and how
 * the JSON output names it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { terrainCoverage, type TerrainModel } from '../engine/terrain/dem-grid.ts';
import { UserError } from './user-error.ts';
import { gridProjection } from '../engine/geo/projection.ts';
import type { GridSpec } from '../engine/geo/grid.ts';
import type { RadioSettings } from '../engine/model/defaults.ts';

export const TERRAIN_OPTIONS = {
  terrain: { type: 'string' },
  dem: { type: 'string', multiple: true },
} as const;

export const TERRAIN_HELP = `  --terrain T              flat (default without --dem) | dem (default with --dem) | coarse (the
                           embedded 0.02-degree, ~2 km relief model: a coarse stand-in only)
  --dem FILE...            DEM files mosaicked in order: GeoTIFF (EPSG:4326/4490, UTM), SRTM .hgt, ESRI ASCII grid
`;

export const COARSE_DEM_PATH = fileURLToPath(new URL('../../data/dem/srtm30plus-china-0.02deg.tif', import.meta.url));

type TerrainFlags = { terrain?: string; dem?: string[] };

function readDemFile(path: string): { name: string; bytes: Uint8Array } {
  try {
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    throw new UserError(`--dem ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** The terrain the flags ask for, or null for flat. */
export async function terrainFrom(o: TerrainFlags): Promise<TerrainModel | null> {
  const dem = o.dem ?? [];
  const kind = o.terrain ?? (dem.length > 0 ? 'dem' : 'flat');
  if (kind !== 'flat' && kind !== 'dem' && kind !== 'coarse') throw new UserError(`--terrain must be flat, coarse or dem, got "${kind}"`);
  if (kind === 'dem' && dem.length === 0) throw new UserError('--terrain dem needs --dem FILE...');
  if (kind !== 'dem' && dem.length > 0) throw new UserError(`--dem was given with --terrain ${kind}; use --terrain dem (or leave --terrain out)`);
  if (kind === 'flat') return null;
  const files = kind === 'coarse' ? [readDemFile(COARSE_DEM_PATH)] : dem.map(readDemFile);
  try {
    // Loaded on demand: the DEM readers (GeoTIFF, projections) are most of a cold start's code.
    const { loadDem } = await import('../engine/terrain/load-dem.ts');
    return await loadDem(files, kind);
  } catch (e) {
    if (e instanceof RangeError) throw new UserError(`--dem ${e.message}`);
    throw e;
  }
}

/** `"terrain":{"source","resM"}` or null (contract section 8). */
export function terrainJson(t: TerrainModel | null): { source: string; resM: number } | null {
  return t ? { source: t.source, resM: t.resM } : null;
}

/**
 * One stderr line when the model does not cover the whole study box: which part is flat. A model
 * that covers none of it is a user error (the files are for somewhere else).
 */
export function checkTerrainCovers(t: TerrainModel | null, box: [number, number, number, number]): string | null {
  if (!t) return null;
  const { share, missing } = terrainCoverage(t, box);
  const where = missing ? `lon ${missing[0].toFixed(3)}-${missing[2].toFixed(3)}, lat ${missing[1].toFixed(3)}-${missing[3].toFixed(3)}` : '';
  if (share === 0) throw new UserError(`--dem ${t.source.replace(/^\w+: /, '')}: does not cover the study area (lon ${box[0].toFixed(3)}-${box[2].toFixed(3)}, lat ${box[1].toFixed(3)}-${box[3].toFixed(3)})`);
  if (!missing) return null;
  return `terrain ${t.source} covers ${(100 * share).toFixed(0)}% of the study area; the rest (${where}) is treated as flat`;
}

/** The terrain of a coverage command, checked against the LOS mode ("terrain" needs terrain). */
export async function coverageTerrain(o: TerrainFlags, settings: RadioSettings): Promise<TerrainModel | null> {
  const terrain = await terrainFrom(o);
  if (settings.terrainLos && !terrain) throw new UserError('--los-mode terrain needs terrain: give --dem FILE... or --terrain coarse');
  return terrain;
}

/** The lon/lat box of a coverage grid (its four corners and edge midpoints). */
export function gridBoxLonLat(grid: GridSpec): [number, number, number, number] {
  const p = gridProjection(grid.centerLonLat);
  const xs = [grid.x0M, grid.x0M + (grid.width * grid.resM) / 2, grid.x0M + grid.width * grid.resM];
  const ys = [grid.y0M, grid.y0M + (grid.height * grid.resM) / 2, grid.y0M + grid.height * grid.resM];
  const pts = xs.flatMap((x) => ys.map((y) => p.invert!([x, y])!));
  return [Math.min(...pts.map((q) => q[0])), Math.min(...pts.map((q) => q[1])), Math.max(...pts.map((q) => q[0])), Math.max(...pts.map((q) => q[1]))];
}
