// Verify an upload: the file the integration sent, linted at once, then checked against what
// the stand-in Gong stored, object by object and field by field; the report, the fields table,
// the request-status lines mapped to the file, and bad files refused with nothing lost.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toJsonText } from '../proxy/stand-in/json-text';
import { sampleObjects } from '../proxy/stand-in/sample-data';
import { MISSING_ACCOUNT_IDS, REFERENCE_SAMPLE_IDS } from '../proxy/stand-in/sample-references';
import { expect, GONG_MODE_URL, INTEGRATION_ID, SANDBOX_URL, standIn, test } from './support';

const panel = (page: Page) => page.getByRole('region', { name: 'Verify an upload' });
const summary = (page: Page) => page.getByRole('status').filter({ hasText: / sent · / });
const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
const fieldsTable = (page: Page) => page.getByRole('region', { name: 'Fields that differ' });
// With a result on screen the verification is one row: the fields table opens as the answer
// arrives (its counter folds it), the other formats open from their counter.
const fieldsToggle = (page: Page) =>
  panel(page).getByRole('button', { name: /^Fields that differ \(\d+\)$/ });
const expectFieldsOpen = async (page: Page) => {
  await expect(fieldsToggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(fieldsTable(page)).toBeVisible();
};
const openOtherFormats = (page: Page) =>
  panel(page).getByText('Other formats', { exact: true }).click();

async function openUpload(page: Page, name: string, content: string | Buffer) {
  await panel(page)
    .getByLabel('Open upload file')
    .setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(content) });
}

