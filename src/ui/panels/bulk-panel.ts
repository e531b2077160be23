// Bulk edit of a multi-selection (shift+click sites): set the year, mark as built, delete;
// each is one undoable step.
import { h } from '../dom.ts';
import { formatNumber, t } from '../i18n.ts';
import { issueText } from '../engine-text.ts';
import type { Actions } from '../state/actions.ts';
import { YEARS, type AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export function mountBulkPanel(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const panel = h('section', { class: 'panel floating', id: 'bulk-panel' });
  parent.append(panel);

  function apply(patch: Record<string, unknown>): void {
    const issues = actions.bulkUpdate(store.get().multiIds, patch);
    if (issues.length) store.set({ notice: { kind: 'error', text: issues.map((i) => issueText({ ...i, file: '' })).join('; ') } });
  }

  function render(s: AppState): void {
    panel.hidden = s.multiIds.length < 2;
    if (panel.hidden) { panel.replaceChildren(); return; }
    const year = h('select', { id: 'bulk-year' }, ...YEARS.map((y) => h('option', { value: String(y), text: String(y) })));
    year.value = String(s.year);
    panel.replaceChildren(
      h('h2', { id: 'bulk-count', text: `${t('selectedN')}: ${formatNumber(s.multiIds.length)}` }),
      h('div', { class: 'buttons' }, year, h('button', { type: 'button', id: 'bulk-set-year', text: t('setYear'), onclick: () => apply({ year: Number(year.value) }) })),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'bulk-built', text: t('markBuilt'), onclick: () => apply({ status: 'built' }) }),
        h('button', { type: 'button', id: 'bulk-delete', class: 'danger', text: t('deleteAll'), onclick: () => actions.deleteSites(store.get().multiIds) }),
        h('button', { type: 'button', id: 'bulk-clear', text: t('clearSelection'), onclick: () => store.set({ multiIds: [] }) })),
    );
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.multiIds !== prev.multiIds || s.lang !== prev.lang || s.year !== prev.year) render(s); });
}
