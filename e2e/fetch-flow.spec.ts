// The inspector as a developer uses it: paste ids however they come, fetch, read the tally.
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, SANDBOX_URL, standIn, test } from './support';

test.beforeEach(async () => {
  await standIn.reset();
});

test('a new user fetches the sandbox sample ids and reads the grid', async ({ page }) => {
  await page.goto(SANDBOX_URL);
  await expect(page.getByRole('note', { name: 'Sandbox mode' })).toContainText('sample data');
  await page.getByRole('button', { name: 'Use sample ids' }).click();
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await expect(
    grid.getByRole('columnheader', { name: sampleIds('DEAL', 1)[0], exact: true }),
  ).toBeVisible();
  await expect(grid).toHaveAttribute('aria-colcount', '21');
});

test('a messy paste of 250 ids with duplicates and unknown ids makes 3 calls and the right tally', async ({
  page,
}) => {
  const known = sampleIds('DEAL', 240);
  const unknown = Array.from({ length: 10 }, (_, index) => `0065g00000Unknown${index}`);
  // A spreadsheet column, a CSV line with quotes, tab- and semicolon-separated bits, repeats.
  const paste = [
    known.slice(0, 100).join('\r\n'),
    known
      .slice(100, 150)
      .map((id) => `"${id}"`)
      .join(','),
    known.slice(150, 200).join('\t'),
    known.slice(200, 240).join('; '),
    unknown.join(' '),
    known.slice(0, 15).join('\n'),
  ].join('\n');
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { ids: paste });
  await expect(page.getByText('250 ids · 3 calls · 15 duplicates removed')).toBeVisible();
  await page.getByLabel('CRM IDs').press('Control+Enter');

  await expect(page.getByRole('status')).toHaveText('250 requested · 240 found · 10 not found');
  const calls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(calls).toHaveLength(3);
  expect(calls.map((call) => JSON.parse(call.body).length).sort()).toEqual([100, 100, 50]);
  // Not-found ids are a counter that opens their list.
  await page.getByText('Not found ids (10)').click();
  const notFound = page.getByRole('list', { name: 'Not found (10)' });
  await expect(notFound.getByRole('listitem')).toHaveCount(10);
  await expect(notFound).toContainText(unknown[0] ?? '');
  await page.getByText('Gong requestIds (3)').click();
  await expect(
    page.getByRole('group').filter({ hasText: 'Gong requestIds (3)' }).getByRole('listitem'),
  ).toHaveCount(3);
});

test('names bad input beside the field and sends nothing', async ({ page }) => {
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { integrationId: '12ab', ids: `ok-id\n${'x'.repeat(300)}` });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByText('Integration ID must be 1 to 19 digits')).toBeVisible();
  await expect(page.getByText('1 invalid id will be skipped:')).toBeVisible();
  await page.getByLabel('Integration ID').fill('');
  await page.getByLabel('CRM IDs').fill('  \n , ;');
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByText('Enter the integration ID (digits)')).toBeVisible();
  await expect(page.getByText('Paste at least one CRM id')).toBeVisible();
  expect(await standIn.calls()).toHaveLength(0);
});

test('a 1,000-object result fills the grid with a bounded number of cells', async ({ page }) => {
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'ACCOUNT', ids: sampleIds('ACCOUNT', 1000).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('progressbar', { name: 'Fetch progress' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('1000 requested · 1000 found · 0 not found', {
    timeout: 20_000,
  });
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await expect(grid).toHaveAttribute('aria-colcount', '1001');
  expect(await grid.getByRole('gridcell').count()).toBeLessThan(3000);
  // The far end is reachable by keyboard: End moves to the last object's column.
  await grid.getByRole('rowheader').first().focus();
  await page.keyboard.press('End');
  await expect(
    grid.getByRole('columnheader', { name: sampleIds('ACCOUNT', 1000)[999], exact: true }),
  ).toBeVisible();
});

test('cancel keeps what arrived, and Fetch the remaining N fetches only the rest', async ({
  page,
}) => {
  // The third call never answers: the run cannot end before Cancel however slow the machine.
  const answers = { kind: 'slow-body', chunkDelayMs: 1 } as const;
  await standIn.injectFaults(answers, answers, { kind: 'hang' });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'LEAD', ids: sampleIds('LEAD', 900).join('\n') });
  // From the keyboard: the focus stays on Fetch while it runs, and lands on the tally on Cancel.
  const fetchButton = page.getByRole('button', { name: 'Fetch' });
  await fetchButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/ [1-9]\d* found/);
  await expect(fetchButton).toBeFocused();
  await expect(fetchButton).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('canceled');
  await expect(page.getByRole('status')).toBeFocused();
  const status = (await page.getByRole('status').textContent()) ?? '';
  const found = Number(/(\d+) found/.exec(status)?.[1]);
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(900);
  const canceled = Number(/(\d+) canceled/.exec(status)?.[1]);
  await expect(page.getByRole('button', { name: 'Retry failed' })).toHaveCount(0);
  await page.getByRole('button', { name: `Fetch the remaining ${canceled}` }).click();
  await expect(page.getByRole('status')).toHaveText('900 requested · 900 found · 0 not found', {
    timeout: 20_000,
  });
  const calls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  const askedIds = calls
    .filter((call) => call.status === 200)
    .flatMap((call) => JSON.parse(call.body));
  // Canceled calls may have reached Gong; what was answered before the cancel is not asked again.
  expect(new Set(askedIds).size).toBe(900);
  expect(askedIds.length).toBeLessThanOrEqual(900 + 300);
});
