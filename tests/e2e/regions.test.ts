// Issue 13 in the browser: the region picker switches Puyang -> Gansu -> Lanzhou (search by
// pinyin), the choice is in the URL, a small Lanzhou plan is imported and checked against the
// Gansu targets, unplaced township seats stay listed; timings go to docs/ui.md.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const LANZHOU_PLAN = 'tests/fixtures/gansu/lanzhou-sites.geojson';

describe('region picker', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
    await waitForCoverage(app.page);
  });
  afterAll(async () => { await browser?.close(); });

  it('Puyang -> Gansu -> Lanzhou, a small plan checked against the Gansu targets', async () => {
    const { page } = app;
    expect(await appState<string>(page, 's => s.regionId')).toBe('puyang');
    // Shown = the new county outlines' tiles loaded and the next frame drawn with them, timed in
    // the page by the map's own events (polling from here would wait for the busy main thread).
    await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals & { shownAt?: number; pickedAt?: number; performance: { now(): number } };
      const map = g.g5plan.map as unknown as { isSourceLoaded(id: string): boolean; on(e: string, f: () => void): void; off(e: string, f: () => void): void; once(e: string, f: () => void): void };
      const onData = (): void => {
        if ((g.g5plan.store.get() as { regionId: string }).regionId !== 'gansu' || !map.isSourceLoaded('counties')) return;
        map.off('sourcedata', onData);
        map.once('render', () => { g.shownAt = g.performance.now(); });
      };
      map.on('sourcedata', onData);
      g.pickedAt = g.performance.now();
    });
    await page.selectOption('#region-province', '62');
    await page.waitForFunction(() => {
      const s = (globalThis as unknown as PageGlobals).g5plan.store.get() as { regionId: string; regionLoading: boolean };
      return s.regionId === 'gansu' && !s.regionLoading;
    });
    await page.waitForFunction(() => (globalThis as unknown as { shownAt?: number }).shownAt !== undefined);
    const provinceMs = Math.round(await page.evaluate(() => { const g = globalThis as unknown as { shownAt: number; pickedAt: number }; return g.shownAt - g.pickedAt; }));
    // The Puyang plan stays, and the app says that its sites lie outside Gansu.
    const planSize = await appState<number>(page, 's => s.sites.length');
    expect(planSize).toBeGreaterThan(0);
    await page.waitForSelector('#notice.warn');
    expect(await page.textContent('#notice')).toContain(`${planSize.toLocaleString('zh-CN')} 个站点中有 ${planSize.toLocaleString('zh-CN')} 个不在所选地区内`);
    expect(await appState<number>(page, 's => s.regions.length')).toBeGreaterThan(80);
    expect(await appState<string>(page, 's => s.planId')).toBe('gansu-2020-2022');
    expect(page.url()).toContain('region=gansu');
    await page.waitForTimeout(300);
    await screenshot(page, 'region-gansu');

    await page.fill('#region-search', 'lanzhou');
    await page.click('#region-hits button[data-code="6201"]');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).g5plan.store.get() !== null && ((globalThis as unknown as PageGlobals).g5plan.store.get() as { regionId: string; regionLoading: boolean }).regionId === '6201');
    expect(page.url()).toContain('region=6201');
    expect(await appState<boolean>(page, 's => s.regions.every((r) => r.code.startsWith("6201"))')).toBe(true);

    const runs = await waitForCoverage(page);
    const chooser = page.waitForEvent('filechooser');
    await page.click('#import');
    await (await chooser).setFiles(LANZHOU_PLAN);
    const t1 = Date.now();
    await page.click('#import-replace');
    await waitForCoverage(page, runs);
    const coverageMs = Date.now() - t1;
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as PageGlobals).document;
      return doc.querySelector('#targets-status')?.getAttribute('data-status') === 'done' && doc.querySelectorAll('#targets-panel li.target').length > 0;
    }, undefined, { timeout: 120_000 });
    const ids = await page.$$eval('#targets-panel li.target', (els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toEqual(expect.arrayContaining(['gs-2022-stations', 'gs-2022-county-seats', 'gs-2022-park-cobuilt']));
    expect(await page.textContent('#targets-panel li[data-id="gs-2022-stations"]')).toContain('未达标'); // 8 of 30,000
    expect(await page.textContent('#targets-panel li[data-id="gs-2022-park-cobuilt"]')).toContain('未仿真');

    // Unplaced township seats of the prefecture stay listed, never invented.
    const unplaced = await appState<number>(page, 's => s.townships.filter((t) => !t.lonLat).length');
    expect(unplaced).toBeGreaterThan(0);
    expect(await page.$$eval('#townships-panel li', (els) => els.length)).toBe(unplaced);
    await screenshot(page, 'region-lanzhou-targets');
    console.log(`[timing] province Gansu shown in ${provinceMs} ms; Lanzhou plan coverage in ${coverageMs} ms`);
    expect(app.problems).toEqual([]);
  });

  it('a link with ?region= opens that region', async () => {
    const other = await openApp(browser, { path: '?region=shaanxi' });
    await other.page.waitForFunction(() => ((globalThis as unknown as PageGlobals).g5plan?.store.get() as { regionId?: string; regions?: unknown[] } | undefined)?.regions?.length === 107);
    expect(await appState<string>(other.page, 's => s.regionId')).toBe('shaanxi');
    expect(await appState<string>(other.page, 's => s.planId')).toBe('shaanxi-2021-2023');
    // The demo: the seeded synthetic Shaanxi 2023 plan (18 per 10,000 of 39,528,999 = 71,153 sites), generated in a worker.
    await other.page.click('#region-demo');
    await other.page.waitForFunction(() => ((globalThis as unknown as PageGlobals).g5plan.store.get() as { sites: unknown[] }).sites.length === 71_153, undefined, { timeout: 240_000, polling: 500 });
    expect(await appState<boolean>(other.page, 's => s.sites.every((x) => x.year === 2023 && x.id.startsWith("SX-2023-"))')).toBe(true);
    // Shown as of 2023, every site on the map: dots at province zoom (a symbol layer cannot hold them), icons from zoom 12.
    expect(await appState<number>(other.page, 's => s.year')).toBe(2023);
    await other.page.waitForFunction(() => {
      const map = (globalThis as unknown as PageGlobals).g5plan.map;
      return map.isSourceLoaded('sites') && map.getLayoutProperty('sites-dots', 'visibility') === 'visible';
    }, undefined, { timeout: 60_000 });
    await other.page.waitForTimeout(1500);
    await screenshot(other.page, 'region-shaanxi-demo');
    // Xi'an's centre at zoom 13: the site icons, without a maplibre error.
    await other.page.evaluate(() => (globalThis as unknown as PageGlobals).g5plan.map.jumpTo({ center: [108.94, 34.26], zoom: 13 }));
    await other.page.waitForFunction(() => (globalThis as unknown as PageGlobals).g5plan.map.loaded(), undefined, { timeout: 60_000 });
    await other.page.waitForTimeout(1500);
    await screenshot(other.page, 'region-shaanxi-demo-xian');
    expect(other.problems).toEqual([]);
  });
});
