// The help panel: the keyboard shortcuts (from shortcuts.ts, so the list is what is bound) and
// how to select sites on the map.
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import { SHORTCUTS } from '../shortcuts.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export function mountHelpDialog(parent: HTMLElement, store: Store<AppState>): { open(): void } {
  const dialog = h('dialog', { id: 'help-dialog' });
  parent.append(dialog);
  function render(): void {
    dialog.replaceChildren(
      h('h2', { text: t('help') }),
      h('table', { class: 'county-table', id: 'shortcut-table' },
        h('thead', {}, h('tr', {}, h('th', { text: t('keys') }), h('th', { text: t('action') }))),
        h('tbody', {}, ...SHORTCUTS.map((k) => h('tr', {}, h('td', {}, h('kbd', { text: k.keys })), h('td', { text: t(k.what) }))))),
      h('p', { class: 'figures', text: t('helpMore') }),
      h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'help-close', text: t('close'), onclick: () => dialog.close() })),
    );
  }
  render();
  store.subscribe((s, prev) => { if (s.lang !== prev.lang) render(); });
  return { open: () => { if (!dialog.open) dialog.showModal(); } };
}
