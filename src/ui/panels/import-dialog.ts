// Import preview: a picked or dropped file (sites as GeoJSON, CSV or .xlsx in the chosen CRS, or
// polygons of settlement areas / regions; any of them also as a Shapefile or KML/KMZ) is parsed
// by the engine's validators in workers/import.worker.ts;
// the dialog shows what would be added and every problem row with its reason. Nothing changes
// until the user confirms; a file with problems cannot be applied.
import type { Region, TargetArea } from '../../engine/model/dataset.ts';
import { CRSES, type Crs } from '../../engine/model/parse-sites.ts';
import type { Parsed, Site } from '../../engine/model/types.ts';
import type { ColumnReport } from '../../engine/model/site-columns.ts';
import { engineText, issueText } from '../engine-text.ts';
import { townshipPointsPatch } from '../township-areas.ts';
import { h, option, present } from '../dom.ts';
import { formatNumber, t, tEnum } from '../i18n.ts';
import { isBinaryImportName, readFileText, readFilesBytes } from '../io/files.ts';
import { downloadSiteTemplate, initialCrs, rememberCrs } from '../io/import-prefs.ts';
import { importWorker } from '../io/import-client.ts';
import type { Actions } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

const PREVIEW_ROWS = 8;

export interface ImportDialog {
  open(file: File): Promise<void>;
  /** Several files picked together: a Shapefile's .shp/.dbf/.prj/.cpg. */
  openFiles(files: File[]): Promise<void>;
}

/** A workbook's sheets and the one read, with a way to read another. */
interface SheetChoice { sheets: string[]; sheet: string; choose(sheet: string): void }

/** What the preview says of a table: its columns, and the way out of a file without ids. */
interface TableNotes { columns: ColumnReport | null; numbered: boolean; numberRows: (() => void) | null }

/** Which columns of a table were understood (and as what), and which are kept as extra properties. */
function columnsNote(c: ColumnReport | null | undefined): HTMLElement | null {
  if (!c) return null;
  return h('div', { class: 'figures', id: 'import-columns' },
    h('div', { text: `${t('columnsUnderstood')}：${c.understood.map((u) => u.header === u.field ? u.header : `${u.header} → ${u.field}`).join('、') || '—'}` }),
    c.extra.length ? h('div', { text: `${t('columnsExtra')}：${c.extra.join('、')}` }) : null);
}

function summary(sites: Site[]): string {
  const byOp = new Map<string, number>();
  for (const s of sites) byOp.set(s.operator, (byOp.get(s.operator) ?? 0) + 1);
  return [...byOp].map(([op, n]) => `${tEnum('op', op)} ${formatNumber(n)}`).join(' · ');
}

type PolygonKind = 'areas' | 'regions';

/** What a reader assumed (no .prj: CGCS2000 / WGS-84; GBK guessed): shown, never silent. */
function notes(parsed: Parsed<unknown> | null): HTMLElement | null {
  if (!parsed?.ok || !parsed.warnings.length) return null;
  return h('ul', { class: 'warn', id: 'import-notes' }, ...parsed.warnings.map((w) => h('li', { text: issueText(w) })));
}

