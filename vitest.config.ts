import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // e2e/ holds Playwright specs; vitest would try to run them and fail.
    include: ['proxy/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'cli/**/*.test.ts'],
    testTimeout: 20_000,
    // Browsers give JSON.parse revivers each value's source text; Node 20 only behind this
    // flag. With it, web/lib/json tests also run the lossless parser's source-text path and hold the
    // other paths against it (lossless-json.test.ts fails if the flag stops reaching workers).
    execArgv: ['--harmony-json-parse-with-source'],
  },
});
