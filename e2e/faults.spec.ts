// Each upstream fault, as the person at the page meets it: 250 ids make 3 calls and one of them
// takes the fault (whichever reaches Gong first). What they read, that the tally adds up, that
// the other calls' objects stay in the grid, and that Retry failed then completes the run.
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { servePage } from '../proxy/page';
import { E2E_ACCESS_KEY, E2E_ACCESS_KEY_SECRET } from '../proxy/stand-in/e2e-credentials';
import type { Fault } from '../proxy/stand-in/faults';
import { sampleIds } from '../proxy/stand-in/sample-data';
import { startStandIn } from '../proxy/stand-in/stand-in-gong';
import { startTestProxy, TEST_API_TOKEN } from '../proxy/test-support';
import { expect, fillQuery, GONG_MODE_URL, standIn, test } from './support';

const IDS = sampleIds('CONTACT', 250);

test.beforeEach(async ({ consoleGuard }) => {
  await standIn.reset();
  // Chromium logs its own line for every non-2xx fetch; these faults cause them on purpose.
  consoleGuard.allow(
    /Failed to load resource: the server responded with a status of (429|502|503|504)/,
  );
});

interface PageFault {
  fault: string;
  inject: Fault[];
  /** What the Failed calls list says; absent when the fault is survived without a word. */
  message?: string | RegExp;
  /** Survived by a retry the person sees in the requestId list. */
  attempts?: number;
  /** Press Retry failed afterwards: the run completes, keeping what it had. */
  retry?: true;
}

const times = (count: number, fault: Fault) => Array.from({ length: count }, () => fault);

const FAULTS: PageFault[] = [
  {
    fault: '429 with Retry-After 1 s',
    inject: [{ kind: 'rate-limit', retryAfterSeconds: 1 }],
    attempts: 2,
  },
  {
    fault: '429 with Retry-After 120 s',
    inject: [{ kind: 'rate-limit', retryAfterSeconds: 120 }],
    message:
      "Gong's rate limit is used up: Gong asks to wait 2 min, then use Retry failed. Gong said: API request limit exceeded",
    retry: true,
  },
  { fault: 'one 500, then success', inject: [{ kind: 'status', status: 500 }], attempts: 2 },
  {
    // Seven: three calls' first tries and retries take six, so exactly one call meets a third.
    fault: 'persistent 503',
    inject: times(7, { kind: 'status', status: 503 }),
    message:
      /^Call \d \(\d+ ids, from \S+\): Gong failed \(503\)\. Gong said: Service Unavailable\. Retry failed may help\. \(Gong requestId \w+\)$/,
    retry: true,
  },
  {
    fault: 'a hang',
    inject: [{ kind: 'hang' }],
    message:
      'Gong did not answer in time: Gong did not answer within 3000 ms; the call was not repeated. Retry failed may help.',
    retry: true,
  },
  { fault: 'a connection reset mid-body', inject: [{ kind: 'reset-mid-body' }], attempts: 2 },
  { fault: 'a slow body (1.5 s)', inject: [{ kind: 'slow-body', chunkDelayMs: 150 }] },
  {
    fault: 'a 200 that is HTML',
    inject: [{ kind: 'html-200' }],
    message:
      /No usable answer from Gong: Gong answered 200 but its body is not JSON \(content type text\/html; charset=utf-8, \d+ bytes\)\. Retry failed may help\./,
  },
  {
    fault: 'truncated JSON',
    inject: [{ kind: 'truncated-json' }],
    message:
      /No usable answer from Gong: Gong answered 200 but its body is not JSON \(content type application\/json; charset=utf-8, \d+ bytes\)\. Retry failed may help\./,
  },
  {
    fault: 'valid JSON of the wrong shape',
    inject: [{ kind: 'wrong-shape' }],
    message:
      'No usable answer from Gong: Gong answered 200 with JSON that is not the documented shape; nothing was changed. Retry failed may help.',
  },
];

interface Tally {
  requested: number;
  found: number;
  notFound: number;
  failed: number;
}

/** Waits for the run to end (no "pending" left) and reads the tally, which must add up. */
async function finalTally(page: Page): Promise<Tally> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ requested · \d+ found · \d+ not found( · \d+ failed)?$/, {
    timeout: 15_000,
  });
  const text = (await status.textContent()) ?? '';
  const count = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(text)?.[1] ?? 0);
  const tally = {
    requested: count('requested'),
    found: count('found'),
    notFound: count('not found'),
    failed: count('failed'),
  };
  expect(tally.found + tally.notFound + tally.failed, text).toBe(tally.requested);
  return tally;
}

