// The embedded coarse relief model (data/dem, about 2 km), fetched on demand and parsed by the engine.
import { loadDem } from '../../engine/terrain/load-dem.ts';
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';

const URLS = import.meta.glob('../../../data/dem/*.tif', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export async function loadCoarseDem(): Promise<TerrainModel> {
  const url = Object.values(URLS)[0];
  if (!url) throw new Error('data/dem/srtm30plus-china-0.02deg.tif is missing');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return loadDem([{ name: 'srtm30plus-china-0.02deg.tif', bytes: new Uint8Array(await res.arrayBuffer()) }], 'coarse');
}
