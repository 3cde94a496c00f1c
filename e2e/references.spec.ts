// References and visibility: Check references follows what the shown objects point to, marks
// each reference cell, lists the dangling ones; Open follows one with the result one Back away;
// the reasons an object may not show in Gong, the fill rate per field and its sort.
import type { Page } from '@playwright/test';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { MISSING_ACCOUNT_IDS, REFERENCE_SAMPLE_IDS } from '../proxy/stand-in/sample-references';
import { expect, fillQuery, GONG_MODE_URL, SANDBOX_URL, standIn, test } from './support';

const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
const rowOf = (page: Page, field: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${field}( |$)`) }) });
const fetchStatus = (page: Page) =>
  page.getByRole('region', { name: 'Fetch result' }).getByRole('status');
const references = (page: Page) => page.getByRole('region', { name: 'References' });
const [ORPHAN_DEAL = '', NO_ACCOUNT_DEAL = ''] = REFERENCE_SAMPLE_IDS.DEAL;
const [GONE_A = '', GONE_B = ''] = MISSING_ACCOUNT_IDS;
const DEALS = [...sampleIds('DEAL', 20), ...REFERENCE_SAMPLE_IDS.DEAL];

async function fetchDeals(page: Page, url: string, ids: readonly string[]) {
  await page.goto(url);
  await fillQuery(page, { objectType: 'DEAL', ids: ids.join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(fetchStatus(page)).toHaveText(
    `${ids.length} requested · ${ids.length} found · 0 not found`,
  );
}

// Tall enough that every row is drawn: the grid fills the window and draws only the rows in view.
test.use({ viewport: { width: 1280, height: 1400 } });

test.beforeEach(async () => {
  await standIn.reset();
});

test('sandbox deals: Check references counts, marks and lists the account Gong lacks', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fetchDeals(page, SANDBOX_URL, DEALS);
  const panel = references(page);
  await expect(panel).toContainText('accountId → ACCOUNT');
  await panel.getByRole('button', { name: 'Check references' }).click();
  // 21 deals carry an accountId: the 20 samples' accounts are in Gong, the orphan's is not.
  await expect(panel.getByRole('status')).toHaveText('21 references · 20 found · 1 not in Gong');
  await expect(panel).toContainText(
    "21 references to USER (ownerId) not checked: Gong's Get CRM objects cannot read USER.",
  );
  // The fetch's own tally is untouched.
  await expect(fetchStatus(page)).toHaveText('22 requested · 22 found · 0 not found');

  // The dangling list opens from its counter in the row, over the grid.
  const dangling = panel.getByRole('list', { name: 'Not in Gong (1)' });
  await expect(dangling).toBeHidden();
  await panel.getByText('Dangling references (1)').click();
  await expect(dangling.getByRole('listitem')).toHaveText([
    `${ORPHAN_DEAL} · accountId → ACCOUNT ${GONE_A}`,
  ]);
  await dangling.getByRole('button').click();
  const orphanCell = rowOf(page, 'accountId').getByRole('gridcell', { name: new RegExp(GONE_A) });
  await expect(orphanCell).toBeFocused();
  await expect(orphanCell.getByRole('img', { name: 'not in Gong' })).toBeVisible();
  // It closed once it took the user to the cell.
  await expect(dangling).toBeHidden();

  await panel.getByText('Dangling references (1)').click();
  await panel.getByRole('button', { name: 'Copy dangling references' }).click();
  await expect(panel).toContainText('Copied dangling references');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `object\tfield\tpoints to\ttype\n${ORPHAN_DEAL}\taccountId\t${GONE_A}\tACCOUNT`,
  );

  // The first deal's account, found: its name on hover.
  await grid(page).getByRole('rowheader').first().focus();
  await page.keyboard.press('ArrowRight');
  const acme = rowOf(page, 'accountId').getByRole('gridcell').first();
  await expect(acme.getByRole('img', { name: 'found' })).toBeVisible();
  await expect(acme).toHaveAttribute('title', /→ ACCOUNT \S+: Acme Corporation$/);
});

test('objects as rows: the same ✓/✗ marks, the name on hover and Open', async ({ page }) => {
  await fetchDeals(page, SANDBOX_URL, DEALS);
  await references(page).getByRole('button', { name: 'Check references' }).click();
  await expect(references(page).getByRole('status')).toHaveText(
    '21 references · 20 found · 1 not in Gong',
  );
  await page.getByRole('checkbox', { name: 'Objects as rows' }).check();
  const table = page.getByRole('table', { name: 'CRM objects as rows' });
  const objectRow = (id: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: id, exact: true }) });
  const accountColumn = await table
    .getByRole('columnheader')
    .evaluateAll((headers) =>
      headers.findIndex((header) => /^accountId( |$)/.test(header.textContent ?? '')),
    );
  expect(accountColumn).toBeGreaterThan(0);

  // The first deal's account, found: ✓ and its name on hover.
  const [firstDeal = ''] = DEALS;
  const found = objectRow(firstDeal)
    .getByRole('cell')
    .nth(accountColumn - 1);
  await expect(found.getByRole('img', { name: 'found' })).toBeVisible();
  await expect(found).toHaveAttribute('title', /→ ACCOUNT \S+: Acme Corporation$/);

  // The orphan's account, not in Gong: ✗, and Open follows it in a new ACCOUNT query.
  const dangling = objectRow(ORPHAN_DEAL)
    .getByRole('cell')
    .filter({ has: page.getByRole('img', { name: 'not in Gong' }) });
  await expect(dangling).toHaveCount(1);
  await expect(dangling).toContainText(GONE_A);
  await expect(dangling).toHaveAttribute('title', new RegExp(`→ ACCOUNT ${GONE_A}`));
  // Only reference cells are marked: the deal without an account has none in that column.
  await expect(
    objectRow(NO_ACCOUNT_DEAL).getByRole('img', { name: /^(found|not in Gong)$/ }),
  ).toHaveCount(0);
  await dangling.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Object type')).toHaveValue('ACCOUNT');
  await expect(fetchStatus(page)).toHaveText('1 requested · 0 found · 1 not found');
  await page.goBack();
  await expect(page.getByLabel('Object type')).toHaveValue('DEAL');
  await expect(fetchStatus(page)).toHaveText('22 requested · 22 found · 0 not found');
});

test('why it may not show in Gong: flags per deal, the filter, and the rules with sources', async ({
  page,
}) => {
  await fetchDeals(page, SANDBOX_URL, DEALS);
  const section = page.getByRole('region', { name: 'Why it may not show in Gong' });
  const listed = section.getByRole('list', { name: 'Objects with a reason' });
  const flagsOf = (id: string) => listed.getByRole('listitem').filter({ hasText: id });
  // The objects open from the count in the row, over the grid.
  const reasons = section.getByText(/^\d+ of \d+ objects have a reason$/);
  await reasons.click();
  await expect(flagsOf(NO_ACCOUNT_DEAL)).toHaveText(`${NO_ACCOUNT_DEAL}no accountId`);
  const [, , cjk = '', , , , , , , nulls = '', , , , deleted = ''] = sampleIds('DEAL', 14);
  await expect(flagsOf(nulls)).toContainText('no ownerId');
  await expect(flagsOf(nulls)).toContainText('no closeDate');
  await expect(flagsOf(deleted)).toContainText('isDeleted: true');
  await expect(flagsOf(cjk)).toContainText('stage "提案" is not in its list');
  // Not checked yet: the orphan's account is not known to be missing.
  await expect(flagsOf(ORPHAN_DEAL)).toHaveCount(0);
  await page.getByRole('button', { name: 'Check references' }).click();
  await expect(references(page).getByRole('status')).toHaveText(/1 not in Gong$/);
  await reasons.click();
  await expect(flagsOf(ORPHAN_DEAL)).toContainText(`account ${GONE_A} is not in Gong`);

  const count = await listed.getByRole('listitem').count();
  await section.getByRole('checkbox', { name: 'Only objects with a reason' }).check();
  await expect(grid(page)).toHaveAttribute('aria-colcount', String(count + 1));
  await section.getByRole('checkbox', { name: 'Only objects with a reason' }).uncheck();
  await expect(grid(page)).toHaveAttribute('aria-colcount', String(DEALS.length + 1));

  await reasons.click();
  await section.getByText('Rules and their sources').click();
  await expect(section.getByRole('definition').first()).toContainText(
    'Gong’s upload doc (“Upload CRM objects”): a deal without accountId “will not appear in Gong”',
  );
});

test('fill rate per field in the field column, sortable', async ({ page }) => {
  await fetchDeals(page, SANDBOX_URL, DEALS);
  // The no-account deal lacks accountId: 21 of 22.
  await expect(rowOf(page, 'accountId').getByRole('rowheader')).toContainText(
    'filled in 21 of 22 objects (95%)',
  );
  const corner = grid(page).getByRole('columnheader', { name: 'Field' });
  await corner.getByRole('button', { name: 'Field' }).click();
  await expect(corner).toHaveAttribute('aria-sort', 'ascending');
  // Emptiest first: fields a single showcase deal carries (balanceCents, poNumber).
  await expect(grid(page).getByRole('rowheader').first()).toContainText('filled in 1 of 22');
  await corner.getByRole('button', { name: 'Field' }).click();
  await expect(corner).toHaveAttribute('aria-sort', 'descending');
  await expect(grid(page).getByRole('rowheader').first()).toContainText('filled in 22 of 22');
});

test('a converted lead: Open follows a reference, Back brings the lead again', async ({ page }) => {
  const [lead = ''] = REFERENCE_SAMPLE_IDS.LEAD;
  await page.goto(SANDBOX_URL);
  await fillQuery(page, { objectType: 'LEAD', ids: lead });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(fetchStatus(page)).toHaveText('1 requested · 1 found · 0 not found');
  await references(page).getByRole('button', { name: 'Check references' }).click();
  await expect(references(page).getByRole('status')).toHaveText(
    '3 references · 2 found · 1 not in Gong',
  );
  await references(page).getByText('Dangling references (1)').click();
  await expect(references(page).getByRole('listitem')).toHaveText([
    `${lead} · convertedToAccountId → ACCOUNT ${GONE_B}`,
  ]);
  const toDeal = rowOf(page, 'convertedToDealId').getByRole('gridcell');
  await expect(toDeal).toHaveAttribute('title', /→ DEAL \S+: Orphaned — account gone 2025$/);

  await toDeal.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Object type')).toHaveValue('DEAL');
  await expect(fetchStatus(page)).toHaveText('1 requested · 1 found · 0 not found');
  await expect(grid(page).getByRole('columnheader', { name: ORPHAN_DEAL })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goBack();
  await expect(page.getByLabel('Object type')).toHaveValue('LEAD');
  await expect(grid(page).getByRole('columnheader', { name: lead })).toBeVisible();

  // From the keyboard: Enter on the cell opens its value panel, which offers Open too.
  await toDeal.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Value of convertedToDealId for ${lead}` });
  await expect(dialog).toContainText(`→ DEAL ${ORPHAN_DEAL}`);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Object type')).toHaveValue('DEAL');
  await expect(grid(page).getByRole('columnheader', { name: ORPHAN_DEAL })).toBeVisible();
});

