/**
 * An .xlsx sheet -> a table of text cells (header row first), for the same column rules as CSV
 * (parseSitesRows). Refuses what would load wrongly rather than half: a file over the size limit,
 * merged cells in the header row, a title or second header row above or below the header.
 * Loaded lazily (exceljs is large).
 */
import ExcelJS from 'exceljs';
import type { InputIssue } from '../model/types.ts';

/** A spreadsheet unzips to many times its size in memory: past this, ask for CSV or a split. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

export interface SheetRows {
  sheets: string[];
  sheet: string;
  rows: string[][];
  /** The sheet's row number (1-based) of each row of `rows`, for messages. */
  rowNumbers: number[];
}

export type SheetRead = { ok: true; value: SheetRows } | { ok: false; issues: InputIssue[] };

const COORD_HEADER = /^(lon|lng|longitude|经度|lat|latitude|纬度)$/i;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  return String(v);
}

const fail = (file: string, message: string, line?: number): SheetRead => ({ ok: false, issues: [{ file, ...(line ? { line } : {}), message }] });

/** Merged ranges touching the header row, as "A1:C1". */
function headerMerges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.filter((m) => /^[A-Z]+1(:|$)/.test(m));
}

export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<SheetRead> {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) {
    return fail(file, `${(bytes.byteLength / 1048576).toFixed(1)} MB is larger than the ${MAX_SPREADSHEET_BYTES / 1048576} MB limit for spreadsheets (save it as CSV or split it)`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return fail(file, `not a readable .xlsx workbook: ${(e as Error).message}`);
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
  if (!ws) return fail(file, sheet === undefined ? 'the workbook has no sheet' : `no sheet "${sheet}"; the workbook has: ${sheets.join(', ')}`);
  const merged = headerMerges(ws);
  if (merged.length) return fail(file, `sheet "${ws.name}": merged cells in the header row (${merged.join(', ')}); unmerge them and keep one header row of column names`, 1);
  const rows: string[][] = [], rowNumbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (cells.some((c) => c.trim() !== '')) { rows.push(cells); rowNumbers.push(n); }
  });
  if (!rows.length) return fail(file, `sheet "${ws.name}" is empty: expected a header row`, 1);
  if (rowNumbers[0] !== 1 || !rows[0].some((c) => COORD_HEADER.test(c.trim()))) {
    const at = rows.findIndex((r) => r.some((c) => COORD_HEADER.test(c.trim())));
    if (at > 0) return fail(file, `sheet "${ws.name}": the column names are on row ${rowNumbers[at]}, not row 1 (a title or several header rows above them); keep one header row, on row 1`, rowNumbers[at]);
  }
  const coordCols = rows[0].flatMap((c, i) => (COORD_HEADER.test(c.trim()) ? [i] : []));
  if (rows.length > 1 && coordCols.length && coordCols.every((i) => (rows[1][i] ?? '').trim() !== '' && !Number.isFinite(Number(rows[1][i])))) {
    return fail(file, `sheet "${ws.name}": row ${rowNumbers[1]} looks like a second header row (no coordinates under ${coordCols.map((i) => rows[0][i]).join(', ')}); keep one header row`, rowNumbers[1]);
  }
  // Every row as wide as the header; columns past the header must be empty.
  const width = rows[0].length;
  for (let r = 1; r < rows.length; r++) {
    const extra = rows[r].slice(width).findIndex((c) => c.trim() !== '');
    if (extra >= 0) return fail(file, `sheet "${ws.name}": a value in column ${width + extra + 1} has no header`, rowNumbers[r]);
    rows[r] = Array.from({ length: width }, (_, i) => rows[r][i] ?? '');
  }
  return { ok: true, value: { sheets, sheet: ws.name, rows, rowNumbers } };
}
