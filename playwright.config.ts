import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download its browsers on these machines; Debian's Chromium works. Where
// `npx playwright install chromium` has run instead, leave CHROMIUM_PATH unset.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Blank values override a developer's .env, so tests never reach a real Gong.
const noCredentials = {
  GONG_ACCESS_KEY: '',
  GONG_ACCESS_KEY_SECRET: '',
  GONG_BEARER_TOKEN: '',
  GONG_BASE_URL: '',
};

// E2E_PORT_BASE lets two checkouts run their browser tests side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 5185);
process.env.E2E_PORT_BASE = String(base);
const PORTS = { sandbox: base, standIn: base + 1, gong: base + 2 } as const;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumPath ? { executablePath: chromiumPath } : {},
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // `npm start` as a user runs it, on sandbox data.
      command: 'node node_modules/tsx/dist/cli.mjs proxy/server.ts',
      url: `http://127.0.0.1:${PORTS.sandbox}/api/config`,
      env: { ...noCredentials, PORT: String(PORTS.sandbox) },
      reuseExistingServer: false,
    },
    {
      // A stand-in Gong whose faults and objects the tests control.
      command: `node node_modules/tsx/dist/cli.mjs proxy/stand-in/main.ts --port ${PORTS.standIn} --control --rate-limit 3`,
      url: `http://127.0.0.1:${PORTS.standIn}/__control/calls`,
      reuseExistingServer: false,
    },
    {
      // The proxy in gong mode, as with real credentials, in front of that stand-in.
      command: 'node node_modules/tsx/dist/cli.mjs proxy/server.ts',
      url: `http://127.0.0.1:${PORTS.gong}/api/config`,
      env: {
        ...noCredentials,
        PORT: String(PORTS.gong),
        GONG_BASE_URL: `http://127.0.0.1:${PORTS.standIn}`,
        GONG_ACCESS_KEY: 'e2e-key',
        GONG_ACCESS_KEY_SECRET: 'e2e-secret',
        GONG_TIMEOUT_MS: '3000',
      },
      reuseExistingServer: false,
    },
  ],
});
