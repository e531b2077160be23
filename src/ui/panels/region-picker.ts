// The region picker (issue 13): province, then prefecture, then county, and a search box that
// matches Chinese names, full pinyin and pinyin initials (precomputed by the data build in
// data/regions.json, so no pinyin library ships with the app). Picking calls `pick(code)`.
import { h, option, present } from '../dom.ts';
import { t } from '../i18n.ts';
import type { RegionEntry } from '../io/dataset.ts';
import { parseRegionSpec } from '../../engine/model/region-spec.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const MAX_HITS = 12;

/** Entries matching a query: name contains it, or pinyin / initials start with it (spaces and case ignored). */
export function searchRegions(list: RegionEntry[], query: string): RegionEntry[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const score = (r: RegionEntry): number => (r.name.startsWith(q) || r.pinyin.startsWith(q) ? 0 : r.initials.startsWith(q) ? 1 : r.name.includes(q) || r.pinyin.includes(q) ? 2 : 3);
  return list.map((r) => ({ r, s: score(r) })).filter((x) => x.s < 3).sort((a, b) => a.s - b.s || a.r.code.length - b.r.code.length || a.r.code.localeCompare(b.r.code)).slice(0, MAX_HITS).map((x) => x.r);
}

export function mountRegionPicker(parent: HTMLElement, store: Store<AppState>, list: RegionEntry[], pick: (code: string) => void, demo: { available: (planId: string) => boolean; load: () => void }): void {
  const byCode = new Map(list.map((r) => [r.code, r]));
  const children = (parent: string) => list.filter((r) => r.parent === parent);
  const panel = h('details', { class: 'panel', id: 'region-panel', open: true });
  parent.prepend(panel);
  const search = h('input', { type: 'search', id: 'region-search', placeholder: t('regionSearch') });
  const hits = h('ul', { class: 'region-hits', id: 'region-hits' });
  search.addEventListener('input', () => {
    hits.replaceChildren(...searchRegions(list, search.value).map((r) => {
      const parentName = byCode.get(r.parent)?.name ?? '';
      return h('li', {}, h('button', { type: 'button', 'data-code': r.code, text: `${r.name} ${parentName}`, onclick: () => { search.value = ''; hits.replaceChildren(); pick(r.code); } }));
    }));
  });
  const selects = { province: h('select', { id: 'region-province' }), prefecture: h('select', { id: 'region-prefecture' }), county: h('select', { id: 'region-county' }) };
  selects.province.addEventListener('change', () => pick(provinceId(selects.province.value)));
  selects.prefecture.addEventListener('change', () => pick(selects.prefecture.value || selects.province.value));
  selects.county.addEventListener('change', () => pick(selects.county.value || selects.prefecture.value));

  function render(s: AppState): void {
    const spec = parseRegionSpec(s.regionId);
    const code = spec?.folder === 'puyang' ? '4109' : spec?.prefix ?? spec?.province.code ?? '';
    const prov = code.slice(0, 2), pref = code.length >= 4 ? code.slice(0, 4) : '', county = code.length === 6 ? code : '';
    selects.province.replaceChildren(...children('').map((r) => option(r.code, r.name, r.code === prov)));
    selects.prefecture.replaceChildren(option('', `${t('wholeRegion')}`, !pref), ...children(prov).map((r) => option(r.code, r.name, r.code === pref)));
    selects.county.replaceChildren(option('', `${t('wholeRegion')}`, !county), ...(pref ? children(pref) : []).map((r) => option(r.code, r.name, r.code === county)));
    selects.county.disabled = !pref;
    const names = [prov, pref, county].filter(Boolean).map((c) => byCode.get(c)?.name ?? c);
    panel.replaceChildren(...present(
      h('summary', { id: 'region-summary', text: `${t('region')} · ${names.join(' / ')}${s.regionLoading ? ` · ${t('regionLoading')}` : ''}` }),
      h('div', { class: 'region-selects' },
        h('label', {}, `${t('province')} `, selects.province), h('label', {}, ` ${t('prefecture')} `, selects.prefecture), h('label', {}, ` ${t('county')} `, selects.county)),
      search, hits,
      demo.available(s.planId) ? h('button', { type: 'button', id: 'region-demo', text: `${t('demoPlan')} ${s.planId}`, onclick: () => demo.load() }) : null,
    ));
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.regionId !== prev.regionId || s.regionLoading !== prev.regionLoading || s.planId !== prev.planId || s.lang !== prev.lang) render(s); });
}

/** A province's pinyin id from its code (the URL shows gansu rather than 62). */
function provinceId(code: string): string {
  return parseRegionSpec(code)?.folder ?? code;
}
