// Pasting from a spreadsheet: only the id column goes to Gong, the preview says what was
// understood and another column can be chosen; ids of another object type are pointed out.
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

test.beforeEach(async ({ page }) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
});

test('a two-column paste sends only the ids: no header, no names', async ({ page }) => {
  const ids = sampleIds('DEAL', 3);
  const text = ['Id\tName', ...ids.map((id, i) => `${id}\tDeal number ${i + 1}`)].join('\n');
  await fillQuery(page, { objectType: 'DEAL', ids: text });
  // The first id cut to its start, whole in the preview's title.
  const preview = page.getByText(
    "3 ids (first: 0065…) · header 'Id' skipped · column 'Name' ignored",
    {
      exact: true,
    },
  );
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('title', `First id: ${ids[0]}`);
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('3 requested · 3 found · 0 not found');
  const calls = (await standIn.calls()).filter((call) => call.path === '/v2/crm/entities');
  expect(calls).toHaveLength(1);
  expect(JSON.parse(calls[0]?.body ?? '[]')).toEqual(ids);
});

test('another column can be chosen as the ids', async ({ page }) => {
  const deals = sampleIds('DEAL', 2);
  const accounts = sampleIds('ACCOUNT', 2);
  const text = ['Opportunity ID,Account ID', ...deals.map((id, i) => `${id},${accounts[i]}`)].join(
    '\n',
  );
  await fillQuery(page, { objectType: 'ACCOUNT', ids: text });
  await expect(page.getByText(/^2 ids \(first: 0065…\)/)).toBeVisible();
  await page.getByLabel('Id column').selectOption({ label: 'Account ID (column 2)' });
  await expect(
    page.getByText(
      "2 ids (first: 0015…) · header 'Account ID' skipped · column 'Opportunity ID' ignored",
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Fetch', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('2 requested · 2 found · 0 not found');
});

test('ids of another object type: the page offers to fetch them as that type', async ({ page }) => {
  const accounts = sampleIds('ACCOUNT', 20).filter((id) => id.startsWith('001'));
  await fillQuery(page, { objectType: 'DEAL', ids: accounts.join('\n') });
  const note = page.getByRole('note', { name: 'Ids of another type' });
  await expect(note).toHaveText(
    new RegExp(`^${accounts.length} ids look like ACCOUNT ids: fetch them as ACCOUNT\\?`),
  );
  await note.getByRole('button', { name: 'Yes, as ACCOUNT' }).click();
  await expect(page.getByLabel('Object type')).toHaveValue('ACCOUNT');
  await expect(page.getByRole('status')).toHaveText(
    `${accounts.length} requested · ${accounts.length} found · 0 not found`,
  );
  await expect(note).toHaveCount(0);
});
