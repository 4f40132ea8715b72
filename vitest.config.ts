import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/loopback-only.ts'],
    globalSetup: ['test/support/temp-folder-check.ts'],
    testTimeout: 20_000,
  },
});
