// What a careless paste or a hostile file does to the page: each gets a clear message, what was
// on screen stays, and the page keeps answering. A result is fetched first, so "nothing lost"
// can be seen: the tally and the grid must read the same afterwards.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, GONG_MODE_URL, INTEGRATION_ID, SANDBOX_URL, test } from './support';

const TALLY = '20 requested · 20 found · 0 not found';

async function fetchSamples(page: Page) {
  await page.goto(SANDBOX_URL);
  await page.getByRole('button', { name: 'Use sample ids' }).click();
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText(TALLY);
  await expectResultKept(page);
}

async function expectResultKept(page: Page) {
  await expect(page.getByRole('status')).toHaveText(TALLY);
  await expect(page.getByRole('grid', { name: 'CRM objects' })).toHaveAttribute(
    'aria-colcount',
    '21',
  );
}

/** The live count and any message under the ids box, as a screen reader announces them. */
const idsSummary = (page: Page) => expect(page.getByLabel('CRM IDs'));

/** Deterministic bytes 0–255, control characters and NUL included: a binary file pasted as text. */
function binaryText(length: number): string {
  let seed = 42;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(seed % 256);
  }
  return `\u0000${text}`;
}

interface Paste {
  name: string;
  text: string;
  /** The ids box's description: its live count, then what is wrong. */
  summary: RegExp;
}

