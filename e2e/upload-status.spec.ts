// Where an upload stands: status, counts, Gong's requestId and error lines for each sample
// upload the stand-in knows, and plain words for an id Gong does not know.
import type { Page } from '@playwright/test';
import { expect, GONG_MODE_URL, INTEGRATION_ID, standIn, test } from './support';

const panel = (page: Page) => page.getByRole('region', { name: 'Upload status' });
const fact = (page: Page, name: string) =>
  panel(page)
    .getByRole('list', { name: 'Upload summary' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${name}:`) });

async function check(page: Page, clientRequestId: string) {
  await panel(page).getByLabel('Client request ID').fill(clientRequestId);
  await panel(page).getByRole('button', { name: 'Check status' }).click();
}

test.beforeEach(async ({ page }) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
});

test('a failed upload: status, counts, requestId and each error line Gong lists', async ({
  page,
}) => {
  await check(page, 'sample-failed');
  await expect(fact(page, 'Status')).toHaveText('Status: FAILED');
  await expect(fact(page, 'Succeeded')).toHaveText('Succeeded: 997');
  await expect(fact(page, 'Errors')).toHaveText('Errors: 3');
  await expect(fact(page, 'Gong requestId')).toHaveText(/^Gong requestId: \w+$/);
  await expect(
    panel(page).getByRole('list', { name: 'Upload errors' }).getByRole('listitem'),
  ).toHaveText([
    'Line 12: Mandatory field [objectId] is missing or empty',
    'Line 18: Field [closeDate] value [31/12/2025] is not a valid DATE',
    'Line 240: Field [amount] value [7,000 USD] is not a valid CURRENCY',
  ]);
  await expect(panel(page).getByText(/^Showing/)).toHaveCount(0);
  const calls = (await standIn.calls()).map((call) => call.path);
  expect(calls).toEqual(['/v2/crm/request-status']);
});

test('more errors than Gong lists: the first 20, and how many there are', async ({ page }) => {
  await check(page, 'sample-failed-many');
  await expect(fact(page, 'Errors')).toHaveText('Errors: 57');
  await expect(fact(page, 'Succeeded')).toHaveText('Succeeded: 943');
  const lines = panel(page).getByRole('list', { name: 'Upload errors' }).getByRole('listitem');
  await expect(lines).toHaveCount(20);
  await expect(lines.first()).toHaveText(
    'Line 3: Field [closeDate] value [1/13/2025] is not a valid DATE',
  );
  await expect(panel(page)).toContainText('Showing 20 of 57 errors: Gong lists only the first 20.');
});

test('a file Gong could not read is one error on line 0: the whole file', async ({ page }) => {
  await check(page, 'sample-failed-file');
  await expect(panel(page).getByRole('list', { name: 'Upload errors' })).toHaveText(
    'Whole file: Failed to parse the file: expected one JSON object per line',
  );
});

for (const [id, status, succeeded] of [
  ['sample-done', 'DONE (processed)', '1000'],
  ['sample-pending', 'PENDING (waiting to be processed)', '0'],
  ['sample-in-progress', 'IN_PROGRESS (being processed)', '412'],
] as const) {
  test(`${id}: ${status}, ${succeeded} succeeded, no errors`, async ({ page }) => {
    await check(page, id);
    await expect(fact(page, 'Status')).toHaveText(`Status: ${status}`);
    await expect(fact(page, 'Succeeded')).toHaveText(`Succeeded: ${succeeded}`);
    await expect(fact(page, 'Errors')).toHaveText('Errors: 0');
    await expect(panel(page).getByRole('list', { name: 'Upload errors' })).toHaveCount(0);
  });
}

test('an id Gong does not know is said in plain words, with its requestId', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 404/);
  await check(page, 'no-such-upload');
  await expect(panel(page)).toContainText(
    "Gong found nothing there (404). Gong said: No request found for clientRequestId 'no-such-upload'",
  );
  await expect(panel(page)).toContainText(/Gong requestId \w+/);
  await expect(panel(page).getByRole('list', { name: 'Upload summary' })).toHaveCount(0);
});

test('asks for the integration first, and asks Gong again on every check', async ({ page }) => {
  await page.getByLabel('Integration ID').fill('');
  await check(page, 'sample-done');
  await expect(panel(page)).toContainText('Enter the Integration ID above first');
  expect(await standIn.calls()).toEqual([]);

  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await panel(page).getByRole('button', { name: 'Check status' }).click();
  await expect(fact(page, 'Status')).toHaveText('Status: DONE (processed)');
  await panel(page).getByRole('button', { name: 'Check status' }).click();
  await expect
    .poll(async () => (await standIn.calls()).filter((c) => c.path === '/v2/crm/request-status'))
    .toHaveLength(2);
});
