// Box select on the map: Shift + drag draws a rectangle; on release the sites inside it become
// the multi-selection (the bulk panel and the site table follow). It replaces maplibre's
// Shift-drag box zoom, and a Shift-click without a drag still toggles one site.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { SITE_LAYERS } from './layers.ts';

const MIN_BOX_PX = 5;

export function bindBoxSelect(map: MapLibreMap, store: Store<AppState>): void {
  map.boxZoom.disable();
  const container = map.getCanvasContainer();
  const box = document.createElement('div');
  box.className = 'select-box';
  let start: { x: number; y: number } | null = null;
  const at = (e: MouseEvent) => {
    const r = container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  // Capture phase on the map's container: maplibre never sees a Shift press, so it neither pans nor starts a site drag.
  const swallow = (e: Event) => { if ((e as MouseEvent).shiftKey && (e as MouseEvent).button === 0) e.stopPropagation(); };
  container.addEventListener('pointerdown', swallow, true);
  container.addEventListener('mousedown', (e) => {
    if (!e.shiftKey || e.button !== 0 || store.get().tool !== 'browse') return;
    e.stopPropagation();
    start = at(e);
  }, true);
  window.addEventListener('mousemove', (e) => {
    if (!start) return;
    const p = at(e);
    if (!box.parentNode && Math.hypot(p.x - start.x, p.y - start.y) >= MIN_BOX_PX) container.append(box);
    Object.assign(box.style, { left: `${Math.min(p.x, start.x)}px`, top: `${Math.min(p.y, start.y)}px`, width: `${Math.abs(p.x - start.x)}px`, height: `${Math.abs(p.y - start.y)}px` });
  });
  window.addEventListener('mouseup', (e) => {
    if (!start) return;
    const p = at(e), s = start;
    start = null;
    if (!box.parentNode) return; // a Shift-click: the map's click handler toggles the site
    box.remove();
    const hits = map.queryRenderedFeatures([[Math.min(p.x, s.x), Math.min(p.y, s.y)], [Math.max(p.x, s.x), Math.max(p.y, s.y)]], { layers: SITE_LAYERS });
    const ids = [...new Set(hits.map((f) => String(f.properties.id)))];
    store.set({ multiIds: ids, selectedId: null, draftLonLat: null });
  });
}