test('sandbox: a sample upload is linted, verified, and its report and status lines tell where', async ({
  page,
}, testInfo) => {
  await page.goto(SANDBOX_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  await panel(page).getByRole('button', { name: 'Try a sample upload' }).click();

  const problems = panel(page).getByRole('region', { name: 'Problems in the file' });
  await expect(problems.getByRole('heading')).toHaveText(
    /^Problems in the file: \d+ errors, \d+ warnings$/,
  );
  const group = problems.getByRole('group').filter({ hasText: 'objectId missing' });
  await expect(group).toContainText('objectId missing: 1');
  await group.getByText('objectId missing').click();
  await expect(group.getByRole('listitem')).toHaveText([
    'Line 9: Mandatory field objectId is missing',
  ]);
  await expect(problems).toContainText('Deal without accountId (will not appear in Gong): 1');
  await expect(problems).toContainText('The same objectId on two lines: 1');

  await expect(panel(page)).toContainText('Checks 25 objects (DEAL) in 1 call of at most 100 ids.');
  await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(summary(page)).toHaveText(
    '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong',
  );

  // The fields table: closeDate sent as MM/DD/YYYY, stored as ISO.
  await expectFieldsOpen(page);
  const closeDate = fieldsTable(page).getByRole('row').filter({ hasText: 'closeDate' });
  await expect(closeDate).toContainText('3');
  await expect(closeDate).toContainText('same instant in another format (3)');
  await expect(closeDate.getByRole('cell').nth(2)).toHaveText(/^"\d{2}\/\d{2}\/\d{4}"$/);
  await expect(fieldsTable(page).getByRole('row').nth(1)).toContainText('externalNumericId');

  // Choosing a field filters the grid to it, and to the objects that differ in it.
  await closeDate.getByRole('button', { name: 'closeDate' }).click();
  await expect(closeDate.getByRole('button', { name: 'closeDate' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(grid(page).getByRole('rowheader')).toHaveText([/^closeDate/]);
  await expect(grid(page).getByRole('columnheader')).toHaveCount(4);
  await expect(grid(page).getByRole('columnheader').nth(1)).toContainText(/line [234]$/);

  // The report file: the documented format, values exact past 2^53.
  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Download report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^crm-verification-DEAL-7302198156228391457-\d{8}T\d{6}Z\.json$/,
  );
  const file = testInfo.outputPath('report.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  const report = JSON.parse(text);
  expect(report).toMatchObject({
    format: 'crm-inspector-verification',
    version: 1,
    integrationId: '7302198156228391457',
    objectType: 'DEAL',
    file: { name: 'sample-upload-deal.ldjson', lines: 27, objects: 25 },
    summary: { sent: 25, storedAsSent: 10, differ: 14, notInGong: 1, failed: 0 },
  });
  expect(report.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(report.objects).toHaveLength(25);
  expect(
    report.problems.some(
      (p: { line: number; kind: string }) => p.line === 9 && p.kind === 'objectId-missing',
    ),
  ).toBe(true);
  expect(text).toContain(
    '"field":"externalNumericId","kind":"other-value","sent":9007199254740992,"stored":9007199254740993',
  );

  // Gong's request status, each line mapped to the file's line and objectId.
  const status = page.getByRole('region', { name: 'Upload status' });
  await status.getByLabel('Client request ID').fill('sample-upload-deal');
  await status.getByRole('button', { name: 'Check status' }).click();
  await expect(
    status.getByRole('list', { name: 'Upload errors' }).getByRole('listitem'),
  ).toHaveText([
    'Line 9: Mandatory field [objectId] is missing or empty (sample-upload-deal.ldjson line 9: Mandatory field objectId is missing)',
    'Line 12: Field [modifiedDate] value [2025-13-45T00:00:00Z] is not a valid DATETIME (sample-upload-deal.ldjson line 12: objectId never-stored-deal-1)',
  ]);
});

test("sandbox: the verification checks what the file's objects reference, by itself", async ({
  page,
}, testInfo) => {
  // Tall enough that the grid draws the accountId row beside the panel.
  await page.setViewportSize({ width: 1280, height: 1400 });
  const [orphan = ''] = REFERENCE_SAMPLE_IDS.DEAL;
  const [gone = ''] = MISSING_ACCOUNT_IDS;
  await page.goto(SANDBOX_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  await panel(page).getByRole('button', { name: 'Try a sample upload' }).click();
  await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
  // The summary line stays as it was; the references have a status of their own.
  await expect(summary(page)).toHaveText(
    '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong',
  );
  const refs = panel(page).getByRole('region', { name: "References of the file's objects" });
  // 24 of the 25 deals carry an accountId (line 11 has none); line 17's account is nowhere.
  await expect(refs.getByRole('status')).toHaveText(
    '24 references · 23 found (in Gong or in the file) · 1 not in Gong',
  );
  await expect(refs).toContainText(
    "references to USER not checked: Gong's Get CRM objects cannot read USER.",
  );
  // With a result on screen the list opens from its counter, over the grid.
  await refs.getByText('Dangling references (1)').click();
  const dangling = refs.getByRole('list', { name: 'Not in Gong nor in the file (1)' });
  await expect(dangling.getByRole('listitem')).toHaveText([
    `${orphan} (line 17) · accountId → ACCOUNT ${gone}`,
  ]);

  // The orphan was stored as sent: jumping to it lets the grid show objects that do not differ.
  await dangling.getByRole('button').click();
  await expect(panel(page).getByLabel('Only objects that differ')).not.toBeChecked();
  const cell = grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^accountId( |$)/ }) })
    .getByRole('gridcell', { name: new RegExp(gone) });
  await expect(cell).toBeFocused();

  // The report carries the counts and the list, beside the v1 fields.
  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Download report' }).click();
  const file = testInfo.outputPath('report-references.json');
  await (await downloading).saveAs(file);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  expect(report.version).toBe(1);
  expect(report.references).toMatchObject({ references: 24, found: 23, notInGong: 1 });
  expect(report.danglingReferences).toEqual([
    { objectId: orphan, line: 17, field: 'accountId', to: 'ACCOUNT', id: gone },
  ]);
});

const DEAL_A = sampleObjects().DEAL[0];
const DEAL_B = sampleObjects().DEAL[1];

test('gong mode: an upload file with known differences, exact above 2^53, and the Markdown and CSV', async ({
  page,
}, testInfo) => {
  if (!DEAL_A || !DEAL_B) throw new Error('no sample deals');
  await standIn.reset();
  await standIn.setObject(
    'DEAL',
    DEAL_B.id,
    toJsonText({ ...DEAL_B.fields, big: 9007199254740993n, amount: 7000 }),
  );
  const lines = [
    toJsonText(DEAL_A.fields),
    toJsonText({ ...DEAL_B.fields, big: 9007199254740992n, amount: '7000' }),
    toJsonText({ ...DEAL_A.fields, objectId: undefined }),
    toJsonText({ ...DEAL_A.fields, objectId: 'never-sent-to-gong' }),
  ];
  await page.goto(GONG_MODE_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  await openUpload(page, 'deals.ldjson', `${lines.join('\n')}\n`);
  await expect(panel(page)).toContainText('deals.ldjson: 4 lines, 3 objects, linted as DEAL.');
  await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(summary(page)).toHaveText('3 sent · 1 stored as sent · 1 differ · 1 not in Gong');

  await expectFieldsOpen(page);
  const rows = fieldsTable(page).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('amount');
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    '1',
    'number against string (1)',
    '"7000"',
    /^7000 /,
  ]);
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText('big');
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    '1',
    'other value (1)',
    '9007199254740992',
    new RegExp(`^9007199254740993 ${DEAL_B.id}, line 2$`),
  ]);

  // The grid: only the object that differs, sent → stored in its cells, its file line.
  await expect(grid(page).getByRole('columnheader')).toHaveCount(2);
  await expect(grid(page).getByRole('columnheader').nth(1)).toHaveText(
    new RegExp(`^${DEAL_B.id}.*line 2$`),
  );
  await rows.nth(2).getByRole('button', { name: 'big' }).click();
  await expect(grid(page).getByRole('rowheader')).toHaveText([/^big/]);
  await expect(grid(page).getByRole('gridcell')).toHaveText([/9007199254740992.*9007199254740993/]);
  await rows.nth(2).getByRole('button', { name: 'big' }).click();
  await panel(page).getByLabel('Only objects that differ').uncheck();
  await expect(grid(page).getByRole('columnheader')).toHaveCount(3);

  const save = async (button: string, name: string) => {
    const downloading = page.waitForEvent('download');
    await panel(page).getByRole('button', { name: button }).click();
    const file = testInfo.outputPath(name);
    await (await downloading).saveAs(file);
    return readFileSync(file, 'utf8');
  };
  // The three deals' accounts (two of them the same) are in Gong: the reference check's status.
  await expect(
    panel(page)
      .getByRole('region', { name: "References of the file's objects" })
      .getByRole('status'),
  ).toHaveText('3 references · 3 found (in Gong or in the file) · 0 not in Gong');
  await openOtherFormats(page);
  const markdown = await save('Download Markdown', 'report.md');
  expect(markdown).toContain('**3 sent · 1 stored as sent · 1 differ · 1 not in Gong**');
  expect(markdown).toContain('3 references · 3 found (in Gong or in the file) · 0 not in Gong');
  expect(markdown).toContain('| big | 1 | other value (1) |');
  // A download closes the panel it was in.
  await openOtherFormats(page);
  const csv = await save('Download CSV', 'cells.csv');
  expect(csv.split('\r\n')).toEqual([
    'objectId,line,field,kind,sent,stored',
    `${DEAL_B.id},2,amount,number-vs-string,"""7000""",7000`,
    `${DEAL_B.id},2,big,other-value,9007199254740992,9007199254740993`,
    '',
  ]);
  // The deals' one call, then the reference check's one call: each account asked once, no USER.
  const entityCalls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(entityCalls.map((call) => call.query.objectType)).toEqual(['DEAL', 'ACCOUNT']);
  expect(JSON.parse(entityCalls[1]?.body ?? '[]')).toEqual([
    DEAL_A.fields.accountId,
    DEAL_B.fields.accountId,
  ]);

  // Another file opened: the verification of the first is no longer shown as if it were its.
  await openUpload(page, 'other.ldjson', `${lines[0]}\n`);
  await expect(panel(page)).toContainText('other.ldjson: 1 line, 1 object');
  await expect(summary(page)).toHaveCount(0);
  await expect(fieldsTable(page)).toHaveCount(0);
});

