/**
 * Tables -> an .xlsx workbook (exceljs): one sheet per table, bold frozen header row with a
 * filter, number formats by column (integers, yuan, per cent, decimals) and widths from the
 * contents (CJK characters count double). Loaded lazily: exceljs is large, so callers
 * `await import()` this module where a workbook is wanted.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellFormat, Table } from './table.ts';

const NUM_FMT: Record<CellFormat, string | undefined> = { text: undefined, int: '0', yuan: '#,##0', decimal: undefined, share: '0.00%' };

function textWidth(v: Cell): number {
  if (v === null) return 0;
  let w = 0;
  for (const ch of String(v)) w += (ch.codePointAt(0) as number) > 0x2e80 ? 2 : 1;
  return w;
}

/** A valid, unique sheet name: Excel allows 31 characters and none of []:*?/\. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 28)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

export async function writeXlsx(tables: Table[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'g5plan';
  const taken = new Set<string>();
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c, i) => {
      const widest = Math.max(textWidth(c.header), ...t.rows.slice(0, 2000).map((r) => textWidth(r[i] ?? null)));
      const numFmt = NUM_FMT[c.format ?? 'text'];
      return { header: c.header, width: c.widthChars ?? Math.min(50, Math.max(8, widest + 2)), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    for (const r of t.rows) ws.addRow(r.map((v) => (v === null ? null : v)));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    head.alignment = { vertical: 'middle' };
    if (t.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
