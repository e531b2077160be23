// Issue 16 "The office around the map", spreadsheets and GIS files: an .xlsx plan and a KML
// import in the app (preview, sheet choice, problems in Chinese, nothing applied on a bad file);
// the plan exported as .xlsx, KML and zipped Shapefile re-imports to the same sites; the
// coverage and holes export as KML and Shapefile; the budget and targets as .xlsx.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitesTable } from '../../src/engine/files/site-table.ts';
import { writeXlsx } from '../../src/engine/files/xlsx-write.ts';
import { officeSites, resolved } from '../fixtures/files/office-sites.ts';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals, pickImport } from './helpers.ts';

type Payload = { name: string; mimeType: string; buffer: Buffer };

const pick = (page: Page, files: Payload | Payload[] | string) => pickImport(page, files, '#import-dialog[open] #import-summary');

async function fromMenu(page: Page, id: string): Promise<Buffer> {
  if (!(await page.isVisible(`#${id}`))) await page.click('#export-menu summary');
  const dl = page.waitForEvent('download');
  await page.click(`#${id}`);
  return readFileSync((await (await dl).path())!);
}

async function sheets(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Applies the previewed file, after checking it has no problems (named in the failure if it has). */
async function apply(page: Page, button = '#import-replace'): Promise<void> {
  expect(await page.locator('#import-problems').count() ? await page.textContent('#import-problems') : null).toBeNull();
  await page.click(button);
}

const siteState = (page: Page) => appState<unknown[]>(page, 's => s.sites.map(({ props, ...rest }) => rest)');

describe('office files', () => {
  let browser: Browser;
  let app: AppPage;
  let runs = 0;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
    runs = await waitForCoverage(app.page);
  });
  afterAll(async () => { await browser?.close(); });

  it('imports an .xlsx plan (chosen sheet), refusing a merged header in Chinese', async () => {
    const { page } = app;
    const before = await appState<number>(page, 's => s.sites.length');
    const merged = new ExcelJS.Workbook();
    const ws = merged.addWorksheet('Sheet1');
    ws.addRow(['位置', '', '站址编号']);
    ws.addRow(['经度', '纬度', '站址编号']);
    ws.mergeCells('A1:B1');
    await pick(page, { name: '合并表头.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await merged.xlsx.writeBuffer() as ArrayBuffer) });
    expect(await page.textContent('#import-problems')).toMatch(/合并表头\.xlsx，第 1 行：工作表 "Sheet1"：表头行有合并单元格（A1:B1）/);
    expect(await page.isDisabled('#import-replace')).toBe(true);
    await screenshot(page, 'office-1-merged-header');
    await page.click('#import-cancel');
    // 50 MB goes through a real file (playwright caps in-memory buffers at 50 MB); refused before reading.
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-office-'));
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x50));
    await pick(page, big);
    expect(await page.textContent('#import-problems')).toContain('big.xlsx: 50.0 MB，超过 20 MB 的上限');
    await page.click('#import-cancel');
    rmSync(dir, { recursive: true });
    expect(await appState<number>(page, 's => s.sites.length')).toBe(before);

    const sites = officeSites();
    const book = await writeXlsx([{ name: '说明', columns: [{ header: '说明' }], rows: [['站址见第二页']] }, sitesTable(sites, 'zh')]);
    await pick(page, { name: '规划.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(book) });
    expect(await page.textContent('#import-problems')).toMatch(/表头须有 lon,lat 或 经度,纬度 列/); // the first sheet is the notes
    await page.selectOption('#import-sheet', '站址');
    await page.waitForFunction(() => /4/.test((globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('#import-summary')?.textContent ?? ''));
    expect(await page.isDisabled('#import-replace')).toBe(false);
    await screenshot(page, 'office-2-xlsx-preview');
    await page.click('#import-replace');
    runs = await waitForCoverage(page, runs);
    expect(await siteState(page)).toEqual(sites.map(resolved));
  });

  it('exports the plan as .xlsx, KML and Shapefile, each importing back to the same sites', async () => {
    const { page } = app;
    const expected = await siteState(page);
    const wb = await sheets(await fromMenu(page, 'export-plan-xlsx'));
    expect(wb.worksheets[0].name).toBe('站址');
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1, 4)).toEqual(['站址编号', '站名', '经度']);
    expect(wb.worksheets[0].rowCount).toBe(5);

    const kml = await fromMenu(page, 'export-plan-kml');
    expect(kml.toString('utf8')).toContain('<Style id="op-CMCC"><IconStyle><color>ffc06515</color>');
    await pick(page, { name: 'plan.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: kml });
    await apply(page);
    runs = await waitForCoverage(page, runs);
    expect(await siteState(page)).toEqual(expected);

    const shp = await fromMenu(page, 'export-plan-shp');
    expect(Object.keys(unzipSync(shp)).sort()).toEqual(['g5plan-plan.cpg', 'g5plan-plan.dbf', 'g5plan-plan.prj', 'g5plan-plan.shp', 'g5plan-plan.shx']);
    await pick(page, { name: 'plan-shp.zip', mimeType: 'application/zip', buffer: shp });
    await apply(page);
    runs = await waitForCoverage(page, runs);
    expect(await siteState(page)).toEqual(expected);

    // The parts chosen together, without the .prj: read as CGCS2000 / WGS-84, and the dialog says so.
    const parts = Object.entries(unzipSync(shp)).filter(([n]) => !n.endsWith('.prj')).map(([name, b]) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(b) }));
    await pick(page, parts);
    expect(await page.textContent('#import-notes')).toContain('没有 .prj：坐标按 CGCS2000 / WGS-84 经纬度读取');
    await screenshot(page, 'office-3-shapefile-no-prj');
    await page.click('#import-cancel');

    // The same parts, .prj included, dropped on the window together.
    const dropped = Object.entries(unzipSync(shp)).map(([name, b]) => ({ name, bytes: [...b] }));
    await page.evaluate((list) => {
      const g = globalThis as unknown as PageGlobals & { File: new (parts: Uint8Array[], name: string) => unknown };
      const dt = new g.DataTransfer();
      for (const f of list) dt.items.add(new g.File([new Uint8Array(f.bytes)], f.name));
      g.dispatchEvent(new g.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, dropped);
    await page.waitForSelector('#import-dialog[open] #import-summary');
    expect(await page.textContent('#import-summary')).toContain('4');
    expect(await page.locator('#import-notes').count()).toBe(0);
    await page.click('#import-cancel');
  });

  it('imports a map app KML without ids, and refuses a KMZ without a KML inside', async () => {
    const { page } = app;
    const placemark = (name: string, lon: number, lat: number) => `<Placemark><name>${name}</name><Point><coordinates>${lon},${lat},0</coordinates></Point></Placemark>`;
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemark('华龙站', 115.03, 35.76)}${placemark('高新站', 115.09, 35.74)}</Document></kml>`;
    await pick(page, { name: '奥维标注.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: Buffer.from(kml) });
    expect(await page.textContent('#import-summary')).toContain('2');
    await apply(page, '#import-append');
    expect(await appState<string[]>(page, 's => s.sites.slice(-2).map(x => x.id + " " + x.operator)')).toEqual(['华龙站 CMCC', '高新站 CMCC']);
    runs = await waitForCoverage(page, runs);

    const { zipSync } = await import('fflate');
    await pick(page, { name: 'empty.kmz', mimeType: 'application/vnd.google-earth.kmz', buffer: Buffer.from(zipSync({ 'images/a.png': new Uint8Array([1]) })) });
    expect(await page.textContent('#import-problems')).toContain('empty.kmz：此 KMZ 中没有 .kml 文件（其中有：images/a.png）');
    await page.click('#import-cancel');
  });

  it('exports the coverage and holes as KML and Shapefile, the budget, targets and counties as .xlsx, and the template', async () => {
    const { page } = app;
    await page.click('#export-menu summary');
    await screenshot(page, 'office-4-export-menu');
    const kml = (await fromMenu(page, 'export-coverage-kml')).toString('utf8');
    expect(kml).toContain('<Style id="covered">');
    expect(kml).toMatch(/<Placemark><name>覆盖区<\/name>/);
    const shp = unzipSync(await fromMenu(page, 'export-coverage-shp'));
    expect(strFromU8(shp['g5plan-coverage.cpg'])).toBe('UTF-8');
    expect(strFromU8(shp['g5plan-coverage.prj'])).toContain('WGS_1984');

    const template = await sheets(await fromMenu(page, 'import-template'));
    expect(template.worksheets.map((w) => w.name)).toEqual(['站址', '说明']);

    await page.click('#budget-panel summary');
    const dl = async (sel: string) => { const d = page.waitForEvent('download'); await page.click(sel); return readFileSync((await (await d).path())!); };
    const budget = await sheets(await dl('#budget-xlsx'));
    expect(budget.worksheets.map((w) => w.name)).toEqual(['按状态', '按年度', '按财政层级', '按区县', '按运营商']);
    expect((budget.getWorksheet('按区县')!.getRow(1).values as unknown[]).slice(1)).toEqual(['代码', '名称', '站数', '金额（元）']);
    await page.waitForSelector('#targets-xlsx');
    const targets = await sheets(await dl('#targets-xlsx'));
    expect((targets.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['编号', '目标', '要求', '实际', '是否达标', '原因']);
    expect(targets.worksheets[1].name).toBe('未达标区域');
    const counties = await sheets(await dl('#counties-xlsx'));
    expect(counties.worksheets[0].rowCount).toBe(7); // header + Puyang's 6 county-level units
    expect(app.problems).toEqual([]);
  });
});
