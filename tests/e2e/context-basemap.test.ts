// Issue 16 "Finding one's way", the context map's remaining parts: relief shading from the coarse
// terrain model (on by default, a switch that is remembered), river and lake names in Chinese,
// and a local .pmtiles basemap (the Puyang fixture made by scripts/basemap/pmtiles-fixture.ts)
// read offline, drawn with the Protomaps style under the coverage, kept across a reload; a file
// that is not a PMTiles archive gets one Chinese message and the map keeps its basemap.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkerRasterPmtiles, puyangVectorPmtiles } from '../../scripts/basemap/pmtiles-fixture.ts';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

/** Runs `fn` (source text of a function of the maplibre map) in the page. */
function onMap<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate((body) => new Function('m', `return (${body})(m)`)((globalThis as unknown as PageGlobals).g5plan.map), fn) as Promise<T>;
}
const reliefVisible = 'm => !!m.getLayer("relief-shade") && m.getLayoutProperty("relief-shade", "visibility") === "visible"';
const pmLayers = 'm => m.getStyle().layers.filter((l) => l.id.startsWith("pm-")).map((l) => l.id)';
async function waitOnMap(page: Page, fn: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((body) => !!new Function('m', `return (${body})(m)`)((globalThis as unknown as PageGlobals).g5plan.map), fn, { timeout, polling: 200 });
}

