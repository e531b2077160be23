// Issue 14 in the app, second round: vendor antenna patterns (.msi/.pln) imported, kept across a
// reload (no "not imported" flash meanwhile), removed again (×), named in the site form (sectors[].pattern, kept on the site's properties for export),
// a sector naming an unknown pattern stopped with one Chinese message; and a DEM covering only
// part of the study area says which part is treated as flat.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

const PATTERN = 'tests/fixtures/patterns/test-65-6t.msi';
const setState = (patch: object) => (globalThis as unknown as { g5plan: { store: { set(p: object): void } } }).g5plan.store.set(patch);

describe('antenna patterns and partial DEMs in the app', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser);
  });
  afterAll(async () => { await browser?.close(); });

  it('imports a pattern, a sector names it (coverage recomputed), an unknown one gets one message', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-pattern-'));
    let runs = await waitForCoverage(page);
    const bad = join(dir, 'broken.msi');
    writeFileSync(bad, 'NAME BROKEN\nHORIZONTAL 360\n0 0\n');
    await page.setInputFiles('#pattern-picker', bad);
    await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).g5plan.store.get() as { notice: unknown }).notice !== null, undefined, { timeout: 10_000 });
    expect(await appState<string>(page, 's => s.notice.text')).toContain('broken.msi');
    expect(await appState<string[]>(page, 's => Object.keys(s.terrain.patterns)')).toEqual([]);
    await page.setInputFiles('#pattern-picker', PATTERN);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#patterns-imported')?.textContent?.includes('TEST-65-6T'), undefined, { timeout: 10_000 });

    const site = await appState<{ id: string }>(page, 's => s.sites.find((x) => x.kind === "macro" && x.sectors.length === 3)');
    await page.evaluate(setState, { selectedId: site.id, notice: null });
    await page.fill('#site-form input[name=patterns]', 'TEST-65-6T');
    await page.click('#site-save');
    runs = await waitForCoverage(page, runs, 300_000);
    const props = await appState<{ sectors: { pattern?: string }[] }>(page, `s => s.sites.find((x) => x.id === ${JSON.stringify(site.id)}).props`);
    expect(props.sectors.map((x) => x.pattern)).toEqual(['TEST-65-6T', 'TEST-65-6T', 'TEST-65-6T']);

    await page.evaluate(setState, { selectedId: site.id });
    await page.fill('#site-form input[name=patterns]', 'TEST-65-6T;;NOPE-1');
    await page.click('#site-save');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#coverage-status')?.getAttribute('data-status') === 'error', undefined, { timeout: 30_000 });
    const notice = await appState<string>(page, 's => s.notice.text');
    expect(notice).toBe(`站点 ${site.id} 的扇区 3 引用的天线方向图“NOPE-1”尚未导入：请先导入该方向图文件（.msi/.pln），覆盖未重新计算`);
    // The last coverage stays as it was.
    expect(Number(await page.getAttribute('#covered-share', 'data-runs'))).toBe(runs);
    await page.evaluate(setState, { selectedId: site.id });
    await page.locator('#site-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'pattern-unknown');

    // Every sector names an imported pattern again; after a reload the patterns come back from
    // IndexedDB a moment after the plan: no "not imported" message meanwhile, not even briefly.
    await page.fill('#site-form input[name=patterns]', 'TEST-65-6T');
    await page.click('#site-save');
    runs = await waitForCoverage(page, runs, 300_000);
    await page.context().addInitScript(() => {
      const g = globalThis as unknown as { setInterval(f: () => void, ms: number): void; document: { querySelector(q: string): { textContent: string | null } | null }; patternNotices: string[] };
      g.patternNotices = [];
      g.setInterval(() => {
        const text = g.document.querySelector('#notice')?.textContent ?? '';
        if (text.includes('尚未导入') && !g.patternNotices.includes(text)) g.patternNotices.push(text);
      }, 5);
    });
    await page.reload();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#patterns-imported')?.textContent?.includes('TEST-65-6T'), undefined, { timeout: 60_000 });
    await waitForCoverage(page, 0, 300_000);
    expect(await page.evaluate(() => (globalThis as unknown as { patternNotices: string[] }).patternNotices)).toEqual([]);
    await page.locator('#pattern-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'pattern-imported');

    // Removed (×): gone from the panel and from IndexedDB; the sectors naming it get the message.
    await page.click('#patterns-imported button[data-pattern="TEST-65-6T"]');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#coverage-status')?.getAttribute('data-status') === 'error', undefined, { timeout: 30_000 });
    expect(await page.textContent('#patterns-imported')).toContain('无（使用 38.901 通用扇区）');
    expect(await appState<string>(page, 's => s.notice.text')).toContain('“TEST-65-6T”尚未导入');
    await page.reload();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#coverage-status')?.getAttribute('data-status') === 'error', undefined, { timeout: 60_000 });
    expect(await page.textContent('#patterns-imported')).toContain('无（使用 38.901 通用扇区）');
    expect(app.problems).toEqual([]);
  });

  it('a DEM covering part of the study area says which part is treated as flat', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'g5plan-dem-'));
    // 0.01-degree grid over the eastern part of Puyang only (from 115.3 E).
    const n = 80, m = 100, rows: string[] = [];
    for (let r = 0; r < m; r++) rows.push(Array.from({ length: n }, () => '60.0').join(' '));
    const asc = join(dir, 'east-half.asc');
    writeFileSync(asc, `ncols ${n}\nnrows ${m}\nxllcenter 115.3\nyllcenter 35.31\ncellsize 0.01\n${rows.join('\n')}\n`);
    await page.setInputFiles('#dem-picker', asc);
    await page.waitForSelector('#terrain-partial', { timeout: 60_000 });
    const text = (await page.textContent('#terrain-partial'))!;
    expect(text).toMatch(/^地形数据只覆盖研究区的 \d+(\.\d+)?%；其余部分（经度 114\.\d+–115\.\d+°，纬度 3\d\.\d+–3\d\.\d+°）按平地计算$/);
    await page.locator('#terrain-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'terrain-partial-dem');
    expect(app.problems).toEqual([]);
  });
});
