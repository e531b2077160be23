// Issue 16 section 4 "Finding one's way": the failing areas by name (sortable, zoom-to), the
// offline context map (rivers, lakes, township names: nothing fetched from outside), search
// (county, site, coordinates in WGS-84 and GCJ-02), the site table with filters and selection
// synced with the map, Shift-drag box select, legends, tooltips, help, and the layout at
// 1280, 1024 and 420 px.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { appState, screenshot, type AppPage, type PageGlobals } from './helpers.ts';
import { openCheckedApp } from './office-helpers.ts';

import type { Page } from 'playwright-core';

/** Runs `fn` (source text of a function of the maplibre map) in the page. */
function onMap<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate((body) => new Function('m', `return (${body})(m)`)((globalThis as unknown as PageGlobals).g5plan.map), fn) as Promise<T>;
}

describe('finding one\'s way', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => { ({ browser, app } = await openCheckedApp()); });
  afterAll(async () => { await browser?.close(); });

  it('draws rivers, lakes and township names offline', async () => {
    const { page } = app;
    await onMap(page, 'm => m.jumpTo({ center: [115.15, 35.85], zoom: 10.5 })');
    await page.waitForFunction(() => (globalThis as unknown as { g5plan: { map: { querySourceFeatures(id: string): unknown[] } } }).g5plan.map.querySourceFeatures('rivers').length > 0, undefined, { timeout: 30_000 });
    const labels = await page.evaluate(() => (globalThis as unknown as PageGlobals).g5plan.map.queryRenderedFeatures({ layers: ['townships-name'] }).map((f) => f.properties.name));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.every((n) => typeof n === 'string' && /[\u4e00-\u9fff]/.test(n as string))).toBe(true);
    await screenshot(page, 'office-context-z10');
    expect(app.problems).toEqual([]); // no glyph, tile or font request left localhost
  });

  it('searches a county, a site and coordinates in both datums', async () => {
    const { page } = app;
    await page.fill('#search', '清丰');
    await page.waitForSelector('#search-results li[data-kind="county"]');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(900);
    const c = await onMap<{ lng: number; lat: number }>(page, 'm => m.getCenter()');
    expect(Math.abs(c.lng - 115.1)).toBeLessThan(0.2); // 清丰县 lies around 115.1 E, 35.9 N
    expect(Math.abs(c.lat - 35.9)).toBeLessThan(0.2);
    const site = await appState<{ id: string; lonLat: [number, number] }>(page, 's => s.sites[17]');
    await page.fill('#search', site.id);
    await page.click('#search-results li[data-kind="site"]');
    await page.waitForTimeout(900);
    expect(await appState<string>(page, 's => s.selectedId')).toBe(site.id);
    await page.selectOption('#search-crs', 'gcj02');
    await page.fill('#search', '115.03,35.76');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.waitForFunction(() => !(globalThis as unknown as { g5plan: { map: { isMoving(): boolean } } }).g5plan.map.isMoving());
    const g = await onMap<{ lng: number; lat: number }>(page, 'm => m.getCenter()');
    const want = gcoord.transform([115.03, 35.76], gcoord.GCJ02, gcoord.WGS84) as number[];
    expect(Math.abs(g.lng - want[0])).toBeLessThan(1e-6);
    expect(Math.abs(g.lat - want[1])).toBeLessThan(1e-6);
    expect(await page.locator('#map .maplibregl-marker').count()).toBe(1); // the point found stays marked
    await page.keyboard.press('Escape');
    expect(app.problems).toEqual([]);
  });

  it('filters, sorts and selects in the site table, in step with the map and the bulk panel', async () => {
    const { page } = app;
    await page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { open: boolean } } }).document.querySelector('#site-table-panel').open = true);
    const total = await appState<number>(page, 's => s.sites.length');
    expect(await page.getAttribute('#site-table-count', 'data-shown')).toBe(String(total));
    expect(await page.$$eval('#site-table tbody tr', (els) => els.length)).toBe(Math.min(100, total));
    await page.selectOption('#site-filter-operator', 'CU+CT');
    await page.selectOption('#site-filter-year', '2021');
    const want = await appState<number>(page, `s => s.sites.filter(x => x.operator === 'CU+CT' && x.year === 2021).length`);
    expect(Number(await page.getAttribute('#site-table-count', 'data-shown'))).toBe(want);
    await page.click('#site-table th[data-key="id"]'); // descending
    const ids = await page.$$eval('#site-table tbody tr', (els) => els.map((e) => e.getAttribute('data-id')!));
    expect(ids).toEqual(ids.slice().sort((a, b) => b.localeCompare(a, 'zh-CN')));
    expect(ids.length).toBe(100); // one page of 582 (co-built stations of 2021 in the synthetic plan)
    await page.click('#site-page-next');
    expect(await page.textContent('#site-page')).toBe(`2 / ${Math.ceil(want / 100)}`);
    await page.click('#site-select-filtered');
    expect(await appState<number>(page, 's => s.multiIds.length')).toBe(want);
    expect(await page.textContent('#bulk-count')).toContain(String(want));
    await screenshot(page, 'office-site-table');
    // Box select: Shift + drag over the middle of the map.
    await onMap(page, 'm => m.jumpTo({ center: [115.03, 35.76], zoom: 11 })');
    await page.waitForTimeout(500);
    const m = (await page.$('#map'))!;
    const b = (await m.boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(b.x + b.width / 2 - 120, b.y + b.height / 2 - 100);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await page.mouse.move(b.x + b.width / 2 + 120, b.y + b.height / 2 + 100, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const boxed = await appState<string[]>(page, 's => s.multiIds');
    expect(boxed.length).toBeGreaterThan(1);
    const z = await onMap<number>(page, 'm => m.getZoom()');
    expect(z).toBeCloseTo(11, 5); // no box zoom
    await page.click('#site-filter-clear');
    const chosen = await page.$$eval('#site-table tbody tr.chosen', (els) => els.length);
    expect(chosen).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });
  it('shows the symbol legend, tooltips, the help panel, the what-if numbers, and fits 1280, 1024 and 420 px', async () => {
    const { page } = app;
    expect(await page.$$eval('#map-legend li', (els) => els.length)).toBe(5 + 3 + 3);
    expect(await page.textContent('#map-legend')).toContain('中国移动');
    for (const id of ['tool-add', 'import', 'export-geojson', 'export-png', 'help', 'toggle-sidebar']) expect(await page.getAttribute(`#${id}`, 'title')).toBeTruthy();
    await page.keyboard.press('?');
    await page.waitForSelector('#help-dialog[open]');
    expect(await page.$$eval('#shortcut-table tbody tr', (els) => els.length)).toBe(8);
    expect(await page.textContent('#shortcut-table')).toContain('Ctrl+Z');
    await page.click('#help-close');
    await page.click('#budget-panel summary');
    expect(await page.textContent('#what-if-sa-value')).toBe('100.00% (按政策)');
    expect(await page.textContent('#what-if-city-value')).toBe('50.00% (按政策)');
    await page.click('#budget-panel summary');
    for (const [w, hgt] of [[1280, 800], [1024, 768], [420, 860]]) {
      await page.setViewportSize({ width: w, height: hgt });
      await page.waitForTimeout(600);
      const fits = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number }; querySelector(s: string): { getBoundingClientRect(): { width: number; height: number } } } }).document;
        const m = d.querySelector('#map').getBoundingClientRect();
        return { overflow: d.documentElement.scrollWidth > d.documentElement.clientWidth, mapW: m.width, mapH: m.height };
      });
      await screenshot(page, `office-layout-${w}`);
      expect(fits.overflow, `${w} px`).toBe(false);
      expect(fits.mapW).toBeGreaterThan(w < 700 ? 400 : w - 400);
      expect(fits.mapH).toBeGreaterThan(hgt * 0.6);
    }
    // 420 px: the panels are a drawer the 面板 button opens over the map.
    await page.click('#toggle-sidebar');
    await page.waitForTimeout(400);
    const drawer = await page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { top: number; height: number } } } }).document.querySelector('#sidebar').getBoundingClientRect());
    expect(drawer.top).toBeGreaterThan(200);
    expect(drawer.height).toBeGreaterThan(300);
    await screenshot(page, 'office-layout-420-drawer');
    await page.click('#toggle-sidebar');
    // One row of top bar (the export menu once shrank to a character a line), and its menu opens in view.
    const barH = await page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { height: number } } } }).document.querySelector('.topbar').getBoundingClientRect().height);
    expect(barH).toBeLessThan(50);
    await page.locator('#export-menu summary').scrollIntoViewIfNeeded();
    await page.click('#export-menu summary');
    expect(await page.isVisible('#export-plan-kml')).toBe(true);
    const item = (await page.locator('#export-plan-kml').boundingBox())!;
    expect(item.y).toBeGreaterThan(30);
    expect(item.x + item.width).toBeLessThanOrEqual(420);
    // Not clipped by the scrolling bar: the item is what lies at its own centre.
    const onTop = await page.evaluate(([x, y]) => (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { id: string } | null } }).document.elementFromPoint(x, y)?.id, [item.x + item.width / 2, item.y + item.height / 2]);
    expect(onTop).toBe('export-plan-kml');
    await page.click('#export-menu summary');
    // 1024 px: the sidebar folds away and the map takes the width.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.click('#toggle-sidebar');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { width: number } } } }).document.querySelector('#map').getBoundingClientRect().width)).toBe(1024);
    await screenshot(page, 'office-layout-1024-folded');
    await page.click('#toggle-sidebar');
    await page.setViewportSize({ width: 1400, height: 860 });
    expect(app.problems).toEqual([]);
  });

  it('lists the failing areas of each coverage target by name, sorts them and zooms to one', async () => {
    const { page } = app;
    // The synthetic plan passes every area target: a 12-site plan leaves most townships failing.
    const runs = await appState<number>(page, 's => s.targets.runs');
    const chooser = page.waitForEvent('filechooser');
    await page.click('#import');
    await (await chooser).setFiles('tests/fixtures/ui-plan.geojson');
    await page.click('#import-replace');
    await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.querySelector('#targets-status')?.getAttribute('data-status') === 'done' && Number((globalThis as unknown as PageGlobals).document.querySelector('#targets-status')?.getAttribute('data-runs')) > n, runs, { timeout: 60_000 });
    const expected = await appState<{ id: string; failing: number; names: string[] }[]>(page, `s => s.targets.report.results.filter(r => r.kind === 'areaCoverage' && r.perArea).map(r => ({ id: r.id, failing: r.perArea.filter(a => !a.pass).length, names: r.perArea.filter(a => !a.pass).map(a => a.id) }))`);
    expect(expected.length).toBeGreaterThan(0);
    // Long lists show their first 50 rows until asked for all.
    while (await page.$('#failing-panel button.show-all')) await page.click('#failing-panel button.show-all'); // each click redraws the panel
    for (const g of expected) {
      const ids = await page.$$eval(`#failing-panel [data-target="${g.id}"] tr[data-area]`, (els) => els.map((e) => e.getAttribute('data-area')));
      expect(ids.slice().sort()).toEqual(g.names.slice().sort());
    }
    const withRows = expected.find((g) => g.failing >= 2);
    expect(withRows, 'the synthetic plan leaves at least two areas failing a target').toBeDefined();
    const sel = `#failing-panel [data-target="${withRows!.id}"]`;
    // Sort by largest hole, twice = descending.
    await page.click(`${sel} th[data-key="largestHoleKm2"]`);
    await page.click(`${sel} th[data-key="largestHoleKm2"]`);
    const holes = await page.$$eval(`${sel} tr[data-area] td:nth-child(5)`, (els) => els.map((e) => Number(e.textContent!.replace(/,/g, ''))));
    expect(holes).toEqual(holes.slice().sort((a, b) => b - a));
    const first = await page.getAttribute(`${sel} tr[data-area]`, 'data-area');
    await page.click(`${sel} tr[data-area] button.zoom`);
    await page.waitForTimeout(1200);
    const box = await appState<number[]>(page, `s => { const a = s.areas.find(a => a.id === ${JSON.stringify(first)}); const pts = (a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates).flat(2); return [Math.min(...pts.map(p => p[0])), Math.min(...pts.map(p => p[1])), Math.max(...pts.map(p => p[0])), Math.max(...pts.map(p => p[1]))]; }`);
    const c = await onMap<{ lng: number; lat: number }>(page, 'm => m.getCenter()');
    expect(c.lng).toBeGreaterThan(box[0]); expect(c.lng).toBeLessThan(box[2]);
    expect(c.lat).toBeGreaterThan(box[1]); expect(c.lat).toBeLessThan(box[3]);
    expect(await appState<number>(page, 's => s.holes.features.length')).toBeGreaterThan(0);
    await screenshot(page, 'office-failing-zoom');
    const dl = page.waitForEvent('download');
    await page.click('#failing-csv');
    const csv = readFileSync((await (await dl).path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM: Excel on Chinese Windows reads UTF-8
    const lines = csv.slice(1).split(/\r?\n/);
    expect(lines[0]).toBe('目标考核,名称,id,区县,覆盖率,空洞数,最大空洞 (km²),模型估算区域');
    expect(lines).toHaveLength(1 + expected.reduce((a, g) => a + g.failing, 0));
    expect(app.problems).toEqual([]);
  });

});
