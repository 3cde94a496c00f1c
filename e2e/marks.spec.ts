// Marks that mean something: varying rows apart from differing ones, outliers only where one
// value dominates, a value summary whose entries filter the objects, Compare to one object, and
// a legend for all of it.
import type { Page } from '@playwright/test';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

const ids = sampleIds('DEAL', 20);

test.beforeEach(async ({ page }) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: ids.join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    '20 requested · 20 found · 0 not found',
  );
});

const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
const rowOf = (page: Page, field: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${field}( |$)`) }) });

test('ids and timestamps are varying, not differing; each row says how many values it holds', async ({
  page,
}) => {
  await expect(rowOf(page, 'objectId').getByRole('img', { name: 'varying' })).toBeVisible();
  await expect(rowOf(page, 'objectId').getByRole('img', { name: 'differs' })).toHaveCount(0);
  await expect(rowOf(page, 'modifiedDate').getByRole('img', { name: 'varying' })).toBeVisible();
  await expect(rowOf(page, 'isDeleted').getByRole('img', { name: 'differs' })).toBeVisible();
  await expect(rowOf(page, 'objectId').getByRole('rowheader')).toHaveAccessibleName(
    /20 distinct values/,
  );
  await expect(rowOf(page, 'currencyIsoCode').getByRole('rowheader')).toHaveAccessibleName(
    /1 value$/,
  );
  // "Only differing fields" leaves the varying rows out.
  await page.getByRole('checkbox', { name: 'Only differing fields' }).check();
  await expect(rowOf(page, 'objectId')).toHaveCount(0);
  await expect(rowOf(page, 'isDeleted')).toBeVisible();
});

test('only the cell that departs from a dominant value is shaded', async ({ page }) => {
  const isDeleted = rowOf(page, 'isDeleted');
  // 19 false, 1 true: the one true is an outlier.
  const outliers = isDeleted.getByRole('gridcell', { description: /differs from the value 80%/ });
  const selected = page.getByRole('region', { name: 'Selected field' });
  await isDeleted.getByRole('rowheader').click();
  await expect(selected).toContainText('isDeleted2 distinct values:');
  await expect(selected.getByRole('button', { name: 'false ×19' })).toBeVisible();
  // The stage row holds 10 values: no value dominates, so no cell is shaded.
  await expect(
    rowOf(page, 'stage').getByRole('gridcell', { description: /differs from the value 80%/ }),
  ).toHaveCount(0);
  await selected.getByRole('button', { name: 'true ×1' }).click();
  await expect(page.getByText('Showing 1 of 20 objects: isDeleted is true')).toBeVisible();
  await expect(grid(page).getByRole('columnheader')).toHaveCount(2);
  await expect(isDeleted.getByRole('gridcell', { name: 'true', exact: true })).toBeVisible();
  await expect(outliers).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all objects' }).click();
  await expect(page.getByText(/Showing 1 of 20 objects/)).toHaveCount(0);
  await expect(page.getByText('23 of 23 fields')).toBeVisible();
});

test('Compare to one object marks every difference against the chosen column', async ({ page }) => {
  const firstCell = rowOf(page, 'stage').getByRole('gridcell').nth(1);
  await firstCell.click();
  await page.getByRole('button', { name: 'Compare to one object' }).click();
  await expect(page.getByRole('button', { name: 'Compare to one object' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(grid(page).getByRole('columnheader', { name: `${ids[1]} reference` })).toBeVisible();
  await expect(
    rowOf(page, 'currencyIsoCode').getByRole('img', { name: 'differs from reference' }),
  ).toHaveCount(0);
  await expect(
    rowOf(page, 'stage').getByRole('img', { name: 'differs from reference' }),
  ).toBeVisible();
  // The reference's own cell is never marked; cells of other stages are.
  await expect(firstCell).not.toHaveAccessibleDescription(/reference/);
  await expect(
    rowOf(page, 'stage').getByRole('gridcell', {
      description: 'differs from the reference object',
    }),
  ).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Compare to one object' }).click();
  await expect(grid(page).getByRole('columnheader', { name: /reference/ })).toHaveCount(0);
});

test('the legend explains every mark', async ({ page }) => {
  await page.getByText('Legend').click();
  for (const words of ['differs', 'varying', 'differs from reference', 'changed', 'shaded cell'])
    await expect(page.getByRole('term').filter({ hasText: words }).first()).toBeVisible();
});
