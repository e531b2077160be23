// Switching the region shown (issue 13): its files are fetched (io/dataset.ts), then the
// boundaries, areas, townships, the action plan checked and the coverage resolution change in
// one store update, and the URL's ?region= follows so a link opens the same region. A failed
// load changes nothing and says why.
import targetsUrl from '../../data/targets.json?url';
import type { Region } from '../engine/model/dataset.ts';
import { regionLocator } from '../engine/model/site-counties.ts';
import type { Site } from '../engine/model/types.ts';
import type { RegionSpec } from '../engine/model/region-spec.ts';
import { formatNumber, t } from './i18n.ts';
import { regionsBox } from './regions-box.ts';
import { RESOLUTIONS_M } from './panels/coverage-panel.ts';
import { loadRegion } from './io/dataset.ts';
import type { AppState } from './state/app-state.ts';
import type { Store } from './state/store.ts';
import { townshipPointsPatch } from './township-areas.ts';

export const DEFAULT_REGION = 'puyang';

export function regionFromUrl(): string {
  return new URLSearchParams(location.search).get('region') || DEFAULT_REGION;
}

let plansPromise: Promise<{ id: string; region: { code: string } }[]> | null = null;

/** The action plan of the region: the plan whose region code is the longest prefix of the region's code. */
async function planFor(spec: RegionSpec, current: string): Promise<string> {
  plansPromise ??= fetch(targetsUrl).then((r) => r.json()).then((d: { plans: { id: string; region: { code: string } }[] }) => d.plans);
  const code = spec.folder === 'puyang' ? '4109' : spec.prefix ?? spec.province.code;
  const fits = (await plansPromise).filter((p) => code.startsWith(p.region.code)).sort((a, b) => b.region.code.length - a.region.code.length);
  return fits[0]?.id ?? current;
}

/** Pixel size for the region: 100 m, or the next coarser choice of the coverage panel that keeps its box under 4 million pixels. */
export function resForRegions(regions: Region[]): number {
  const [minX, minY, maxX, maxY] = regionsBox(regions);
  const km2 = (maxX - minX) * 111 * Math.cos((((minY + maxY) / 2) * Math.PI) / 180) * (maxY - minY) * 111;
  const minResM = Math.sqrt((km2 * 1e6) / 4e6);
  return RESOLUTIONS_M.find((r) => r >= 100 && r >= minResM) ?? RESOLUTIONS_M[RESOLUTIONS_M.length - 1];
}

export async function switchRegion(store: Store<AppState>, id: string): Promise<boolean> {
  store.set({ regionLoading: true });
  try {
    const data = await loadRegion(id);
    const planId = await planFor(data.spec, store.get().planId);
    store.set({ regionId: id, regionLoading: false, regions: data.regions, areas: data.areas, townships: data.townships, urbanDisks: data.urbanDisks, planId, resM: resForRegions(data.regions), holes: null });
    store.set(townshipPointsPatch(store.get(), store.get().townshipPoints));
    const url = new URL(location.href);
    url.searchParams.set('region', id);
    history.replaceState(null, '', url);
    // After the new region is drawn: say so when the plan kept from before lies outside it.
    setTimeout(() => warnSitesOutside(store, data.regions), 0);
    return true;
  } catch (e) {
    store.set({ regionLoading: false, notice: { kind: 'error', text: `${t('regionFailed')}: ${(e as Error).message}` } });
    return false;
  }
}

/** How many of the plan's sites lie in none of the regions, and the first few ids (bounding box first, then polygons). */
export function sitesOutsideRegions(sites: Site[], regions: Region[]): { count: number; examples: string[] } {
  const locate = regionLocator(regions);
  const outside = sites.filter((site) => locate(site.lonLat) === null);
  return { count: outside.length, examples: outside.slice(0, 3).map((site) => site.id) };
}

/**
 * The plan stays when the region changes (a planner may look at a neighbour and come back), but
 * sites outside the region shown count toward none of its targets: say how many and which.
 */
function warnSitesOutside(store: Store<AppState>, regions: Region[]): void {
  const s = store.get();
  if (!s.sites.length || s.regions !== regions) return;
  const { count, examples } = sitesOutsideRegions(s.sites, regions);
  if (!count) return;
  const text = t('planOutsideRegion')
    .replace('{count}', formatNumber(count)).replace('{total}', formatNumber(s.sites.length))
    .replace('{examples}', examples.join(t('listSeparator')) + (count > examples.length ? t('andMore') : ''));
  // Kept beside a notice already shown (the restored plan's, at start-up), not over it.
  const shown = store.get().notice;
  store.set({ notice: { kind: 'warn', text: shown && shown.kind !== 'error' ? `${shown.text}${t('noticeJoin')}${text}` : text } });
}
