import { defineConfig } from 'vitest/config';

// Unit, property, worker and CLI tiers. Browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['tests/{unit,property,worker,cli}/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
