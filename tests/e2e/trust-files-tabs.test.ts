// Issue 12, parts 2-4 in the browser: a CSV with Chinese headers and values imports as written
// (中国联通 / 候选 / 35 m), an id-less table can be numbered, a spreadsheet picked by mistake is
// named, the site form speaks its own words and refuses a -5 dBm macro, overlapping sites are
// offered in a picker, and two tabs of one browser never overwrite each other silently.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, pickImport, screenshot, waitForCoverage, type PageGlobals } from './helpers.ts';

const CSV = 'id,经度,纬度,名称,运营商,状态,年份,天线高度\nZ1,115.031,35.762,新区一号,中国联通,候选,2022,35\nZ2,115.041,35.772,新区二号,中国联通,候选,2022,35\nZ3,115.051,35.752,新区三号,中国联通,候选,2022,35\nZ4,115.061,35.742,新区四号,中国联通,候选,2022,35\nZ5,115.071,35.732,新区五号,中国联通,候选,2022,35\n';

const pick = (page: Page, name: string, content: string | Buffer, mimeType = 'text/csv') =>
  pickImport(page, { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

const ready = (page: Page) => page.waitForFunction(() => {
  const s = (globalThis as unknown as { g5plan?: { store: { get(): { sites: unknown[]; editing: string } } } }).g5plan?.store.get();
  return !!s && s.sites.length > 0 && s.editing !== 'starting';
}, undefined, { timeout: 60_000 });

describe('files read as written', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('imports Chinese headers and values, numbers an id-less table, names a spreadsheet', async () => {
    const { page, problems } = await openApp(browser);
    await waitForCoverage(page);
    await pick(page, 'zh-sites.csv', CSV);
    expect(await page.textContent('#import-summary')).toContain('中国联通 5');
    expect(await page.textContent('#import-columns')).toContain('运营商 → operator');
    expect(await page.textContent('#import-columns')).toContain('天线高度 → heightM');
    await page.locator('#import-dialog').screenshot({ path: 'tests/e2e/screenshots/trust-import-zh.png' });
    // The coordinate system chosen for a table is remembered for the next table, not for GeoJSON (RFC 7946: WGS-84).
    await page.selectOption('#import-crs', 'gcj02');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#import-dialog')?.getAttribute('data-crs') === 'gcj02');
    await page.selectOption('#import-crs', 'wgs84');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#import-dialog')?.getAttribute('data-crs') === 'wgs84');
    await page.click('#import-append');
    const z1 = await appState<{ operator: string; status: string; heightM: number; name: string }>(page, 's => s.sites.find((x) => x.id === "Z1")');
    expect(z1).toMatchObject({ operator: 'CU', status: 'candidate', heightM: 35, name: '新区一号' });

    // Without ids: one message and the way out, not a problem per row.
    expect(await page.evaluate(() => localStorage.getItem('g5plan.importCrs'))).toBe('wgs84');
    await page.evaluate(() => localStorage.setItem('g5plan.importCrs', 'gcj02'));
    await pick(page, 'p.geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }), 'application/geo+json');
    expect(await page.getAttribute('#import-dialog', 'data-crs')).toBe('wgs84');
    await page.click('#import-cancel');
    await pick(page, 'no-ids.csv', '名称,经度,纬度,运营商\n甲,115.03,35.70,移动\n乙,115.04,35.70,电信\n');
    expect(await page.locator('#import-problems li').count()).toBe(1);
    expect(await page.textContent('#import-problems')).toContain('缺少编号列');
    await page.click('#import-number-rows');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#import-summary')?.textContent?.includes('2') === true);
    expect(await page.textContent('#import-summary')).toContain('中国电信 1');
    expect(await page.getAttribute('#import-dialog', 'data-crs')).toBe('gcj02'); // remembered for tables
    await page.locator('#import-dialog').screenshot({ path: 'tests/e2e/screenshots/trust-import-numbered.png' });
    await page.click('#import-cancel');

    // A value not understood: refused with line and column, in Chinese.
    await pick(page, 'bad.csv', '编号,经度,纬度,运营商\nB1,115.03,35.70,中国铁通\n');
    expect(await page.textContent('#import-problems')).toContain('bad.csv，第 2 行，字段 "运营商"：无法识别 "中国铁通"');
    expect(await page.isDisabled('#import-replace')).toBe(true);
    await page.click('#import-cancel');

    // A workbook under a .geojson name: named as what it is, no garbage bytes.
    await pick(page, 'plan.geojson', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await page.textContent('#import-problems')).toContain('是 zip 压缩包');
    await page.click('#import-cancel');
    expect(problems).toEqual([]);
  });

  it('the site form names fields in its own words and refuses a -5 dBm macro; overlapping sites offer a choice', async () => {
    const { page } = await openApp(browser);
    await waitForCoverage(page);
    await page.evaluate(() => (globalThis as unknown as { g5plan: { store: { set(p: object): void } } }).g5plan.store.set({ selectedId: 'PY-2022-CUCT-0788' }));
    await page.waitForSelector('#site-form form');
    await page.fill('#site-form input[name=txPowerDbm]', '-5');
    await page.click('#site-save');
    // PY-2022-CUCT-0788 is an indoor station (0-36 dBm).
    expect(await page.textContent('#site-form-errors')).toMatch(/发射功率 \(dBm\)：-5 dBm 超出室分\S*的合理范围 0–36 dBm/);
    await page.click('#site-cancel');

    // An imported X1 about 30 m from PY-2022-CUCT-0788: a click there lists both.
    const at = await appState<[number, number]>(page, 's => s.sites.find((x) => x.id === "PY-2022-CUCT-0788").lonLat');
    await pick(page, 'x1.csv', `编号,经度,纬度\nX1,${(at[0] + 0.0003).toFixed(6)},${at[1].toFixed(6)}\n`);
    await page.click('#import-append');
    await page.evaluate((ll) => (globalThis as unknown as { g5plan: { map: { jumpTo(o: object): void } } }).g5plan.map.jumpTo({ center: ll, zoom: 13 }), at);
    await page.waitForTimeout(800);
    const p = await page.evaluate((ll) => (globalThis as unknown as PageGlobals).g5plan.map.project(ll), at);
    const box = (await page.locator('#map').boundingBox())!; // project() is relative to the map's container
    await page.mouse.click(box.x + p.x + 1, box.y + p.y);
    await page.waitForSelector('#site-picker');
    const offered = await page.$$eval('#site-picker button', (bs) => bs.map((b) => b.getAttribute('data-id')));
    expect(offered.sort()).toEqual(['PY-2022-CUCT-0788', 'X1']);
    await screenshot(page, 'trust-overlap-picker');
    await page.click('#site-picker button[data-id="X1"]');
    expect(await appState<string>(page, 's => s.selectedId')).toBe('X1');
  });

  it('two tabs: one edits, the other is read-only, is told, and can take over; no edit is lost', async () => {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN' });
    const a = await context.newPage();
    await a.goto(inject('baseUrl'));
    await ready(a);
    const count = (page: Page) => appState<number>(page, 's => s.sites.length');
    const del = (page: Page, n: number) => page.evaluate((k) => {
      const g = (globalThis as unknown as { g5plan: { store: { get(): { sites: { id: string }[] } }; actions: { deleteSites(ids: string[]): void } } }).g5plan;
      g.actions.deleteSites(g.store.get().sites.slice(0, k).map((s) => s.id));
    }, n);
    await del(a, 1); // an edit in A, autosaved
    const afterA = await count(a);

    const b = await context.newPage();
    await b.goto(inject('baseUrl'));
    await ready(b);
    expect(await appState<string>(b, 's => s.editing')).toBe('readonly');
    expect(await count(b)).toBe(afterA); // B restores A's plan
    await b.waitForSelector('#tab-banner:not([hidden])');
    expect(await b.textContent('#tab-banner')).toContain('另一个标签页中编辑');
    await del(b, 5); // refused, and said so
    expect(await count(b)).toBe(afterA);
    expect(await b.textContent('#notice')).toContain('本页只读');
    await b.screenshot({ path: 'tests/e2e/screenshots/trust-tab-readonly.png' });

    // B takes over: A writes its last change, turns read-only and is told.
    await b.click('#take-over');
    await b.waitForFunction(() => (globalThis as unknown as { g5plan: { store: { get(): { editing: string } } } }).g5plan.store.get().editing === 'editor', undefined, { timeout: 15_000 });
    await a.waitForSelector('#tab-banner:not([hidden])');
    await del(b, 5);
    expect(await count(b)).toBe(afterA - 5);
    const aCount = await count(a);
    await del(a, 1); // A's edit is refused now, not silently applied
    expect(await count(a)).toBe(aCount);
    // A follows B's saves.
    await a.waitForFunction((n) => (globalThis as unknown as { g5plan: { store: { get(): { sites: unknown[] } } } }).g5plan.store.get().sites.length === n, afterA - 5, { timeout: 15_000 });

    // Reload B: its five deletions are there, and it edits again (the lock of the page it replaced is waited for).
    await b.reload();
    await ready(b);
    expect(await count(b)).toBe(afterA - 5);
    expect(await appState<string>(b, 's => s.editing')).toBe('editor');
    // Close the editor: the read-only tab becomes the editor by itself.
    await b.close();
    await a.waitForFunction(() => (globalThis as unknown as { g5plan: { store: { get(): { editing: string } } } }).g5plan.store.get().editing === 'editor', undefined, { timeout: 15_000 });
    await a.waitForSelector('#tab-banner', { state: 'hidden' });
    await del(a, 1);
    expect(await count(a)).toBe(afterA - 6);
    await context.close();
  });
});
