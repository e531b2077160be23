// Issue 2 section 6 "A first map", and issue 4's year slider and language switch: the app opens
// Puyang with its counties (Chinese names), settlement areas, the synthetic plan's sites and the
// coverage computed in Web Workers; the covered share shown equals the CLI's for the same inputs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, coveredShare, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const PLAN = 'data/puyang/plan-synthetic.geojson';
const RES_M = 100; // the app's default resolution
const PUYANG_COUNTIES = ['华龙区', '清丰县', '南乐县', '范县', '台前县', '濮阳县'];

function cliCoverage(extra: string[] = [], sites = PLAN): { coveredShare: number; pixels: number } {
  const r = spawnSync('node', ['bin/g5plan.mjs', 'coverage', '--sites', sites, '--dataset', 'puyang', '--res', String(RES_M), ...extra, '--json'], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`g5plan coverage failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function renderedNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((l) => {
    const map = (globalThis as unknown as PageGlobals).g5plan.map;
    return [...new Set(map.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties.name)))];
  }, layer);
}

describe('first map', () => {
  let browser: Browser;
  let app: AppPage;
  let runs = 0;
  const plan = JSON.parse(readFileSync(PLAN, 'utf8')) as { features: { properties: { year?: number; status?: string } }[] };
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
  });
  afterAll(async () => { await browser?.close(); });

  it('shows Puyang, the synthetic plan and its coverage, with the CLI covered share', async () => {
    const { page } = app;
    runs = await waitForCoverage(app.page);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(plan.features.length);
    expect((await renderedNames(page, 'counties-label')).sort()).toEqual([...PUYANG_COUNTIES].sort());
    expect(await page.locator('#map canvas').count()).toBe(1);
    // Cross-origin isolated (vite.config.ts headers): the coverage workers write into shared memory.
    expect(await page.evaluate(() => (globalThis as unknown as { crossOriginIsolated: boolean }).crossOriginIsolated && typeof SharedArrayBuffer === 'function')).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as { g5plan: { lastRaster(): { rsrpDbm: { buffer: unknown } } } }).g5plan.lastRaster().rsrpDbm.buffer instanceof SharedArrayBuffer)).toBe(true);

    const shown = await coveredShare(page);
    const cli = cliCoverage();
    expect(shown.value).toBe(cli.coveredShare);
    expect(shown.text).toBe(`${(cli.coveredShare * 100).toFixed(2)}%`);
    expect(await appState<number>(page, 's => s.coverage.stats.pixels')).toBe(cli.pixels);
    await screenshot(page, 'first-map');
    expect(app.problems).toEqual([]);
  });

  it('recomputes only the touched tiles after a move, equal to a full recompute by the CLI', async () => {
    const { page } = app;
    const before = await coveredShare(page);
    // The plan's most isolated site (largest nearest-neighbour distance), moved ~3.5 km north-east.
    await page.evaluate(() => {
      const g = (globalThis as unknown as { g5plan: { store: { get(): { sites: { id: string; lonLat: [number, number] }[] } }; actions: { moveSite(id: string, l: [number, number]): unknown } } }).g5plan;
      const site = g.store.get().sites.find((x) => x.id === 'PY-2020-CMCC-0571')!;
      g.actions.moveSite(site.id, [site.lonLat[0] + 0.03, site.lonLat[1] + 0.02]);
    });
    runs = await waitForCoverage(page, runs);
    const tiles = await appState<number>(page, 's => s.coverage.recomputedTiles');
    expect(tiles).toBeGreaterThan(0);
    expect(tiles).toBeLessThan(72); // the Puyang grid at 100 m has 72 tiles of 128 px (first run: all 72)
    const after = await coveredShare(page);
    expect(after.value).not.toBe(before.value);
    // Export the edited plan and let the CLI compute it from scratch.
    const dl = page.waitForEvent('download');
    await page.click('#export-geojson');
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-e2e-'));
    const edited = join(dir, 'edited.geojson');
    writeFileSync(edited, readFileSync((await (await dl).path())!));
    const cli = cliCoverage(['--year', '2022'], edited);
    rmSync(dir, { recursive: true });
    expect(after.value).toBe(cli.coveredShare);
    await page.click('#undo');
    runs = await waitForCoverage(page, runs);
    expect((await coveredShare(page)).value).toBe(before.value);
    expect(app.problems).toEqual([]);
  });

  it('shows the plan as of 2020 with the year slider', async () => {
    const { page } = app;
    const share2022 = (await coveredShare(page)).value;
    await page.locator('#year').fill('2020');
    await page.locator('#year').dispatchEvent('change');
    runs = await waitForCoverage(page, runs);
    const in2020 = plan.features.filter((f) => f.properties.year === undefined || f.properties.year <= 2020).length;
    expect(in2020).toBe(1344); // issue 2: 1,344 stations in 2020
    expect(await appState<number>(page, 's => s.sites.filter(x => x.year === null || x.year <= s.year).length')).toBe(in2020);
    expect((await coveredShare(page)).value).toBeLessThan(share2022);
    await screenshot(page, 'year-2020');
    expect(app.problems).toEqual([]);
  });

  it('shows SINR instead of RSRP, and a stricter threshold lowers the covered share', async () => {
    const { page } = app;
    const share = (await coveredShare(page)).value;
    await page.selectOption('#metric', 'sinr');
    expect(await page.textContent('#legend')).toContain('SINR (dB)');
    await screenshot(page, 'sinr');
    await page.selectOption('#metric', 'rsrp');
    await page.fill('#threshold', '-95');
    await page.locator('#threshold').dispatchEvent('change');
    runs = await waitForCoverage(page, runs);
    expect((await coveredShare(page)).value).toBeLessThan(share);
    await page.fill('#threshold', '-105');
    await page.locator('#threshold').dispatchEvent('change');
    runs = await waitForCoverage(page, runs);
    expect((await coveredShare(page)).value).toBe(share);
    expect(app.problems).toEqual([]);
  });

  it('switches to English and keeps it after a reload', async () => {
    const { page } = app;
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('g5plan 5G base-station planner');
    expect(await page.textContent('#coverage-panel')).toContain('Covered share');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang)).toBe('en');
    await screenshot(page, 'english');
    await page.reload();
    await waitForCoverage(page);
    expect(await page.textContent('#lang')).toBe('中文');
    expect(app.problems).toEqual([]);
  });
});
