// .xlsx import and export (issue 16 section 1): the plan's 站址 sheet re-imports to the same sites
// through the CSV column rules (parseSitesRows); bad workbooks give one clear message and no sites.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sitesFromRows } from '../../../src/engine/files/import-features.ts';
import { parseBinaryFiles } from '../../../src/engine/files/import-binary.ts';
import { sitesTable } from '../../../src/engine/files/site-table.ts';
import { templateTables } from '../../../src/engine/files/template.ts';
import { writeXlsx } from '../../../src/engine/files/xlsx-write.ts';
import { MAX_SPREADSHEET_BYTES, readXlsx } from '../../../src/engine/files/xlsx-read.ts';
import type { Site } from '../../../src/engine/model/types.ts';
import { engineText } from '../../../src/ui/engine-text.ts';
import { officeSites, resolved } from '../../fixtures/files/office-sites.ts';

async function importXlsx(bytes: Uint8Array, sheet?: string) {
  const read = await readXlsx(bytes, 'plan.xlsx', sheet);
  if (!read.ok) return read;
  return sitesFromRows(read.value.rows, read.value.rowNumbers, 'plan.xlsx', 'wgs84');
}

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

function firstIssue(p: { ok: boolean; issues?: { message: string; line?: number }[] }) {
  expect(p.ok).toBe(false);
  return p.issues![0];
}

describe('.xlsx export and import', () => {
  it.each(['zh', 'en'] as const)('the plan exported with %s headers imports to the same sites and properties', async (lang) => {
    const sites = officeSites();
    const back = await importXlsx(await writeXlsx([sitesTable(sites, lang)]));
    expect(back.ok && back.value.map(resolved)).toEqual(sites.map(resolved));
    // An unknown property comes back as text (a spreadsheet cell has no JSON types).
    expect(back.ok && back.value[0].props['备注']).toBe('华龙区，楼顶');
  });

  it('writes the 站址 sheet with Chinese headers, a frozen header row, number formats and widths', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx([sitesTable(officeSites(), 'zh')])).buffer as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('站址');
    expect((ws.getRow(1).values as unknown[]).slice(1, 8)).toEqual(['站址编号', '站名', '经度', '纬度', '运营商', '状态', '建设年份']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(7).numFmt).toBe('0');
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(10);
    expect(ws.getCell('Q4').value).toBe('10;130;250'); // 方位角 of PY-003, a list, not JSON
  });

  it('reads a chosen sheet, and lists the sheets', async () => {
    const bytes = await writeXlsx([{ name: '说明', columns: [{ header: '说明' }], rows: [['见第二页']] }, sitesTable(officeSites().slice(0, 2), 'zh')]);
    const read = await readXlsx(bytes, 'plan.xlsx', '站址');
    expect(read.ok && read.value.sheets).toEqual(['说明', '站址']);
    expect(read.ok && read.value.rows.length).toBe(3);
    expect(firstIssue(await readXlsx(bytes, 'plan.xlsx', 'Sheet9')).message).toBe('no sheet "Sheet9"; the workbook has: 说明, 站址');
  });

  it('a sheet without ids is refused once, and imports with its rows numbered (as a CSV does)', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['站名', '运营商', '经度', '纬度', '建设状态', '建设年份']);
      ws.addRow(['新区1号', '中国移动', 115.05, 35.73, '规划', '2022年']);
      ws.addRow(['新区2号', '联通', 115.07, 35.74, '已建', 2021]);
    });
    const files = [{ name: '新建站址清单.xlsx', bytes }];
    const refused = await parseBinaryFiles(files, 'wgs84');
    expect(firstIssue(refused.parsed).message).toContain('no id column');
    expect(refused.kind === 'sites' && refused.columns?.hasId).toBe(false);
    const numbered = await parseBinaryFiles(files, 'wgs84', { numberRows: true });
    const sites = numbered.parsed.ok ? numbered.parsed.value as Site[] : [];
    expect(sites.map((s) => [s.id, s.operator, s.status, s.year])).toEqual([['新建站址清单-1', 'CMCC', 'planned', 2022], ['新建站址清单-2', 'CU', 'built', 2021]]);
  });

  it('the import template imports as its two example sites', async () => {
    const back = await importXlsx(await writeXlsx(templateTables('zh')));
    expect(back.ok && back.value.map((s) => [s.id, s.operator, s.kind, s.sharedTower])).toEqual([['PY-0001', 'CMCC', 'macro', false], ['PY-0002', 'CU+CT', 'micro', true]]);
  });

  it('names the sheet row of a bad value (blank rows skipped)', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('站址');
      ws.addRow(['站址编号', '经度', '纬度', '挂高(m)']);
      ws.addRow(['a', 115.03, 35.76, 30]);
      ws.addRow([]);
      ws.addRow(['b', 115.04, 35.77, 'high']);
    });
    const issue = firstIssue(await importXlsx(bytes));
    expect(issue).toMatchObject({ line: 4, field: '挂高(m)' }); // the column as the sheet names it
  });
});

describe('bad workbooks: one clear message, nothing loaded', () => {
  const cases: [string, () => Promise<Uint8Array>, RegExp, RegExp][] = [
    ['merged header cells', () => workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['位置', '', '站址编号']);
      ws.addRow(['经度', '纬度', '站址编号']);
      ws.mergeCells('A1:B1');
    }), /^sheet "Sheet1": merged cells in the header row \(A1:B1\); unmerge them/, /工作表 "Sheet1"：表头行有合并单元格（A1:B1）/],
    ['a title row above the header', () => workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['濮阳市 5G 基站规划表']);
      ws.addRow(['站址编号', '经度', '纬度']);
      ws.addRow(['a', 115.03, 35.76]);
    }), /the column names are on row 2, not row 1/, /列名在第 2 行而不在第 1 行/],
    ['a second header row (units)', () => workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['站址编号', '经度', '纬度']);
      ws.addRow(['', '度', '度']);
      ws.addRow(['a', 115.03, 35.76]);
    }), /row 2 looks like a second header row \(no coordinates under 经度, 纬度\)/, /第 2 行像是第二行表头/],
    ['not a workbook', async () => new TextEncoder().encode('id,lon,lat\n'), /^not a readable \.xlsx workbook/, /不是可读取的 \.xlsx 工作簿/],
  ];
  it.each(cases)('%s', async (_, make, en, zh) => {
    const issue = firstIssue(await importXlsx(await make()));
    expect(issue.message).toMatch(en);
    expect(engineText(issue.message, 'zh')).toMatch(zh);
  });

  it('a 50 MB spreadsheet is refused before it is unzipped', async () => {
    const issue = firstIssue(await importXlsx(new Uint8Array(50 * 1024 * 1024)));
    expect(issue.message).toBe(`50.0 MB is larger than the ${MAX_SPREADSHEET_BYTES / 1048576} MB limit for spreadsheets (save it as CSV or split it)`);
    expect(engineText(issue.message, 'zh')).toBe('50.0 MB，超过电子表格 20 MB 的上限（请另存为 CSV 或拆分后导入）');
  });
});

export type { Site };
