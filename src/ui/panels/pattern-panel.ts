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

  /** Drops the file that defines pattern `name` (from the panel and from IndexedDB); sectors naming it then get the "not imported" message. */
  async function removePattern(name: string): Promise<void> {
    const worker = terrainWorker();
    const rest: PatternFile[] = [];
    for (const f of kept) {
      const one = await worker.parsePatterns([f]);
      if (!(one.ok && name in one.patterns)) rest.push(f);
    }
    const out = await worker.parsePatterns(rest);
    if (!out.ok) return; // the remaining files parsed together before: cannot happen
    kept = rest;
    await savePatternFiles(rest);
    store.set({ terrain: { ...store.get().terrain, patterns: out.patterns } });
  }

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
    const remove = (name: string) => {
      const x = h('button', { type: 'button', class: 'pattern-remove', 'data-pattern': name, title: `${t('patternRemove')} ${name}`, 'aria-label': `${t('patternRemove')} ${name}`, text: '×' });
      x.addEventListener('click', () => void removePattern(name));
      return x;
    };
    panel.replaceChildren(
      h('div', { class: 'row' }, button),
      h('div', { id: 'patterns-imported' }, `${t('patternsImported')}: `, ...(names.length
        ? names.map((n) => h('span', { class: 'pattern-chip' }, n, remove(n)))
        : [t('patternNone')])),
    );
  }
  store.subscribe((s, prev) => { if (s.terrain.patterns !== prev.terrain.patterns || s.lang !== prev.lang) render(s); });
  render(store.get());
}
