// Accessibility checked by axe in the page's main states, light and dark: no serious or
// critical violation (contrast AA included).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, SANDBOX_URL, standIn, test } from './support';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .slice(0, 5)
        .map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`),
    );
}

async function fetchDeals(page: Page) {
  await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 20).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  await expect(page.getByText(/fields with problems · \d+ values/)).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1366, height: 800 } });

    test.beforeEach(async ({ page }) => {
      await standIn.reset();
      await page.goto(GONG_MODE_URL);
    });

    test('empty page', async ({ page }) => {
      await expect(page.getByRole('button', { name: 'Fetch' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('results, with the legend and a value summary open', async ({ page }) => {
      await fetchDeals(page);
      await page
        .getByRole('grid', { name: 'CRM objects' })
        .getByRole('rowheader', { name: /^isDeleted/ })
        .click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByText('Legend').click();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('compare with an earlier fetch, and one object as reference', async ({ page }) => {
      await fetchDeals(page);
      await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 20).join('\n') });
      await page.getByRole('button', { name: 'Fetch' }).click();
      await page.getByRole('button', { name: 'History (2)' }).click();
      const entries = page.getByRole('list', { name: 'Earlier queries' }).getByRole('listitem');
      await entries
        .filter({ hasNotText: 'on screen' })
        .getByRole('button', { name: 'Use as baseline' })
        .click();
      await expect(
        page.getByText(/objects? changed|No object changed|0 objects changed/),
      ).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Stop comparing' }).click();
      await page.getByRole('button', { name: 'Compare to one object' }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the value dialog', async ({ page }) => {
      await fetchDeals(page);
      await page
        .getByRole('grid', { name: 'CRM objects' })
        .getByRole('gridcell')
        .first()
        .dblclick();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('checked references, a width handle in use, and objects as rows', async ({ page }) => {
      await fetchDeals(page);
      const references = page.getByRole('region', { name: 'References' });
      await references.getByRole('button', { name: 'Check references' }).click();
      await expect(references.getByRole('status')).toHaveText(/^\d+ references · /);
      await page.getByRole('separator', { name: 'Resize column Field' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('checkbox', { name: 'Objects as rows' }).check();
      const table = page.getByRole('table', { name: 'CRM objects as rows' });
      await expect(table.getByRole('img', { name: 'found' }).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("a verification with its references' status and dangling list", async ({ page }) => {
      await page.getByLabel('Integration ID').fill('7302198156228391457');
      await page.getByLabel('Object type').selectOption('DEAL');
      const panel = page.getByRole('region', { name: 'Verify an upload' });
      await panel.getByLabel('Open upload file').setInputFiles({
        name: 'sample-upload-deal.ldjson',
        mimeType: 'application/x-ndjson',
        buffer: readFileSync('proxy/stand-in/sample-uploads/sample-upload-deal.ldjson'),
      });
      await panel.getByRole('button', { name: 'Verify against Gong' }).click();
      const refs = panel.getByRole('region', { name: "References of the file's objects" });
      await expect(refs.getByRole('status')).toHaveText(
        '24 references · 23 found (in Gong or in the file) · 1 not in Gong',
      );
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a verification, its fields table open over the grid', async ({ page }) => {
      await page.goto(SANDBOX_URL);
      await page.getByRole('button', { name: 'Use sample ids' }).click();
      await page.getByRole('button', { name: 'Fetch', exact: true }).click();
      await expect(
        page.getByRole('region', { name: 'Fetch result' }).getByRole('status'),
      ).toHaveText('20 requested · 20 found · 0 not found');
      const verify = page.getByRole('region', { name: 'Verify an upload' });
      await verify.getByRole('button', { name: 'Try a sample upload' }).click();
      await verify.getByRole('button', { name: 'Verify against Gong' }).click();
      await expect(verify.getByRole('status').filter({ hasText: / sent · / })).toHaveText(
        /^25 sent · /,
      );
      // The fields table opens as the answer arrives.
      await expect(page.getByRole('region', { name: 'Fields that differ' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an upload status', async ({ page }) => {
      await page.getByLabel('Integration ID').fill('7302198156228391457');
      await page.getByLabel('Client request ID').fill('sample-failed');
      await page.getByRole('button', { name: 'Check status' }).click();
      await expect(page.getByText('Status: FAILED')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
