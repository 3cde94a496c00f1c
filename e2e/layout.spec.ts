// The grid owns the screen: after a fetch the form folds into one row that still works by label,
// the actions sit in one toolbar row, counters open their panels, and on 1366×800 the grid starts
// in the top half and fills the rest of the viewport. Columns can be dragged wider; a phone
// shows an object's values beside the field names.
import type { Page } from '@playwright/test';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, SANDBOX_URL, standIn, test } from './support';

const ids = sampleIds('DEAL', 20);
const grid = (page: Page) => page.getByRole('grid', { name: 'CRM objects' });
const fetchStatus = (page: Page) =>
  page.getByRole('region', { name: 'Fetch result' }).getByRole('status');
const gridTop = async (page: Page) => Math.round((await grid(page).boundingBox())?.y ?? -1);

/** The grid starts in the top half of 1366×800, its frame reaches the bottom, the page stays. */
async function expectGridOwnsScreen(page: Page) {
  await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
  expect(await gridTop(page)).toBeGreaterThan(0);
  expect(await gridTop(page)).toBeLessThan(400);
  const frameBottom = await grid(page).evaluate(
    (table) => table.closest('.fg-frame')?.getBoundingClientRect().bottom ?? 0,
  );
  expect(frameBottom).toBeGreaterThan(800 - 24);
  expect(frameBottom).toBeLessThanOrEqual(800);
  const pageScroll = await page.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(pageScroll).toBeLessThanOrEqual(0);
}

/** Sandbox mode, Use sample ids, Fetch: the schema, references and visibility rows all present. */
async function fetchSandboxDeals(page: Page) {
  await page.goto(SANDBOX_URL);
  await page.getByRole('button', { name: 'Use sample ids' }).click();
  await page.getByRole('button', { name: 'Fetch', exact: true }).click();
  await expect(fetchStatus(page)).toHaveText('20 requested · 20 found · 0 not found');
}

async function fetchDeals(page: Page, query = ids.join('\n')) {
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: query });
  await page.getByRole('button', { name: 'Fetch' }).click();
}

test.beforeEach(async () => {
  await standIn.reset();
});

test('on 1366×800 the grid starts in the top half and fills the viewport; the page does not scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await fetchDeals(page);
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
  const box = await grid(page).boundingBox();
  expect(box?.y).toBeLessThan(400);
  const scroller = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight - window.innerHeight,
  }));
  // One scroll container: the grid's, not the page's.
  expect(scroller.page).toBeLessThanOrEqual(0);
  // The grid's frame reaches the bottom of the window, give or take the page's padding.
  const frame = await grid(page).evaluate((table) => {
    const rect = table.closest('.fg-frame')?.getBoundingClientRect();
    return rect ? rect.bottom : 0;
  });
  expect(frame).toBeGreaterThan(800 - 24);
  // The field header stays on screen while the grid scrolls.
  await grid(page).getByRole('rowheader').first().focus();
  for (let i = 0; i < 22; i += 1) await page.keyboard.press('ArrowDown');
  await expect(grid(page).getByRole('columnheader', { name: 'Field' })).toBeInViewport();
});

