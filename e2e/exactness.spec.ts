// Exact to the eye: a change between two values that look alike is seen in the grid, in the
// value panel and in a downloaded CSV; invisible characters show as marks.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toJsonText } from '../proxy/stand-in/json-text';
import { sampleIds, sampleObjects } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, INTEGRATION_ID, standIn, test } from './support';

const DEALS = sampleIds('DEAL', 3);
const TALLY = '3 requested · 3 found · 0 not found';
const COMPOSED = 'Acme Caf\u00e9';
const DECOMPOSED = 'Acme Cafe\u0301';

async function setDeal(index: number, extra: Record<string, unknown>): Promise<string> {
  const deal = sampleObjects().DEAL[index];
  if (!deal) throw new Error(`no sample deal ${index}`);
  await standIn.setObject('DEAL', deal.id, toJsonText({ ...deal.fields, ...extra }));
  return deal.id;
}

async function fetchDeals(page: Page) {
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(TALLY);
}

const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });

// Tall enough that every row is drawn: the grid fills the window and draws only the rows in view.
test.use({ viewport: { width: 1280, height: 1400 } });

test.beforeEach(async () => {
  await standIn.reset();
});

test('a look-alike change shows where it differs in the grid, the panel and the exports', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await setDeal(1, { label: COMPOSED, code: 'x\ud801y', direction: 'abc\u202edef' });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: DEALS.join('\n') });
  await fetchDeals(page);

  // Not compared yet: a direction override is a mark, not a reordering.
  const direction = grid(page).getByRole('gridcell', { name: 'abc⟨U+202E⟩def' });
  await expect(direction).toHaveText('abc⟨U+202E⟩def');

  await setDeal(1, { label: DECOMPOSED, code: 'x\ud800y', direction: 'abc\u202edef' });
  await fetchDeals(page);
  await page.getByRole('button', { name: 'History (2)' }).click();
  await page
    .getByRole('list', { name: 'Earlier queries' })
    .getByRole('listitem')
    .nth(1)
    .getByRole('button', { name: 'Use as baseline' })
    .click();
  await expect(page.getByText('1 object changed · 2 fields changed')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only changes' }).check();
  await expect(grid(page)).toHaveAttribute('aria-colcount', '2');

  // é composed and decomposed look the same: the cell says where they part, by code point.
  const lookAlike = grid(page).getByRole('gridcell', {
    name: /^changed from .+; first difference at character 9: U\+00E9 → U\+0065 U\+0301$/,
  });
  await expect(lookAlike).toContainText('…af');
  await expect(lookAlike).toContainText('U+00E9 → U+0065 U+0301');
  // Two lone surrogates, both drawn as � before: each by its code now.
  const surrogates = grid(page).getByRole('gridcell', { name: /^changed from x⟨U\+D801⟩y/ });
  await expect(surrogates).toContainText('x⟨U+D801⟩y');
  await expect(surrogates).toContainText('x⟨U+D800⟩y');
  await expect(surrogates).not.toContainText('\ufffd');

  // A single click selects the cell; a double click opens the value panel (issue 15).
  await lookAlike.dblclick();
  const dialog = page.getByRole('dialog', { name: `Value of label for ${id}` });
  await expect(dialog).toContainText('First difference at character 9: U+00E9 → U+0065 U+0301');
  await page.keyboard.press('Escape');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^crm-DEAL-${INTEGRATION_ID}-\\d{8}T\\d{6}Z\\.csv$`),
  );
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).not.toContain('\ufffd');
  expect(csv).toBe(
    [
      `\ufeffField,${id}`,
      'label,"""Acme Caf\\u00e9"" → ""Acme Cafe\\u0301"""',
      'code,"""x\\ud801y"" → ""x\\ud800y"""',
      '',
    ].join('\r\n'),
  );

  // Markdown, read by people: the same escapes, backslashes escaped for Markdown, no U+FFFD.
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByText('Copied a Markdown table of 2 fields × 1 object')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n')).toEqual([
    `| Field | ${id} |`,
    '| --- | --- |',
    '| label | ~~"Acme Caf\\\\u00e9"~~ → "Acme Cafe\\\\u0301" |',
    '| code | ~~"x\\\\ud801y"~~ → "x\\\\ud800y" |',
    '',
  ]);
});

/** WCAG contrast of two computed CSS colours, `rgb(…)` or `color(srgb …)`, both opaque. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
    const srgb = css.startsWith('color(')
      ? numbers.slice(0, 3)
      : numbers.slice(0, 3).map((n) => n / 255);
    const [r, g, bl] = srgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

test('the marks and the code points of a difference keep AA contrast, light and dark', async ({
  page,
}) => {
  await setDeal(1, { label: COMPOSED, hidden: 'a\u200bb' });
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: DEALS.join('\n') });
  await fetchDeals(page);
  await setDeal(1, { label: DECOMPOSED, hidden: 'a\u200bb' });
  await fetchDeals(page);
  await page.getByRole('button', { name: 'History (2)' }).click();
  await page
    .getByRole('list', { name: 'Earlier queries' })
    .getByRole('listitem')
    .nth(1)
    .getByRole('button', { name: 'Use as baseline' })
    .click();
  const marked = grid(page).getByRole('gridcell', { name: 'a⟨U+200B⟩b' }).first();
  const lookAlike = grid(page).getByRole('gridcell', { name: /first difference at character 9/ });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const mark = await marked.evaluate((cell) => {
      const style = getComputedStyle(cell.querySelector('.visible-mark') as Element);
      return [style.color, style.backgroundColor];
    });
    expect(contrast(mark[0] ?? '', mark[1] ?? ''), `mark, ${colorScheme}`).toBeGreaterThanOrEqual(
      4.5,
    );
    const where = await lookAlike.evaluate((cell) => [
      getComputedStyle(cell.querySelector('.fg-where') as Element).color,
      getComputedStyle(cell).backgroundColor,
    ]);
    expect(
      contrast(where[0] ?? '', where[1] ?? ''),
      `code points, ${colorScheme}`,
    ).toBeGreaterThanOrEqual(4.5);
  }
});