test('through the proxy: unique account ids in calls of at most 100, and Cancel', async ({
  page,
}) => {
  // Deal n belongs to account n: 150 deals, 150 accounts, the orphan's one more.
  const ids = [...sampleIds('DEAL', 150), ORPHAN_DEAL];
  await fetchDeals(page, GONG_MODE_URL, ids);
  const before = (await standIn.calls()).length;
  await page.getByRole('button', { name: 'Check references' }).click();
  await expect(references(page).getByRole('status')).toHaveText(
    '151 references · 150 found · 1 not in Gong',
  );
  const accountCalls = (await standIn.calls())
    .slice(before)
    // A call Gong answered 429 (the stand-in's 3 a second) is made again by the proxy.
    .filter((call) => call.path === '/v2/crm/entities' && call.status === 200);
  const sizes = accountCalls.map((call) => JSON.parse(call.body).length).sort((a, b) => b - a);
  expect(sizes).toEqual([100, 51]);
  const asked = accountCalls.flatMap((call) => JSON.parse(call.body) as string[]);
  expect(new Set(asked).size).toBe(151);
  expect(asked.every((id) => id.startsWith('001') || /^\d+$/.test(id))).toBe(true);

  // Gong asks to wait 30 s: the proxy holds the calls that long, and Cancel stops the check.
  const wait = { kind: 'rate-limit', retryAfterSeconds: 30 } as const;
  await standIn.injectFaults(wait, wait);
  await page.getByRole('button', { name: 'Check references' }).click();
  const progress = page.getByRole('progressbar', { name: 'Reference check progress' });
  await expect(progress).toBeVisible();
  await references(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(references(page)).toContainText('not checked: a call failed or was canceled');
  await expect(references(page).getByRole('button', { name: 'Check references' })).toBeEnabled();
});