describe('context map: relief, river names, local .pmtiles basemap', () => {
  let browser: Browser;
  let app: AppPage;
  const dir = mkdtempSync(join(tmpdir(), 'g5plan-pmtiles-'));
  const fixture = join(dir, '濮阳测试底图.pmtiles');
  const notPmtiles = join(dir, 'not-a-basemap.pmtiles');
  const raster = join(dir, 'checker-raster.pmtiles');
  beforeAll(async () => {
    writeFileSync(fixture, puyangVectorPmtiles());
    writeFileSync(raster, checkerRasterPmtiles());
    writeFileSync(notPmtiles, 'PK\u0003\u0004 this is a zip, not a PMTiles archive');
    browser = await launchBrowser();
    app = await openApp(browser);
    await waitForCoverage(app.page);
  });
  afterAll(async () => { await browser?.close(); });

  it('shades relief by default and names rivers in Chinese, offline', async () => {
    const { page } = app;
    await waitOnMap(page, reliefVisible);
    expect(await page.isChecked('#relief-shading')).toBe(true);
    // Over the coverage (it darkens slopes only), under the settlement outlines.
    const order = await onMap<string[]>(page, 'm => m.getStyle().layers.map((l) => l.id)');
    expect(order.indexOf('relief-shade')).toBeGreaterThan(order.indexOf('coverage-raster'));
    expect(order.indexOf('relief-shade')).toBeLessThan(order.indexOf('areas-fill'));
    // The Yellow River runs along Puyang's southern edge.
    await onMap(page, 'm => m.jumpTo({ center: [115.4, 35.6], zoom: 9 })');
    await waitOnMap(page, 'm => m.queryRenderedFeatures({ layers: ["rivers-label"] }).length > 0', 30_000);
    const names = await onMap<string[]>(page, 'm => m.queryRenderedFeatures({ layers: ["rivers-label"] }).map((f) => f.properties.name_zh)');
    expect(names).toContain('黄河');
    await screenshot(page, 'context-relief-names');
    // English UI: Natural Earth's own names.
    await page.click('#lang');
    await waitOnMap(page, 'm => JSON.stringify(m.getLayoutProperty("rivers-label", "text-field")).includes(\'"name"\')');
    await page.click('#lang');
    await waitOnMap(page, 'm => JSON.stringify(m.getLayoutProperty("rivers-label", "text-field")).includes("name_zh")');
    expect(app.problems).toEqual([]);
  });

  it('turns the relief off, and remembers it', async () => {
    const { page } = app;
    await page.click('#basemap-panel summary');
    await page.uncheck('#relief-shading');
    await waitOnMap(page, `m => !(${reliefVisible})(m)`);
    await page.reload();
    await waitForCoverage(page);
    expect(await appState<boolean>(page, 's => s.reliefShading')).toBe(false);
    expect(await onMap<boolean>(page, reliefVisible)).toBe(false);
    await page.click('#basemap-panel summary');
    await page.check('#relief-shading');
    await waitOnMap(page, reliefVisible);
  });

  it('refuses a file that is not a PMTiles archive, then shows the fixture offline', async () => {
    const { page } = app;
    await page.selectOption('#basemap-preset', 'pmtiles');
    await page.setInputFiles('#pmtiles-file', notPmtiles);
    await page.waitForSelector('#basemap-error:not(:empty)');
    expect(await page.textContent('#basemap-error')).toBe('“not-a-basemap.pmtiles”不是 PMTiles 文件（没有 PMTiles v3 文件头），底图未改变');
    expect(await onMap<string[]>(page, pmLayers)).toEqual([]);
    expect(await appState<unknown>(page, 's => s.basemapPmtiles')).toBeNull();

    await page.setInputFiles('#pmtiles-file', fixture);
    await waitOnMap(page, 'm => m.getLayer("pm-earth") && m.isSourceLoaded("pm-basemap")');
    expect(await page.textContent('#basemap-error')).toBe('');
    expect(await page.textContent('#pmtiles-current')).toContain('濮阳测试底图.pmtiles · 矢量 MVT (Protomaps) · 缩放级别 6–12');
    // Under the county fill, so under the coverage and the outlines.
    const order = await onMap<string[]>(page, 'm => m.getStyle().layers.map((l) => l.id)');
    expect(order.indexOf('pm-earth')).toBeLessThan(order.indexOf('counties-fill'));
    expect(order.indexOf('pm-places_locality')).toBeLessThan(order.indexOf('counties-fill'));
    await onMap(page, 'm => m.jumpTo({ center: [115.03, 35.76], zoom: 11 })');
    await waitOnMap(page, 'm => m.queryRenderedFeatures({ layers: ["pm-earth"] }).length > 0 && m.queryRenderedFeatures({ layers: ["pm-boundaries"] }).length > 0', 30_000);
    await screenshot(page, 'context-pmtiles-under-coverage');
    // The coverage hidden for a look at the basemap itself.
    await onMap(page, 'm => m.setLayoutProperty("coverage-raster", "visibility", "none")');
    await screenshot(page, 'context-pmtiles-vector');
    await onMap(page, 'm => m.setLayoutProperty("coverage-raster", "visibility", "visible")');
    // The archive's township names reach the map (drawn where the app's own township labels leave room).
    const places = await onMap<string[]>(page, 'm => m.querySourceFeatures("pm-basemap", { sourceLayer: "places" }).map((f) => f.properties.name)');
    expect(places.some((n) => n.endsWith('街道'))).toBe(true);
    await page.click('.maplibregl-ctrl-attrib-button').catch(() => undefined);
    expect(await page.textContent('.maplibregl-ctrl-attrib-inner')).toContain('测试底图');
    expect(app.problems).toEqual([]);
  });

  it('draws a raster .pmtiles (PNG tiles) in its place', async () => {
    const { page } = app;
    await page.setInputFiles('#pmtiles-file', raster);
    await waitOnMap(page, 'm => !!m.getLayer("pm-raster") && !m.getLayer("pm-earth") && m.isSourceLoaded("pm-basemap")');
    expect(await page.textContent('#pmtiles-current')).toContain('checker-raster.pmtiles · 栅格 PNG · 缩放级别 6–10');
    await onMap(page, 'm => { m.setLayoutProperty("coverage-raster", "visibility", "none"); m.jumpTo({ center: [115.0, 35.7], zoom: 9 }); }');
    await screenshot(page, 'context-pmtiles-raster');
    await onMap(page, 'm => m.setLayoutProperty("coverage-raster", "visibility", "visible")');
    expect(await page.textContent('.maplibregl-ctrl-attrib-inner')).toContain('测试栅格底图');
    // The vector file again, for the reload below.
    await page.setInputFiles('#pmtiles-file', fixture);
    await waitOnMap(page, 'm => !!m.getLayer("pm-earth") && !m.getLayer("pm-raster")');
    expect(app.problems).toEqual([]);
  });

  it('shows the same .pmtiles again after a reload, and clears it', async () => {
    const { page } = app;
    await page.reload();
    await waitForCoverage(page);
    await waitOnMap(page, 'm => !!m.getLayer("pm-earth")');
    expect(await appState<string>(page, 's => s.basemapPmtiles.fileName')).toBe('濮阳测试底图.pmtiles');
    await page.click('#basemap-panel summary');
    await page.click('#basemap-clear');
    await waitOnMap(page, `m => (${pmLayers})(m).length === 0`);
    expect(await onMap<number>(page, 'm => m.getPaintProperty("counties-fill", "fill-opacity")')).toBe(0.9);
    expect(app.problems).toEqual([]);
  });
});
