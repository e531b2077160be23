// Issue 4 "Editing a plan": add a site with the form, drag it, delete it, undo/redo, and find
// the plan restored from IndexedDB after a reload. Coverage must follow every edit, recomputing
// only the touched tiles. Starts from a small fixture plan imported through the file picker.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, coveredShare, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const FIXTURE = 'tests/fixtures/ui-plan.geojson';

async function importFixture(page: Page, runs: number): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.click('#import');
  await (await chooser).setFiles(FIXTURE);
  await page.waitForSelector('#import-dialog[open]');
  await page.click('#import-replace');
  return waitForCoverage(page, runs);
}

/** Screen position of a lon/lat on the map canvas, in page coordinates. */
async function screenPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => (globalThis as unknown as PageGlobals).g5plan.map.project(ll), lonLat);
  const box = (await page.locator('#map canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

describe('editing a plan', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('adds, moves, deletes a site, undoes and redoes, and restores after a reload', async () => {
    app = await openApp(browser);
    const { page } = app;
    let runs = await waitForCoverage(page);
    runs = await importFixture(page, runs);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(12);
    const before = await coveredShare(page);

    // Add: a macro site in an uncovered spot of Puyang county (south-west, 114.95, 35.62).
    await page.click('#tool-add');
    const at = await screenPoint(page, [114.95, 35.62]);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#site-form form');
    await page.selectOption('#site-form select[name=operator]', 'CU+CT');
    expect(await page.inputValue('#site-form select[name=band]')).toBe('n78'); // contract: CU+CT -> n78
    await page.click('#site-save');
    runs = await waitForCoverage(page, runs);
    const added = await appState<{ id: string; operator: string; band: string; heightM: number; lonLat: [number, number] }>(page, 's => s.sites.find(x => x.id === "new-1")');
    expect(added.operator).toBe('CU+CT');
    expect(added.band).toBe('n78');
    expect(added.heightM).toBe(30); // macro default height
    expect(added.lonLat[0]).toBeCloseTo(114.95, 2);
    const afterAdd = await coveredShare(page);
    expect(afterAdd.value).toBeGreaterThan(before.value);
    const tiles = await appState<number>(page, 's => s.coverage.recomputedTiles');
    expect(tiles).toBeGreaterThan(0);
    expect(tiles).toBeLessThan(72); // incremental: not every tile of the Puyang grid
    await screenshot(page, 'edit-1-added');

    // Antennas: a list of the wrong length and a tilt out of range are refused (in Chinese);
    // one tilt per sector and one horizontal beamwidth for all are saved and shown again.
    await page.fill('#site-form input[name=tilts]', '3;9');
    await page.click('#site-save');
    expect(await page.textContent('#site-form-errors')).toContain('下倾角 (°): 须填一个值，或与方位角个数相同的值');
    await page.fill('#site-form input[name=tilts]', '100');
    await page.click('#site-save');
    expect(await page.textContent('#site-form-errors')).toContain('下倾角 (°)（扇区 1）：100° 超出范围 -90..90°'); // named in the form's words (issue 12)
    await page.fill('#site-form input[name=tilts]', '3;9;6');
    await page.fill('#site-form input[name=hBeamwidths]', '90');
    await page.click('#site-save');
    runs = await waitForCoverage(page, runs);
    const antennas = await appState<{ azimuthDeg: number; tiltDeg: number; hBeamwidthDeg: number; vBeamwidthDeg: number }[]>(page, 's => s.sites.find(x => x.id === "new-1").sectors');
    expect(antennas.map((x) => [x.azimuthDeg, x.tiltDeg, x.hBeamwidthDeg, x.vBeamwidthDeg])).toEqual([[0, 3, 90, 10], [120, 9, 90, 10], [240, 6, 90, 10]]);
    expect(await page.inputValue('#site-form input[name=tilts]')).toBe('3;9;6');
    expect(await page.inputValue('#site-form input[name=hBeamwidths]')).toBe('90');
    await screenshot(page, 'edit-1b-antennas');

    // Move: drag the new site 80 px east.
    const from = await screenPoint(page, added.lonLat);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + i * 10, from.y, { steps: 2 });
    await page.mouse.up();
    runs = await waitForCoverage(page, runs);
    const moved = await appState<[number, number]>(page, 's => s.sites.find(x => x.id === "new-1").lonLat');
    expect(moved[0]).toBeGreaterThan(added.lonLat[0] + 0.01);
    expect(moved[1]).toBeCloseTo(added.lonLat[1], 2);
    await screenshot(page, 'edit-2-moved');

    // Delete, then undo (site back where it was moved to) and redo (gone again).
    await page.click('#site-delete');
    runs = await waitForCoverage(page, runs);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(12);
    expect((await coveredShare(page)).value).toBe(before.value);
    await page.click('#undo');
    runs = await waitForCoverage(page, runs);
    expect(await appState<[number, number]>(page, 's => s.sites.find(x => x.id === "new-1").lonLat')).toEqual(moved);
    await page.click('#redo');
    runs = await waitForCoverage(page, runs);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(12);
    await page.click('#undo');
    runs = await waitForCoverage(page, runs);

    // Reload: the autosaved plan (13 sites, with the moved one) comes back.
    await page.waitForTimeout(500); // let the IndexedDB write land
    await page.reload();
    await waitForCoverage(page);
    expect(await appState<number>(page, 's => s.sites.length')).toBe(13);
    expect(await appState<[number, number]>(page, 's => s.sites.find(x => x.id === "new-1").lonLat')).toEqual(moved);
    await expect.poll(() => page.textContent('#notice')).toContain('已恢复');
    await screenshot(page, 'edit-3-restored');
    expect(app.problems).toEqual([]);
  });

  it('bulk-edits a shift+click selection: set year, mark as built, undo', async () => {
    const { page } = app;
    let runs = await waitForCoverage(page);
    // Fixture fx-2 (planned, 2021) and fx-5 (planned, 2021); fx-1 is built already.
    const picks = await appState<{ id: string; lonLat: [number, number] }[]>(page, 's => s.sites.filter(x => ["fx-2", "fx-5"].includes(x.id)).map(x => ({ id: x.id, lonLat: x.lonLat }))');
    expect(picks.length).toBe(2);
    // Zoom in so the two symbols are far apart on screen.
    await page.evaluate(() => (globalThis as unknown as { g5plan: { map: { jumpTo(o: object): void } } }).g5plan.map.jumpTo({ center: [115.02, 35.74], zoom: 11.5 }));
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).g5plan.map.loaded());
    for (const p of picks) {
      const at = await screenPoint(page, p.lonLat);
      await page.keyboard.down('Shift');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.up('Shift');
    }
    expect(await page.textContent('#bulk-count')).toContain('2');
    await page.selectOption('#bulk-year', '2020');
    await page.click('#bulk-set-year');
    await page.click('#bulk-built');
    runs = await waitForCoverage(page, runs);
    const edited = await appState<{ year: number; status: string }[]>(page, 's => s.sites.filter(x => ["fx-2", "fx-5"].includes(x.id)).map(x => ({ year: x.year, status: x.status }))');
    expect(edited).toEqual([{ year: 2020, status: 'built' }, { year: 2020, status: 'built' }]);
    await screenshot(page, 'edit-4-bulk');
    await page.click('#undo');
    await page.click('#undo');
    const back = await appState<{ year: number; status: string }[]>(page, 's => s.sites.filter(x => ["fx-2", "fx-5"].includes(x.id)).map(x => ({ year: x.year, status: x.status }))');
    expect(back).toEqual([{ year: 2021, status: 'planned' }, { year: 2021, status: 'planned' }]);
    expect(app.problems).toEqual([]);
  });
});
