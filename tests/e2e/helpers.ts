// Browser-test helpers: launch headless Debian chromium (SwiftShader software WebGL), open the
// app with a fresh profile, fail on any page error or console error, wait for coverage, screenshot.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOT_DIR = 'tests/e2e/screenshots';

interface PageElement { getAttribute(name: string): string | null; textContent: string | null }
/**
 * What the page callbacks below touch, typed here because this realm (tsconfig.node.json) has
 * no DOM library: callbacks say `(globalThis as unknown as PageGlobals)`, which compiles away.
 */
export interface PageGlobals {
  document: { querySelector(sel: string): PageElement | null; querySelectorAll(sel: string): { length: number }; documentElement: { lang: string } };
  g5plan: {
    store: { get(): unknown };
    map: {
      loaded(): boolean; project(l: [number, number]): { x: number; y: number }; queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[];
      isSourceLoaded(id: string): boolean; getLayoutProperty(layer: string, name: string): unknown; jumpTo(o: { center: [number, number]; zoom: number }): void;
    };
  };
  dispatchEvent(e: unknown): boolean;
  DataTransfer: new () => { items: { add(f: unknown): void } };
  DragEvent: new (type: string, init: object) => unknown;
  File: new (parts: string[], name: string, opts: object) => unknown;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  });
}

export interface AppPage {
  page: Page;
  /** Page errors, console errors and requests that left localhost, collected as they happen. */
  problems: string[];
}

export async function openApp(browser: Browser, opts: { lang?: 'zh' | 'en'; path?: string } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  page.on('request', (r) => { if (!/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(r.url())) problems.push(`external request: ${r.url()}`); });
  if (opts.lang === 'en') await context.addInitScript(() => localStorage.setItem('g5plan.lang', 'en'));
  await page.goto(inject('baseUrl') + (opts.path ?? ''));
  return { page, problems };
}

/** Waits until coverage has finished more than `afterRuns` runs and nothing is pending. */
export async function waitForCoverage(page: Page, afterRuns = 0, timeoutMs = 120_000): Promise<number> {
  await page.waitForFunction(
    (n) => {
      const doc = (globalThis as unknown as PageGlobals).document;
      const el = doc.querySelector('#covered-share');
      const status = doc.querySelector('#coverage-status')?.getAttribute('data-status');
      return !!el && Number(el.getAttribute('data-runs')) > n && status === 'done';
    },
    afterRuns,
    { timeout: timeoutMs, polling: 100 },
  );
  return Number(await page.getAttribute('#covered-share', 'data-runs'));
}

export async function coveredShare(page: Page): Promise<{ value: number; text: string }> {
  const value = Number(await page.getAttribute('#covered-share', 'data-share'));
  const text = (await page.textContent('#covered-share')) ?? '';
  return { value, text };
}

/** Waits for the map to finish drawing, then saves a screenshot under tests/e2e/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.waitForFunction(() => (globalThis as unknown as Partial<PageGlobals>).g5plan?.map.loaded() === true, undefined, { timeout: 30_000 });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** App state read through the test hook window.g5plan (store + map). */
export async function appState<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate((body) => new Function('s', `return (${body})(s)`)((globalThis as unknown as PageGlobals).g5plan.store.get()), fn) as Promise<T>;
}

/** A file for the import picker: a path, or a name with its bytes. */
export type ImportPayload = string | { name: string; mimeType: string; buffer: Buffer };

/** Picks files through the header's import button and waits for the import dialog (or `ready`). */
export async function pickImport(page: Page, files: ImportPayload | ImportPayload[], ready = '#import-dialog[open]'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.click('#import');
  await (await chooser).setFiles(files as Parameters<Awaited<typeof chooser>['setFiles']>[0]);
  await page.waitForSelector(ready);
}
