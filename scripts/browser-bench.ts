/**
 * Times the app in headless Chromium (the browser tests' setup): first coverage after opening the
 * page, full reruns after a threshold change at 100 m and 50 m, and site moves. Figures go to
 * docs/ui.md. `npm run bench:browser` (needs /usr/bin/chromium, as the browser tests do) times
 * the dev server (`npm start`); `npm run bench:browser -- --build` builds the app and times the
 * production bundle on `vite preview` (what a static host serves).
 */
import { build, createServer, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';

type G = { g5plan: { store: { get(): any; set(p: object): void }; actions: { moveSite(id: string, l: [number, number]): unknown } } };

async function waitRuns(page: Page, after: number): Promise<void> {
  await page.waitForFunction((n) => {
    const s = (globalThis as unknown as G).g5plan?.store.get();
    return !!s && s.coverage.runs > n && s.coverage.status === 'done';
  }, after, { timeout: 120_000, polling: 20 });
}

const coverageOf = (page: Page) => page.evaluate(() => {
  const c = (globalThis as unknown as G).g5plan.store.get().coverage;
  return { runs: c.runs as number, elapsedMs: Math.round(c.elapsedMs as number), tiles: c.recomputedTiles as number };
});

/** Applies `change` and reports the pool's time and the time until the map shows the result. */
async function timed(page: Page, label: string, change: () => Promise<unknown>): Promise<void> {
  // Let the targets check and the budget that followed the last run finish first.
  await page.waitForFunction(() => (globalThis as unknown as G).g5plan.store.get().targets.status !== 'running', null, { timeout: 120_000, polling: 20 });
  await page.waitForTimeout(300);
  const { runs } = await coverageOf(page);
  const t = Date.now();
  await change();
  await waitRuns(page, runs);
  const c = await coverageOf(page);
  console.log(`${label.padEnd(28)} shown after ${String(Date.now() - t).padStart(5)} ms   pool ${String(c.elapsedMs).padStart(5)} ms   ${c.tiles} tiles`);
}

/** The app's server: the dev server, or with --build the production bundle on vite preview. */
async function startServer(): Promise<{ url: string; close(): Promise<void> }> {
  if (process.argv.includes('--build')) {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
    const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
    return { url: server.resolvedUrls!.local[0], close: () => server.close() };
  }
  const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { host: '127.0.0.1', port: 0, hmr: false } });
  await server.listen();
  return { url: server.resolvedUrls!.local[0], close: () => server.close() };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  const t0 = Date.now();
  await page.goto(server.url);
  await waitRuns(page, 0);
  const first = await coverageOf(page);
  console.log(`${'open page, first coverage'.padEnd(28)} shown after ${String(Date.now() - t0).padStart(5)} ms   pool ${String(first.elapsedMs).padStart(5)} ms   ${first.tiles} tiles`);
  const set = (p: object) => () => page.evaluate((x) => (globalThis as unknown as G).g5plan.store.set(x), p);
  const move = (k: number) => () => page.evaluate((i) => {
    const g = (globalThis as unknown as G).g5plan;
    const sites = g.store.get().sites as { id: string; lonLat: [number, number] }[];
    const s = sites[Math.floor(((i + 0.5) * sites.length) / 5)];
    g.actions.moveSite(s.id, [s.lonLat[0] + 0.0022, s.lonLat[1]]);
  }, k);
  for (const res of [100, 50]) {
    if (res !== 100) await timed(page, `resolution ${res} m`, set({ resM: res }));
    await timed(page, `threshold -100 dBm @${res} m`, set({ thresholdDbm: -100 }));
    await timed(page, `threshold -105 dBm @${res} m`, set({ thresholdDbm: -105 }));
    for (let k = 0; k < 3; k++) await timed(page, `site move ${k + 1} @${res} m`, move(k));
  }
} finally {
  await browser.close();
  await server.close();
}
