// Issue 4 "Checking and budgeting": the targets panel lists the Puyang plan's 2022 targets with
// their quoted sentences and pass/fail, a failing area target outlines its holes on the map;
// the budget panel totals the SA subsidy (contract section 4) and follows the what-if sliders.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const FIXTURE = 'tests/fixtures/ui-plan.geojson';

describe('targets and budget', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
    const runs = await waitForCoverage(app.page);
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.click('#import');
    await (await chooser).setFiles(FIXTURE);
    await app.page.click('#import-replace');
    await waitForCoverage(app.page, runs);
  });
  afterAll(async () => { await browser?.close(); });

  it('checks the 2022 targets and shows the holes of a failing area target', async () => {
    const { page } = app;
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as PageGlobals).document;
      return doc.querySelector('#targets-status')?.getAttribute('data-status') === 'done' && doc.querySelectorAll('#targets-panel li.target').length > 0;
    });
    const ids = await page.$$eval('#targets-panel li.target', (els) => els.map((e) => e.getAttribute('data-id')));
    // data/targets.json, plan puyang-2020-2022: the three 2022 targets in order, then the 5G-users figure.
    expect(ids.slice(0, 3)).toEqual(['py-2022-stations', 'py-2022-townships', 'py-2022-transfer-power']);
    expect(await page.textContent('#targets-panel li[data-id="py-2022-stations"]')).toContain('未达标'); // 8 stations counted << 4,653
    expect(await page.textContent('#targets-panel li[data-id="py-2022-stations"]')).toContain('4653');
    const dl = page.waitForEvent('download');
    await page.click('#targets-csv');
    const csv = readFileSync((await (await dl).path())!, 'utf8').split(/\r?\n/);
    // UTF-8 with BOM, Chinese headers, flat cells (no JSON): one row per target.
    expect(csv[0]).toBe('\ufeff编号,目标,要求,实际,是否达标,原因');
    expect(csv[1]).toMatch(/^py-2022-stations,5G基站数量达到4653个.*4,?653.*,未达标,/);
    expect(csv.join('\n')).not.toMatch(/[{}]/);
    await page.click('#targets-panel li[data-id="py-2022-townships"]');
    const holes = await appState<number>(page, 's => s.holes.features.length');
    expect(holes).toBeGreaterThan(0);
    await page.waitForTimeout(1200); // the fly-to animation
    await screenshot(page, 'targets-holes');
    expect(app.problems).toEqual([]);
  });

  it('totals the SA subsidy and follows the what-if sliders', async () => {
    const { page } = app;
    await page.click('#budget-panel summary');
    // Fixture: 12 sites, 4 candidates (never counted), 8 SA stations x 5,000 yuan = 40,000 yuan.
    expect(Number(await page.getAttribute('#budget-total', 'data-yuan'))).toBe(40000);
    expect(await appState<Record<string, number>>(page, 's => s.budget.report.byLevel')).toEqual({ province: 20000, city: 10000, county: 10000 });
    // City takes the whole local half: city 20,000, county 0.
    await page.uncheck('#what-if-city-policy');
    await page.locator('#what-if-city').fill('100');
    await page.locator('#what-if-city').dispatchEvent('change');
    await expect.poll(() => appState<Record<string, number>>(page, 's => s.budget.report.byLevel')).toEqual({ province: 20000, city: 20000, county: 0 });
    // Half the stations SA: 4 expected stations, 20,000 yuan.
    await page.uncheck('#what-if-sa-policy');
    await page.locator('#what-if-sa').fill('50');
    await page.locator('#what-if-sa').dispatchEvent('change');
    await expect.poll(() => appState<number>(page, 's => s.budget.report.totalYuan')).toBe(20000);
    await page.locator('#budget-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'budget');
    const dl = page.waitForEvent('download');
    await page.click('#budget-csv');
    const csv = readFileSync((await (await dl).path())!, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('\ufeff分表,代码,名称,站数,金额（元）,分担比例');
    expect(csv).toMatch(/^按状态,total,合计,4,20000,$/m);
    expect(app.problems).toEqual([]);
  });
});
