// Issue 5 "In the app": the site-selection panel. Remove the sites around one township so the
// 2022 area target (py-2022-townships, continuous coverage) fails for it, generate a hex lattice
// over the failing areas, run meet-targets, accept every pick as ONE undoable step: the targets
// panel then passes that township again, and undo brings back the failing plan.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const AREA = 'tw-410902101'; // 岳村镇, 华龙区: a modelled township disk of radius 595 m (data/puyang/areas.geojson)
const CLEAR_RADIUS_M = 2500; // every site this close to the seat goes, so the disk loses its server

interface AreaRow { id: string; pass: boolean; coveredShare: number | null }

/** The disk's centre: the mean of its ring (a 64-step disk, so the mean is the seat point). */
function areaCentre(): [number, number] {
  const fc = JSON.parse(readFileSync('data/puyang/areas.geojson', 'utf8')) as { features: { properties: { id: string }; geometry: { coordinates: number[][][] } }[] };
  const ring = fc.features.find((f) => f.properties.id === AREA)!.geometry.coordinates[0].slice(0, -1);
  return [ring.reduce((a, p) => a + p[0], 0) / ring.length, ring.reduce((a, p) => a + p[1], 0) / ring.length];
}

/** The township's row in the 2022 township target, once the targets check after coverage run `runs` is in. */
async function areaRow(page: Page, targetRuns: number): Promise<AreaRow> {
  await page.waitForFunction((n) => {
    const el = (globalThis as unknown as PageGlobals).document.querySelector('#targets-status');
    return el?.getAttribute('data-status') === 'done' && Number(el.getAttribute('data-runs')) > n;
  }, targetRuns, { timeout: 120_000, polling: 200 });
  return appState<AreaRow>(page, `s => s.targets.report.results.find((r) => r.id === 'py-2022-townships').perArea.find((a) => a.id === '${AREA}')`);
}

const targetRuns = (page: Page) => appState<number>(page, 's => s.targets.runs');

