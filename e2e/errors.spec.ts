// What a developer sees when Gong says no: plain words, what to do, and nothing lost.
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

test.beforeEach(async ({ consoleGuard }) => {
  await standIn.reset();
  // Chromium logs its own line for every non-2xx fetch; these flows cause them on purpose.
  consoleGuard.allow(
    /Failed to load resource: the server responded with a status of (401|400|429|502|504)/,
  );
});

test('a 401 names the credential and the OAuth scope to check', async ({ page }) => {
  await standIn.injectFaults({
    kind: 'status',
    status: 401,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      requestId: 'req-401-e2e',
      errors: ["You don't have permission to use 'api:crm:get-objects' in your app."],
    }),
  });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { ids: sampleIds('DEAL', 5).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(
    '5 requested · 0 found · 0 not found · 5 failed',
  );
  const failures = page.getByRole('list', { name: 'Failed calls' });
  await expect(failures).toContainText('Gong denied access');
  await expect(failures).toContainText('api:crm:get-objects');
  await expect(failures).toContainText('req-401-e2e');
  // No call was answered: the grid must not claim that Gong answered every id with null.
  await expect(page.getByText('No objects to show')).toBeVisible();
  await expect(
    page.getByText('5 of the 5 ids have no answer: the calls above say why.'),
  ).toBeVisible();
  await expect(page.getByText(/every id with null/)).toHaveCount(0);
});

test('ids Gong knows none of are said to be answered with null', async ({ page }) => {
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { ids: 'no-such-id-1\nno-such-id-2' });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('2 requested · 0 found · 2 not found');
  await expect(page.getByText('No objects found for these ids')).toBeVisible();
  await expect(page.getByText(/Gong answered every id with null/)).toBeVisible();
});

test('an answer that leaves ids out or answers others is said, and drops nothing', async ({
  page,
}) => {
  const [first, second, third] = sampleIds('DEAL', 3) as [string, string, string];
  // Gong documents null for an id it does not know; this answer keys one id in upper case.
  await standIn.injectFaults({
    kind: 'status',
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      requestId: 'req-odd-map',
      crmObjectsMap: { [first]: { name: 'First' }, [second.toUpperCase()]: { name: 'Second' } },
    }),
  });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { ids: [first, second, third].join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(
    "3 requested · 1 found · 0 not found · 2 not in Gong's answer · 1 answered but not asked for",
  );
  const notes = page.getByRole('list', { name: 'Answers that do not match the ids asked for' });
  await expect(notes).toContainText(
    `Call 1: Gong's answer does not mention 2 of its ids (${second}, ${third})`,
  );
  await expect(notes).toContainText(
    `(${second.toUpperCase()}); those it found are the last columns`,
  );
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Field', first, second.toUpperCase()]);
});

test('a 429 with a long Retry-After says how long to wait; a short one is waited out', async ({
  page,
}) => {
  await standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 120 });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { ids: sampleIds('DEAL', 5).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('list', { name: 'Failed calls' })).toContainText(
    'Gong asks to wait 2 min',
  );

  await standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
  await page.getByRole('button', { name: 'Retry failed' }).click();
  await expect(page.getByRole('status')).toHaveText('5 requested · 5 found · 0 not found');
  await page.getByText('Gong requestIds (1)').click();
  await expect(page.getByText('(after 2 attempts)')).toBeVisible();
});

test('a failed call is retried alone and nothing already fetched is lost', async ({ page }) => {
  const ids = sampleIds('CONTACT', 250);
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'CONTACT', ids: ids.join('\n') });
  // Whichever call reaches Gong first is refused; the other two succeed.
  await standIn.injectFaults({
    kind: 'status',
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ requestId: 'req-400-e2e', errors: ['Invalid request'] }),
  });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('list', { name: 'Failed calls' })).toContainText(
    'Gong refused the request. Gong said: Invalid request',
  );
  const status = page.getByRole('status');
  await expect(status).toHaveText(
    /^250 requested · (150|200) found · 0 not found · (100|50) failed$/,
  );
  await page.getByText('Gong requestIds (3)').click();
  await expect(page.getByText(/^Call \d: req-400-e2e/)).toHaveText(
    /\(failed: its answer is not in the result\)$/,
  );
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  const columnsBefore = Number(await grid.getAttribute('aria-colcount'));

  await page.getByRole('button', { name: 'Retry failed' }).click();
  await expect(status).toHaveText('250 requested · 250 found · 0 not found');
  await expect(grid).toHaveAttribute('aria-colcount', '251');
  expect(columnsBefore).toBeGreaterThan(150);
  const answered = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(answered).toHaveLength(4);
});
