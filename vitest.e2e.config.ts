import { defineConfig } from 'vitest/config';

// Browser tier: each test drives headless Debian chromium (playwright-core) against a vite dev
// server that tests/e2e/global-setup.ts starts on a free localhost port and stops afterwards.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/setup/build-cli.ts', 'tests/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores and the coverage workers want both.
    fileParallelism: false,
    pool: 'forks',
  },
});