test('with every panel present (schema, references, reasons, an upload verified) the grid still starts in the top half of 1366×800', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await fetchSandboxDeals(page);
  for (const name of ['Entity schema', 'References', 'Why it may not show in Gong'])
    await expect(page.getByRole('region', { name })).toBeVisible();
  await expect(page.getByText(/^\d+ declared fields/)).toBeVisible();
  await expectGridOwnsScreen(page);

  // Checking references adds a status to its row, not a band above the grid.
  const top = await gridTop(page);
  const references = page.getByRole('region', { name: 'References' });
  const check = references.getByRole('button', { name: 'Check references' });
  const checkBefore = await check.boundingBox();
  await check.click();
  await expect(references.getByRole('status')).toHaveText(/^\d+ references · \d+ found/);
  expect(await gridTop(page)).toBe(top);
  // Nor does the button move away from under the pointer.
  expect(await check.boundingBox()).toEqual(checkBefore);

  // An upload opened, then verified: one compact row; the fields table, the answer, opens in the
  // page with grid rows still in view; folded, the grid is back in the top half.
  const verify = page.getByRole('region', { name: 'Verify an upload' });
  await verify.getByRole('button', { name: 'Try a sample upload' }).click();
  await expect(verify).toContainText('linted as DEAL');
  await expectGridOwnsScreen(page);
  await verify.getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(page.getByRole('status').filter({ hasText: / sent · / })).toHaveText(
    '25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong',
  );
  const fields = page.getByRole('region', { name: 'Fields that differ' });
  await expect(fields.getByRole('row')).toHaveCount(8);
  await expect(grid(page).getByRole('gridcell').first()).toBeInViewport();
  const fieldsToggle = verify.getByRole('button', { name: 'Fields that differ (7)' });
  await expect(fieldsToggle).toHaveAttribute('aria-expanded', 'true');
  await fieldsToggle.click();
  await expect(fields).toBeHidden();
  await expectGridOwnsScreen(page);
  const verifiedTop = await gridTop(page);
  // Download report is in the row, as named; the other formats open from their counter.
  await expect(verify.getByRole('button', { name: 'Download report' })).toBeVisible();
  await verify.getByText('Other formats', { exact: true }).click();
  await expect(verify.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  expect(await gridTop(page)).toBe(verifiedTop);
  // A press elsewhere closes it too.
  await grid(page).getByRole('rowheader').first().click();
  await expect(verify.getByRole('button', { name: 'Download CSV' })).toBeHidden();
});

test('after a fetch the folded form is still filled and used by its labels', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await fetchDeals(page);
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  for (const label of ['Integration ID', 'Object type', 'CRM IDs'])
    await expect(page.getByLabel(label)).toBeVisible();
  await expect(page.getByText('20 ids · 1 call')).toBeVisible();
  await fillQuery(page, { objectType: 'ACCOUNT', ids: sampleIds('ACCOUNT', 3).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('3 requested · 3 found · 0 not found');
});

test('from 1280 px every action is a visible button in one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await fetchDeals(page);
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  const names = [
    'Download JSON',
    'Copy JSON',
    'Copy link',
    'Copy as curl',
    'Compare with…',
    'Export CSV',
    'Export Markdown',
    'Copy Markdown',
  ];
  const tops = new Set<number>();
  for (const name of names) {
    const control =
      name === 'Compare with…'
        ? page.getByText(name, { exact: true })
        : page.getByRole('button', { name, exact: true });
    await expect(control).toBeVisible();
    tops.add(Math.round((await control.boundingBox())?.y ?? -1));
  }
  expect(tops.size).toBe(1);
});

