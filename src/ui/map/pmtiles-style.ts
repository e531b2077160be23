// The style of a local .pmtiles basemap: vector tiles in the Protomaps basemap schema are drawn
// with @protomaps/basemaps' own layers (the "light" flavour), raster tiles as one raster layer.
// Adapted to the offline app: no background (ours stays), no sprite icons (the app has no sprite
// file: an icon layer without text is dropped, a label keeps its text), the app's local fonts.
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './style.ts';

/** Ids of the basemap's layers start with this, so they can be found and removed together. */
export const PM_LAYER_PREFIX = 'pm-';
export const PM_SOURCE_ID = 'pm-basemap';

/** The Protomaps layers (source-layer names) a vector archive must hold some of. */
export const PROTOMAPS_LAYERS = ['earth', 'water', 'landuse', 'landcover', 'roads', 'boundaries', 'places', 'buildings', 'pois', 'natural', 'transit'];

const ICON_KEYS = ['icon-image', 'icon-size', 'icon-padding', 'icon-allow-overlap', 'icon-ignore-placement', 'icon-optional', 'icon-anchor', 'icon-offset', 'icon-rotate'];

/** Any font stack of Noto Sans faces (Protomaps' glyph sets) becomes the app's local label fonts. */
function localFonts(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string' && v.startsWith('Noto Sans'))) return LABEL_FONT;
    return value.map(localFonts);
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localFonts(v)]));
  return value;
}

/** `available`: the archive's vector layers (an extract may lack some: maplibre refuses a style layer on a missing one). */
export function protomapsLayers(lang: 'zh' | 'en', available: string[]): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const layer of layers(PM_SOURCE_ID, namedFlavor('light'), { lang: lang === 'zh' ? 'zh-Hans' : 'en' }) as LayerSpecification[]) {
    if (layer.type === 'background' || !available.includes((layer as { 'source-layer'?: string })['source-layer'] ?? '')) continue;
    const copy = { ...layer, id: PM_LAYER_PREFIX + layer.id } as LayerSpecification & { layout?: Record<string, unknown> };
    if (copy.layout && 'icon-image' in copy.layout) {
      if (!('text-field' in copy.layout)) continue;
      copy.layout = Object.fromEntries(Object.entries(copy.layout).filter(([k]) => !ICON_KEYS.includes(k)));
    }
    if (copy.layout) copy.layout = localFonts(copy.layout) as Record<string, unknown>;
    out.push(copy);
  }
  return out;
}

export function rasterLayers(): LayerSpecification[] {
  return [{ id: `${PM_LAYER_PREFIX}raster`, type: 'raster', source: PM_SOURCE_ID, paint: { 'raster-fade-duration': 0 } }];
}
