// Reading the differences: exact values, the diff controls, and values that are data, not markup.
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

// Tall enough that every row of 20 deals is drawn: the grid draws only the rows in its viewport.
test.use({ viewport: { width: 1280, height: 1000 } });

test.beforeEach(async ({ page }) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 20).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
});

// A row header's name starts with the field name; marks, and with a schema its label, type
// and flags, follow.
const rowOf = (page: import('@playwright/test').Page, field: string) =>
  page
    .getByRole('grid', { name: 'CRM objects' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${field}( |$)`) }) });

test('integers above 2^53 are shown exactly as Gong sent them', async ({ page }) => {
  const row = rowOf(page, 'externalNumericId');
  // Index 8 of the sample data holds 2^53 + 1, which JSON.parse would show as ...992.
  await page.getByRole('grid', { name: 'CRM objects' }).getByRole('rowheader').first().focus();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
  await expect(row.getByRole('gridcell', { name: '9007199254740993', exact: true })).toBeVisible();
  await expect(
    rowOf(page, 'balanceCents').getByRole('gridcell', {
      name: '-9223372036854775807',
      exact: true,
    }),
  ).toBeVisible();
});

test('the diff controls narrow the rows and say how many are shown', async ({ page }) => {
  const count = page.getByText(/^\d+ of \d+ fields$/);
  const total = Number(/of (\d+)/.exec((await count.textContent()) ?? '')?.[1]);
  await expect(rowOf(page, 'currencyIsoCode')).toBeVisible();
  await expect(rowOf(page, 'currencyIsoCode').getByRole('img', { name: 'differs' })).toHaveCount(0);
  await expect(rowOf(page, 'stage').getByRole('img', { name: 'differs' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Only differing fields' }).check();
  await expect(rowOf(page, 'currencyIsoCode')).toHaveCount(0);
  await expect(rowOf(page, 'stage')).toBeVisible();
  const differing = Number(/^(\d+)/.exec((await count.textContent()) ?? '')?.[1]);
  expect(differing).toBeLessThan(total);

  await page.getByRole('textbox', { name: 'Filter fields' }).fill('STAG');
  await expect(count).toHaveText(`1 of ${total} fields`);
  await expect(rowOf(page, 'stage')).toBeVisible();

  await page.getByRole('textbox', { name: 'Filter fields' }).fill('');
  await page.getByRole('checkbox', { name: 'Only differing fields' }).uncheck();
  await page.getByRole('checkbox', { name: 'Hide empty fields' }).check();
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${total} fields$`));
});

test('null, empty string, false, 0 and an absent field look different', async ({ page }) => {
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await grid.getByRole('rowheader').first().focus();
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell', { name: 'null value' }).first()).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'empty string' }).first()).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'field absent' }).first()).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'false', exact: true }).first()).toBeVisible();
});

test('an HTML-looking value is text, and only http(s) values become links', async ({ page }) => {
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await expect(grid.getByRole('gridcell', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(grid.locator('img[src=x]')).toHaveCount(0);
  for (const link of await grid.getByRole('link').all()) {
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  }
});

test('a long value opens in full, and can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const grid = page.getByRole('grid', { name: 'CRM objects' });
  await grid.getByRole('rowheader').first().focus();
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
  const row = rowOf(page, 'nextStep');
  // The same element throughout: selecting a cell changes which cells the grid draws.
  const cell = await row.getByRole('gridcell').nth(7).elementHandle();
  // One click selects (so text can be selected); a double click opens the value.
  await cell?.click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await cell?.dblclick();
  const dialog = page.getByRole('dialog', {
    name: `Value of nextStep for ${sampleIds('DEAL', 8)[7]}`,
  });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy value' }).click();
  await expect(dialog).toContainText('Copied value');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(500);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
