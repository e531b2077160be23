// Vendor antenna patterns in the app (issue 14 section 4): Planet/MSI files (.msi/.pln) imported
// here are parsed in the terrain worker, kept with the plan in IndexedDB (restored on reload) and
// named by sectors (the site form's "antenna pattern" field, sectors[].pattern, kept on export).
// A file that does not parse changes nothing: one notice naming the file, line and field.
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import { terrainWorker } from '../io/terrain-client.ts';
import { loadPatternFiles, savePatternFiles } from '../io/terrain-store.ts';
import type { PatternFile } from '../../../workers/terrain.worker.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

export function mountPatternPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('div', { id: 'pattern-panel' });
  parent.append(panel);
  let kept: PatternFile[] = [];

  /** Adds the files to those imported before (a file of the same name replaces its earlier copy). */
  async function importPatterns(files: PatternFile[], save: boolean): Promise<void> {
    const all = [...kept.filter((k) => !files.some((f) => f.name === k.name)), ...files];
    const out = await terrainWorker().parsePatterns(all);
    if (!out.ok) { store.set({ notice: { kind: 'error', text: `${t('patternImportFailed')}: ${out.error}` } }); return; }
    kept = all;
    if (save) await savePatternFiles(all);
    store.set({ terrain: { ...store.get().terrain, patterns: out.patterns } });
  }
  // Whatever comes back (or fails), the patterns are then restored: a sector naming one still missing is an error.
  void loadPatternFiles()
    .then((files) => (files.length ? importPatterns(files, false) : undefined))
    .catch(() => undefined)
    .finally(() => store.set({ terrain: { ...store.get().terrain, patternsRestored: true } }));

  const picker = h('input', { type: 'file', id: 'pattern-picker', multiple: true, accept: '.msi,.pln,.txt', hidden: true });
  picker.addEventListener('change', () => {
    const list = [...(picker.files ?? [])];
    picker.value = '';
    void Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() }))).then((files) => importPatterns(files, true));
  });
  parent.append(picker);

  function render(s: AppState): void {
    const button = h('button', { type: 'button', id: 'pattern-import', text: t('patternImport') });
    button.addEventListener('click', () => picker.click());
    const names = Object.keys(s.terrain.patterns).sort();
    panel.replaceChildren(
      h('div', { class: 'row' }, button),
      h('div', { id: 'patterns-imported', text: `${t('patternsImported')}: ${names.length ? names.join(', ') : t('patternNone')}` }),
    );
  }
  store.subscribe((s, prev) => { if (s.terrain.patterns !== prev.terrain.patterns || s.lang !== prev.lang) render(s); });
  render(store.get());
}
