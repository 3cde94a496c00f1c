// The grid held against the integration's entity schema: the picker, labels and types, each
// kind of flag, the Only problems filter, and a page that works on when the schema is refused.
import type { Page } from '@playwright/test';
import { toJsonText } from '../proxy/stand-in/json-text';
import { sampleIds, sampleObjects } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, INTEGRATION_ID, standIn, test } from './support';

// Tall enough that every row of 20 deals is drawn: the grid draws only the rows in its viewport.
test.use({ viewport: { width: 1280, height: 1000 } });

const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
// A row header's name starts with the field name; label, type and flags follow.
const rowOf = (page: Page, field: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${field}( |$)`) }) });
const flag = (page: Page, field: string, text: string) =>
  rowOf(page, field).getByRole('img', { name: text, exact: true });
const cell = (page: Page, field: string, value: string) =>
  rowOf(page, field).getByRole('gridcell', { name: value, exact: true });

/** Moves the grid's cursor onto an object's column, so the virtualized grid draws it. */
async function showObject(page: Page, index: number) {
  await grid(page).getByRole('rowheader').first().focus();
  for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowRight');
}

async function fetchAndReadSchema(page: Page, tally: string) {
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(tally);
  await expect(page.getByRole('region', { name: 'Entity schema' })).toContainText('declared');
}

test.beforeEach(async () => {
  await standIn.reset();
});

test('pick the sandbox integration, fetch, and read labels, types and every kind of flag', async ({
  page,
}) => {
  await page.goto(GONG_MODE_URL);
  await page.getByRole('button', { name: 'Show integrations' }).click();
  const option = page
    .getByRole('listbox', { name: 'Integrations' })
    .getByRole('option', { name: /Northwind CRM sandbox/ });
  // The id above 2^53 arrives as a bare JSON number: its digits must survive to the picker.
  await expect(option).toHaveText(
    `Northwind CRM sandbox sandbox-admin@northwind.example ${INTEGRATION_ID}`,
  );
  await option.click();
  await expect(page.getByLabel('Integration ID')).toHaveValue(INTEGRATION_ID);
  await expect(
    page.getByText('Northwind CRM sandbox · sandbox-admin@northwind.example'),
  ).toBeVisible();

  await page.getByLabel('Object type').selectOption('DEAL');
  await page.getByLabel('CRM IDs').fill(sampleIds('DEAL', 20).join('\n'));
  await fetchAndReadSchema(page, '20 requested · 20 found · 0 not found');
  await expect(page.getByRole('region', { name: 'Entity schema' })).toContainText(
    'DEAL: 19 declared fields',
  );
  // Declared, carried by none: no row to flag, so listed behind the schema's counter.
  await page.getByText('19 declared fields · 1 in no object').click();
  await expect(page.getByRole('list', { name: 'Declared, in no object (1)' })).toHaveText(
    'primaryContactId Primary Contact · REFERENCE',
  );
  // The panel closes after use.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Declared, in no object (1)' })).toBeHidden();

  const onlyProblems = page.getByRole('checkbox', { name: 'Only problems' });
  await expect(onlyProblems).toHaveAccessibleDescription('10 problems');
  await onlyProblems.check();
  await expect(page.getByText(/^10 of 23 fields$/)).toBeVisible();
  await expect(rowOf(page, 'accountId')).toHaveCount(0);

  await expect(rowOf(page, 'amount').getByRole('rowheader')).toContainText('Amount · CURRENCY');
  await expect(rowOf(page, 'stage').getByRole('rowheader')).toContainText('Stage · PICKLIST');
  await expect(flag(page, 'isClosed', 'not declared in the schema')).toBeVisible();
  await expect(flag(page, 'forecastCategory', 'deleted in the schema')).toBeVisible();
  await expect(flag(page, 'competitors', 'missing in 7 of 20 objects')).toBeVisible();
  await expect(flag(page, 'amount', 'missing in 1 of 20 objects')).toBeVisible();
  await expect(flag(page, 'amount', "1 value doesn't fit CURRENCY")).toBeVisible();
  await expect(flag(page, 'closeDate', "1 value doesn't fit DATE")).toBeVisible();
  await expect(flag(page, 'stage', "3 values don't fit PICKLIST")).toBeVisible();
  await expect(flag(page, 'dealRoomUrl', "1 value doesn't fit URL")).toBeVisible();

  // Sample 17 breaks the schema on purpose; 11 lacks amount; 6 holds a javascript: URL.
  await showObject(page, 17);
  await expect(cell(page, 'amount', '7,000 USD')).toHaveAccessibleDescription(
    /^not a number \(declared CURRENCY\)/,
  );
  await expect(cell(page, 'closeDate', '31/12/2025')).toHaveAccessibleDescription(
    /^not an ISO-8601 date \(declared DATE\)/,
  );
  await expect(cell(page, 'stage', 'verbal commit')).toHaveAccessibleDescription(
    /^not one of the picklist values \(declared PICKLIST\)/,
  );
  await showObject(page, 11);
  await expect(cell(page, 'amount', 'field absent')).toHaveAccessibleDescription(
    /^missing: the schema declares this field/,
  );
  await showObject(page, 6);
  await expect(
    cell(page, 'dealRoomUrl', 'javascript:alert(document.cookie)'),
  ).toHaveAccessibleDescription(/^not a web address \(declared URL\)/);

  await onlyProblems.uncheck();
  await expect(page.getByText(/^23 of 23 fields$/)).toBeVisible();
  await expect(rowOf(page, 'name').getByRole('rowheader')).toContainText('Deal Name · STRING');
  await expect(rowOf(page, 'objectId').getByRole('rowheader')).toContainText('built-in');
});

test('BOOLEAN, DATETIME, NUMBER and EMAILADDRESS values that do not fit are flagged', async ({
  page,
}) => {
  const [lead] = sampleObjects().LEAD;
  if (!lead) throw new Error('no sample lead');
  await standIn.setObject(
    'LEAD',
    lead.id,
    toJsonText({ ...lead.fields, hasOptedOutOfEmail: 'yes', convertedDate: '31.12.2025 10:00' }),
  );
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'LEAD', ids: sampleIds('LEAD', 20).join('\n') });
  await fetchAndReadSchema(page, '20 requested · 20 found · 0 not found');
  await page.getByRole('checkbox', { name: 'Only problems' }).check();

  await showObject(page, 0);
  await expect(cell(page, 'hasOptedOutOfEmail', 'yes')).toHaveAccessibleDescription(
    /^not true or false \(declared BOOLEAN\)/,
  );
  await expect(cell(page, 'convertedDate', '31.12.2025 10:00')).toHaveAccessibleDescription(
    /^not an ISO-8601 date-time \(declared DATETIME\)/,
  );
  await showObject(page, 17);
  await expect(cell(page, 'score', 'high')).toHaveAccessibleDescription(
    /^not a number \(declared NUMBER\)/,
  );
  await expect(cell(page, 'emailAddress', 'zoe.silva@@apertureltd')).toHaveAccessibleDescription(
    /^not an email address \(declared EMAILADDRESS\)/,
  );
  await expect(flag(page, 'address', 'not declared in the schema')).toBeVisible();
  // Deleted and carried by none, as Gong leaves a deleted field: listed, not a problem row.
  await page.getByText(/declared fields · 1 in no object/).click();
  await expect(page.getByRole('list', { name: 'Declared, in no object (1)' })).toHaveText(
    'legacyScore Legacy Score · NUMBER (deleted in the schema)',
  );
});

test('without the schema scope the page names the scope, and works on without it', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 401/);
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 20).join('\n') });
  // The page asks for the schema only once the fetch's answer landed, so the entities call is
  // the first to reach Gong and the schema call the second: the first fault passes the real
  // answer through (in pieces, with no delay), the second is Gong's 401 for a missing scope.
  await standIn.injectFaults(
    { kind: 'slow-body', chunkDelayMs: 0 },
    {
      kind: 'status',
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        requestId: 'req-schema-401',
        errors: ["You don't have permission to use 'api:crm:schema' in your app."],
      }),
    },
  );
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  const note = page.getByRole('note', { name: 'Schema unavailable' });
  await expect(note).toContainText('the app lacks the OAuth scope api:crm:schema');
  await expect(note).toContainText('req-schema-401');
  const calls = (await standIn.calls()).map((call) => `${call.path} ${call.status}`);
  expect(calls).toEqual(['/v2/crm/entities 200', '/v2/crm/entity-schema 401']);

  // Everything else works: the grid, its filters; only the schema's marks are absent.
  await expect(rowOf(page, 'amount')).toBeVisible();
  await expect(rowOf(page, 'amount').getByRole('rowheader')).not.toContainText('CURRENCY');
  await expect(page.getByRole('checkbox', { name: 'Only problems' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Only differing fields' }).check();
  await expect(rowOf(page, 'currencyIsoCode')).toHaveCount(0);

  // Once the scope is granted, reading again brings the checks.
  await page.getByRole('button', { name: 'Read the schema again' }).click();
  // amount is varying (each deal its own), so Only differing fields leaves it out; stage stays.
  await expect(rowOf(page, 'stage').getByRole('rowheader')).toContainText('Stage · PICKLIST');
  await expect(note).toHaveCount(0);
});

test('the picker works from the keyboard; a list Gong refuses leaves typing the id', async ({
  page,
  consoleGuard,
}) => {
  await page.goto(GONG_MODE_URL);
  const field = page.getByRole('combobox', { name: 'Integration ID' });
  await field.focus();
  await page.keyboard.press('ArrowDown');
  const option = page.getByRole('option', { name: /Northwind CRM sandbox/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(INTEGRATION_ID);
  await expect(page.getByRole('listbox', { name: 'Integrations' })).toBeHidden();
  // Enter picked; it did not submit the form.
  await expect(page.getByText('Paste at least one CRM id')).toHaveCount(0);

  consoleGuard.allow(/Failed to load resource: the server responded with a status of 401/);
  await standIn.injectFaults({
    kind: 'status',
    status: 401,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      requestId: 'req-list-401',
      errors: ["You don't have permission to use 'api:crm:integrations:read' in your app."],
    }),
  });
  await page.reload();
  await page.getByRole('button', { name: 'Show integrations' }).click();
  await expect(
    page.getByText(
      'No list of integrations: the app lacks the OAuth scope api:crm:integrations:read. Type the ID.',
    ),
  ).toBeVisible();
  await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 3).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('3 requested · 3 found · 0 not found');
});

test('a list Gong failed to give is asked for again with Try again', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 503/);
  // The proxy tries three times; all three fail, so the list is not read.
  await standIn.injectFaults(
    { kind: 'status', status: 503 },
    { kind: 'status', status: 503 },
    { kind: 'status', status: 503 },
  );
  await page.goto(GONG_MODE_URL);
  await page.getByRole('button', { name: 'Show integrations' }).click();
  await expect(page.getByText(/^No list of integrations: Gong failed \(503\)/)).toContainText(
    'Try again may help. Typing the ID works too.',
  );
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('option', { name: /Northwind CRM sandbox/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});
