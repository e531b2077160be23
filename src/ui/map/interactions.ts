// Pointer interactions on the map: click to select a site, click to place a new one (add tool),
// press-and-drag a site to move it (committed as one undoable move on release).
import type { Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { issueText } from '../engine-text.ts';
import { townshipPointsPatch } from '../township-areas.ts';
import { setDragPoint } from './layers.ts';

/** Below this many screen pixels a press is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;

export function bindMapInteractions(map: MapLibreMap, store: Store<AppState>, actions: Actions): void {
  let drag: { id: string; startX: number; startY: number; lonLat: [number, number] | null } | null = null;

  map.on('click', (e: MapMouseEvent) => {
    const lonLat: [number, number] = [e.lngLat.lng, e.lngLat.lat];
    const placing = store.get().placingTownship;
    if (placing) {
      store.set({ ...townshipPointsPatch(store.get(), { ...store.get().townshipPoints, [placing]: lonLat }), placingTownship: null });
      return;
    }
    if (store.get().tool === 'add') {
      store.set({ draftLonLat: lonLat, selectedId: null });
      return;
    }
    const hit = map.queryRenderedFeatures(e.point, { layers: ['sites'] })[0];
    if (hit && e.originalEvent.shiftKey) actions.toggleMulti(String(hit.properties.id));
    else actions.select(hit ? String(hit.properties.id) : null);
  });

  map.on('mousedown', 'sites', (e: MapLayerMouseEvent) => {
    if (store.get().tool !== 'browse' || !e.features?.length) return;
    e.preventDefault(); // keeps the map from panning
    drag = { id: String(e.features[0].properties.id), startX: e.point.x, startY: e.point.y, lonLat: null };
  });

  map.on('mousemove', (e: MapMouseEvent) => {
    if (!drag) return;
    if (Math.hypot(e.point.x - drag.startX, e.point.y - drag.startY) < DRAG_THRESHOLD_PX && !drag.lonLat) return;
    drag.lonLat = [e.lngLat.lng, e.lngLat.lat];
    setDragPoint(map, drag.lonLat);
  });

  map.on('mouseup', () => {
    if (!drag) return;
    const { id, lonLat } = drag;
    drag = null;
    if (!lonLat) return; // a plain click: the click handler selects it (maplibre sends no click after a drag)
    setDragPoint(map, null);
    const issues = actions.moveSite(id, lonLat);
    actions.select(id);
    if (issues.length) store.set({ notice: { kind: 'error', text: issues.map((i) => issueText({ ...i, file: '' })).join('; ') } });
  });

  map.on('mouseenter', 'sites', () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', 'sites', () => { map.getCanvas().style.cursor = store.get().tool === 'add' ? 'crosshair' : ''; });
  store.subscribe((s, prev) => {
    if (s.tool !== prev.tool || s.placingTownship !== prev.placingTownship) map.getCanvas().style.cursor = s.tool === 'add' || s.placingTownship ? 'crosshair' : '';
  });
}
