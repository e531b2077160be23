// The top bar: title, the synthetic-plan label, the editing tools, import/export and the language switch.
import { h } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export interface HeaderHandlers {
  importFile(): void;
  exportGeoJson(): void;
  exportPng(): void;
  exportGeoTiff(): void;
  exportCoverageGeoJson(): void;
  resetPlan(): void;
  setLang(lang: 'zh' | 'en'): void;
  /** The export menu (kept across renders, so it stays open while the bar redraws). */
  exportMenu?: HTMLElement;
  openHelp(): void;
  printReport(): void;
  toggleSidebar(): void;
}

export function mountHeader(parent: HTMLElement, store: Store<AppState>, actions: Actions, handlers: HeaderHandlers): void {
  const bar = h('header', { class: 'topbar' });
  parent.append(bar);

  function button(id: string, label: string, onclick: () => void, opts: { disabled?: boolean; pressed?: boolean } = {}): HTMLButtonElement {
    // Every header button explains itself on hover (tip_<id> in strings-office.ts).
    const b = h('button', { id, type: 'button', text: label, onclick, title: t(`tip_${id.replace(/-/g, '_')}` as StringKey) });
    b.disabled = !!opts.disabled;
    if (opts.pressed !== undefined) b.setAttribute('aria-pressed', String(opts.pressed));
    return b;
  }

  function render(s: AppState): void {
    bar.replaceChildren(
      h('h1', { text: t('title') }),
      h('span', { class: 'tag', text: t('synthetic') }),
      h('div', { class: 'tools' },
        button('tool-add', t('addSite'), () => store.set({ tool: s.tool === 'add' ? 'browse' : 'add', draftLonLat: null }), { pressed: s.tool === 'add' }),
        button('undo', t('undo'), actions.undo, { disabled: !s.past.length }),
        button('redo', t('redo'), actions.redo, { disabled: !s.future.length }),
        button('import', t('import'), handlers.importFile),
        button('export-geojson', t('exportGeoJson'), handlers.exportGeoJson),
        button('export-png', t('exportPng'), handlers.exportPng, { disabled: !s.coverage.stats }),
        // The raster exports wait while a run writes over the last raster.
        button('export-tiff', t('exportTiff'), handlers.exportGeoTiff, { disabled: !s.coverage.stats || s.coverage.status === 'running' }),
        button('export-coverage', t('exportCoverage'), handlers.exportCoverageGeoJson, { disabled: !s.coverage.stats || s.coverage.status === 'running' }),
        button('reset-plan', t('resetPlan'), handlers.resetPlan),
        handlers.exportMenu ?? '',
        button('print-report', t('printReport'), handlers.printReport, { disabled: !s.coverage.stats }),
      ),
      button('help', t('helpButton'), handlers.openHelp),
      button('toggle-sidebar', t('panels'), handlers.toggleSidebar),
      button('lang', t('language'), () => handlers.setLang(s.lang === 'zh' ? 'en' : 'zh')),
    );
  }

  render(store.get());
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.tool !== prev.tool || s.past !== prev.past || s.future !== prev.future || (s.coverage.stats !== null) !== (prev.coverage.stats !== null) || (s.coverage.status === 'running') !== (prev.coverage.status === 'running')) render(s);
  });
}
