// Issue 4 "Import and export": a GCJ-02 CSV lands where it belongs in WGS-84; bad files give a
// clear message and change nothing; imported names are shown as text, never as HTML; the plan
// exported as GeoJSON re-imports unchanged; the coverage raster exports as PNG.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals, type ImportPayload, pickImport } from './helpers.ts';

const FIXTURE = 'tests/fixtures/ui-plan.geojson';
const GCJ_CSV = 'tests/fixtures/ui-sites-gcj02.csv';
/** The WGS-84 points the CSV was made from (its GCJ-02 values sit ~530 m east of these). */
const WGS84_TRUTH: Record<string, [number, number]> = { 'gcj-1': [115.03, 35.76], 'gcj-2': [115.1, 35.7], 'gcj-3': [115.11, 35.89] };

const pick = (page: Page, file: ImportPayload) => pickImport(page, file);

async function download(page: Page, button: string): Promise<Buffer> {
  const dl = page.waitForEvent('download');
  await page.click(button);
  const path = await (await dl).path();
  return readFileSync(path!);
}

describe('import and export', () => {
  let browser: Browser;
  let app: AppPage;
  let runs = 0;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
    runs = await waitForCoverage(app.page);
  });
  afterAll(async () => { await browser?.close(); });

  it('refuses bad files with a clear message and changes nothing', async () => {
    const { page } = app;
    const before = await appState<number>(page, 's => s.sites.length');
    // 50 MB of junk goes through a real file (playwright caps in-memory buffers at 50 MB).
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-e2e-'));
    const junk = join(dir, 'junk.csv');
    writeFileSync(junk, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const cases: [ImportPayload, RegExp][] = [
      [{ name: 'broken.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[') }, /broken\.geojson：不是有效的 JSON/],
      [{ name: 'cols.csv', mimeType: 'text/csv', buffer: Buffer.from('x,y\n1,2\n') }, /cols\.csv，第 1 行.*表头须有 lon,lat 或 经度,纬度 列/],
      [{ name: 'far.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Point', coordinates: [215, 35] } }] })) }, /far\.geojson，要素 0，字段 "coordinates"：\[215, 35\] 不是有效的经纬度/],
      [junk, /junk\.csv: 50\.0 MB，超过 20 MB 的上限/],
    ];
    for (const [file, message] of cases) {
      await pick(page, file);
      expect(await page.textContent('#import-problems')).toMatch(message);
      expect(await page.isDisabled('#import-replace')).toBe(true);
      expect(await page.isDisabled('#import-append')).toBe(true);
      if (typeof file !== 'string' && file.name === 'far.geojson') await screenshot(page, 'import-1-bad-file');
      await page.click('#import-cancel');
    }
    rmSync(dir, { recursive: true });
    expect(await appState<number>(page, 's => s.sites.length')).toBe(before);
  });

  it('shows imported names as text and puts a GCJ-02 CSV where it belongs', async () => {
    const { page } = app;
    await pick(page, FIXTURE);
    // The fixture's first name is "<b>濮阳</b>站": it must appear literally, with no <b> element made.
    expect(await page.locator('#import-dialog td', { hasText: '<b>濮阳</b>站' }).count()).toBe(1);
    expect(await page.locator('#import-dialog b').count()).toBe(0);
    await page.click('#import-replace');
    runs = await waitForCoverage(page, runs);
    // The same plan through the CLI (same engine, worker_threads): the same covered share.
    const cli = spawnSync('node', ['bin/g5plan.mjs', 'coverage', '--sites', FIXTURE, '--dataset', 'puyang', '--res', '100', '--year', '2022', '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(cli.status, cli.stderr).toBe(0);
    expect(await appState<number>(page, 's => s.coverage.stats.coveredShare')).toBe(JSON.parse(cli.stdout).coveredShare);

    await pick(page, GCJ_CSV);
    await page.selectOption('#import-crs', 'gcj02');
    await page.waitForSelector('#import-dialog[data-crs="gcj02"]'); // parsed again, in the worker
    expect(await page.textContent('#import-summary')).toContain('3');
    await screenshot(page, 'import-2-preview');
    await page.click('#import-append');
    runs = await waitForCoverage(page, runs);
    const sites = await appState<{ id: string; lonLat: [number, number] }[]>(page, 's => s.sites.filter(x => x.id.startsWith("gcj-"))');
    expect(sites.map((s) => s.id).sort()).toEqual(Object.keys(WGS84_TRUTH));
    for (const s of sites) {
      expect(Math.abs(s.lonLat[0] - WGS84_TRUTH[s.id][0])).toBeLessThan(2e-5); // ~2 m
      expect(Math.abs(s.lonLat[1] - WGS84_TRUTH[s.id][1])).toBeLessThan(2e-5);
    }
    expect(await appState<number>(page, 's => s.sites.length')).toBe(15);
  });

  it('exports the plan as GeoJSON that re-imports unchanged, and the coverage as PNG, GeoTIFF and GeoJSON', async () => {
    const { page } = app;
    await page.click('#undo'); // back to the fixture alone
    runs = await waitForCoverage(page, runs);
    const exported = JSON.parse((await download(page, '#export-geojson')).toString('utf8'));
    const original = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(exported).toEqual(original); // unknown properties ("note") kept, nothing added

    // Re-import the exported text by drag-and-drop: same sites, same properties.
    const before = await appState<unknown>(page, 's => s.sites.map(x => [x.id, x.lonLat, x.props])');
    await page.evaluate((text) => {
      const g = globalThis as unknown as PageGlobals;
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([text], 'exported.geojson', { type: 'application/geo+json' }));
      g.dispatchEvent(new g.DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(exported));
    await page.waitForSelector('#import-dialog[open]');
    await page.click('#import-replace');
    runs = await waitForCoverage(page, runs);
    expect(await appState<unknown>(page, 's => s.sites.map(x => [x.id, x.lonLat, x.props])')).toEqual(before);

    const png = await download(page, '#export-png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(1000);
    // The GeoTIFF is made tile by tile in the render worker (issue 15): a tiled, deflated
    // little-endian file as `g5plan coverage --raster` writes, read back with geotiff.js.
    const tiff = await download(page, '#export-tiff');
    expect([...tiff.subarray(0, 4)]).toEqual([0x49, 0x49, 0x2a, 0x00]); // "II*\0"
    const image = await (await fromArrayBuffer(tiff.buffer.slice(tiff.byteOffset, tiff.byteOffset + tiff.length) as ArrayBuffer)).getImage();
    expect([image.isTiled, image.getTileWidth(), image.getGDALNoData()]).toEqual([true, 256, -9999]);
    const [rsrp] = (await image.readRasters()) as unknown as Float32Array[];
    const served = rsrp.filter((v) => v !== -9999);
    expect(served.length).toBeGreaterThan(1000);
    expect(served.every((v) => v > -200 && v < 0)).toBe(true); // dBm; unserved pixels are nodata
    const [west, north] = image.getOrigin();
    expect(west).toBeGreaterThan(114.5); expect(west).toBeLessThan(115.5); // around the fixture's Puyang sites
    expect(north).toBeGreaterThan(35.5); expect(north).toBeLessThan(36.5);
    const fc = JSON.parse((await download(page, '#export-coverage')).toString('utf8')) as { features: { properties: { kind: string; areaKm2?: number } }[] };
    expect(fc.features[0].properties.kind).toBe('covered');
    const holes = fc.features.filter((f) => f.properties.kind === 'hole');
    expect(holes.length).toBeGreaterThan(0); // 12 fixture sites leave most settlement areas uncovered
    expect(holes.every((f) => (f.properties.areaKm2 ?? 0) > 0)).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('imports settlement areas (GeoJSON polygons) and refuses a bad one', async () => {
    const { page } = app;
    const square = (lon: number, lat: number, d: number) => ({ type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] });
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a1', name: '测试城区' }, geometry: square(115.03, 35.76, 0.01) }] };
    await pick(page, { name: 'areas-bad.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...bad, features: [{ ...bad.features[0], properties: { id: 'a1', tier: 'town' } }] })) });
    expect(await page.textContent('#import-problems')).toMatch(/areas-bad\.geojson，要素 0，字段 "tier"：须为以下之一/);
    await page.click('#import-cancel');
    const good = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a1', name: '测试城区', tier: 'county-seat', county: '410902' }, geometry: square(115.03, 35.76, 0.01) }] };
    await pick(page, { name: 'areas.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    expect(await page.textContent('#import-summary')).toContain('1');
    await page.click('#import-replace');
    runs = await waitForCoverage(page, runs);
    expect(await appState<string[]>(page, 's => s.areas.map(a => a.name)')).toEqual(['测试城区']);
    // The 2022 township target now looks at this one area only.
    await expect.poll(() => appState<number | undefined>(page, 's => s.targets.report?.results.find(r => r.id === "py-2022-townships")?.actual?.areas'), { timeout: 30_000 }).toBe(1);
    expect(app.problems).toEqual([]);
  });
});
