// One search box over the map: township, county, site id or name, or `lon,lat` (WGS-84 or GCJ-02).
// Enter or a click on a result flies the map there (a site is also selected).
import { h, option } from '../dom.ts';
import { t, tEnum } from '../i18n.ts';
import { searchPlaces, type SearchCrs, type SearchHit } from '../search.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export interface FlyTarget { lonLat?: [number, number]; bbox?: [number, number, number, number] }

export function mountSearchBox(parent: HTMLElement, store: Store<AppState>, actions: Actions, fly: (to: FlyTarget) => void): void {
  const input = h('input', { id: 'search', type: 'search', placeholder: t('searchHint'), autocomplete: 'off' });
  const crs = h('select', { id: 'search-crs', title: t('searchCrs') }, option('wgs84', 'WGS-84', true), option('gcj02', 'GCJ-02', false));
  const list = h('ul', { id: 'search-results', role: 'listbox' });
  const box = h('div', { id: 'search-box' }, h('div', { class: 'search-row' }, input, crs), list);
  parent.append(box);
  let hits: SearchHit[] = [];

  function go(hit: SearchHit): void {
    if (!hit.lonLat && !hit.bbox) return;
    fly(hit.bbox ? { bbox: hit.bbox } : { lonLat: hit.lonLat! });
    if (hit.siteId) actions.select(hit.siteId);
    list.replaceChildren();
  }

  function update(): void {
    hits = searchPlaces(store.get(), input.value, crs.value as SearchCrs);
    list.replaceChildren(...hits.map((hit) => {
      const li = h('li', { class: `hit ${hit.kind}${hit.lonLat || hit.bbox ? '' : ' unplaced'}`, 'data-kind': hit.kind, role: 'option' },
        h('span', { class: 'kind', text: t(`search_${hit.kind}`) }),
        h('span', { class: 'label', text: hit.label }),
        h('span', { class: 'detail', text: hit.lonLat || hit.bbox ? (hit.kind === 'site' ? tEnum('op', hit.detail) : hit.detail) : t('notPlaced') }));
      li.addEventListener('click', () => go(hit));
      return li;
    }));
    if (input.value.trim() && !hits.length) list.append(h('li', { class: 'none', text: t('noResults') }));
  }
  input.addEventListener('input', update);
  crs.addEventListener('change', update);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && hits[0]) go(hits[0]);
    else if (e.key === 'Escape') { input.value = ''; list.replaceChildren(); }
  });
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) { input.placeholder = t('searchHint'); crs.title = t('searchCrs'); }
  });
}
