// Getting to the cell: next and previous difference and problem by button and key, the problem
// list that jumps, Go to object, Filter fields by label and by value, the focused cell kept in
// view, and one click selecting while a double click opens.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

const ids = sampleIds('DEAL', 20);
const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement;
    const row = cell?.closest('tr')?.querySelector('th')?.querySelector('.fg-field-name');
    return { field: row?.textContent ?? '', col: cell?.getAttribute('data-col') ?? '' };
  });

test.beforeEach(async ({ page }) => {
  await standIn.reset();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: ids.join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  // The schema check has landed once its problems are counted.
  await expect(page.getByText(/fields with problems · \d+ values/)).toBeVisible();
});

test('Next difference moves the focus to the next shaded cell, and N does the same', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Next difference' }).click();
  const first = await focusedName(page);
  expect(first.field).not.toBe('');
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('n');
  const second = await focusedName(page);
  expect(second).not.toEqual(first);
  await page.keyboard.press('Shift+N');
  expect(await focusedName(page)).toEqual(first);
  await page.getByRole('button', { name: 'Previous difference' }).click();
  expect(await focusedName(page)).not.toEqual(first);
});

test('Next problem and the problem list lead to cells the schema check flags', async ({ page }) => {
  await page.getByRole('button', { name: 'Next problem' }).click();
  await expect(page.locator(':focus')).toHaveAccessibleDescription(/declare/);
  await page.keyboard.press('e');
  await expect(page.locator(':focus')).toHaveAccessibleDescription(/declare/);
  await page.getByText(/fields with problems · \d+ values/).click();
  const entry = page.getByRole('list', { name: 'Problems' }).getByRole('button').first();
  const said = (await entry.textContent()) ?? '';
  await entry.click();
  await expect(page.getByRole('list', { name: 'Problems' })).toBeHidden();
  const focused = await focusedName(page);
  expect(said).toContain(focused.field);
  await expect(page.locator(':focus')).toBeInViewport();
});

test("Go to object scrolls the grid to that object's column", async ({ page }) => {
  const last = ids[19] ?? '';
  await page.getByLabel('Go to object').fill(last.toLowerCase());
  await page.getByLabel('Go to object').press('Enter');
  await expect(grid(page).getByRole('columnheader', { name: last, exact: true })).toBeInViewport();
  expect((await focusedName(page)).col).toBe('20');
  await page.getByLabel('Go to object').fill('no-such-object');
  await page.getByLabel('Go to object').press('Enter');
  await expect(page.getByText('No object no-such-object in the grid')).toBeVisible();
});