test('bad files get a clear message and leave the open file on screen', async ({ page }) => {
  await page.goto(GONG_MODE_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  if (!DEAL_A) throw new Error('no sample deal');
  await openUpload(page, 'good.ldjson', `${toJsonText(DEAL_A.fields)}\n`);
  const facts = panel(page).getByText('good.ldjson: 1 line, 1 object, linted as DEAL.');
  await expect(facts).toBeVisible();

  const refusal = panel(page).getByRole('alert');
  await openUpload(
    page,
    'picture.png',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  await expect(refusal).toContainText(
    'Could not open picture.png. Nothing on the page was changed.',
  );
  await expect(refusal).toContainText('not a text file');
  await expect(facts).toBeVisible();

  await openUpload(page, 'empty.ldjson', '');
  await expect(refusal).toContainText('Could not open empty.ldjson');
  await expect(refusal).toContainText('0 bytes');
  await expect(facts).toBeVisible();

  // A JSON array of non-objects opens, and says so at once.
  await openUpload(page, 'numbers.json', '[1, 2, "three"]');
  const problems = panel(page).getByRole('region', { name: 'Problems in the file' });
  await expect(problems).toContainText('No objects in the file: 1');
  await expect(problems).toContainText('Not a JSON object: 3');
  await expect(panel(page).getByRole('button', { name: 'Verify against Gong' })).toBeDisabled();
});

test('a file of another object type: most ids not found, and the likely type named', async ({
  page,
}) => {
  await page.goto(SANDBOX_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  await panel(page).getByRole('button', { name: 'Try a sample upload' }).click();
  await expect(panel(page)).toContainText('linted as DEAL');
  await page.getByLabel('Object type').selectOption('ACCOUNT');
  await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(summary(page)).toHaveText('25 sent · 0 stored as sent · 0 differ · 25 not in Gong');
  await expect(panel(page)).toContainText(
    "Most of these objects are not in Gong as ACCOUNT. The file's objects look like DEAL objects",
  );
});

test('an upload file dropped on the page opens as an upload, told from a result by content', async ({
  page,
}) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  if (!DEAL_A) throw new Error('no sample deal');
  const dataTransfer = await page.evaluateHandle(
    (text) => {
      const transfer = new DataTransfer();
      // Named .json on purpose: the content, not the name, says what it is.
      transfer.items.add(new File([text], 'upload.json', { type: 'application/json' }));
      return transfer;
    },
    `${toJsonText(DEAL_A.fields)}\n`,
  );
  const heading = page.getByRole('heading', { name: 'CRM Inspector' });
  await heading.dispatchEvent('dragenter', { dataTransfer });
  await heading.dispatchEvent('drop', { dataTransfer });
  await expect(panel(page)).toContainText('upload.json: 1 line, 1 object');
  await expect(page.getByRole('note', { name: 'Opened file' })).toHaveCount(0);
  // No Integration ID in the form yet: Verify says so instead of calling Gong.
  await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Enter the Integration ID above first: the one the file was uploaded with.',
  );
  expect((await standIn.calls()).filter((call) => call.path === '/v2/crm/entities')).toHaveLength(
    0,
  );
});

test('a call that fails is counted as failed, and Retry failed completes the verification', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 400/);
  await standIn.reset();
  const deals = sampleObjects().DEAL.slice(0, 150);
  const text = `${deals.map((deal) => toJsonText(deal.fields)).join('\n')}\n`;
  await page.goto(GONG_MODE_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  await openUpload(page, 'deals-150.ldjson', text);
  await expect(panel(page)).toContainText(
    'Checks 150 objects (DEAL) in 2 calls of at most 100 ids.',
  );
  await standIn.injectFaults({ kind: 'status', status: 400 });
  await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(summary(page)).toHaveText(
    /^150 sent · (50|100) stored as sent · 0 differ · 0 not in Gong · (100|50) failed$/,
  );
  await page.getByRole('button', { name: 'Retry failed' }).click();
  await expect(summary(page)).toHaveText(
    '150 sent · 150 stored as sent · 0 differ · 0 not in Gong',
  );
  await expect(panel(page).getByRole('region', { name: 'Fields that differ' })).toHaveCount(0);
});

