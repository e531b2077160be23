// Starts the app's vite dev server on a free localhost port for the browser tests and hands its
// URL to them (inject('baseUrl')); stops it when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ViteDevServer | undefined;

// vitest 5's reporter calls Map.groupBy (Node >= 21) when it prints a failure; on Node 20 it
// would crash and hide the failure. This runs in the reporting process, so it fixes that.
const mapWithGroupBy = Map as unknown as { groupBy?: <T, K>(items: Iterable<T>, key: (item: T, i: number) => K) => Map<K, T[]> };
mapWithGroupBy.groupBy ??= <T, K>(items: Iterable<T>, key: (item: T, i: number) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  server = await createServer({
    // A private dependency cache: a fresh checkout and a developer's tree behave the same.
    cacheDir: mkdtempSync(join(tmpdir(), 'g5plan-e2e-vite-')),
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, open: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite did not report a port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
    rmSync(server!.config.cacheDir, { recursive: true, force: true });
  };
}
