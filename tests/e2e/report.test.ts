// Issue 16 section 3: 打印报告 in the app opens the print layout built by the same module as
// `g5plan report`; the browser prints it to PDF (page.pdf, A4) and pdftoppm turns every page into
// a PNG under tests/e2e/screenshots/ to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, screenshot, SCREENSHOT_DIR, type AppPage, type PageGlobals } from './helpers.ts';
import { openCheckedApp } from './office-helpers.ts';

describe('printable report', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => { ({ browser, app } = await openCheckedApp()); });
  afterAll(async () => { await browser?.close(); });

  it('opens the print layout with every section and prints it to an A4 PDF', async () => {
    const { page } = app;
    expect(await page.getAttribute('#print-report', 'title')).toBeTruthy();
    await page.click('#print-report');
    const frame = page.frameLocator('#report-frame');
    await frame.locator('#report-map').waitFor({ timeout: 30_000 });
    const text = (await frame.locator('body').textContent())!;
    for (const s of ['濮阳市 5G 基站规划报告', '考核年份', '2022', '合成数据', '考核目标 (2022)', '未达标区域', '奖补资金', '各年度、各运营商新建基站', '区县统计 (2022)', '数据来源'])
      expect(text, s).toContain(s);
    // The targets table lists the check the panel shows, row for row, with the same pass/fail.
    const panel = await appState<{ id: string; status: string }[]>(page, 's => s.targets.report.results.map(r => ({ id: r.id, status: r.status }))');
    const rows = await frame.locator('#report-targets tbody tr').allTextContents();
    expect(rows).toHaveLength(panel.length);
    panel.forEach((r, i) => { expect(rows[i]).toContain(r.id); expect(rows[i]).toContain(r.status === 'pass' ? '达标' : r.status === 'fail' ? '未达标' : '未仿真'); });
    // The budget total is the panel's, in 万元; the county table has one row per county.
    const yuan = await appState<number>(page, 's => s.budget.report.totalYuan');
    expect(await frame.locator('#report-budget-total').textContent()).toContain(`${(yuan / 1e4).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 万元`);
    expect(await frame.locator('#report-counties tbody tr').count()).toBe(await appState<number>(page, 's => s.regions.length'));
    expect(await frame.locator('#report-map image').getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    for (const id of ['#scale-bar', '#north-arrow', '#map-legend']) expect(await frame.locator(id).count()).toBe(1);
    await screenshot(page, 'report-overlay');

    // Print: the report's own document, as the frame holds it, to an A4 PDF; every page to PNG.
    const html = await page.$eval('#report-frame', (f) => (f as unknown as { srcdoc: string }).srcdoc);
    const printPage = await page.context().newPage();
    await printPage.setContent(html, { waitUntil: 'load' });
    const dir = `${SCREENSHOT_DIR}/report-pdf`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await printPage.pdf({ path: `${dir}/report.pdf`, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await printPage.close();
    execFileSync('pdftoppm', ['-r', '60', '-png', `${dir}/report.pdf`, `${dir}/page`]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(6);
    const info = execFileSync('pdfinfo', [`${dir}/report.pdf`], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    await page.click('#report-close');
    expect(await page.locator('#report-overlay').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
