// Spreadsheet exports of the app's tables (targets review, budget, counties, plan): CSV made here
// (UTF-8 with BOM, headers in the UI's language, flat cells), .xlsx made in the export worker,
// which loads exceljs only when the first workbook is asked for.
import type { BudgetReport } from '../../engine/subsidy/budget.ts';
import { budgetTable, budgetTables } from '../../engine/files/budget-tables.ts';
import { tableToCsv, type Table } from '../../engine/files/table.ts';
import { currentLang } from '../lang.ts';
import { downloadBlob } from './files.ts';
import { exportWorker } from './export-client.ts';

export function downloadCsv(table: Table, fileName: string): void {
  downloadBlob(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName);
}

export async function downloadXlsx(tables: Table[], fileName: string): Promise<void> {
  downloadBlob(await exportWorker().xlsx(tables), fileName);
}

export const budgetCsvTable = (r: BudgetReport): Table => budgetTable(r, currentLang());
export const budgetXlsxTables = (r: BudgetReport): Table[] => budgetTables(r, currentLang());