test('a sample: a reproducible few objects, said before the run and in the report', async ({
  page,
}, testInfo) => {
  await standIn.reset();
  const deals = sampleObjects().DEAL.slice(0, 150);
  await page.goto(GONG_MODE_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.getByLabel('Object type').selectOption('DEAL');
  await openUpload(
    page,
    'deals-150.ldjson',
    `${deals.map((deal) => toJsonText(deal.fields)).join('\n')}\n`,
  );
  await panel(page).getByLabel('Verify a sample').check();
  await panel(page).getByLabel('Objects in the sample').fill('10');
  await expect(panel(page)).toContainText('Checks 10 objects (DEAL) in 1 call of at most 100 ids.');
  for (let run = 0; run < 2; run++) {
    await panel(page).getByRole('button', { name: 'Verify against Gong' }).click();
    await expect(summary(page)).toHaveText(
      '10 sent · 10 stored as sent · 0 differ · 0 not in Gong',
    );
  }
  // The verification's calls; each is followed by its reference check's call for the accounts.
  const bodies = (await standIn.calls())
    .filter((call) => call.path === '/v2/crm/entities' && call.query.objectType === 'DEAL')
    .map((call) => JSON.parse(call.body) as string[]);
  expect(bodies).toHaveLength(2);
  expect(bodies[0]).toHaveLength(10);
  expect(bodies[1]).toEqual(bodies[0]);

  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Download report' }).click();
  const file = testInfo.outputPath('sample-report.json');
  await (await downloading).saveAs(file);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  expect(report.sample).toEqual({ count: 10, seed: expect.any(Number) });
  expect(report.summary).toEqual({
    sent: 10,
    storedAsSent: 10,
    differ: 0,
    notInGong: 0,
    failed: 0,
  });
  expect(report.file).toMatchObject({ name: 'deals-150.ldjson', lines: 150, objects: 150 });
  expect(report.objects.map((object: { objectId: string }) => object.objectId).sort()).toEqual(
    [...(bodies[0] ?? [])].sort(),
  );
});
