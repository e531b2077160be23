// Terrain worker: parses DEM files (and fetches the embedded coarse model), shades relief and
// computes link profiles off the main thread. Loaded models are kept here by their source name,
// so a profile or a shading does not send the DEM back and forth.
import * as Comlink from 'comlink';
import { loadDem, type DemFile } from '../src/engine/terrain/load-dem.ts';
import type { TerrainModel } from '../src/engine/terrain/dem-grid.ts';
import { linkProfile, type LinkProfileQuery, type LinkProfileResult } from '../src/engine/terrain/link-profile.ts';
import { hillshadeRgba } from '../src/engine/render/hillshade.ts';

export type DemOutcome = { ok: true; model: TerrainModel } | { ok: false; error: string };

const models = new Map<string, TerrainModel>();

async function keep(files: DemFile[], kind: 'dem' | 'coarse'): Promise<DemOutcome> {
  try {
    const model = await loadDem(files, kind);
    models.set(model.source, model);
    return { ok: true, model };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

const api = {
  loadDem(files: DemFile[]): Promise<DemOutcome> {
    return keep(files, 'dem');
  },
  async loadCoarse(url: string, name: string): Promise<DemOutcome> {
    const res = await fetch(url);
    if (!res.ok) return { ok: false, error: `${url}: HTTP ${res.status}` };
    return keep([{ name, bytes: new Uint8Array(await res.arrayBuffer()) }], 'coarse');
  },
  /** A profile over a model loaded here (by source), or flat with null. */
  linkProfile(query: Omit<LinkProfileQuery, 'terrain'>, terrainSource: string | null): LinkProfileResult {
    return linkProfile({ ...query, terrain: terrainSource ? models.get(terrainSource) ?? null : null });
  },
  hillshade(terrainSource: string, box: [number, number, number, number], width: number, height: number): Uint8ClampedArray {
    const model = models.get(terrainSource);
    if (!model) throw new Error(`terrain ${terrainSource} is not loaded`);
    const rgba = hillshadeRgba(model, box, width, height);
    return Comlink.transfer(rgba, [rgba.buffer]);
  },
};

export type TerrainWorkerApi = typeof api;

Comlink.expose(api);