test('Filter fields matches labels, and values when asked', async ({ page }) => {
  const count = page.getByText(/^\d+ of \d+ fields$/);
  await page.getByRole('textbox', { name: 'Filter fields' }).fill('Deal Owner');
  await expect(count).toHaveText(/^1 of /);
  await expect(grid(page).getByRole('rowheader', { name: /^ownerId/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter fields' }).fill('negotiation');
  await expect(count).toHaveText(/^0 of /);
  await page.getByRole('checkbox', { name: 'values too' }).check();
  await expect(grid(page).getByRole('rowheader', { name: /^stage/ })).toBeVisible();
});

test('the focused cell stays in view after 15 ↓, in the grid and in the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 600 });
  await grid(page).getByRole('rowheader').first().focus();
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  // Not hidden under the sticky header: inside the grid's scroll viewport, below the header.
  const inside = await focused.evaluate((cell) => {
    const scroller = cell.closest('.fg-scroller');
    const head = scroller?.querySelector('thead');
    if (!scroller || !head) return false;
    const c = cell.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return c.top >= head.getBoundingClientRect().bottom - 1 && c.bottom <= s.bottom + 1;
  });
  expect(inside).toBe(true);
  expect((await focusedName(page)).field).not.toBe('');
});

test('the same on a phone, where the page scrolls as well', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await grid(page).getByRole('rowheader').first().focus();
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toBeInViewport();
});

/** The focused cell is inside its scroller, clear of the sticky header and object column. */
async function focusedInScroller(page: Page) {
  return page.locator(':focus').evaluate((cell) => {
    const scroller = cell.closest('.fg-scroller');
    const head = scroller?.querySelector('thead');
    const sticky = cell.closest('tr')?.querySelector('th');
    if (!scroller || !head || !sticky) return false;
    const c = cell.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    const below = c.top >= head.getBoundingClientRect().bottom - 1 && c.bottom <= s.bottom + 1;
    const beside =
      sticky === cell ||
      (c.left >= sticky.getBoundingClientRect().right - 1 && c.right <= s.right + 1);
    return below && beside;
  });
}

test('in Objects as rows, Go to object, Next difference and Next problem focus cells in view', async ({
  page,
}) => {
  await page.getByRole('checkbox', { name: 'Objects as rows' }).check();
  const table = page.getByRole('table', { name: 'CRM objects as rows' });
  const last = ids[19] ?? '';
  await page.getByLabel('Go to object').fill(last.toLowerCase());
  await page.getByLabel('Go to object').press('Enter');
  const lastRow = table.getByRole('rowheader', { name: last, exact: true });
  await expect(lastRow).toBeFocused();
  expect(await focusedInScroller(page)).toBe(true);

  await page.getByRole('button', { name: 'Next difference' }).click();
  const focused = page.locator(':focus');
  // Which object and which of its cells.
  const where = () =>
    focused.evaluate((cell) => {
      const row = cell.closest('tr');
      return `${row?.querySelector('th')?.textContent} ${[...(row?.children ?? [])].indexOf(cell)}`;
    });
  // From the last object it wraps to the first, whose cells stand for the fields that differ
  // with no value dominating (their names are column headers here).
  expect(await where()).toMatch(new RegExp(`^${ids[0]} \\d+$`));
  expect(await focusedInScroller(page)).toBe(true);
  // The grid's keys: N goes on, object by object, to the shaded cells too; Shift+N comes back.
  const seen: string[] = [await where()];
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press('n');
    const description = (await focused.getAttribute('aria-description')) ?? '';
    seen.push(await where());
    if (description.includes('differs from the value')) break;
  }
  await expect(focused).toHaveAccessibleDescription(/differs from the value/);
  expect(await focusedInScroller(page)).toBe(true);
  expect(new Set(seen).size).toBe(seen.length);
  await page.keyboard.press('Shift+N');
  expect(await where()).toBe(seen.at(-2));

  await page.getByRole('button', { name: 'Next problem' }).click();
  await expect(focused).toHaveAccessibleDescription(/declare/);
  expect(await focusedInScroller(page)).toBe(true);
  await page.keyboard.press('e');
  await expect(focused).toHaveAccessibleDescription(/declare/);
  expect(await focusedInScroller(page)).toBe(true);
  await page.getByText(/fields with problems · \d+ values/).click();
  const entry = page.getByRole('list', { name: 'Problems' }).getByRole('button').last();
  const said = (await entry.textContent()) ?? '';
  await entry.click();
  await expect(focused).toHaveAccessibleDescription(/declare/);
  expect(await focusedInScroller(page)).toBe(true);
  // The entry names the object whose row holds the focused cell, and the field of its column.
  const cell = await focused.evaluate((td) => {
    const row = td.closest('tr');
    const index = [...(row?.children ?? [])].indexOf(td);
    const head = td.closest('table')?.querySelector('thead tr')?.children[index];
    return {
      objectId: row?.querySelector('th')?.textContent ?? '',
      field: head?.textContent?.split(/\s/)[0] ?? '',
    };
  });
  expect(said.startsWith(`${cell.objectId} · ${cell.field}:`)).toBe(true);
});

test('Objects as rows shows one row per object, and CSV follows that orientation', async ({
  page,
}) => {
  await page.getByRole('checkbox', { name: 'Objects as rows' }).check();
  const table = page.getByRole('table', { name: 'CRM objects as rows' });
  await expect(table.getByRole('rowheader', { name: ids[0], exact: true })).toBeVisible();
  // A field's header carries its row mark after its name, as the grid's row header does.
  await expect(table.getByRole('columnheader', { name: /^stage( |$)/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter fields' }).fill('stage');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('Object,stage');
  expect(lines).toHaveLength(21);
  expect(lines[1]?.startsWith(`${ids[0]},`)).toBe(true);
  await page.getByRole('checkbox', { name: 'Objects as rows' }).uncheck();
  await expect(grid(page)).toBeVisible();
});
