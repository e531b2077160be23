// The page's terrain worker (workers/terrain.worker.ts): DEM parsing, relief shading and link
// profiles run there, not on the main thread.
import * as Comlink from 'comlink';
import type { TerrainWorkerApi } from '../../../workers/terrain.worker.ts';

let api: Comlink.Remote<TerrainWorkerApi> | null = null;

export function terrainWorker(): Comlink.Remote<TerrainWorkerApi> {
  api ??= Comlink.wrap<TerrainWorkerApi>(new Worker(new URL('../../../workers/terrain.worker.ts', import.meta.url), { type: 'module' }));
  return api;
}
