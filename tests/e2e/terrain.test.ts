// Issue 14 in the app: the terrain switch (flat -> the embedded coarse model, named on screen with
// its resolution, coverage recomputed over it) and the link-profile view charted with @observablehq/plot.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, coveredShare, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

describe('terrain in the app', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
  });
  afterAll(async () => { await browser?.close(); });

  it('switches to the coarse terrain, recomputes coverage over it and charts a link profile', async () => {
    const { page } = app;
    const runs = await waitForCoverage(page);
    expect(await page.getAttribute('#terrain-in-use', 'data-source')).toBe('flat');
    const flat = await coveredShare(page);
    // Relief shading from the coarse model: on by default in the context map (the basemap panel's switch).
    await page.waitForFunction(() => {
      const map = (globalThis as unknown as { g5plan: { map: { getLayer(id: string): unknown; getLayoutProperty(id: string, p: string): unknown } } }).g5plan.map;
      return !!map.getLayer('relief-shade') && map.getLayoutProperty('relief-shade', 'visibility') === 'visible';
    }, undefined, { timeout: 60_000 });
    await page.selectOption('#terrain-kind', 'coarse');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#terrain-in-use')?.getAttribute('data-source') !== 'flat', undefined, { timeout: 60_000 });
    expect(await page.textContent('#terrain-in-use')).toContain('srtm30plus-china-0.02deg.tif');
    expect(await page.textContent('#terrain-in-use')).toContain('2,226 m');
    await waitForCoverage(page, runs, 600_000);
    const hilly = await coveredShare(page);
    // Puyang is plain: the coarse relief changes little, and never adds coverage.
    expect(hilly.value).toBeLessThanOrEqual(flat.value);
    expect(hilly.value).toBeGreaterThan(flat.value - 0.05);

    // Select a site, arm the tool, click another site 2-4 km away: the click is the profile's point,
    // not a site selection.
    const site = await appState<{ id: string; lonLat: [number, number] }>(page, 's => s.sites.find((x) => x.kind === "macro")');
    const other = await appState<{ id: string; lonLat: [number, number] }>(page, `s => s.sites.find((x) => {
      const dx = (x.lonLat[0] - ${site.lonLat[0]}) * 90.3, dy = (x.lonLat[1] - ${site.lonLat[1]}) * 111.2;
      return Math.hypot(dx, dy) > 2.5 && Math.hypot(dx, dy) < 3.5;
    })`);
    await page.evaluate((id) => (globalThis as unknown as { g5plan: { store: { set(p: object): void } } }).g5plan.store.set({ selectedId: id }), site.id);
    await page.click('#profile-button');
    expect(await page.textContent('#profile-hint')).toContain('请点击地图上的用户位置');
    const target: [number, number] = other.lonLat;
    const xy = await page.evaluate((l) => (globalThis as unknown as PageGlobals).g5plan.map.project(l), target);
    const box = (await page.locator('#map canvas').boundingBox())!;
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    await page.waitForSelector('#profile-chart svg', { timeout: 10_000 });
    // No site selected, and no chooser among the sites under the point.
    expect(await appState<string | null>(page, 's => s.selectedId')).toBeNull();
    expect(await page.locator('#site-picker').count()).toBe(0);
    const result = await appState<{ distanceKm: number; samples: unknown[]; rsrpDbm: number }>(page, 's => s.profile.result');
    expect(result.distanceKm).toBeGreaterThan(2.5);
    expect(result.distanceKm).toBeLessThan(3.5);
    expect(result.samples.length).toBeGreaterThan(2);
    expect(await page.textContent('#profile-chart')).toContain('dBm');
    await page.locator('#terrain-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'terrain-profile');
    expect(app.problems).toEqual([]);
  });

  it('imports a DEM (kept in IndexedDB across a reload); a file that is not a DEM changes nothing', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-dem-'));
    // 0.01-degree ASCII grid over Puyang with one 300 m hill.
    const n = 160, m = 100, rows: string[] = [];
    for (let r = 0; r < m; r++) rows.push(Array.from({ length: n }, (_, c) => (50 + 300 * Math.exp(-(((114.6 + c * 0.01 - 115.2) / 0.05) ** 2 + ((36.3 - r * 0.01 - 35.8) / 0.05) ** 2))).toFixed(1)).join(' '));
    const asc = join(dir, 'puyang-hill.asc');
    writeFileSync(asc, `ncols ${n}\nnrows ${m}\nxllcenter 114.6\nyllcenter 35.31\ncellsize 0.01\n${rows.join('\n')}\n`);
    const bad = join(dir, 'photo.png');
    writeFileSync(bad, 'not a dem');
    await page.setInputFiles('#dem-picker', bad);
    await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).g5plan.store.get() as { notice: unknown }).notice !== null, undefined, { timeout: 10_000 });
    expect(await appState<string | null>(page, 's => s.notice && s.notice.text')).toContain('photo.png: an image, not an elevation model');
    expect(await appState<string>(page, 's => s.terrain.kind')).toBe('coarse');
    await page.setInputFiles('#dem-picker', asc);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#terrain-in-use')?.getAttribute('data-source') === 'dem: puyang-hill.asc', undefined, { timeout: 30_000 });
    await page.reload();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#terrain-in-use')?.getAttribute('data-source') === 'dem: puyang-hill.asc', undefined, { timeout: 60_000 });
    expect(await page.textContent('#terrain-kind')).toContain('导入的 DEM');
    await page.locator('#terrain-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'terrain-dem-imported');
  });
});