/** The ids of every failed call, as the Failed calls list states them. */
async function failedIds(page: Page): Promise<number> {
  const items = await page.getByRole('list', { name: 'Failed calls' }).getByRole('listitem').all();
  let total = 0;
  for (const item of items)
    total += Number(/\((\d+) ids,/.exec((await item.textContent()) ?? '')?.[1]);
  return total;
}

/** Every answered object is a column of the grid: nothing a successful call brought is lost. */
async function expectGridHolds(page: Page, found: number) {
  await expect(page.getByRole('grid', { name: 'CRM objects' })).toHaveAttribute(
    'aria-colcount',
    String(found + 1),
  );
}

async function fetchAll(page: Page, url = GONG_MODE_URL) {
  await page.goto(url);
  // Space-separated: Playwright's fill types each line break on its own, which is slow.
  await fillQuery(page, { objectType: 'CONTACT', ids: IDS.join(' ') });
  await expect(page.getByLabel('CRM IDs')).toHaveAccessibleDescription(/^250 ids · 3 calls/);
  await page.getByRole('button', { name: 'Fetch' }).click();
}

for (const row of FAULTS) {
  test(`survives ${row.fault}`, async ({ page }) => {
    await standIn.injectFaults(...row.inject);
    await fetchAll(page);
    const tally = await finalTally(page);
    const failures = page.getByRole('list', { name: 'Failed calls' });
    if (row.message === undefined) {
      expect(tally).toEqual({ requested: 250, found: 250, notFound: 0, failed: 0 });
      await expect(failures).toHaveCount(0);
    } else {
      // One call of 100 or 50 ids failed; the other two calls' objects are all in the grid.
      expect([50, 100]).toContain(tally.failed);
      await expect(failures.getByRole('listitem')).toHaveCount(1);
      await expect(failures.getByRole('listitem')).toContainText(row.message);
      expect(await failedIds(page)).toBe(tally.failed);
    }
    await expectGridHolds(page, tally.found);
    if (row.attempts) {
      const requestIds = page.getByRole('group').filter({ hasText: 'Gong requestIds (3)' });
      await requestIds.click();
      await expect(
        requestIds.getByRole('listitem').filter({ hasText: `(after ${row.attempts} attempts)` }),
      ).toHaveCount(1);
    }
    if (row.retry) {
      await page.getByRole('button', { name: 'Retry failed' }).click();
      expect(await finalTally(page)).toEqual({
        requested: 250,
        found: 250,
        notFound: 0,
        failed: 0,
      });
      await expectGridHolds(page, 250);
    }
  });
}

test('survives Gong being down (connection refused), and recovers once it is back', async ({
  page,
}) => {
  const port = await closedPort();
  const proxy = await startTestProxy({
    upstreamUrl: `http://127.0.0.1:${port}`,
    authorization: `Basic ${Buffer.from(`${E2E_ACCESS_KEY}:${E2E_ACCESS_KEY_SECRET}`).toString('base64')}`,
    timeoutMs: 3000,
    page: servePage('dist', TEST_API_TOKEN),
  });
  let gong: Awaited<ReturnType<typeof startStandIn>> | undefined;
  try {
    await fetchAll(page, proxy.url);
    expect(await finalTally(page)).toEqual({ requested: 250, found: 0, notFound: 0, failed: 250 });
    const failures = page.getByRole('list', { name: 'Failed calls' }).getByRole('listitem');
    await expect(failures).toHaveCount(3);
    for (const failure of await failures.all()) {
      await expect(failure).toContainText(
        `No usable answer from Gong: 127.0.0.1:${port} refused the connection (tried 3 times). Retry failed may help.`,
      );
    }
    gong = await startStandIn({
      auth: { basic: { accessKey: E2E_ACCESS_KEY, accessKeySecret: E2E_ACCESS_KEY_SECRET } },
      port,
    });
    await page.getByRole('button', { name: 'Retry failed' }).click();
    expect(await finalTally(page)).toEqual({ requested: 250, found: 250, notFound: 0, failed: 0 });
    await expectGridHolds(page, 250);
  } finally {
    // The page first: once a run ends it reads today's Gong calls again (GET /api/usage), and
    // that read must not meet a proxy already closed.
    await page.close();
    await proxy.close();
    await gong?.close();
  }
});

/** A loopback port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
