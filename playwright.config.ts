import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
const PORTS = { sandbox: base, standIn: base + 1, gong: base + 2, quota: base + 3 } as const;

// Each server's own files (API token, today's Gong calls) in a temporary folder, fresh for each
// run, never the user's ~/.local/state. Cleared once, by the runner, not by its workers.
const stateRoot = path.join(tmpdir(), `crm-inspector-e2e-${base}`);
if (process.env.TEST_WORKER_INDEX === undefined)
  rmSync(stateRoot, { recursive: true, force: true });
const stateDir = (server: keyof typeof PORTS) => path.join(stateRoot, server);

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
      env: {
        ...noCredentials,
        PORT: String(PORTS.sandbox),
        CRM_INSPECTOR_STATE_DIR: stateDir('sandbox'),
      },
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
        // A million a day: only the quota server below asks before a large run (e2e/quota.spec.ts).
        GONG_DAILY_LIMIT: '1000000',
        CRM_INSPECTOR_STATE_DIR: stateDir('gong'),
      },
      reuseExistingServer: false,
    },
    {
      // Gong mode again with a small daily allowance, so a run of a few calls is a large one.
      command: 'node node_modules/tsx/dist/cli.mjs proxy/server.ts',
      url: `http://127.0.0.1:${PORTS.quota}/api/config`,
      env: {
        ...noCredentials,
        PORT: String(PORTS.quota),
        GONG_BASE_URL: `http://127.0.0.1:${PORTS.standIn}`,
        GONG_ACCESS_KEY: 'e2e-key',
        GONG_ACCESS_KEY_SECRET: 'e2e-secret',
        GONG_DAILY_LIMIT: '50',
        CRM_INSPECTOR_STATE_DIR: stateDir('quota'),
      },
      reuseExistingServer: false,
    },
  ],
});
