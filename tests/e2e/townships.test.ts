// Issue 2: townships without a point in the sources are listed as unplaced and the app asks the
// user for them (never invented). Puyang: 89 township-level units, 58 placed, 31 unplaced
// (data/README.md). Place one by clicking the map; the point survives a reload. A placed township
// becomes a modelled township target area sized by the build's rule (tw-<code>, 6,838 residents,
// r 660 m: tests/unit/model/township-area.test.ts), so the 2022 township target counts 55 + 1 areas.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const FUKAN = '410923103'; // 福堪镇, 南乐县: no point in townships-henan.csv

/** The "actual" line of the 2022 township target once the check after `afterRuns` target runs is in. */
async function townshipTargetActual(page: Page, afterRuns: number): Promise<string> {
  await page.waitForFunction((n) => {
    const el = (globalThis as unknown as PageGlobals).document.querySelector('#targets-status');
    return el?.getAttribute('data-status') === 'done' && Number(el.getAttribute('data-runs')) > n;
  }, afterRuns, { timeout: 120_000, polling: 200 });
  return (await page.textContent('#targets-panel li[data-id="py-2022-townships"]')) ?? '';
}

describe('unplaced townships', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('lists the 31 unplaced townships and lets the user place one', async () => {
    app = await openApp(browser);
    const { page } = app;
    const runs = await waitForCoverage(page);
    expect(await townshipTargetActual(page, 0)).toContain('区域数 55');
    const targetRuns = await appState<number>(page, 's => s.targets.runs');
    await page.click('#townships-summary');
    expect(await page.textContent('#townships-summary')).toBe('乡镇 · 已定位 58 / 89 · 未定位 31');
    expect(await page.locator('#townships-panel li').count()).toBe(31);
    expect(await page.textContent(`#townships-panel li[data-code="${FUKAN}"]`)).toContain('福堪镇');

    await page.click(`#townships-panel li[data-code="${FUKAN}"] button.place`);
    const target: [number, number] = [115.25, 36.03];
    const p = await page.evaluate((ll) => (globalThis as unknown as PageGlobals).g5plan.map.project(ll), target);
    const box = (await page.locator('#map canvas').boundingBox())!;
    await page.mouse.click(box.x + p.x, box.y + p.y);
    expect(await page.textContent('#townships-summary')).toBe('乡镇 · 已定位 59 / 89 · 未定位 30');
    const placed = await appState<[number, number]>(page, `s => s.townshipPoints["${FUKAN}"]`);
    expect(placed[0]).toBeCloseTo(target[0], 2);
    expect(placed[1]).toBeCloseTo(target[1], 2);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(4653); // the click placed no site
    expect(await appState<unknown>(page, `s => s.areas.filter((a) => a.id === 'tw-${FUKAN}').map((a) => [a.tier, a.county, a.modelled, a.population])`)).toEqual([['township', '410923', true, 6838]]);
    expect(await page.textContent(`#townships-panel li[data-code="${FUKAN}"] .township-area`)).toContain('660 m');
    await waitForCoverage(page, runs);
    expect(await townshipTargetActual(page, targetRuns)).toContain('区域数 56');

    await page.waitForTimeout(300); // the IndexedDB write
    await page.reload();
    await waitForCoverage(page);
    expect(await townshipTargetActual(page, 0)).toContain('区域数 56');
    const areasBefore = await appState<number>(page, 's => s.areas.length');
    await page.click('#townships-summary');
    expect(await page.textContent('#townships-summary')).toBe('乡镇 · 已定位 59 / 89 · 未定位 30');

    // Importing a set of settlement areas (here the dataset's own file) keeps the placed township's area.
    const chooser = page.waitForEvent('filechooser');
    await page.click('#import');
    await (await chooser).setFiles('data/puyang/areas.geojson');
    await page.waitForSelector('#import-dialog[open]');
    await page.click('#import-replace');
    expect(await appState<unknown>(page, `s => s.areas.filter((a) => a.id === 'tw-${FUKAN}').map((a) => [a.tier, a.county, a.modelled, a.population])`)).toEqual([['township', '410923', true, 6838]]);
    expect(await appState<number>(page, 's => s.areas.length')).toBe(areasBefore);

    await page.evaluate((ll) => (globalThis as unknown as { g5plan: { map: { jumpTo(o: object): void } } }).g5plan.map.jumpTo({ center: ll, zoom: 11.5 }), target);
    await screenshot(page, 'townships');
    await page.locator(`#townships-panel li[data-code="${FUKAN}"]`).scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: 'tests/e2e/screenshots/townships-area.png' });
    expect(app.problems).toEqual([]);
  });
});
