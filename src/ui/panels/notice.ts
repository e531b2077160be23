// A one-line notice at the bottom (restore, import, errors); errors stay until dismissed.
import { h } from '../dom.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const INFO_MS = 6000;

export function mountNotice(parent: HTMLElement, store: Store<AppState>): void {
  const box = h('div', { id: 'notice', role: 'status' });
  parent.append(box);
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((s, prev) => {
    if (s.notice === prev.notice) return;
    clearTimeout(timer);
    box.hidden = !s.notice;
    box.className = s.notice?.kind ?? '';
    box.replaceChildren(...(s.notice ? [h('span', { text: s.notice.text }), h('button', { type: 'button', text: '×', onclick: () => store.set({ notice: null }) })] : []));
    if (s.notice?.kind === 'info') timer = setTimeout(() => store.set({ notice: null }), INFO_MS);
  });
  box.hidden = true;
}
