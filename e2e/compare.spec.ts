// Before/after: what changed in Gong between two fetches, and nothing else.
import type { Page } from '@playwright/test';
import { toJsonText } from '../proxy/stand-in/json-text';
import { sampleIds, sampleObjects } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

// Tall enough that every row of 20 deals is drawn: the grid draws only the rows in its viewport.
test.use({ viewport: { width: 1280, height: 1000 } });

const DEALS = sampleIds('DEAL', 20);
const TALLY = '20 requested · 20 found · 0 not found';

/** A sample deal with some fields changed; `undefined` drops a field. */
function editedDeal(index: number, change: Record<string, unknown>) {
  const deal = sampleObjects().DEAL[index];
  if (!deal) throw new Error(`no sample deal ${index}`);
  return { id: deal.id, before: deal.fields, json: toJsonText({ ...deal.fields, ...change }) };
}

async function fetchDeals(page: Page, tally = TALLY) {
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(tally);
}

const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
const summary = (page: Page) => page.getByText(/^\d+ objects? changed · \d+ fields? changed/);

test.beforeEach(async ({ page }) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: DEALS.join('\n') });
  await fetchDeals(page);
});

test('an object changed in Gong between two fetches shows exactly that change', async ({
  page,
}) => {
  const deal = editedDeal(16, { stage: 'negotiation (e2e)' });
  await standIn.setObject('DEAL', deal.id, deal.json);
  await fetchDeals(page);

  await page.getByRole('button', { name: 'History (2)' }).click();
  const earlier = page.getByRole('list', { name: 'Earlier queries' }).getByRole('listitem');
  await expect(earlier).toHaveCount(2);
  await earlier.nth(1).getByRole('button', { name: 'Use as baseline' }).click();

  await expect(summary(page)).toHaveText('1 object changed · 1 field changed');
  await expect(grid(page).getByRole('rowheader', { name: /^stage changed/ })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Only changes' }).check();
  await expect(grid(page)).toHaveAttribute('aria-colcount', '2');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
  await expect(grid(page).getByRole('columnheader', { name: `${deal.id} changed` })).toBeVisible();
  await expect(
    grid(page).getByRole('gridcell', {
      name: `changed from ${deal.before.stage} to negotiation (e2e)`,
    }),
  ).toBeVisible();
  await expect(page.getByText(/^1 of \d+ fields$/)).toBeVisible();
  await grid(page)
    .getByRole('gridcell', { name: /^changed from/ })
    .dblclick();
  const dialog = page.getByRole('dialog', { name: `Value of stage for ${deal.id}` });
  await expect(dialog).toContainText('changed since the baseline');
  await expect(dialog).toContainText(`Before (baseline): string`);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(summary(page)).toHaveCount(0);
  await expect(grid(page)).toHaveAttribute('aria-colcount', '21');
});

test('history keeps the queries only, re-runs in one click, and forgets results on reload', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'History (1)' }).click();
  const entries = page.getByRole('list', { name: 'Earlier queries' }).getByRole('listitem');
  await expect(entries.first()).toContainText('DEAL · 20 ids · 20 found');
  await entries.first().getByRole('button', { name: 'Re-run' }).click();
  await expect(page.getByRole('button', { name: 'History (2)' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(TALLY);
  const calls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(calls).toHaveLength(2);

  const stored = JSON.parse(
    (await page.evaluate(() => localStorage.getItem('crm-inspector.history'))) ?? '[]',
  );
  expect(stored).toHaveLength(2);
  expect(Object.keys(stored[0]).sort()).toEqual([
    'at',
    'id',
    'ids',
    'integrationId',
    'objectType',
    'tally',
  ]);
  expect(stored[0].ids).toEqual(DEALS);

  await page.reload();
  await page.getByRole('button', { name: 'History (2)' }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.first().getByRole('button', { name: 'Use as baseline' })).toBeDisabled();
  await expect(entries.first().getByRole('button', { name: 'Re-run' })).toBeEnabled();
});

test('a fetch that fails as a whole leaves the earlier result one click away', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 401/);
  await standIn.injectFaults({ kind: 'status', status: 401 });
  await fetchDeals(page, '20 requested · 0 found · 0 not found · 20 failed');
  await expect(page.getByText('No objects to show')).toBeVisible();

  await page.getByRole('button', { name: 'History (2)' }).click();
  const entries = page.getByRole('list', { name: 'Earlier queries' }).getByRole('listitem');
  await entries.nth(1).getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toHaveText(TALLY);
  await expect(grid(page)).toHaveAttribute('aria-colcount', '21');
  const calls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(calls).toHaveLength(2);
});

