// Shared by the office-map and report browser tests: open the app on the synthetic plan and wait
// until coverage, the targets check and the budget are all done.
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, waitForCoverage, type AppPage, type PageGlobals } from './helpers.ts';

export async function openCheckedApp(): Promise<{ browser: Browser; app: AppPage }> {
  const browser = await launchBrowser();
  const app = await openApp(browser);
  await waitForCoverage(app.page);
  await app.page.waitForFunction(() => {
    const doc = (globalThis as unknown as PageGlobals).document;
    return doc.querySelector('#targets-status')?.getAttribute('data-status') === 'done' && !!doc.querySelector('#budget-total');
  }, undefined, { timeout: 60_000 });
  return { browser, app };
}
