import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // e2e/ holds Playwright specs; vitest would try to run them and fail.
    include: ['proxy/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
