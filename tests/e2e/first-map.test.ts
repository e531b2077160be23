// Issue 2 section 6 "A first map", and issue 4's year slider and language switch: the app opens
// Puyang with its counties (Chinese names), settlement areas, the synthetic plan's sites and the
// coverage computed in Web Workers; the covered share shown equals the CLI's for the same inputs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, coveredShare, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const PLAN = 'data/puyang/plan-synthetic.geojson';
const RES_M = 100; // the app's default resolution
const PUYANG_COUNTIES = ['华龙区', '清丰县', '南乐县', '范县', '台前县', '濮阳县'];

function cliCoverage(extra: string[] = []): { coveredShare: number; pixels: number } {
  const r = spawnSync('node', ['bin/g5plan.mjs', 'coverage', '--sites', PLAN, '--dataset', 'puyang', '--res', String(RES_M), ...extra, '--json'], { encoding: 'utf8', timeout: 120_000 });
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

    const shown = await coveredShare(page);
    const cli = cliCoverage();
    expect(shown.value).toBe(cli.coveredShare);
    expect(shown.text).toBe(`${(cli.coveredShare * 100).toFixed(2)}%`);
    expect(await appState<number>(page, 's => s.coverage.stats.pixels')).toBe(cli.pixels);
    await screenshot(page, 'first-map');
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