test('compared with a downloaded file: removed, added and disappeared, exact past 2^53', async ({
  page,
}, testInfo) => {
  // Every changed row drawn at once: the grid draws only the rows in its viewport.
  await page.setViewportSize({ width: 1280, height: 1100 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const download = await downloading;
  const baselineFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(baselineFile);

  // Index 8 holds 2^53 + 1; 2^53 is a different number that JSON.parse would confuse with it.
  const big = editedDeal(8, { externalNumericId: 9007199254740992n });
  const edited = editedDeal(16, { nextStep: undefined, renewalRisk: 'high' });
  const gone = sampleObjects().DEAL[17]?.id ?? '';
  await standIn.setObject('DEAL', big.id, big.json);
  await standIn.setObject('DEAL', edited.id, edited.json);
  await standIn.setObject('DEAL', gone, 'null');
  await fetchDeals(page, '20 requested · 19 found · 1 not found');

  await page.getByLabel('Compare with…').setInputFiles(baselineFile);
  await expect(summary(page)).toHaveText('2 objects changed · 3 fields changed · 1 disappeared');
  await page.getByRole('checkbox', { name: 'Only changes' }).check();
  const table = grid(page);
  await expect(table).toHaveAttribute('aria-colcount', '4');
  await expect(table.getByRole('columnheader', { name: `${gone} disappeared` })).toBeVisible();
  await expect(
    table.getByRole('gridcell', { name: 'changed from 9007199254740993 to 9007199254740992' }),
  ).toBeVisible();
  await expect(table.getByRole('gridcell', { name: 'added: high' })).toBeVisible();
  // Columns: the 2^53 deal, the edited deal, the deal that disappeared (all its fields removed).
  const nextStep = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^nextStep/ }) })
    .getByRole('gridcell');
  await expect(nextStep.nth(1)).toHaveAccessibleName(`removed: ${edited.before.nextStep}`);
  await expect(nextStep.nth(2)).toHaveAccessibleName(/^removed: /);
  await expect(page.getByText(/^Baseline: crm-DEAL-/)).toBeVisible();
});

test('a file that is not a result is refused with the reason; the grid and tally stay', async ({
  page,
}) => {
  const columnsBefore = await grid(page).getAttribute('aria-colcount');
  await page.getByLabel('Open result JSON').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ crmObjectsMap: { [DEALS[0] ?? '']: 'oops' } })),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open broken.json');
  await expect(alert).toContainText(
    `crmObjectsMap.${DEALS[0]}: must be an object of fields, or null`,
  );
  await expect(page.getByRole('status')).toHaveText(TALLY);
  await expect(grid(page)).toHaveAttribute('aria-colcount', columnsBefore ?? '');
  await expect(page.getByLabel('CRM IDs')).toHaveValue(DEALS.join('\n'));

  await page.getByLabel('Compare with…').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not JSON at all'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText(
    'The file is not JSON',
  );
  await expect(summary(page)).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(TALLY);
});

test('a Gong answer dropped on the page opens with no call to Gong', async ({ page }) => {
  await standIn.reset();
  const answer = JSON.stringify({
    requestId: 'dropped-request',
    crmObjectsMap: { 'dropped-1': { name: 'Dropped', amount: 12 }, 'dropped-2': null },
  });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'answer.json', { type: 'application/json' }));
    return transfer;
  }, answer);
  const heading = page.getByRole('heading', { name: 'CRM Inspector' });
  await heading.dispatchEvent('dragenter', { dataTransfer });
  await heading.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status')).toHaveText('2 requested · 1 found · 1 not found');
  await expect(page.getByRole('note', { name: 'Opened file' })).toContainText('a Gong answer');
  await expect(
    grid(page).getByRole('columnheader', { name: 'dropped-1', exact: true }),
  ).toBeVisible();
  await expect(page.getByLabel('CRM IDs')).toHaveValue('dropped-1\ndropped-2');
  const calls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(calls).toHaveLength(0);
});
