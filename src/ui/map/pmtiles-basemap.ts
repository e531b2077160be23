// A local .pmtiles file as the basemap: read with the pmtiles library (a FileSource over the
// File, so nothing leaves the machine) and served to maplibre through the `pmtiles://` protocol.
// The file is checked before the map changes: a file that is not a PMTiles v3 archive, holds a
// tile type we cannot draw or vector tiles outside the Protomaps schema is refused whole.
import * as maplibregl from 'maplibre-gl';
import { FileSource, PMTiles, Protocol, TileType } from 'pmtiles';
import { dimCountiesUnderBasemap } from './layers.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { PM_LAYER_PREFIX, PM_SOURCE_ID, PROTOMAPS_LAYERS, protomapsLayers, rasterLayers } from './pmtiles-style.ts';

export type PmtilesProblem = 'notPmtiles' | 'tileType' | 'notProtomaps';

export interface PmtilesInfo {
  /** The file's own name, as the user picked it. */
  fileName: string;
  /** The protocol's key for it (unique per pick, so a re-picked file is read afresh). */
  key: string;
  kind: 'vector' | 'raster';
  format: string;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  attribution: string | null;
  /** The vector layers the archive holds (none for raster). */
  vectorLayers: string[];
}

export class PmtilesError extends Error {
  constructor(readonly problem: PmtilesProblem, readonly fileName: string, detail: string) { super(`${fileName}: ${detail}`); }
}

const protocol = new Protocol({ metadata: true });
let registered = false;
let picks = 0;

const RASTER: Partial<Record<TileType, string>> = { [TileType.Png]: 'PNG', [TileType.Jpeg]: 'JPEG', [TileType.Webp]: 'WebP', [TileType.Avif]: 'AVIF' };

/** Reads the archive's header and metadata; registers it with the protocol when it can be drawn. */
export async function openPmtiles(file: File): Promise<PmtilesInfo> {
  const key = `local-${++picks}.pmtiles`;
  const archive = new PMTiles(new FileSource(new File([file], key)));
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  let metadata: { attribution?: string; vector_layers?: { id: string }[] };
  try {
    header = await archive.getHeader();
    metadata = (await archive.getMetadata()) as typeof metadata;
  } catch (e) {
    throw new PmtilesError('notPmtiles', file.name, (e as Error).message);
  }
  const raster = RASTER[header.tileType];
  if (header.tileType !== TileType.Mvt && !raster) throw new PmtilesError('tileType', file.name, `tile type ${header.tileType}`);
  const layerIds = (metadata.vector_layers ?? []).map((l) => l.id);
  if (!raster && !layerIds.some((id) => PROTOMAPS_LAYERS.includes(id))) throw new PmtilesError('notProtomaps', file.name, `layers ${layerIds.join(', ') || '(none)'}`);
  if (!registered) { maplibregl.addProtocol('pmtiles', protocol.tile); registered = true; }
  protocol.add(archive);
  return {
    fileName: file.name, key, kind: raster ? 'raster' : 'vector', format: raster ?? 'MVT (Protomaps)',
    minZoom: header.minZoom, maxZoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    attribution: typeof metadata.attribution === 'string' ? metadata.attribution : null,
    vectorLayers: raster ? [] : layerIds,
  };
}

/** Shows the archive under the county fill (so under the coverage and outlines), or removes it (null). */
export function setPmtilesBasemap(map: maplibregl.Map, info: PmtilesInfo | null, lang: 'zh' | 'en'): void {
  for (const layer of map.getStyle().layers) if (layer.id.startsWith(PM_LAYER_PREFIX)) map.removeLayer(layer.id);
  if (map.getSource(PM_SOURCE_ID)) map.removeSource(PM_SOURCE_ID);
  if (info) {
    map.addSource(PM_SOURCE_ID, info.kind === 'vector'
      ? { type: 'vector', url: `pmtiles://${info.key}` }
      : { type: 'raster', url: `pmtiles://${info.key}`, tileSize: 256 });
    for (const layer of info.kind === 'vector' ? protomapsLayers(lang, info.vectorLayers) : rasterLayers()) map.addLayer(layer, 'counties-fill');
  }
  dimCountiesUnderBasemap(map);
}

/** Keeps the map's .pmtiles basemap in step with the state (also when it was restored before the map was ready). */
export function bindPmtilesBasemap(map: maplibregl.Map, store: Store<AppState>): void {
  const apply = (s: AppState) => setPmtilesBasemap(map, s.basemapPmtiles, s.lang);
  store.subscribe((s, prev) => { if (s.basemapPmtiles !== prev.basemapPmtiles || (s.basemapPmtiles && s.lang !== prev.lang)) apply(s); });
  if (store.get().basemapPmtiles) apply(store.get());
}
