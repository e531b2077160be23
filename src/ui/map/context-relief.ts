// The context map's relief shading: on by default (the user's "off" is remembered), drawn from the
// embedded coarse model (about 2 km) over the regions shown, after the first coverage is on
// screen so that it does not compete with it. The shading is the terrain engine's
// (engine/render/hillshade.ts through relief-layer.ts); nothing is computed here.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadCoarseDem } from '../io/coarse-dem.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { sourceDrawn } from './layers.ts';
import { regionsBox } from '../regions-box.ts';
import { hideRelief, RELIEF_BEFORE_LAYER, RELIEF_MARGIN_DEG, showRelief } from './relief-layer.ts';

const OFF_KEY = 'g5plan.relief';

export function bindContextRelief(map: MapLibreMap, store: Store<AppState>): void {
  if (localStorage.getItem(OFF_KEY) === 'off') store.set({ reliefShading: false });
  let drawn: AppState['regions'] | null = null;
  let turn = 0;
  async function update(s: AppState): Promise<void> {
    const mine = ++turn;
    if (!s.reliefShading || !s.regions.length) { hideRelief(map); return; }
    if (s.coverage.runs === 0) return; // after the first coverage
    if (drawn === s.regions && map.getLayer('relief-shade')) { map.setLayoutProperty('relief-shade', 'visibility', 'visible'); return; }
    const model = await loadCoarseDem();
    if (mine !== turn) return;
    await showRelief(map, model, regionsBox(s.regions, RELIEF_MARGIN_DEG));
    drawn = s.regions;
  }
  const run = (s: AppState) => void update(s).catch((e: Error) => store.set({ notice: { kind: 'error', text: e.message } }));
  store.subscribe((s, prev) => {
    if (s.reliefShading !== prev.reliefShading) localStorage.setItem(OFF_KEY, s.reliefShading ? 'on' : 'off');
    // A new region's shading waits until its outlines are drawn (it would compete with them).
    if (s.regions !== prev.regions) void sourceDrawn(map, 'counties').then(() => run(store.get()));
    else if (s.reliefShading !== prev.reliefShading || (prev.coverage.runs === 0 && s.coverage.runs > 0)) run(s);
    // The coverage image goes in under the outlines too: keep the shading over it.
    else if (s.coverage.runs !== prev.coverage.runs && map.getLayer('relief-shade')) map.moveLayer('relief-shade', RELIEF_BEFORE_LAYER);
  });
  run(store.get());
}
