// One page of the inspector in Chromium, driven as a person would (labels and roles), with the
// timing probes of page-probes.js installed. Gong's answers come from the fixture at once, so
// what is timed is the page's own work.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { PageFixture } from './page-fixture';

const PROBES = readFileSync(path.join(import.meta.dirname, 'page-probes.js'), 'utf8');
const INTEGRATION_ID = '2271307570613351879';

export interface GridTiming {
  fromEvent: number;
  fromLastAnswer: number | undefined;
  calls: number;
}

export interface PageSession {
  page: Page;
  close: () => Promise<void>;
}

export async function openPage(
  browser: Browser,
  url: string,
  fixture: PageFixture,
): Promise<PageSession> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: PROBES });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/api/crm/entities', async (route) => {
    const { objectsCrmIds } = route.request().postDataJSON() as { objectsCrmIds: string[] };
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: fixture.answerFor(objectsCrmIds),
    });
  });
  await page.goto(url);
  await page.getByText('Reading Gong at').waitFor();
  const close = async () => {
    await context.close();
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
  };
  return { page, close };
}

/** A fetch run of the fixture's ids; times up to the frame that shows every column. */
export async function timeRun(page: Page, fixture: PageFixture): Promise<GridTiming> {
  await page.getByLabel('Integration ID').fill(INTEGRATION_ID);
  await page.evaluate(`benchProbes.paste('CRM IDs', ${JSON.stringify(fixture.ids.join('\n'))})`);
  await page.getByText(`${fixture.ids.length} ids`).waitFor();
  await page.evaluate(`benchProbes.armGrid('submit', ${fixture.found + 1})`);
  await page.getByRole('button', { name: 'Fetch' }).click();
  return (await page.evaluate('benchProbes.shown')) as GridTiming;
}

/** Opens the fixture with "Open result JSON"; times from the input's change event. */
export async function timeOpenFile(page: Page, fixture: PageFixture): Promise<number> {
  await page.evaluate(`benchProbes.armGrid('change', ${fixture.found + 1})`);
  await page.getByLabel('Open result JSON').setInputFiles({
    name: 'gong-answer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture.text),
  });
  return ((await page.evaluate('benchProbes.shown')) as GridTiming).fromEvent;
}

async function timeCountChange(page: Page, act: () => Promise<void>, eventType: string) {
  await page.evaluate(`benchProbes.armCount('${eventType}')`);
  await act();
  return ((await page.evaluate('benchProbes.changed')) as { ms: number }).ms;
}

/** Toggles "Only differing fields" and types in "Filter fields", each undone again. */
export async function timeFilters(page: Page, rounds: number): Promise<number[]> {
  const times: number[] = [];
  const differing = page.getByLabel('Only differing fields');
  const box = page.getByLabel('Filter fields');
  for (let i = 0; i < rounds; i++) {
    times.push(await timeCountChange(page, () => differing.click(), 'click'));
    times.push(await timeCountChange(page, () => differing.click(), 'click'));
    await box.focus();
    times.push(await timeCountChange(page, () => page.keyboard.type('7'), 'input'));
    times.push(await timeCountChange(page, () => page.keyboard.press('Backspace'), 'input'));
  }
  return times;
}

export const cellsNow = (page: Page) => page.evaluate('benchProbes.cells()') as Promise<number>;

/** Waits for the work that follows a drawn result (effects, storage, GC) to be done. */
export const settled = (page: Page) => page.evaluate('benchProbes.settled()');

export const scrollFrames = (page: Page, framesPerLeg: number) =>
  page.evaluate(`benchProbes.scrollFrames(${framesPerLeg})`) as Promise<{
    work: number[];
    cellsMax: number;
  }>;
