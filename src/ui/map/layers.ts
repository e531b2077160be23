// Feeds the style's GeoJSON sources from app data: boundaries and settlement areas once, the
// plan's sites whenever they change (only what the symbols need, not the full site records).
import { area, bbox, pointOnFeature, polygon } from '@turf/turf';
import type { FeatureCollection, Position } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Region, TargetArea } from '../../engine/model/dataset.ts';
import type { Site } from '../../engine/model/types.ts';
import type { Township } from '../io/dataset.ts';
import { sitesDiff, sitesToSymbols } from './sites-diff.ts';

/** One label point per county, inside its largest part (a multi-part county would otherwise be labelled once per part). */
function labelPoint(r: Region): Position {
  const parts = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
  const largest = parts.map((rings) => polygon(rings)).sort((a, b) => area(b) - area(a))[0];
  return pointOnFeature(largest).geometry.coordinates;
}

export function setBoundaries(map: MapLibreMap, regions: Region[], areas: TargetArea[]): void {
  map.getSource<GeoJSONSource>('counties')!.setData({
    type: 'FeatureCollection',
    features: regions.map((r) => ({ type: 'Feature', geometry: r.geometry, properties: { code: r.code, name: r.name } })),
  });
  map.getSource<GeoJSONSource>('county-labels')!.setData({
    type: 'FeatureCollection',
    features: regions.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint(r) }, properties: { name: r.name } })),
  });
  map.getSource<GeoJSONSource>('areas')!.setData({
    type: 'FeatureCollection',
    features: areas.map((a) => ({ type: 'Feature', geometry: a.geometry, properties: { id: a.id, name: a.name, tier: a.tier, modelled: a.modelled } })),
  });
}

/** Past this many sites shown, the plan is drawn as dots below SYMBOLS_MIN_ZOOM (style.ts, 'sites-dots'). */
export const LARGE_PLAN_SITES = 5000;
/** From this zoom a tile spans about 10 km, so even a city centre's tile holds a few thousand icons at most. */
export const SYMBOLS_MIN_ZOOM = 12;
/** The layers a site can be clicked or box-selected on. */
export const SITE_LAYERS = ['sites', 'sites-dots'];

function setSitesScale(map: MapLibreMap, count: number): void {
  const large = count > LARGE_PLAN_SITES;
  map.setLayerZoomRange('sites', large ? SYMBOLS_MIN_ZOOM : 0, 24);
  map.setLayerZoomRange('sites-dots', 0, large ? SYMBOLS_MIN_ZOOM : 24);
  map.setLayoutProperty('sites-dots', 'visibility', large ? 'visible' : 'none');
}

/** The sites layer; `prev`: the list shown before, so that an edit goes in as a diff (only its tiles are redone). */
export function setSites(map: MapLibreMap, sites: Site[], prev?: Site[]): void {
  setSitesScale(map, sites.length);
  const source = map.getSource<GeoJSONSource>('sites')!;
  const diff = prev ? sitesDiff(prev, sites) : null;
  if (diff) void source.updateData(diff).catch(() => source.setData(sitesToSymbols(sites)));
  else void source.setData(sitesToSymbols(sites));
}

export function setSelected(map: MapLibreMap, ids: string[]): void {
  map.setFilter('sites-selected', ['in', ['get', 'id'], ['literal', ids]]);
}

/** The point being dragged (drawn by its own layer so the 4,000-site source is not rebuilt per mouse move). */
export function setDragPoint(map: MapLibreMap, lonLat: [number, number] | null): void {
  map.getSource<GeoJSONSource>('drag')!.setData({
    type: 'FeatureCollection',
    features: lonLat ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: lonLat }, properties: {} }] : [],
  });
}

/** The site planner's picks, not yet in the plan: position, rank and whether ticked for acceptance. */
export function setPicks(map: MapLibreMap, picks: { lonLat: [number, number]; rank: number; picked: boolean }[]): void {
  map.getSource<GeoJSONSource>('picks')!.setData({
    type: 'FeatureCollection',
    features: picks.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p.lonLat }, properties: { rank: p.rank, picked: p.picked } })),
  });
}

/** Optional user basemap (XYZ raster tiles). Nothing is requested unless the user gave a URL. */
export function setBasemap(map: MapLibreMap, url: string | null): void {
  if (map.getLayer('basemap')) map.removeLayer('basemap');
  if (map.getSource('basemap')) map.removeSource('basemap');
  if (url) {
    map.addSource('basemap', { type: 'raster', tiles: [url], tileSize: 256 });
    map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, 'counties-fill');
  }
  dimCountiesUnderBasemap(map);
}

/** The counties' pale fill hides the map under it: nearly clear while a basemap (XYZ or .pmtiles, ids basemap / pm-*) is shown. */
export function dimCountiesUnderBasemap(map: MapLibreMap): void {
  const any = map.getStyle().layers.some((l) => l.id === 'basemap' || l.id.startsWith('pm-'));
  map.setPaintProperty('counties-fill', 'fill-opacity', any ? 0.15 : 0.9);
}

/** Outlines target-area holes and flies to the first (largest) one. */
export function setHoles(map: MapLibreMap, holes: FeatureCollection | null): void {
  map.getSource<GeoJSONSource>('holes')!.setData(holes ?? { type: 'FeatureCollection', features: [] });
  const worst = holes?.features[0];
  if (!worst) return;
  const [w, s, e, n] = bbox(worst);
  map.fitBounds([[w, s], [e, n]], { padding: 120, maxZoom: 14, duration: 800 });
}

/** Township points: from the sources, or given by the user for an unplaced one (drawn in orange). */
export function setTownships(map: MapLibreMap, townships: Township[], userPoints: Record<string, [number, number]>): void {
  const features = townships.flatMap((t) => {
    const lonLat = t.lonLat ?? userPoints[t.code];
    return lonLat ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: lonLat }, properties: { code: t.code, name: t.name, byUser: !t.lonLat } }] : [];
  });
  map.getSource<GeoJSONSource>('townships')!.setData({ type: 'FeatureCollection', features });
}

/**
 * Resolves once a source's tiles are loaded and drawn (or after `timeoutMs`, so a stalled map
 * never holds back what waits on it): a new region's heavy runs start after its outlines show.
 */
export function sourceDrawn(map: MapLibreMap, id: string, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    function check(): void { if (map.isSourceLoaded(id)) map.once('render', finish); else map.once('sourcedata', check); }
    function finish(): void { clearTimeout(timer); map.off('sourcedata', check); resolve(); }
    // setData has just been called: its new tiles are reported by the next sourcedata events.
    map.once('sourcedata', check);
  });
}
