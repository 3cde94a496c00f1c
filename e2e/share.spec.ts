// Sharing a result: the file round trip with no call to Gong, links, curl, exports, and files
// that are refused without losing what is on screen.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sampleIds } from '../proxy/stand-in/sample-data';
import {
  expect,
  fillQuery,
  GONG_MODE_URL,
  INTEGRATION_ID,
  STAND_IN_URL,
  standIn,
  test,
} from './support';

const entityCalls = async () =>
  (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');

async function fetchIds(page: Page, objectType: string, ids: string[], tally: string) {
  await fillQuery(page, { objectType, ids: ids.join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(tally, { timeout: 20_000 });
}

const visibleRows = (page: Page) =>
  page.getByRole('grid', { name: 'CRM objects' }).getByRole('row').allInnerTexts();

test.beforeEach(async () => {
  await standIn.reset();
});

test('a downloaded result opens in a fresh page: same grid and tally, no call to Gong', async ({
  page,
}) => {
  const ids = [...sampleIds('DEAL', 20), '0065g00000Unknown1'];
  // Tall enough that every row is drawn on both pages, whatever notes sit above the grid.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(GONG_MODE_URL);
  await fetchIds(page, 'DEAL', ids, '21 requested · 20 found · 1 not found');
  const schema = page.getByRole('region', { name: 'Entity schema' });
  await expect(schema).toContainText('DEAL: 19 declared fields');
  // The schema counter sits above the grid in a boundary of its own: wait for the grid too.
  await expect(
    page.getByRole('grid', { name: 'CRM objects' }).getByRole('rowheader').first(),
  ).toBeVisible();
  const rowsBefore = await visibleRows(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^crm-DEAL-${INTEGRATION_ID}-\\d{8}T\\d{6}Z\\.json$`),
  );
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  // Exact in the file's text: 2^53 + 1 as bare digits, the integration id as a string.
  expect(text).toContain('"externalNumericId":9007199254740993');
  expect(text).toContain(`"integrationId": "${INTEGRATION_ID}"`);
  expect(text).not.toMatch(/e2e-secret|e2e-key|authorization/i);

  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  await expect(page.getByLabel('CRM IDs')).toHaveValue('');
  await page.getByLabel('Open result JSON').setInputFiles(path);
  await expect(page.getByRole('status')).toHaveText('21 requested · 20 found · 1 not found');
  await expect(page.getByRole('note', { name: 'Opened file' })).toContainText('No call to Gong');
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await expect(grid).toHaveAttribute('aria-colcount', '21');
  // The file promises no call to Gong: its schema check waits to be asked for.
  await schema.getByRole('button', { name: 'Read the schema', exact: true }).click();
  await expect(schema).toContainText('DEAL: 19 declared fields');
  expect(await visibleRows(page)).toEqual(rowsBefore);
  await page.getByText('Not found ids (1)').click();
  await expect(page.getByRole('list', { name: 'Not found (1)' })).toContainText(
    '0065g00000Unknown1',
  );
  await expect(page.getByLabel('CRM IDs')).toHaveValue(ids.join('\n'));
  await expect(page.getByLabel('Integration ID')).toHaveValue(INTEGRATION_ID);
  expect(await entityCalls()).toHaveLength(0);
});

test('Copy link reopens the page with the query filled in, without fetching', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ids = [...sampleIds('LEAD', 4), 'Acme, Inc', `O'Brien "Jr"`];
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'LEAD', ids: JSON.stringify(ids) });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('6 requested · 4 found · 2 not found');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/^Copied a link to this query/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${GONG_MODE_URL}/#integration=${INTEGRATION_ID}&type=LEAD&ids=`)).toBe(
    true,
  );
  expect(link).not.toMatch(/found|firstName|requestId/);

  await standIn.reset();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('note', { name: 'Shared link' })).toContainText('LEAD, 6 ids');
  await expect(page.getByLabel('Integration ID')).toHaveValue(INTEGRATION_ID);
  await expect(page.getByLabel('Object type')).toHaveValue('LEAD');
  await expect(page.getByLabel('CRM IDs')).toHaveValue(JSON.stringify(ids));
  await expect(page.getByText('6 ids · 1 call')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  expect(await entityCalls()).toHaveLength(0);
});

test('a link carrying text that is no id says so', async ({ page }) => {
  await page.goto(`${GONG_MODE_URL}/#integration=${INTEGRATION_ID}&type=DEAL&ids=a%0Ab,c`);
  await expect(page.getByRole('note', { name: 'Shared link' })).toContainText(
    'DEAL, 2 ids (1 of them not valid ids, listed under CRM IDs).',
  );
  await expect(page.getByText(/^1 invalid id will be skipped/)).toBeVisible();
});

test('a long id list makes a compressed link, with a warning to share the file instead', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ids = sampleIds('ACCOUNT', 400);
  await page.goto(GONG_MODE_URL);
  await fetchIds(page, 'ACCOUNT', ids, '400 requested · 400 found · 0 not found');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('note', { name: 'Long link' })).toContainText('Download JSON');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('&zids=');
  expect(link.length).toBeGreaterThan(2000);

  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByText('400 ids · 4 calls')).toBeVisible();
  await expect(page.getByLabel('CRM IDs')).toHaveValue(ids.join('\n'));
});

test('Copy as curl gives the direct call to Gong, one command per 100 ids', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ids = sampleIds('CONTACT', 150);
  await page.goto(GONG_MODE_URL);
  await fetchIds(page, 'CONTACT', ids, '150 requested · 150 found · 0 not found');
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByText('Copied 2 curl commands (one per 100 ids)')).toBeVisible();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain(
    `curl -sS -X GET '${STAND_IN_URL}/v2/crm/entities?integrationId=${INTEGRATION_ID}&objectType=CONTACT'`,
  );
  expect(curl).toContain('-u "$GONG_ACCESS_KEY:$GONG_ACCESS_KEY_SECRET"');
  expect(curl).toContain(`--data '${JSON.stringify(ids.slice(100))}'`);
  expect(curl).not.toContain('e2e-secret');
});

test('exports honour the field filters: CSV for spreadsheets, Markdown for tickets', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ids = sampleIds('DEAL', 20);
  await page.goto(GONG_MODE_URL);
  await fetchIds(page, 'DEAL', ids, '20 requested · 20 found · 0 not found');
  await page.getByRole('textbox', { name: 'Filter fields' }).fill('AMOU');
  await expect(page.getByText(/^1 of \d+ fields$/)).toBeVisible();
  // As Gong sent them: null, an absent field (empty), 7000.50 as written, a string with a comma.
  const amounts = ['7000', '38500', '301500', '76500', '203500', '59558.09', '368000', '71622.69'];
  amounts.push('142500', 'null', '52548.05', '', '0', '89049.22', '7000.50', '83232.87');
  amounts.push('63809.47', '7,000 USD', '364500', '67000');
  const csvAmounts = amounts.map((amount) => (amount.includes(',') ? `"${amount}"` : amount));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^crm-DEAL-${INTEGRATION_ID}-\\d{8}T\\d{6}Z\\.csv$`),
  );
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toBe(`\uFEFF${['Field', ...ids].join(',')}\r\namount,${csvAmounts.join(',')}\r\n`);

  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByText('Copied a Markdown table of 1 field × 20 objects')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n')).toEqual([
    `| Field | ${ids.join(' | ')} |`,
    `| --- |${' --- |'.repeat(20)}`,
    `| amount | ${amounts.join(' | ')} |`,
    '',
  ]);
});
