// The read-only banner of a tab that is not the plan's editor (io/tab-lock.ts): says another tab
// edits the plan and offers to take over; while a takeover waits for the other tab, says so.
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export function mountTabBanner(parent: HTMLElement, store: Store<AppState>, takeOver: () => void): void {
  const bar = h('div', { id: 'tab-banner', role: 'alert' });
  parent.append(bar);
  function render(s: AppState): void {
    bar.hidden = s.editing === 'editor' || s.editing === 'starting';
    bar.dataset.role = s.editing;
    bar.replaceChildren(...(bar.hidden ? [] : [
      h('span', { text: t(s.editing === 'taking-over' ? 'takingOver' : 'readOnlyTab') }),
      s.editing === 'readonly' ? h('button', { type: 'button', id: 'take-over', text: t('takeOver'), onclick: takeOver }) : null,
    ].filter((x): x is HTMLElement => x !== null)));
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.editing !== prev.editing || s.lang !== prev.lang) render(s); });
}
