import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/loopback-only.ts'],
    // The PostgreSQL server first: its folder is made in the system temp folder, outside the run's checked one.
    globalSetup: ['test/support/postgres-global-setup.ts', 'test/support/temp-folder-check.ts'],
    testTimeout: 20_000,
  },
});
