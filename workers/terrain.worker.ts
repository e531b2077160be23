// Terrain worker: parses DEM files (and fetches the embedded coarse model), shades relief and
// computes link profiles off the main thread. Loaded models are kept here by their source name,
// so a profile or a shading does not send the DEM back and forth.
import * as Comlink from 'comlink';
import { loadDem, type DemFile } from '../src/engine/terrain/load-dem.ts';
import type { TerrainModel } from '../src/engine/terrain/dem-grid.ts';
import { linkProfile, type LinkProfileQuery, type LinkProfileResult } from '../src/engine/terrain/link-profile.ts';
import { hillshadeRgba } from '../src/engine/render/hillshade.ts';
import { terrainCoverage } from '../src/engine/terrain/dem-grid.ts';
import { parseMsiPattern, type AntennaPattern } from '../src/engine/radio/msi-pattern.ts';

export type DemOutcome = { ok: true; model: TerrainModel } | { ok: false; error: string };
export type PatternOutcome = { ok: true; patterns: Record<string, AntennaPattern> } | { ok: false; error: string };
/** A pattern file as kept with the plan: its name and text. */
export interface PatternFile { name: string; text: string }

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
  /** How much of a lon/lat box a loaded model covers, and the box of what it leaves flat (dem-grid.ts). */
  coverage(terrainSource: string, box: [number, number, number, number]): ReturnType<typeof terrainCoverage> | null {
    const model = models.get(terrainSource);
    return model ? terrainCoverage(model, box) : null;
  },
  /** Planet/MSI pattern files, all or nothing: one bad file or a repeated name fails the lot. */
  parsePatterns(files: PatternFile[]): PatternOutcome {
    const patterns: Record<string, AntennaPattern> = {};
    try {
      for (const f of files) {
        const p = parseMsiPattern(f.text, f.name);
        if (patterns[p.name]) return { ok: false, error: `${f.name}: pattern name "${p.name}" is already used by another file` };
        patterns[p.name] = p;
      }
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
    return { ok: true, patterns };
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
