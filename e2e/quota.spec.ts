// Gong's daily allowance at the page: the count of today's calls, asking before a fetch that
// needs more than 10% of what is left, and a long 429 read as the day's allowance spent. The
// quota server (playwright.config.ts) allows 50 calls a day and starts each run from 0.
import type { Page } from '@playwright/test';
import { sampleIds, sampleObjects } from '../proxy/stand-in/sample-data';
import {
  expect,
  fillQuery,
  INTEGRATION_ID,
  QUOTA_URL,
  SANDBOX_URL,
  standIn,
  test,
} from './support';

const line = (calls: number) =>
  `Gong calls today: ${calls} of 50 (this tool's; your integration's calls count too)`;

test.describe.configure({ mode: 'serial' });

/** The count the page shows equals the calls the stand-in received (it was reset at 0). */
async function expectCountOfCalls(page: Page) {
  await expect
    .poll(async () => {
      const calls = (await standIn.calls()).length;
      return (await page.getByText(line(calls)).count()) === 1 ? calls : -1;
    })
    .toBeGreaterThan(0);
  return (await standIn.calls()).length;
}

test("shows today's calls and asks before a fetch that needs more than 10% of what is left", async ({
  page,
}) => {
  await standIn.reset();
  await page.goto(QUOTA_URL);
  await expect(page.getByText(line(0))).toBeVisible();

  // One call (and the schema read after it): far under 10% of 50. No question, and the count
  // follows once the run ends.
  await fillQuery(page, { ids: sampleIds('DEAL', 3).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('3 requested · 3 found · 0 not found');
  const used = await expectCountOfCalls(page);

  // 700 ids are 7 calls: more than 10% of the 48 or so left. Cancel spends nothing.
  await fillQuery(page, { ids: sampleIds('DEAL', 700).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  const dialog = page.getByRole('dialog', { name: "Use 7 of today's Gong calls?" });
  await expect(dialog).toContainText(
    `This fetch makes 7 calls to Gong: more than 10% of the ${50 - used} left of today's 50 (your integration's calls count too).`,
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('3 requested · 3 found · 0 not found');
  expect(await standIn.calls()).toHaveLength(used);

  // Asked again, and confirmed: the run is made, and counted.
  await page.getByRole('button', { name: 'Fetch' }).click();
  await dialog.getByRole('button', { name: 'Make 7 calls' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('700 requested · 700 found · 0 not found', {
    timeout: 20_000,
  });
  expect(await expectCountOfCalls(page)).toBeGreaterThanOrEqual(used + 7);
});

test('explains a 429 with a wait of hours as the daily limit, with the time to wait', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 429/);
  await standIn.reset();
  await standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 3 * 3600 });
  await page.goto(QUOTA_URL);
  await fillQuery(page, { ids: sampleIds('DEAL', 2).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('list', { name: 'Failed calls' })).toContainText(
    /Gong's daily limit is probably used up \(your integration's calls count too\): Gong asks to wait 3 h, until about \d\d:\d\d UTC, then use Retry failed\./,
  );
  // The refused call counts too: Gong received it.
  expect((await standIn.calls()).map((call) => call.status)).toEqual([429]);
});

test("says the sandbox counts its own calls, not Gong's", async ({ page }) => {
  await page.goto(SANDBOX_URL);
  await expect(
    page.getByText(
      /^Sandbox calls today: \d+ of 10,000 \(the built-in sample Gong's; none reach Gong\)$/,
    ),
  ).toBeVisible();
});

test("a verification's large reference check waits for its button, and asks like a fetch", async ({
  page,
}) => {
  await standIn.reset();
  // 501 deals, each pointing at its own account: 6 calls for the deals, 6 for the accounts; 6
  // is more than 10% of what is ever left of 50, so neither starts without a yes.
  const [template] = sampleObjects().DEAL;
  const lines = Array.from({ length: 501 }, (_, i) =>
    JSON.stringify({
      ...template?.fields,
      objectId: `quota-deal-${i}`,
      accountId: `quota-acct-${i}`,
    }),
  );
  await page.goto(QUOTA_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  const panel = page.getByRole('region', { name: 'Verify an upload' });
  await panel.getByLabel('Open upload file').setInputFiles({
    name: 'deals-501.ldjson',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  });
  await panel.getByRole('button', { name: 'Verify against Gong' }).click();
  // The dialog names what asks: the verification, not "This fetch".
  const asking = page.getByRole('dialog', { name: "Use 6 of today's Gong calls?" });
  await expect(asking).toContainText('This verification makes 6 calls to Gong');
  await asking.getByRole('button', { name: 'Make 6 calls' }).click();
  await expect(page.getByRole('status').filter({ hasText: / sent · / })).toHaveText(
    '501 sent · 0 stored as sent · 0 differ · 501 not in Gong',
    { timeout: 20_000 },
  );
  const refs = panel.getByRole('region', { name: "References of the file's objects" });
  const check = refs.getByRole('button', { name: 'Check references (6 calls)' });
  await expect(check).toBeVisible();
  await expect(refs.getByRole('status')).toHaveCount(0);
  const accountCalls = async () =>
    (await standIn.calls()).filter((call) => call.query.objectType === 'ACCOUNT');
  expect(await accountCalls()).toHaveLength(0);

  // Pressed: the same question as a large fetch, then the calls.
  await check.click();
  const dialog = page.getByRole('dialog', { name: "Use 6 of today's Gong calls?" });
  await expect(dialog).toContainText('This reference check makes 6 calls to Gong');
  await dialog.getByRole('button', { name: 'Make 6 calls' }).click();
  await expect(refs.getByRole('status')).toHaveText(
    '501 references · 0 found (in Gong or in the file) · 501 not in Gong',
    { timeout: 20_000 },
  );
  const asked = (await accountCalls()).map((call) => JSON.parse(call.body) as string[]);
  expect(asked.map((ids) => ids.length)).toEqual([100, 100, 100, 100, 100, 1]);
  await refs.getByText('Dangling references (501)').click();
  await expect(refs.getByRole('list', { name: 'Not in Gong nor in the file (501)' })).toBeVisible();
});