export function mountImportDialog(parent: HTMLElement, store: Store<AppState>, actions: Actions): ImportDialog {
  const dialog = h('dialog', { id: 'import-dialog' });
  parent.append(dialog);

  async function reparse(fileName: string, text: string, crs: Crs, numbered = false): Promise<void> {
    const out = await importWorker().parseFile(text, fileName, crs, { numberRows: numbered });
    const table: TableNotes = { columns: out.kind === 'sites' ? out.columns ?? null : null, numbered, numberRows: () => void reparse(fileName, text, crs, true) };
    if (out.kind === 'sites') show(fileName, (c) => void reparse(fileName, text, c, numbered), out.parsed, null, crs, null, table);
    else showPolygons(fileName, out.parsed, out.kind);
  }

  /** Spreadsheets and GIS files: the bytes stay here so a change of CRS or sheet reads them again. */
  async function reparseBinary(files: { name: string; bytes: Uint8Array }[], crs: Crs, sheet?: string, numbered = false): Promise<void> {
    const out = await importWorker().parseBinary(files, crs, sheet, { numberRows: numbered });
    const fileName = files.map((f) => f.name).join(' + ');
    if (out.kind !== 'sites') return showPolygons(fileName, out.parsed, out.kind);
    const sheets = out.sheets && out.sheets.length > 1 ? { sheets: out.sheets, sheet: out.sheet as string, choose: (sh: string) => void reparseBinary(files, crs, sh) } : null;
    // A spreadsheet is a table like a CSV: its columns are listed, and rows without ids may be numbered.
    const table: TableNotes | null = out.columns ? { columns: out.columns, numbered, numberRows: () => void reparseBinary(files, crs, out.sheet, true) } : null;
    show(fileName, (c) => void reparseBinary(files, c, out.sheet, numbered), out.parsed, null, crs, sheets, table);
  }

  function show(fileName: string, reparseIn: ((crs: Crs) => void) | null, parsed: Parsed<Site[]> | null, readError: string | null, crs: Crs, sheets: SheetChoice | null = null, table: TableNotes | null = null): void {
    const existing = new Set(store.get().sites.map((s) => s.id));
    const clashes = parsed?.ok ? parsed.value.filter((s) => existing.has(s.id)).map((s) => s.id) : [];
    const problems: string[] = readError ? [engineText(readError)] : parsed && !parsed.ok ? parsed.issues.map((i) => issueText(i)) : [];
    const sites = parsed?.ok ? parsed.value : [];
    const crsSelect = h('select', { id: 'import-crs', onchange: () => {
      if (reparseIn === null) return;
      replaceBtn.disabled = appendBtn.disabled = true; // until the file is parsed again in the new CRS
      rememberCrs(fileName, crsSelect.value as Crs);
      reparseIn(crsSelect.value as Crs);
    } },
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
      sheets ? h('label', {}, ` ${t('sheet')} `, h('select', { id: 'import-sheet', onchange: (e) => sheets.choose((e.target as HTMLSelectElement).value) },
        ...sheets.sheets.map((n) => option(n, n, n === sheets.sheet)))) : null,
      notes(parsed),
      h('div', { class: 'figures', id: 'import-summary', text: `${t('willAdd')} ${formatNumber(sites.length)} ${t('sites')}${sites.length ? ` (${summary(sites)})` : ''}` }),
      sites.length ? h('table', { class: 'preview' },
        h('tbody', {}, ...sites.slice(0, PREVIEW_ROWS).map((s) => h('tr', {},
          h('td', { text: s.id }), h('td', { text: s.name }), h('td', { text: tEnum('op', s.operator) }),
          h('td', { class: 'num', text: `${s.lonLat[0].toFixed(5)}, ${s.lonLat[1].toFixed(5)}` }))))) : null,
      columnsNote(table?.columns),
      table?.numbered ? h('div', { class: 'figures', text: t('rowsNumbered') }) : null,
      // A table without ids: one problem, and the way out (number the rows) instead of an error per row.
      table?.columns && !table.columns.hasId && !table.numbered && table.numberRows
        ? h('div', { class: 'warn' }, `${t('noIdColumn')} `, h('button', { type: 'button', id: 'import-number-rows', text: t('numberRows'), onclick: table.numberRows }))
        : null,
      clashes.length ? h('div', { class: 'warn', text: `${t('problems')}: ${clashes.length} ${t('idsInPlan')} (${clashes.slice(0, 5).join(', ')})` }) : null,
      problems.length ? h('div', {}, h('h3', { text: `${t('problems')} (${problems.length})` }), h('ul', { class: 'errors', id: 'import-problems' }, ...problems.map((p) => h('li', { text: p })))) : null,
      h('div', { class: 'buttons' }, replaceBtn, appendBtn, h('button', { type: 'button', id: 'import-cancel', text: t('cancel'), onclick: close }),
        h('button', { type: 'button', id: 'import-template-csv', class: 'link', text: t('siteTemplate'), onclick: () => void downloadSiteTemplate() })),
    ));
    dialog.dataset.crs = crs;
    if (!dialog.open) dialog.showModal();
  }

  /** Boundaries or settlement areas: validated by the engine's loaders, then replace the current set. */
  function showPolygons(fileName: string, parsed: Parsed<TargetArea[] | Region[]>, kind: PolygonKind): void {
    const count = parsed.ok ? parsed.value.length : 0;
    const label = kind === 'areas' ? t('areas') : t('counties');
    const apply = () => {
      if (!parsed.ok) return;
      // The townships the user placed keep their areas, rebuilt against the new set (their county may have changed).
      const next: Partial<AppState> = kind === 'areas' ? { areas: parsed.value as AppState['areas'] } : { regions: parsed.value as AppState['regions'] };
      const s = { ...store.get(), ...next };
      store.set({ ...next, ...townshipPointsPatch(s, s.townshipPoints) });
      store.set({ notice: { kind: 'info', text: `${t('import')}: ${fileName} · ${formatNumber(count)} ${label}` } });
      dialog.close();
    };
    const replaceBtn = h('button', { type: 'button', id: 'import-replace', text: `${t('replace')} ${label}`, onclick: apply });
    replaceBtn.disabled = !parsed.ok;
    dialog.replaceChildren(...present(
      h('h2', {}, h('span', { text: `${t('import')} ${label}: ` }), h('span', { class: 'file-name', text: fileName })),
      notes(parsed),
      h('div', { class: 'figures', id: 'import-summary', text: `${t('willAdd')} ${formatNumber(count)} ${label}` }),
      parsed.ok ? h('div', { class: 'figures', text: parsed.value.slice(0, PREVIEW_ROWS).map((x) => x.name).join(' · ') }) : null,
      !parsed.ok ? h('div', {}, h('h3', { text: `${t('problems')} (${parsed.issues.length})` }), h('ul', { class: 'errors', id: 'import-problems' }, ...parsed.issues.map((i) => h('li', { text: issueText(i) })))) : null,
      h('div', { class: 'buttons' }, replaceBtn, h('button', { type: 'button', id: 'import-cancel', text: t('cancel'), onclick: () => dialog.close() })),
    ));
    if (!dialog.open) dialog.showModal();
  }

  async function openFiles(files: File[]): Promise<void> {
    const fileName = files.map((f) => f.name).join(' + ');
    let bytes: { name: string; bytes: Uint8Array }[];
    try {
      bytes = await readFilesBytes(files);
    } catch (e) {
      show(fileName, null, null, (e as Error).message, initialCrs(fileName));
      return;
    }
    await reparseBinary(bytes, initialCrs(fileName));
  }

  return {
    openFiles,
    async open(file) {
      if (isBinaryImportName(file.name)) return openFiles([file]);
      let text: string;
      try {
        text = await readFileText(file);
      } catch (e) {
        show(file.name, null, null, (e as Error).message, initialCrs(file.name));
        return;
      }
      await reparse(file.name, text, initialCrs(file.name));
    },
  };
}
