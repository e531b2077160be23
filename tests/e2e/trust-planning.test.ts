// Issue 12, part 1 through the app, as the steps: threshold -88 dBm, 满足考核目标, 生成六边形候选
// (中国移动), 运行: "目标达成"; 全部接受: the targets panel then passes the township target too (one
// verdict), no accepted site lies outside Puyang, and a second 生成六边形候选 says in Chinese that
// nothing fails. Also: a threshold of -300 dBm is refused with the reason.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, launchBrowser, openApp, screenshot, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

interface Row { id: string; pass: boolean | null; actual: { passing?: number; areas?: number } | null }

async function targetsAfter(page: Page, runs: number): Promise<Row[]> {
  await page.waitForFunction((n) => {
    const el = (globalThis as unknown as PageGlobals).document.querySelector('#targets-status');
    return el?.getAttribute('data-status') === 'done' && Number(el.getAttribute('data-runs')) > n;
  }, runs, { timeout: 180_000, polling: 200 });
  return appState<Row[]>(page, 's => s.targets.report.results.map((r) => ({ id: r.id, pass: r.pass, actual: r.actual })).concat(s.targets.report.warnings.map((w) => ({ id: "warning:" + w.code, pass: null, actual: null })))');
}

const planDone = (page: Page) => page.waitForFunction(() => {
  const st = (globalThis as unknown as PageGlobals).document.querySelector('#plan-status')?.getAttribute('data-status');
  return st === 'done' || st === 'error' || st === 'idle';
}, undefined, { timeout: 180_000, polling: 200 });

describe('site selection: one verdict', () => {
  let browser: Browser;
  let app: AppPage;
  beforeAll(async () => { browser = await launchBrowser(); app = await openApp(browser); });
  afterAll(async () => { await browser?.close(); });

  it('refuses a threshold of -300 dBm and says why', async () => {
    const { page } = app;
    await waitForCoverage(page);
    await page.fill('#threshold', '-300');
    await page.press('#threshold', 'Enter');
    await page.waitForSelector('#notice:not([hidden])');
    expect(await page.textContent('#notice')).toContain('门限须在 -140 至 -60 dBm 之间');
    expect(await page.inputValue('#threshold')).toBe('-105');
    await page.click('#notice button'); // errors stay until dismissed
  });

  it('a plan reported as "目标达成" passes the targets panel after 全部接受', async () => {
    const { page } = app;
    let runs = await appState<number>(page, 's => s.coverage.runs');
    let tRuns = await appState<number>(page, 's => s.targets.runs');
    await page.fill('#threshold', '-88');
    await page.press('#threshold', 'Enter');
    runs = await waitForCoverage(page, runs);
    const before = await targetsAfter(page, tRuns);
    expect(before.find((r) => r.id === 'py-2022-townships')!.pass).toBe(false);

    await page.selectOption('#plan-goal', 'meet-targets');
    await page.selectOption('#plan-hex-operator', 'CMCC');
    await page.click('#plan-hex');
    await planDone(page);
    await page.selectOption('#plan-source', 'hex');
    await page.click('#plan-run');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#plan-status')?.getAttribute('data-status') === 'done', undefined, { timeout: 180_000, polling: 200 });
    expect(await page.textContent('#plan-goal-met')).toBe('目标达成');
    // The figures say what they are of; operators by name.
    expect(await page.textContent('#plan-covered')).toMatch(/^目标区域像素覆盖率 /);
    expect(await page.textContent('#plan-results tbody tr td:nth-child(4)')).toBe('中国移动');
    // No candidate outside Puyang was offered (the picks lie inside its counties).
    const outside = await page.evaluate(() => {
      const g = (globalThis as unknown as { g5plan: { store: { get(): { regions: { geometry: { type: string; coordinates: number[][][] | number[][][][] } }[]; planning: { hex: { sites: { id: string; lonLat: [number, number] }[] } } } } } }).g5plan;
      const s = g.store.get();
      const inRing = (p: [number, number], ring: number[][]) => {
        let inside = false;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          if ((ring[i][1] > p[1]) !== (ring[j][1] > p[1]) && p[0] < ring[i][0] + ((p[1] - ring[i][1]) / (ring[j][1] - ring[i][1])) * (ring[j][0] - ring[i][0])) inside = !inside;
        }
        return inside;
      };
      const polys = s.regions.flatMap((r) => (r.geometry.type === 'Polygon' ? [r.geometry.coordinates as number[][][]] : (r.geometry.coordinates as number[][][][])));
      return s.planning.hex.sites.filter((c) => !polys.some((poly) => inRing(c.lonLat, poly[0]) && !poly.slice(1).some((hole) => inRing(c.lonLat, hole)))).map((c) => c.id);
    });
    expect(outside).toEqual([]);
    await page.locator('#planning-panel').screenshot({ path: 'tests/e2e/screenshots/trust-plan-result.png' });

    tRuns = await appState<number>(page, 's => s.targets.runs');
    await page.click('#plan-accept-all');
    runs = await waitForCoverage(page, runs);
    const after = await targetsAfter(page, tRuns);
    const town = after.find((r) => r.id === 'py-2022-townships')!;
    expect(town.pass, JSON.stringify(town.actual)).toBe(true);
    expect(after.some((r) => r.id === 'warning:sites-outside-region')).toBe(false);
    await page.locator('#targets-panel').screenshot({ path: 'tests/e2e/screenshots/trust-targets-after-accept.png' });
    await screenshot(page, 'trust-after-accept');

    // Every area passes now: generating a lattice is a Chinese notice, not an English error.
    await page.click('#plan-hex');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#notice')?.textContent?.includes('无需生成候选站') === true, undefined, { timeout: 60_000 });
    expect(await page.textContent('#notice')).toContain('所选年份的全部考核区域已达标，无需生成候选站');
    expect(await page.getAttribute('#plan-status', 'data-status')).not.toBe('error');
    expect(app.problems).toEqual([]);
  });
});