const PASTES: Paste[] = [
  {
    name: 'only separators',
    text: '  \n , ; \t\t ;;',
    summary: /^0 ids Paste at least one CRM id$/,
  },
  {
    name: 'an id of 300 characters',
    text: `ok-1\n${'x'.repeat(300)}`,
    summary: /^1 id · 1 call 1 invalid id will be skipped: x{80}…: is longer than 256 characters$/,
  },
  {
    name: 'a JSON array of the wrong things',
    text: '[1, {"a": 2}, null, true, "ok", ""]',
    summary:
      /^2 ids · 1 call 3 invalid ids will be skipped: \{"a":2\}: is not a string or a number null: is not a string or a number true: is not a string or a number$/,
  },
  {
    name: 'brackets nested 100,000 deep',
    text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    summary:
      /^0 ids Paste at least one CRM id 1 invalid id will be skipped: \[{80}…: is longer than 256 characters$/,
  },
  {
    name: 'binary bytes, NUL included',
    text: binaryText(4000),
    summary:
      /^0 ids Paste at least one CRM id \d+ invalid ids will be skipped: .*: holds a control character/s,
  },
];

test.describe('pastes', () => {
  for (const paste of PASTES) {
    test(`${paste.name}: a clear count and message, the result kept`, async ({ page }) => {
      await fetchSamples(page);
      await page.getByLabel('CRM IDs').fill(paste.text);
      await idsSummary(page).toHaveAccessibleDescription(paste.summary);
      await expectResultKept(page);
      if (paste.summary.source.startsWith('^0 ids')) {
        // Nothing to fetch: Fetch says so, sends nothing, and replaces nothing.
        await page.getByRole('button', { name: 'Fetch' }).click();
        await idsSummary(page).toHaveAccessibleDescription(/Paste at least one CRM id/);
        await expectResultKept(page);
      }
    });
  }

  test('markup is only text: no dialog, no element from it', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await fetchSamples(page);
    await page.getByLabel('CRM IDs').fill('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    await idsSummary(page).toHaveAccessibleDescription(/^4 ids · 1 call$/);
    await page.getByRole('button', { name: 'Fetch' }).click();
    await expect(page.getByRole('status')).toHaveText('4 requested · 0 found · 4 not found');
    await page.getByText('Not found ids (4)').click();
    await expect(
      page.getByRole('list', { name: 'Not found (4)' }).getByRole('listitem'),
    ).toHaveText(['<img', 'src=x', 'onerror=alert(1)>', '<script>alert(2)</script>']);
    await expect(page.getByRole('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test('100,000 ids: the live count appears, the run can be canceled, the page answers', async ({
  page,
}) => {
  await page.goto(GONG_MODE_URL);
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  // Space-separated: Playwright's fill types line breaks one by one, minutes for 100,000 lines.
  const ids = Array.from({ length: 100_000 }, (_, index) => `abuse-${index}`).join(' ');
  await page.getByLabel('CRM IDs').fill(ids);
  await idsSummary(page).toHaveAccessibleDescription(/^100000 ids · 1000 calls$/);
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('progressbar', { name: 'Fetch progress' })).toHaveAttribute(
    'max',
    '1000',
  );
  // Some calls land (unknown ids: not found), then the person gives up.
  await expect(page.getByRole('status')).toContainText(/ [1-9]\d* not found/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('canceled');
  const text = (await status.textContent()) ?? '';
  const count = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(text)?.[1] ?? 0);
  expect(count('requested')).toBe(100_000);
  expect(count('found') + count('not found') + count('failed') + count('canceled')).toBe(100_000);
  // The page still answers: the form takes a new paste at once.
  await page.getByLabel('CRM IDs').fill('one-more');
  await idsSummary(page).toHaveAccessibleDescription(/^1 id · 1 call$/);
  // Exact: beside it now stands "Fetch the remaining N".
  await expect(page.getByRole('button', { name: 'Fetch', exact: true })).toBeEnabled();
});

interface HostileFile {
  name: string;
  content: () => Buffer;
  /** A line of the refusal. */
  problem: RegExp;
}

const json = (value: unknown) => () => Buffer.from(JSON.stringify(value));

const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'deep-objects.json',
    content: () =>
      Buffer.from(`{"crmObjectsMap":{"a":${'{"x":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`),
    problem: /^The file is not JSON: JSON nested deeper than 512 levels: refusing to parse it/,
  },
  {
    name: 'deep-arrays.json',
    content: () => Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    problem: /^The file is not JSON: JSON nested deeper than 512 levels: refusing to parse it/,
  },
  {
    name: 'map-is-array.json',
    content: json({ crmObjectsMap: [1, 2] }),
    problem: /^crmObjectsMap: must be an object of CRM id → fields$/,
  },
  {
    name: 'value-is-number.json',
    content: json({ crmObjectsMap: { a: 5 } }),
    problem: /^crmObjectsMap\.a: must be an object of fields, or null$/,
  },
  {
    name: 'top-level-string.json',
    content: json('crmObjectsMap'),
    problem: /^The file holds a string, not a result/,
  },
  {
    name: 'newer-version.json',
    content: json({ format: 'crm-inspector-result', version: 99 }),
    problem: /version: is 99, written by a newer CRM Inspector/,
  },
  {
    name: 'not-utf8.json',
    content: () => Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    problem: /^The file could not be read: it is not UTF-8 text\.$/,
  },
  { name: 'empty.json', content: () => Buffer.alloc(0), problem: /^The file is empty\.$/ },
];

test.describe('hostile result files', () => {
  for (const file of HOSTILE_FILES) {
    test(`${file.name}: refused with the reason, the grid unchanged`, async ({ page }) => {
      await fetchSamples(page);
      await page.getByLabel('Open result JSON').setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: file.content(),
      });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        `Could not open ${file.name}. Nothing on the page was changed.`,
        { timeout: 20_000 },
      );
      await expect(alert.getByRole('listitem').filter({ hasText: file.problem })).not.toHaveCount(
        0,
      );
      await expectResultKept(page);
    });
  }

  test('a 30 MB value opens without freezing the page; cell and panel show its start', async ({
    page,
  }) => {
    // Before: laying the whole value out froze the page 4 s in the grid, 80 s in the panel.
    const path = join(mkdtempSync(join(tmpdir(), 'abuse-')), 'huge-value.json');
    writeFileSync(path, `{"crmObjectsMap":{"a":{"notes":"${'x'.repeat(30 * 1024 * 1024)}"}}}`);
    await fetchSamples(page);
    await page.getByLabel('Open result JSON').setInputFiles(path);
    await expect(page.getByRole('note', { name: 'Opened file' })).toContainText('huge-value.json', {
      timeout: 20_000,
    });
    const grid = page.getByRole('grid', { name: 'CRM objects' });
    await expect(grid).toHaveAttribute('aria-colcount', '2');
    await grid
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^notes/ }) })
      .getByRole('gridcell')
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Value of notes for a' });
    await expect(panel).toContainText('string · 31457280 characters');
    await expect(panel).toContainText(
      'Showing the first 100,000 characters; Copy value copies all of it.',
    );
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await page.getByLabel('CRM IDs').fill('still-answering');
    await idsSummary(page).toHaveAccessibleDescription(/^1 id · 1 call/);
  });

  test('__proto__ keys open as plain ids and pollute nothing', async ({ page }) => {
    await fetchSamples(page);
    const text =
      '{"crmObjectsMap":{"__proto__":{"polluted":"yes","name":"Proto"},"constructor":{"prototype":{"polluted":"yes"}},"b":{"__proto__":{"polluted":"yes"},"name":"B"}}}';
    await page.getByLabel('Open result JSON').setInputFiles({
      name: 'proto.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole('note', { name: 'Opened file' })).toContainText('proto.json');
    const grid = page.getByRole('grid', { name: 'CRM objects' });
    await expect(grid).toHaveAttribute('aria-colcount', '4');
    await expect(grid.getByRole('columnheader', { name: '__proto__', exact: true })).toBeVisible();
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    ).toBeUndefined();
  });
});
