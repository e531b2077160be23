// Keyboard shortcuts (undo/redo, delete, escape) and drag-and-drop of files onto the window.
import type { Actions } from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
import type { Store } from './state/store.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

export function bindKeyboardAndDrop(store: Store<AppState>, actions: Actions, onFile: (file: File) => void, onFiles?: (files: File[]) => void): void {
  window.addEventListener('keydown', (e) => {
    if (isTyping(e.target)) return;
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
