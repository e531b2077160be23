/**
 * One flat table of a spreadsheet export (a CSV file or one .xlsx sheet): named columns with a
 * number format, rows of plain cells (no JSON, no nested objects). CSV goes out as UTF-8 with a
 * BOM and CRLF line ends, which is what Excel and WPS on Chinese Windows need to show the
 * Chinese text instead of mojibake.
 */
export type Cell = string | number | boolean | null;

/** How a column is shown: `share` cells hold fractions (0.95) shown as per cent in .xlsx. */
export type CellFormat = 'text' | 'int' | 'yuan' | 'decimal' | 'share';

export type ExportLang = 'zh' | 'en';

export interface TableColumn {
  header: string;
  format?: CellFormat;
  /** Column width in characters (.xlsx); the writer picks one from the contents when absent. */
  widthChars?: number;
}

export interface Table {
  /** Sheet name (.xlsx; at most 31 characters, no []:*?/\). */
  name: string;
  columns: TableColumn[];
  rows: Cell[][];
}

function csvCell(v: Cell): string {
  const s = v === null ? '' : typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : String(v);
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV text: BOM, header row, CRLF. */
export function tableToCsv(t: Table): string {
  const lines = [t.columns.map((c) => c.header), ...t.rows];
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Several tables of like shape as one long CSV table, for a single file: a first column naming
 * the table each row comes from, then the rows by position under the given headers.
 */
export function stackTables(name: string, columns: TableColumn[], tables: Table[]): Table {
  const width = columns.length - 1;
  const rows = tables.flatMap((t) => t.rows.map((r): Cell[] => [t.name, ...r, ...Array<Cell>(Math.max(0, width - r.length)).fill(null)]));
  return { name, columns, rows };
}
