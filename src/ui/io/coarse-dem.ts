// The embedded coarse relief model (data/dem, about 2 km), fetched and parsed in the terrain worker on demand.
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';
import { terrainWorker } from './terrain-client.ts';

const URLS = import.meta.glob('../../../data/dem/*.tif', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

let loading: Promise<TerrainModel> | null = null;

/** Fetched and parsed once per page (the terrain switch and the context map's relief share it); a failure may be retried. */
export function loadCoarseDem(): Promise<TerrainModel> {
  loading ??= fetchCoarseDem().catch((e: unknown) => { loading = null; throw e; });
  return loading;
}

async function fetchCoarseDem(): Promise<TerrainModel> {
  const url = Object.values(URLS)[0];
  if (!url) throw new Error('data/dem/srtm30plus-china-0.02deg.tif is missing');
  const out = await terrainWorker().loadCoarse(new URL(url, location.href).href, 'srtm30plus-china-0.02deg.tif');
  if (!out.ok) throw new Error(out.error);
  return out.model;
}
