/** Writes tables as an .xlsx workbook; exceljs is loaded only when a workbook is asked for. */
import type { Table } from '../engine/files/table.ts';
import { writeTextFile } from './io.ts';

export async function writeXlsxFile(path: string, tables: Table[]): Promise<void> {
  const { writeXlsx } = await import('../engine/files/xlsx-write.ts');
  await writeTextFile(path, await writeXlsx(tables));
}