describe('site selection panel', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('restores a township target with hex candidates, accepted as one undoable step', async () => {
    app = await openApp(browser);
    const { page } = app;
    let runs = await waitForCoverage(page);
    expect((await areaRow(page, 0)).pass).toBe(true); // the synthetic plan covers it

    const [lon0, lat0] = areaCentre();
    const gone = await page.evaluate(([lon, lat, r]) => {
      const g = (globalThis as unknown as { g5plan: { store: { get(): { sites: { id: string; lonLat: [number, number] }[] } }; actions: { deleteSites(ids: string[]): void } } }).g5plan;
      const kx = 111320 * Math.cos((lat * Math.PI) / 180), ky = 110540;
      const ids = g.store.get().sites.filter((s) => Math.hypot((s.lonLat[0] - lon) * kx, (s.lonLat[1] - lat) * ky) < r).map((s) => s.id);
      g.actions.deleteSites(ids);
      return ids;
    }, [lon0, lat0, CLEAR_RADIUS_M] as const);
    expect(gone.length).toBeGreaterThan(0);
    const sitesAfterRemoval = 4653 - gone.length;
    let tRuns = await targetRuns(page);
    runs = await waitForCoverage(page, runs);
    const failing = await areaRow(page, tRuns);
    expect(failing.pass).toBe(false);

    // Hex lattice over the failing areas, then meet-targets.
    await page.selectOption('#plan-source', 'hex');
    await page.click('#plan-run');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#plan-status')?.getAttribute('data-status') === 'done', undefined, { timeout: 150_000, polling: 200 });
    const result = await appState<{ goalMet: boolean; chosen: { rank: number; gainKm2: number }[]; shortAreas: unknown[] }>(page, 's => s.planning.result');
    expect(result.goalMet).toBe(true);
    expect(result.shortAreas).toEqual([]);
    expect(result.chosen.length).toBeGreaterThan(0);
    // Listed by rank (the order of the greedy picks, largest marginal gain first).
    expect(result.chosen.map((c) => c.rank)).toEqual(result.chosen.map((_, i) => i + 1));
    expect(await page.locator('#plan-results tbody tr').count()).toBe(result.chosen.length);
    expect(await page.textContent('#plan-goal-met')).toBe('目标达成');
    const hexIds = await appState<string[]>(page, 's => s.planning.result.chosen.map((c) => s.planning.candidates[c.candidate].id)');
    expect(hexIds.some((id) => id.startsWith(`hex-${AREA}-`))).toBe(true);
    await page.locator('#planning-panel').scrollIntoViewIfNeeded();
    await page.locator('#planning-panel').screenshot({ path: 'tests/e2e/screenshots/planning-results.png' });
    await page.evaluate((ll) => (globalThis as unknown as { g5plan: { map: { jumpTo(o: object): void } } }).g5plan.map.jumpTo({ center: ll, zoom: 12.5 }), [lon0, lat0]);
    await screenshot(page, 'planning-picks');

    // Unticking every pick disables "accept selected"; ticking one back enables it.
    await page.uncheck('#plan-results input[data-rank="1"]');
    expect(await page.isDisabled('#plan-accept-selected')).toBe(true);
    await page.check('#plan-results input[data-rank="1"]');
    expect(await page.isDisabled('#plan-accept-selected')).toBe(false);

    // Accept all: one undo step, the picks planned in 2022, the township passes again.
    const pastBefore = await appState<number>(page, 's => s.past.length');
    tRuns = await targetRuns(page);
    await page.click('#plan-accept-all');
    expect(await appState<number>(page, 's => s.past.length')).toBe(pastBefore + 1);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(sitesAfterRemoval + result.chosen.length);
    const added = await appState<{ status: string; year: number }[]>(page, `s => s.sites.slice(-${result.chosen.length}).map((x) => ({ status: x.status, year: x.year }))`);
    expect(added.every((x) => x.status === 'planned' && x.year === 2022)).toBe(true);
    runs = await waitForCoverage(page, runs);
    const fixed = await areaRow(page, tRuns);
    expect(fixed.pass).toBe(true);
    expect(await page.textContent(`#targets-panel li[data-id="py-2022-townships"]`)).toBeTruthy();
    await screenshot(page, 'planning-accepted');

    // Undo: back to the plan without the picks, the township failing again.
    tRuns = await targetRuns(page);
    await page.click('#undo');
    expect(await appState<number>(page, 's => s.sites.length')).toBe(sitesAfterRemoval);
    await waitForCoverage(page, runs);
    expect((await areaRow(page, tRuns)).pass).toBe(false);

    // A generated lattice belongs to its year: changing the year drops it (the next run makes a new one).
    await page.selectOption('#plan-source', 'hex');
    await page.click('#plan-hex');
    await page.waitForSelector('#plan-hex-summary');
    await page.locator('#year').fill('2021');
    await page.locator('#year').dispatchEvent('change');
    await page.waitForSelector('#plan-hex-summary', { state: 'detached' });
    expect(await appState<unknown>(page, 's => s.planning.hex')).toBeNull();
    await page.locator('#year').fill('2022');
    await page.locator('#year').dispatchEvent('change');
    runs = await waitForCoverage(page, runs);

    // A single candidate far from the township cannot restore it: goal not met, the area listed as short.
    await page.evaluate(() => {
      const g = (globalThis as unknown as { g5plan: { actions: { buildSite(p: object, ll: [number, number]): { site: unknown }; appendSites(s: unknown[]): void } } }).g5plan;
      g.actions.appendSites([g.actions.buildSite({ id: 'far', status: 'candidate', operator: 'CMCC', kind: 'macro' }, [115.5, 35.85]).site]);
    });
    await page.selectOption('#plan-source', 'plan');
    const planRuns = await appState<number>(page, 's => s.planning.runs');
    await page.click('#plan-run');
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.querySelector('#plan-status')?.getAttribute('data-runs')) > n, planRuns, { timeout: 150_000, polling: 200 });
    expect(await page.textContent('#plan-goal-met')).toBe('目标未达成');
    expect(await page.getAttribute('#plan-short li', 'data-id')).toBe(AREA);
    expect(await page.textContent('#plan-short li')).toContain('岳村镇');
    await page.locator('#planning-panel').screenshot({ path: 'tests/e2e/screenshots/planning-short.png' });
    expect(app.problems).toEqual([]);
  });

  it('chooses among the plan\'s own candidates for max-coverage, accepts one in place, and cancels', async () => {
    app = await openApp(browser, { lang: 'en' });
    const { page } = app;
    let runs = await waitForCoverage(page);
    // Import the fixture (append): 12 sites, 4 of them candidates (fx-3, fx-6, fx-9, fx-12).
    const chooser = page.waitForEvent('filechooser');
    await page.click('#import');
    await (await chooser).setFiles('tests/fixtures/ui-plan.geojson');
    await page.click('#import-append');
    runs = await waitForCoverage(page, runs);
    // Of those only fx-12 (115.55, 35.85) adds coverage (1.57 km2); the others stand in covered towns.
    // Two more macros in holes of the synthetic plan, south of 南乐县, through the app's actions.
    await page.evaluate(() => {
      const g = (globalThis as unknown as { g5plan: { actions: { buildSite(p: object, ll: [number, number]): { site: unknown }; appendSites(s: unknown[]): void } } }).g5plan;
      const mk = (id: string, ll: [number, number]) => g.actions.buildSite({ id, status: 'candidate', operator: 'CMCC', kind: 'macro', year: 2022 }, ll).site;
      g.actions.appendSites([mk('hole-a', [115.25, 36.03]), mk('hole-b', [115.277, 35.94])]);
    });
    expect(await page.textContent('#plan-source option[value="plan"]')).toBe('Candidate sites of the plan (6)');

    await page.selectOption('#plan-goal', 'max-coverage');
    await page.fill('#plan-max-sites', '2');
    await page.locator('#plan-max-sites').dispatchEvent('change');
    // Cancel right after Run: the run stops before any result.
    await page.click('#plan-run');
    await page.click('#plan-cancel');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#plan-status')?.getAttribute('data-status') === 'cancelled', undefined, { timeout: 30_000 });
    expect(await page.textContent('#plan-status')).toBe('Cancelled');
    expect(await appState<unknown>(page, 's => s.planning.result')).toBeNull();

    await page.click('#plan-run');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#plan-status')?.getAttribute('data-status') === 'done', undefined, { timeout: 150_000, polling: 200 });
    const chosen = await appState<{ rank: number; gainPopulation: number | null; id: string }[]>(page, 's => s.planning.result.chosen.map((c) => ({ rank: c.rank, gainPopulation: c.gainPopulation, id: s.planning.candidates[c.candidate].id }))');
    expect(chosen.length).toBe(2); // max-sites 2 of the 3 candidates that add coverage
    expect(chosen.every((c) => ['fx-12', 'hole-a', 'hole-b'].includes(c.id) && (c.gainPopulation ?? 0) > 0)).toBe(true);
    expect(chosen[0].gainPopulation!).toBeGreaterThanOrEqual(chosen[1].gainPopulation!); // ranked by marginal gain
    await page.locator('#planning-panel').scrollIntoViewIfNeeded();
    await page.locator('#planning-panel').screenshot({ path: 'tests/e2e/screenshots/planning-max-coverage-en.png' });

    // Accept only rank 1: that candidate becomes planned in place (no site added), one undo step.
    const count = await appState<number>(page, 's => s.sites.length');
    await page.uncheck('#plan-results input[data-rank="2"]');
    await page.click('#plan-accept-selected');
    expect(await appState<number>(page, 's => s.sites.length')).toBe(count);
    const site = (id: string) => appState<{ status: string; year: number }>(page, `s => { const x = s.sites.find((y) => y.id === '${id}'); return { status: x.status, year: x.year }; }`);
    expect(await site(chosen[0].id)).toEqual({ status: 'planned', year: 2022 });
    expect(await site(chosen[1].id)).toEqual({ status: 'candidate', year: 2022 });
    expect(await page.textContent('#plan-source option[value="plan"]')).toBe('Candidate sites of the plan (5)');
    await page.click('#undo');
    expect(await site(chosen[0].id)).toEqual({ status: 'candidate', year: 2022 });
    await waitForCoverage(page, runs);
    expect(app.problems).toEqual([]);
  });
});