for (const width of [1280, 1366]) {
  test(`at ${width} px a counter in a row opens its panel under itself, inside the window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await fetchSandboxDeals(page);
    const verify = page.getByRole('region', { name: 'Verify an upload' });
    await verify.getByRole('button', { name: 'Try a sample upload' }).click();
    await verify.getByRole('button', { name: 'Verify against Gong' }).click();
    await expect(page.getByRole('status').filter({ hasText: / sent · / })).toHaveText(/^25 sent/);
    const top = await gridTop(page);
    // (Fields that differ is no fold: its table opens in the page, above the grid it filters.)
    const counters = [
      /^\d+ declared fields · \d+ in no object$/,
      /^\d+ reference fields$/,
      /^\d+ of \d+ objects have a reason$/,
      /^Dangling references \(\d+\)$/,
      /^Other formats$/,
    ];
    for (const counter of counters) {
      const fold = page.getByRole('group').filter({ has: page.getByText(counter) });
      await fold.getByText(counter).click();
      // The summary and its open panel (the fold's other child), in window coordinates.
      const box = await fold.evaluate((details) => {
        const edges = (element: Element | null) => {
          const rect = element?.getBoundingClientRect();
          return { left: rect?.left ?? Number.NaN, right: rect?.right ?? Number.NaN };
        };
        return {
          summary: edges(details.querySelector(':scope > summary')),
          panel: edges(details.querySelector(':scope > summary + *')),
          window: document.documentElement.clientWidth,
        };
      });
      const { summary, panel } = box;
      const underLeft = Math.abs(panel.left - summary.left) <= 3;
      const underRight = Math.abs(panel.right - summary.right) <= 3;
      // Too wide for either: it spans its summary and meets the window's edge.
      const spans = panel.left <= summary.left && panel.right >= summary.right;
      const atEdge = panel.left <= 12 || panel.right >= box.window - 12;
      expect(
        underLeft || underRight || (spans && atEdge),
        `${counter} ${JSON.stringify(box)}`,
      ).toBe(true);
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(box.window);
      expect(await gridTop(page)).toBe(top);
      await page.keyboard.press('Escape');
    }
  });
}

test('not-found ids, requestIds and schema findings are counters that open panels', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fetchDeals(page, [...ids.slice(0, 5), 'no-such-1', 'no-such-2'].join('\n'));
  await expect(page.getByRole('status')).toHaveText('7 requested · 5 found · 2 not found');
  const list = page.getByRole('list', { name: 'Not found (2)' });
  await expect(list).toBeHidden();
  await page.getByText('Not found ids (2)').click();
  await expect(list.getByRole('listitem')).toHaveText(['no-such-1', 'no-such-2']);
  await page.getByRole('button', { name: 'Copy not-found ids' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('no-such-1\nno-such-2');
  await page.getByText('Gong requestIds (1)').click();
  await expect(
    page.getByRole('group').filter({ hasText: 'Gong requestIds (1)' }).getByRole('listitem'),
  ).toHaveCount(1);
  const findings = page.getByText(/^\d+ declared fields/);
  await findings.click();
  await expect(page.getByRole('list', { name: /^Declared, in no object/ })).toBeVisible();
});

test('a column is made wider by dragging its header edge', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await fetchDeals(page);
  const header = grid(page).getByRole('columnheader', { name: ids[0], exact: true });
  const before = (await header.boundingBox())?.width ?? 0;
  const box = await header.boundingBox();
  if (!box) throw new Error('no header');
  await page.mouse.move(box.x + box.width - 3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 120, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(async () => (await header.boundingBox())?.width ?? 0)
    .toBeGreaterThan(before + 80);
  // The cells below follow their header.
  const cell = grid(page).getByRole('gridcell', { name: ids[0], exact: true });
  expect(Math.round((await cell.boundingBox())?.width ?? 0)).toBe(
    Math.round((await header.boundingBox())?.width ?? 0),
  );
});

test('a column width handle works from the keyboard: arrows, Shift, Home/End, Enter resets', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await fetchDeals(page);
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  const header = grid(page).getByRole('columnheader', { name: ids[0], exact: true });
  const cell = grid(page).getByRole('gridcell', { name: ids[0], exact: true });
  const handle = header.getByRole('separator', { name: `Resize column ${ids[0]}` });
  await expect(handle).toHaveAttribute('aria-orientation', 'vertical');
  await expect(handle).toHaveAttribute('aria-valuenow', '200');
  await expect(handle).toHaveAttribute('aria-valuemin', '60');
  await expect(handle).toHaveAttribute('aria-valuemax', '1200');
  const widthOf = async (box: typeof header) => Math.round((await box.boundingBox())?.width ?? 0);
  const before = await widthOf(header);
  expect(await widthOf(cell)).toBe(before);

  // Shift+Tab from a cell of the column reaches its handle: the grid keeps one tab stop.
  await cell.click();
  await page.keyboard.press('Shift+Tab');
  await expect(handle).toBeFocused();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '250');
  // The grid did not take the arrows: the handle keeps the focus and the cell stays where it was.
  await expect(handle).toBeFocused();
  expect(await widthOf(header)).toBe(before + 50);
  expect(await widthOf(cell)).toBe(before + 50);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '200');
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', '60');
  expect(await widthOf(cell)).toBe(60);
  await page.keyboard.press('Enter');
  await expect(handle).toHaveAttribute('aria-valuenow', '200');
  expect(await widthOf(header)).toBe(before);

  // The field column's handle too, by its name.
  const field = grid(page).getByRole('separator', { name: 'Resize column Field' });
  await field.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(field).toHaveAttribute('aria-valuenow', '230');
  expect(await widthOf(grid(page).getByRole('columnheader', { name: 'Field' }))).toBe(230);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a finger drags a column edge wider', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await fetchDeals(page);
    await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
    const header = grid(page).getByRole('columnheader', { name: ids[1], exact: true });
    const handle = header.getByRole('separator', { name: `Resize column ${ids[1]}` });
    const box = await header.boundingBox();
    if (!box) throw new Error('no header');
    // Playwright's touchscreen only taps: a drag is the browser's own touch events, sent as
    // a device would (Chromium turns them into the pointer events the handle listens to).
    const touch = await page.context().newCDPSession(page);
    const y = box.y + box.height / 2;
    const at = (x: number) => [{ x, y }];
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: at(box.x + box.width - 3),
    });
    for (const dx of [30, 60, 90])
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(box.x + box.width - 3 + dx),
      });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(handle).toHaveAttribute('aria-valuenow', '290');
    expect(Math.round((await header.boundingBox())?.width ?? 0)).toBe(290);
  });
});

test("on a 390×844 phone an object's values show beside the field names on the first screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Sandbox: every row above the grid is there (schema, references, reasons).
  await fetchSandboxDeals(page);
  const name = grid(page).getByRole('rowheader').first();
  const value = grid(page).getByRole('gridcell').first();
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(value).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const nameBox = await name.boundingBox();
  const valueBox = await value.boundingBox();
  expect(valueBox?.x).toBeGreaterThan((nameBox?.x ?? 0) + (nameBox?.width ?? 0) - 2);
  expect(Math.round(valueBox?.y ?? -1)).toBe(Math.round(nameBox?.y ?? -2));

  // A verification's status lines wrap: the page never grows wider than the phone.
  const verify = page.getByRole('region', { name: 'Verify an upload' });
  await verify.getByRole('button', { name: 'Try a sample upload' }).click();
  await verify.getByRole('button', { name: 'Verify against Gong' }).click();
  await expect(verify.getByRole('status').filter({ hasText: / sent · / })).toHaveText(
    /^25 sent · /,
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test.describe('on a 390×844 touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the grid starts in the top half after a fetch, and its rows show on the first screen after a verification', async ({
    page,
  }) => {
    // No key to hint at on a touch screen: the picker names only its ▾ button.
    await page.goto(SANDBOX_URL);
    const pickHint = page.getByText(/▾ to pick/);
    await expect(pickHint).toBeVisible();
    await expect(pickHint).not.toContainText('↓');
    // Sandbox: every row above the grid is there (schema, references, reasons).
    await fetchSandboxDeals(page);
    await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
    expect(await gridTop(page)).toBeGreaterThan(0);
    expect(await gridTop(page)).toBeLessThanOrEqual(422);
    // An object's values beside the field names, on the first screen.
    const name = await grid(page).getByRole('rowheader').first().boundingBox();
    const value = grid(page).getByRole('gridcell').first();
    await expect(value).toBeInViewport({ ratio: 1 });
    expect((await value.boundingBox())?.x).toBeGreaterThan((name?.x ?? 0) + (name?.width ?? 0) - 2);
    // The folded form is two lines: Integration ID beside Object type, CRM IDs beside Fetch.
    const top = async (label: string) =>
      Math.round((await page.getByLabel(label).boundingBox())?.y ?? -1);
    expect(Math.abs((await top('Integration ID')) - (await top('Object type')))).toBeLessThan(6);
    const fetchTop = Math.round(
      (await page.getByRole('button', { name: 'Fetch', exact: true }).boundingBox())?.y ?? -1,
    );
    expect(Math.abs((await top('CRM IDs')) - fetchTop)).toBeLessThan(6);
    expect(await top('CRM IDs')).toBeGreaterThan(await top('Integration ID'));
    // The seek buttons keep their names, and the page tools are one press away.
    for (const seek of [
      '↑ Previous difference',
      '↓ Next difference',
      '↑ Previous problem',
      '↓ Next problem',
    ])
      await expect(page.getByRole('button', { name: seek, exact: true })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'History (1)' })).toBeHidden();
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await expect(page.getByRole('button', { name: 'History (1)' })).toBeVisible();
    await expect(page.getByLabel('Client request ID')).toBeVisible();
    await expect(page.getByText('Open result JSON')).toBeVisible();

    // A verification of the sample upload: grid rows, not just its header, on the first screen.
    const verify = page.getByRole('region', { name: 'Verify an upload' });
    await verify.getByRole('button', { name: 'Try a sample upload' }).click();
    // The tap closed More without moving the button from under the finger.
    await expect(page.getByRole('button', { name: 'History (1)' })).toBeHidden();
    await expect(verify).toContainText('linted as DEAL');
    await verify.getByRole('button', { name: 'Verify against Gong' }).click();
    await expect(verify.getByRole('status').filter({ hasText: / sent · / })).toHaveText(
      /^25 sent · /,
    );
    const firstValue = grid(page).getByRole('row').nth(1).getByRole('gridcell').first();
    await expect(firstValue).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await firstValue.boundingBox();
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    // The fields table waits for its counter here, and opens in the page, inside the window.
    const fieldsToggle = verify.getByRole('button', { name: /^Fields that differ \(\d+\)$/ });
    await expect(fieldsToggle).toHaveAttribute('aria-expanded', 'false');
    await fieldsToggle.click();
    await expect(page.getByRole('region', { name: 'Fields that differ' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await fieldsToggle.click();

    // The other filters are one press away too.
    const valuesToo = page.getByRole('checkbox', { name: 'values too' });
    await expect(valuesToo).toBeHidden();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await valuesToo.check();
    await expect(page.getByRole('checkbox', { name: 'Objects as rows' })).toBeVisible();
    // Escape folds them again, the filter kept and the focus on the toggle.
    await page.keyboard.press('Escape');
    await expect(valuesToo).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(valuesToo).toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    // The two-line form is filled and used by its labels, with no extra press.
    await fillQuery(page, { objectType: 'ACCOUNT', ids: sampleIds('ACCOUNT', 3).join('\n') });
    await page.getByRole('button', { name: 'Fetch', exact: true }).click();
    await expect(fetchStatus(page)).toHaveText('3 requested · 3 found · 0 not found');
  });
});

test("on a 390 px phone an object's values show beside the field names", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await fetchDeals(page);
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  const name = grid(page).getByRole('rowheader', { name: /^objectId/ });
  const value = grid(page).getByRole('gridcell', { name: ids[0], exact: true });
  await name.scrollIntoViewIfNeeded();
  const nameBox = await name.boundingBox();
  const valueBox = await value.boundingBox();
  expect(valueBox?.x).toBeGreaterThan((nameBox?.x ?? 0) + (nameBox?.width ?? 0) - 2);
  expect((valueBox?.x ?? 999) + 60).toBeLessThan(390);
});

test('narrower than 1280 px the same actions sit in one Actions menu', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await fetchDeals(page);
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await page.getByText('Actions', { exact: true }).click();
  for (const name of ['Download JSON', 'Copy link', 'Copy as curl', 'Export CSV'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
});

test('the Actions menu closes after use; what an action said stays beside it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1024, height: 768 });
  await fetchDeals(page);
  await expect(fetchStatus(page)).toHaveText('20 requested · 20 found · 0 not found');
  const toolbar = page.getByRole('region', { name: 'Result actions' });
  const menuButton = toolbar.getByText('Actions', { exact: true });
  const copyLink = toolbar.getByRole('button', { name: 'Copy link', exact: true });
  const before = await toolbar.boundingBox();
  const top = await gridTop(page);

  await menuButton.click();
  await copyLink.click();
  await expect(copyLink).toBeHidden();
  await expect(menuButton).toBeFocused();
  const copied = toolbar.getByText(/^Copied a link to this query/);
  await expect(copied).toBeVisible();
  await expect(copied).toHaveAttribute('aria-live', 'polite');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#');
  expect(await toolbar.boundingBox()).toEqual(before);
  expect(await gridTop(page)).toBe(top);

  // Escape and a press outside close it too, Escape giving focus back to its button.
  await menuButton.click();
  await expect(copyLink).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(copyLink).toBeHidden();
  await expect(menuButton).toBeFocused();
  await menuButton.click();
  await page.getByRole('heading', { name: 'CRM Inspector' }).click();
  await expect(copyLink).toBeHidden();

  // The file chooser opened from the menu still reaches the compare once the menu closed: the
  // result copied as JSON, compared with itself.
  await menuButton.click();
  await toolbar.getByRole('button', { name: 'Copy JSON', exact: true }).click();
  await expect(toolbar.getByText(/^Copied the result JSON/)).toBeVisible();
  const resultJson = await page.evaluate(() => navigator.clipboard.readText());
  await menuButton.click();
  const chooser = page.waitForEvent('filechooser');
  await toolbar.getByText('Compare with…', { exact: true }).click();
  await (await chooser).setFiles({
    name: 'baseline.json',
    mimeType: 'application/json',
    buffer: Buffer.from(resultJson),
  });
  await expect(page.getByText('0 objects changed · 0 fields changed')).toBeVisible();
  await expect(copyLink).toBeHidden();
  await expect(menuButton).toBeFocused();
  // Stop comparing, from the menu, closes it as well.
  await menuButton.click();
  await toolbar.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.getByText('0 objects changed · 0 fields changed')).toBeHidden();
  await expect(copyLink).toBeHidden();
});

for (const width of [1280, 1366]) {
  test(`comparing at ${width} px, every toolbar control sits in one row that does not grow`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await fetchDeals(page);
    await expect(fetchStatus(page)).toHaveText('20 requested · 20 found · 0 not found');
    const toolbar = page.getByRole('region', { name: 'Result actions' });
    const before = await toolbar.boundingBox();
    const top = await gridTop(page);
    await page.getByRole('button', { name: 'Fetch', exact: true }).click();
    await page.getByRole('button', { name: 'History (2)' }).click();
    await page
      .getByRole('list', { name: 'Earlier queries' })
      .getByRole('listitem')
      .nth(1)
      .getByRole('button', { name: 'Use as baseline' })
      .click();
    // The history panel closes after use.
    await expect(page.getByRole('list', { name: 'Earlier queries' })).toBeHidden();
    await expect(page.getByText(/^0 objects changed · 0 fields changed$/)).toBeVisible();

    const buttons = [
      'Download JSON',
      'Copy JSON',
      'Copy link',
      'Copy as curl',
      'Copy proxy curl',
      'Stop comparing',
      'Export CSV',
      'Export Markdown',
      'Copy Markdown',
    ].map((name) => toolbar.getByRole('button', { name, exact: true }));
    const controls = [
      ...buttons,
      toolbar.getByText('Compare with…', { exact: true }),
      toolbar.getByText('Only changes', { exact: true }),
    ];
    const tops = new Set<number>();
    for (const control of controls) {
      await expect(control).toBeInViewport({ ratio: 1 });
      const box = await control.boundingBox();
      // Buttons share one top; the checkbox's label sits inside their row.
      if (controls.indexOf(control) < buttons.length + 1) tops.add(Math.round(box?.y ?? -1));
      else {
        const [rowTop = 0] = tops;
        expect(box?.y ?? -1).toBeGreaterThanOrEqual(rowTop - 1);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(rowTop + 30);
      }
    }
    expect([...tops]).toHaveLength(1);
    const after = await toolbar.boundingBox();
    expect(Math.round(after?.height ?? 0)).toBe(Math.round(before?.height ?? -1));
    // The comparison's line joins the checks row's first line: the grid stays where it was.
    expect(await gridTop(page)).toBe(top);
  });
}

test("a running fetch's progress sits on a line below the grid: the grid stays where it is", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await fetchDeals(page);
  await expect(fetchStatus(page)).toHaveText('20 requested · 20 found · 0 not found');
  const top = await gridTop(page);
  const frameBox = () =>
    grid(page).evaluate((table) => {
      const box = table.closest('.fg-frame')?.getBoundingClientRect();
      return { top: box?.top ?? 0, bottom: box?.bottom ?? 0 };
    });
  // Two calls: one answers (the grid fills, with ids not found), the other never does. The first
  // is slow, so Cancel can be focused before the grid has an object.
  const deals = sampleIds('DEAL', 100);
  await standIn.injectFaults({ kind: 'slow-body', chunkDelayMs: 150 }, { kind: 'hang' });
  await page
    .getByLabel('CRM IDs')
    .fill(['no-such-1', ...deals.slice(0, 98), 'no-such-2', ...deals.slice(98)].join('\n'));
  await page.getByRole('button', { name: 'Fetch', exact: true }).click();
  const progress = page.getByRole('progressbar', { name: 'Fetch progress' });
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await cancel.focus();
  await expect(fetchStatus(page)).toContainText(/ [1-9]\d* found/);
  await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
  // The objects landing did not take the focus from Cancel.
  await expect(cancel).toBeFocused();
  expect(await gridTop(page)).toBe(top);
  const bar = await progress.boundingBox();
  expect(bar?.y ?? -1).toBeGreaterThanOrEqual((await frameBox()).bottom);
  await expect(progress).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(fetchStatus(page)).toContainText('canceled');
  await expect(fetchStatus(page)).toBeFocused();
  await expect(progress).toBeHidden();
  // What is left to fetch takes the progress's place; pressed, it turns into Cancel, focused.
  const remaining = page.getByRole('button', { name: /^Fetch the remaining \d+$/ });
  expect((await remaining.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(
    (await frameBox()).bottom,
  );
  expect(await gridTop(page)).toBe(top);
  await remaining.focus();
  await page.keyboard.press('Enter');
  await expect(fetchStatus(page)).toHaveText('102 requested · 100 found · 2 not found');
  // The line went with the run, the focus to the tally; the grid stayed.
  await expect(remaining).toHaveCount(0);
  await expect(fetchStatus(page)).toBeFocused();
  expect(await gridTop(page)).toBe(top);
});

test('a message does not move the toolbar or the grid', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1366, height: 800 });
  await fetchDeals(page);
  await expect(fetchStatus(page)).toHaveText('20 requested · 20 found · 0 not found');
  const toolbar = page.getByRole('region', { name: 'Result actions' });
  const before = await toolbar.boundingBox();
  const top = await gridTop(page);
  await toolbar.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(toolbar.getByText(/^Copied/)).toBeVisible();
  await toolbar.getByRole('button', { name: 'Copy Markdown', exact: true }).click();
  await expect(toolbar.getByText(/^Copied a Markdown table/)).toBeVisible();
  expect(await toolbar.boundingBox()).toEqual(before);
  expect(await gridTop(page)).toBe(top);
});
