// Small traps: History marks the entry on screen, which cannot be its own baseline.
import { sampleIds } from '../proxy/stand-in/sample-data';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

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
