// Keyboard shortcuts (undo/redo, delete, escape) and drag-and-drop of files onto the window.
import type { StringKey } from './i18n.ts';
import type { Actions } from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
import type { Store } from './state/store.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/** Every shortcut, as the help panel lists it (keys as typed, and what it does). */
export const SHORTCUTS: { keys: string; what: StringKey }[] = [
  { keys: 'Ctrl+Z', what: 'key_undo' },
  { keys: 'Ctrl+Y / Ctrl+Shift+Z', what: 'key_redo' },
  { keys: 'Delete / Backspace', what: 'key_delete' },
  { keys: 'Esc', what: 'key_escape' },
  { keys: 'Shift + 点击 / click', what: 'key_shiftClick' },
  { keys: 'Shift + 拖动 / drag', what: 'key_shiftDrag' },
  { keys: '/', what: 'key_search' },
  { keys: '?', what: 'key_help' },
];

export interface ShortcutTargets { focusSearch(): void; openHelp(): void }

export function bindKeyboardAndDrop(store: Store<AppState>, actions: Actions, onFile: (file: File) => void, targets?: ShortcutTargets, onFiles?: (files: File[]) => void): void {
  window.addEventListener('keydown', (e) => {
    if (isTyping(e.target)) return;
    if (targets && e.key === '/' && !e.ctrlKey && !e.metaKey) { e.preventDefault(); targets.focusSearch(); return; }
    if (targets && e.key === '?') { e.preventDefault(); targets.openHelp(); return; }
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) { e.preventDefault(); actions.undo(); }
    else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) { e.preventDefault(); actions.redo(); }
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      const s = store.get();
      if (s.multiIds.length) actions.deleteSites(s.multiIds);
      else if (s.selectedId) actions.deleteSite(s.selectedId);
    } else if (e.key === 'Escape') store.set({ tool: 'browse', draftLonLat: null, selectedId: null, multiIds: [] });
  });
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dropping');
  });
  window.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dropping');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 1 && onFiles) onFiles(files); // a Shapefile's parts dropped together
    else if (files[0]) onFile(files[0]);
  });
}
