// Plan edits as store actions, each one undoable. Sites are re-resolved through the engine's
// validator (resolveSite) so an edited site carries the same defaults an imported one would.
import { resolveSite } from '../../engine/model/resolve-site.ts';
import type { InputIssue, Site } from '../../engine/model/types.ts';
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';
import { t } from '../i18n.ts';

const HISTORY_LIMIT = 100;

export type Actions = ReturnType<typeof createActions>;

export function createActions(store: Store<AppState>) {
  /**
   * Whether this tab may change the plan: another tab that edits it (io/tab-lock.ts) would
   * otherwise overwrite or be overwritten. A refused edit says so, never silently.
   */
  function mayEdit(): boolean {
    if (store.get().editing === 'editor') return true;
    store.set({ notice: { kind: 'error', text: t('readOnlyEdit') } });
    return false;
  }

  /** Replace the plan, remembering the old one for undo. */
  function commit(sites: Site[], extra: Partial<AppState> = {}): void {
    if (!mayEdit()) return;
    const s = store.get();
    store.set({ sites, past: [...s.past, s.sites].slice(-HISTORY_LIMIT), future: [], ...extra });
  }

  function findSite(id: string): Site | undefined {
    return store.get().sites.find((s) => s.id === id);
  }

  /** A fresh id like "new-7", unique in the plan. */
  function newSiteId(): string {
    const ids = new Set(store.get().sites.map((s) => s.id));
    let n = 1;
    while (ids.has(`new-${n}`)) n++;
    return `new-${n}`;
  }

  /** Properties + position -> a validated site; issues name the form as the "file". */
  function buildSite(props: Record<string, unknown>, lonLat: [number, number]): { site: Site | null; issues: InputIssue[] } {
    return resolveSite(props, lonLat, { file: 'form', feature: 0 });
  }

  return {
    newSiteId,
    buildSite,
    /** Load a plan without history (boot, restore). */
    loadPlan(sites: Site[]): void {
      store.set({ sites, past: [], future: [], selectedId: null });
    },
    replacePlan(sites: Site[]): void {
      commit(sites, { selectedId: null });
    },
    appendSites(added: Site[]): void {
      commit([...store.get().sites, ...added]);
    },
    addSite(site: Site): void {
      commit([...store.get().sites, site], { selectedId: site.id, draftLonLat: null, tool: 'browse' });
    },
    /** Replace one site by a new version (form edit); the id may not change. */
    updateSite(site: Site): void {
      commit(store.get().sites.map((s) => (s.id === site.id ? site : s)));
    },
    moveSite(id: string, lonLat: [number, number]): InputIssue[] {
      const old = findSite(id);
      if (!old) return [];
      // Properties (county code included) stay as they were: a move is a nudge, not a new site.
      const { site, issues } = buildSite(old.props, lonLat);
      if (site) commit(store.get().sites.map((s) => (s.id === id ? site : s)));
      return issues;
    },
    /** Set the same properties on several sites at once (one undo step); returns the problems, if any. */
    bulkUpdate(ids: string[], patch: Record<string, unknown>): InputIssue[] {
      const wanted = new Set(ids);
      const issues: InputIssue[] = [];
      const sites = store.get().sites.map((s) => {
        if (!wanted.has(s.id)) return s;
        const built = buildSite({ ...s.props, ...patch }, s.lonLat);
        issues.push(...built.issues);
        return built.site ?? s;
      });
      if (!issues.length) commit(sites);
      return issues;
    },
    /**
     * Chosen candidates into the plan, status planned in `year`, as one undo step: a candidate
     * of the plan (same id, status candidate) is replaced, any other (a generated one) appended
     * under a fresh id if its own is taken. Returns the problems; nothing changes if any.
     */
    acceptCandidates(chosen: Site[], year: number): InputIssue[] {
      const current = store.get().sites;
      const at = new Map(current.map((s, i) => [s.id, i]));
      const ids = new Set(at.keys());
      const sites = [...current];
      const issues: InputIssue[] = [];
      for (const c of chosen) {
        const i = at.get(c.id);
        const replace = i !== undefined && current[i].status === 'candidate';
        let id = c.id;
        for (let n = 2; !replace && ids.has(id); n++) id = `${c.id}-${n}`;
        const built = buildSite({ ...c.props, id, status: 'planned', year }, c.lonLat);
        issues.push(...built.issues);
        if (!built.site) continue;
        ids.add(id);
        if (replace) sites[i] = built.site;
        else sites.push(built.site);
      }
      if (!issues.length && chosen.length) commit(sites, { selectedId: null, multiIds: [] });
      return issues;
    },
    deleteSites(ids: string[]): void {
      const gone = new Set(ids);
      commit(store.get().sites.filter((s) => !gone.has(s.id)), { selectedId: null, multiIds: [] });
    },
    toggleMulti(id: string): void {
      const s = store.get();
      const base = s.multiIds.length ? s.multiIds : s.selectedId ? [s.selectedId] : [];
      const multiIds = base.includes(id) ? base.filter((x) => x !== id) : [...base, id];
      store.set({ multiIds, selectedId: null, draftLonLat: null });
    },
    deleteSite(id: string): void {
      commit(store.get().sites.filter((s) => s.id !== id), { selectedId: null });
    },
    undo(): void {
      const s = store.get();
      const prev = s.past[s.past.length - 1];
      if (!prev || !mayEdit()) return;
      store.set({ sites: prev, past: s.past.slice(0, -1), future: [s.sites, ...s.future], selectedId: null, multiIds: [] });
    },
    redo(): void {
      const s = store.get();
      const next = s.future[0];
      if (!next || !mayEdit()) return;
      store.set({ sites: next, past: [...s.past, s.sites], future: s.future.slice(1), selectedId: null, multiIds: [] });
    },
    select(id: string | null): void {
      store.set({ selectedId: id, draftLonLat: null, multiIds: [] });
    },
  };
}
