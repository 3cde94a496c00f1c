// Small traps: History marks the entry on screen, which cannot be its own baseline; curl to this
// proxy works in the sandbox.
import { execFileSync } from 'node:child_process';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, SANDBOX_URL, standIn, test } from './support';

test('History marks the entry on screen, which cannot be its own baseline', async ({ page }) => {
  await standIn.reset();
  await page.goto(GONG_MODE_URL);
  await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 3).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('3 requested · 3 found · 0 not found');
  await fillQuery(page, { objectType: 'DEAL', ids: sampleIds('DEAL', 4).join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('4 requested · 4 found · 0 not found');
  await page.getByRole('button', { name: /^History/ }).click();
  const entries = page.getByRole('list', { name: 'Earlier queries' }).getByRole('listitem');
  const shown = entries.filter({ hasText: 'on screen' });
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute('aria-current', 'true');
  await expect(shown.getByRole('button', { name: 'Use as baseline' })).toBeDisabled();
  const earlier = entries.filter({ hasNotText: 'on screen' });
  await expect(earlier.getByRole('button', { name: 'Use as baseline' })).toBeEnabled();
});

test('Copy proxy curl works in the sandbox; Copy as curl says it needs a real credential', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SANDBOX_URL);
  const ids = sampleIds('DEAL', 2);
  await fillQuery(page, { objectType: 'DEAL', ids: ids.join('\n') });
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('2 requested · 2 found · 0 not found');
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByText(/needs a real Gong credential/)).toBeVisible();
  await page.getByRole('button', { name: 'Copy proxy curl' }).click();
  const command = await page.evaluate(() => navigator.clipboard.readText());
  expect(command).not.toMatch(/GONG_ACCESS_KEY|e2e-secret/);
  // Run as a developer would paste it: it reads the token file the server wrote, and answers.
  const answer = JSON.parse(execFileSync('bash', ['-c', command], { encoding: 'utf8' }));
  expect(Object.keys(answer.crmObjectsMap)).toEqual(ids);
});
