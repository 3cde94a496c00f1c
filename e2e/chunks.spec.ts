// The page loads its result panels and its file reader on first use. When that code cannot be
// fetched (the server was rebuilt since the page was opened, or stopped), the person is told and
// offered a reload, rather than left with a blank page or a "Reading…" that never ends.
import { expect, SANDBOX_URL, test } from './support';

test.beforeEach(async ({ consoleGuard }) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 404/);
  // React reports an error its boundary caught; the boundary is what is being tested.
  consoleGuard.allow(/Failed to fetch dynamically imported module|error occurred in/i);
});

test('result panels that cannot be loaded say so and offer a reload; the tally stays', async ({
  page,
}) => {
  await page.route('**/assets/results-panels-*.js', (route) => route.fulfill({ status: 404 }));
  await page.goto(SANDBOX_URL);
  await page.getByRole('button', { name: 'Use sample ids' }).click();
  await page.getByRole('button', { name: 'Fetch' }).click();
  await expect(page.getByRole('status')).toHaveText('20 requested · 20 found · 0 not found');
  const alert = page.getByRole('alert').filter({ hasText: 'could not load the code' });
  await expect(alert).toContainText('reload the page');
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
});

test('a file reader that cannot be loaded is said, not read forever', async ({ page }) => {
  await page.route('**/assets/read-file-*.js', (route) => route.fulfill({ status: 404 }));
  await page.goto(SANDBOX_URL);
  await page.getByLabel('Open result JSON').setInputFiles({
    name: 'saved.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"crmObjectsMap":{"a":{"name":"A"}}}'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Could not open saved.json' });
  await expect(alert).toContainText('could not load the code that reads result files');
  await expect(page.getByText(/Reading saved\.json/)).toHaveCount(0);
});
