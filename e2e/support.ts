// Shared by the specs: where the servers of playwright.config.ts listen, a page that fails the
// test on any console or page error, and a client for the stand-in Gong's control API.
import { test as base, expect, type Page } from '@playwright/test';
import type { Fault } from '../proxy/stand-in/faults';

// playwright.config.ts sets E2E_PORT_BASE for its servers and its workers alike.
const portBase = Number(process.env.E2E_PORT_BASE ?? 5185);
export const SANDBOX_URL = `http://127.0.0.1:${portBase}`;
export const STAND_IN_URL = `http://127.0.0.1:${portBase + 1}`;
export const GONG_MODE_URL = `http://127.0.0.1:${portBase + 2}`;
/** Gong mode with GONG_DAILY_LIMIT=50, in front of the same stand-in. */
export const QUOTA_URL = `http://127.0.0.1:${portBase + 3}`;
export const INTEGRATION_ID = '7302198156228391457';

/** Console errors a test expects (e.g. the browser's own line for a deliberate 401). */
export interface ExpectedErrors {
  allow: (pattern: RegExp) => void;
}

export const test = base.extend<{ consoleGuard: ExpectedErrors }>({
  consoleGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const standIn = {
  async reset() {
    await control('POST', '/__control/reset');
  },
  async injectFaults(...faults: Fault[]) {
    await control('POST', '/__control/faults', JSON.stringify(faults));
  },
  async setObject(objectType: string, id: string, fieldsJson: string) {
    await control('PUT', `/__control/objects/${objectType}/${encodeURIComponent(id)}`, fieldsJson);
  },
  async calls(): Promise<
    { path: string; query: Record<string, string>; body: string; status: number }[]
  > {
    return JSON.parse(await control('GET', '/__control/calls'));
  },
};

async function control(method: string, path: string, body?: string): Promise<string> {
  const response = await fetch(`${STAND_IN_URL}${path}`, {
    method,
    body,
    headers: body ? { 'content-type': 'application/json' } : {},
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`stand-in control ${method} ${path}: ${response.status} ${text}`);
  return text;
}

/** Fills the query form the way a person would. */
export async function fillQuery(
  page: Page,
  query: { integrationId?: string; objectType?: string; ids: string },
) {
  await page.getByLabel('Integration ID').fill(query.integrationId ?? INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption(query.objectType ?? 'DEAL');
  await page.getByLabel('CRM IDs').fill(query.ids);
}
