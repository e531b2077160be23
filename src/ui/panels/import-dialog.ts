// Import preview: parses a picked or dropped sites file (GeoJSON or CSV, in the chosen CRS) with
// the engine's validators and shows what would be added and every problem row with its reason.
// Nothing changes until the user confirms; a file with problems cannot be applied.
import { parseAreas, parseRegions } from '../../engine/model/load-dataset.ts';
import { parseSitesText, CRSES, type Crs } from '../../engine/model/parse-sites.ts';
import { formatIssue, type Site } from '../../engine/model/types.ts';
import { h, option, present } from '../dom.ts';
import { formatNumber, t, tEnum } from '../i18n.ts';
import { readFileText } from '../io/files.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const PREVIEW_ROWS = 8;

export interface ImportDialog {
  open(file: File): Promise<void>;
}

function summary(sites: Site[]): string {
  const byOp = new Map<string, number>();
  for (const s of sites) byOp.set(s.operator, (byOp.get(s.operator) ?? 0) + 1);
  return [...byOp].map(([op, n]) => `${tEnum('op', op)} ${formatNumber(n)}`).join(' · ');
}

type PolygonKind = 'areas' | 'regions';

/** A polygon FeatureCollection is settlement areas when its features carry a tier, else regions; anything else is sites. */
export function detectPolygonKind(fileName: string, text: string): PolygonKind | null {
  if (/\.csv$/i.test(fileName)) return null;
  try {
    const first = (JSON.parse(text) as { features?: { geometry?: { type?: string }; properties?: Record<string, unknown> }[] }).features?.[0];
    const type = first?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') return null;
    return first?.properties && 'tier' in first.properties ? 'areas' : 'regions';
  } catch {
    return null; // the sites parser reports the broken JSON
  }
}

export function mountImportDialog(parent: HTMLElement, store: Store<AppState>, actions: Actions): ImportDialog {
  const dialog = h('dialog', { id: 'import-dialog' });
  parent.append(dialog);

  function show(fileName: string, text: string | null, readError: string | null, crs: Crs): void {
    const parsed = text === null ? null : parseSitesText(text, fileName, crs);
    const existing = new Set(store.get().sites.map((s) => s.id));
    const clashes = parsed?.ok ? parsed.value.filter((s) => existing.has(s.id)).map((s) => s.id) : [];
    const problems: string[] = readError ? [readError] : parsed && !parsed.ok ? parsed.issues.map(formatIssue) : [];
    const sites = parsed?.ok ? parsed.value : [];
    const crsSelect = h('select', { id: 'import-crs', onchange: () => show(fileName, text, readError, crsSelect.value as Crs) },
      ...CRSES.map((c) => option(c, c.toUpperCase(), c === crs)));
    const close = () => dialog.close();
    const apply = (replace: boolean) => {
      if (replace) actions.replacePlan(sites);
      else actions.appendSites(sites);
      store.set({ notice: { kind: 'info', text: `${t('importSites')}: ${fileName} · ${formatNumber(sites.length)} ${t('sites')}` } });
      close();
    };
    const replaceBtn = h('button', { type: 'button', id: 'import-replace', text: t('replacePlan'), onclick: () => apply(true) });
    const appendBtn = h('button', { type: 'button', id: 'import-append', text: t('appendPlan'), onclick: () => apply(false) });
    replaceBtn.disabled = !sites.length;
    appendBtn.disabled = !sites.length || clashes.length > 0;
    dialog.replaceChildren(...present(
      h('h2', {}, h('span', { text: `${t('importSites')}: ` }), h('span', { class: 'file-name', text: fileName })),
      h('label', {}, `${t('crs')} `, crsSelect),
      h('div', { class: 'figures', id: 'import-summary', text: `${t('willAdd')} ${formatNumber(sites.length)} ${t('sites')}${sites.length ? ` (${summary(sites)})` : ''}` }),
      sites.length ? h('table', { class: 'preview' },
        h('tbody', {}, ...sites.slice(0, PREVIEW_ROWS).map((s) => h('tr', {},
          h('td', { text: s.id }), h('td', { text: s.name }), h('td', { text: tEnum('op', s.operator) }),
          h('td', { class: 'num', text: `${s.lonLat[0].toFixed(5)}, ${s.lonLat[1].toFixed(5)}` }))))) : null,
      clashes.length ? h('div', { class: 'warn', text: `${t('problems')}: ${clashes.length} id(s) already in the plan (${clashes.slice(0, 5).join(', ')})` }) : null,
      problems.length ? h('div', {}, h('h3', { text: `${t('problems')} (${problems.length})` }), h('ul', { class: 'errors', id: 'import-problems' }, ...problems.map((p) => h('li', { text: p })))) : null,
      h('div', { class: 'buttons' }, replaceBtn, appendBtn, h('button', { type: 'button', id: 'import-cancel', text: t('cancel'), onclick: close })),
    ));
    if (!dialog.open) dialog.showModal();
  }

  /** Boundaries or settlement areas: validated by the engine's loaders, then replace the current set. */
  function showPolygons(fileName: string, text: string, kind: PolygonKind): void {
    const parsed = kind === 'areas' ? parseAreas(text, fileName) : parseRegions(text, fileName);
    const count = parsed.ok ? parsed.value.length : 0;
    const label = kind === 'areas' ? t('areas') : t('counties');
    const apply = () => {
      if (!parsed.ok) return;
      store.set(kind === 'areas' ? { areas: parsed.value as AppState['areas'] } : { regions: parsed.value as AppState['regions'] });
      store.set({ notice: { kind: 'info', text: `${t('import')}: ${fileName} · ${formatNumber(count)} ${label}` } });
      dialog.close();
    };
    const replaceBtn = h('button', { type: 'button', id: 'import-replace', text: `${t('replace')} ${label}`, onclick: apply });
    replaceBtn.disabled = !parsed.ok;
    dialog.replaceChildren(...present(
      h('h2', {}, h('span', { text: `${t('import')} ${label}: ` }), h('span', { class: 'file-name', text: fileName })),
      h('div', { class: 'figures', id: 'import-summary', text: `${t('willAdd')} ${formatNumber(count)} ${label}` }),
      parsed.ok ? h('div', { class: 'figures', text: parsed.value.slice(0, PREVIEW_ROWS).map((x) => x.name).join(' · ') }) : null,
      !parsed.ok ? h('div', {}, h('h3', { text: `${t('problems')} (${parsed.issues.length})` }), h('ul', { class: 'errors', id: 'import-problems' }, ...parsed.issues.map((i) => h('li', { text: formatIssue(i) })))) : null,
      h('div', { class: 'buttons' }, replaceBtn, h('button', { type: 'button', id: 'import-cancel', text: t('cancel'), onclick: () => dialog.close() })),
    ));
    if (!dialog.open) dialog.showModal();
  }

  return {
    async open(file) {
      try {
        const text = await readFileText(file);
        const kind = detectPolygonKind(file.name, text);
        if (kind) showPolygons(file.name, text, kind);
        else show(file.name, text, null, 'wgs84');
      } catch (e) {
        show(file.name, null, (e as Error).message, 'wgs84');
      }
    },
  };
}
