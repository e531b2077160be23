// Pointer interactions on the map: click to select a site, click to place a new one (add tool),
// press-and-drag a site to move it (committed as one undoable move on release).
import { Popup, type LngLat, type Map as MapLibreMap, type MapLayerMouseEvent, type MapMouseEvent } from 'maplibre-gl';
import { h } from '../dom.ts';
import { t, tEnum } from '../i18n.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { issueText } from '../engine-text.ts';
import { townshipPointsPatch } from '../township-areas.ts';
import { SITE_LAYERS, setDragPoint } from './layers.ts';

/** Below this many screen pixels a press is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;
/** Sites whose symbols lie within this many pixels of a click are all offered. */
const PICK_RADIUS_PX = 5;

/** Ids of the sites drawn under a click (symbols within PICK_RADIUS_PX), each once, top first. */
function sitesNear(map: MapLibreMap, p: { x: number; y: number }): string[] {
  const box: [[number, number], [number, number]] = [[p.x - PICK_RADIUS_PX, p.y - PICK_RADIUS_PX], [p.x + PICK_RADIUS_PX, p.y + PICK_RADIUS_PX]];
  return [...new Set(map.queryRenderedFeatures(box, { layers: SITE_LAYERS }).map((f) => String(f.properties.id)))];
}

/** Several sites under one click (e.g. an imported site 30 m from a planned one): let the user choose. */
function pickAmong(map: MapLibreMap, store: Store<AppState>, actions: Actions, ids: string[], at: LngLat): void {
  const byId = new Map(store.get().sites.map((x) => [x.id, x]));
  const popup = new Popup({ closeButton: true, maxWidth: '320px', className: 'site-picker' });
  const list = h('ul', { class: 'site-picker-list', id: 'site-picker' }, ...ids.map((id) => {
    const site = byId.get(id);
    const label = site ? `${site.name && site.name !== id ? `${site.name} (${id})` : id} · ${tEnum('op', site.operator)} · ${tEnum('st', site.status)}` : id;
    return h('li', {}, h('button', { type: 'button', 'data-id': id, text: label, onclick: () => { popup.remove(); actions.select(id); } }));
  }));
  popup.setLngLat(at).setDOMContent(h('div', {}, h('div', { class: 'figures', text: `${ids.length} ${t('sitesHere')}` }), list)).addTo(map);
}

export function bindMapInteractions(map: MapLibreMap, store: Store<AppState>, actions: Actions): void {
  let drag: { id: string; startX: number; startY: number; lonLat: [number, number] | null } | null = null;

  map.on('click', (e: MapMouseEvent) => {
    // The link-profile tool owns the click while armed (terrain-panel.ts): the point may lie on a site.
    if (store.get().profile.armed) return;
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
    const ids = sitesNear(map, e.point);
    if (ids.length && e.originalEvent.shiftKey) actions.toggleMulti(ids[0]);
    else if (ids.length > 1) pickAmong(map, store, actions, ids, e.lngLat);
    else actions.select(ids[0] ?? null);
  });

  map.on('mousedown', SITE_LAYERS, (e: MapLayerMouseEvent) => {
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

  map.on('mouseenter', SITE_LAYERS, () => { map.getCanvas().style.cursor = 'pointer'; });
  map.on('mouseleave', SITE_LAYERS, () => { map.getCanvas().style.cursor = store.get().tool === 'add' ? 'crosshair' : ''; });
  store.subscribe((s, prev) => {
    if (s.tool !== prev.tool || s.placingTownship !== prev.placingTownship) map.getCanvas().style.cursor = s.tool === 'add' || s.placingTownship ? 'crosshair' : '';
  });
}
