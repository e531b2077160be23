import { defineConfig } from 'vitest/config';

// vitest 5's reporter calls Map.groupBy (Node >= 21); Node 20 lacks it and would hide failures.
if (!(Map as unknown as { groupBy?: unknown }).groupBy) {
  (Map as unknown as { groupBy: unknown }).groupBy = <K, V>(items: Iterable<V>, key: (v: V, i: number) => K) => {
    const out = new Map<K, V[]>();
    let i = 0;
    for (const v of items) { const k = key(v, i++); (out.get(k) ?? out.set(k, []).get(k)!).push(v); }
    return out;
  };
}

// Unit, property, worker and CLI tiers. Browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['tests/{unit,property,worker,cli,queue}/**/*.test.ts'],
    // The CLI tier spawns the compiled command line: build it first when sources changed.
    globalSetup: ['tests/setup/build-cli.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
