// The page in headless Chromium, served by the real proxy: the grid painted after a run's last
// answer (the result in hand) at 1,000 and 10,000 objects × 300 fields, the filters at 10,000,
// cells in the DOM, frame times while scrolling, and opening a saved result file.
import type { Browser } from '@playwright/test';
import { servePage } from '../proxy/page';
import { startStandIn } from '../proxy/stand-in/stand-in-gong';
import { startTestProxy, TEST_API_TOKEN } from '../proxy/test-support';
import { launchChromium } from './browser';
import { type Measurement, median, round } from './measure';
import { makePageFixture, type PageFixture } from './page-fixture';
import {
  cellsNow,
  type GridTiming,
  openPage,
  scrollFrames,
  settled,
  timeFilters,
  timeOpenFile,
  timeRun,
} from './page-session';

export interface PageRuns {
  small: number;
  large: number;
}

const percentile = (samples: readonly number[], share: number) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length * share)] ?? Number.NaN;

function gridRow(objects: number, fixture: PageFixture, runs: GridTiming[], budget: number) {
  const fromClick = median(runs.map((run) => run.fromEvent));
  return {
    what: `page: ${objects.toLocaleString('en')} × 300 in hand → grid painted`,
    value: median(runs.map((run) => run.fromLastAnswer ?? Number.NaN)),
    unit: 'ms',
    runs: runs.length,
    budget,
    comparison: `after the last of ${runs[0]?.calls} answers; from Fetch ${round(fromClick, 0)} ms (${fixture.found} found)`,
  } satisfies Measurement;
}

async function measureSmall(browser: Browser, url: string, runs: number, cells: number[]) {
  const fixture = makePageFixture(1_000);
  const timings: GridTiming[] = [];
  const frames: number[] = [];
  const fileTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const session = await openPage(browser, url, fixture);
    timings.push(await timeRun(session.page, fixture));
    cells.push(await cellsNow(session.page));
    await settled(session.page);
    const scrolled = await scrollFrames(session.page, 40);
    frames.push(...scrolled.work);
    cells.push(scrolled.cellsMax);
    await session.close();
    const again = await openPage(browser, url, fixture);
    fileTimes.push(await timeOpenFile(again.page, fixture));
    await again.close();
  }
  return [
    gridRow(1_000, fixture, timings, 250),
    {
      what: 'page: scrolling 1,000 × 300, frame time',
      value: median(frames),
      unit: 'ms',
      runs: frames.length,
      budget: 16,
      comparison: `p95 ${round(percentile(frames, 0.95))} ms; main thread from frame start to painted`,
    },
    {
      what: 'page: open a 1,000 × 300 result file → grid painted',
      value: median(fileTimes),
      unit: 'ms',
      runs: fileTimes.length,
      comparison: `"Open result JSON": ${(fixture.text.length / 1e6).toFixed(1)} MB read, parsed, drawn`,
    },
  ] satisfies Measurement[];
}

async function measureLarge(browser: Browser, url: string, runs: number, cells: number[]) {
  const fixture = makePageFixture(10_000);
  const timings: GridTiming[] = [];
  const filterTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const session = await openPage(browser, url, fixture);
    timings.push(await timeRun(session.page, fixture));
    cells.push(await cellsNow(session.page));
    await settled(session.page);
    filterTimes.push(...(await timeFilters(session.page, 2)));
    await session.close();
  }
  return [
    gridRow(10_000, fixture, timings, 1000),
    {
      what: 'page: filters respond at 10,000 × 300',
      value: median(filterTimes),
      unit: 'ms',
      runs: filterTimes.length,
      budget: 300,
      comparison: `slowest ${round(Math.max(...filterTimes), 0)} ms; "Only differing fields" and "Filter fields"`,
    },
  ] satisfies Measurement[];
}

export async function measurePage(pageDir: string, runs: PageRuns): Promise<Measurement[]> {
  // The stand-in answers the page's other reads; entity calls come from the fixture.
  const standIn = await startStandIn({ auth: { bearerToken: 'bench' } });
  const proxy = await startTestProxy({
    upstreamUrl: standIn.url,
    authorization: 'Bearer bench',
    page: servePage(pageDir, TEST_API_TOKEN),
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const cells: number[] = [];
    const [small, ...smallRest] = await measureSmall(browser, proxy.url, runs.small, cells);
    const large = await measureLarge(browser, proxy.url, runs.large, cells);
    const mostCells: Measurement = {
      what: 'page: DOM cells in the grid, most seen',
      value: Math.max(...cells),
      unit: 'cells',
      runs: cells.length,
      budget: 3000,
      comparison: 'at 1,000 and 10,000 columns, and while scrolling',
    };
    return [...(small ? [small] : []), ...large, mostCells, ...smallRest];
  } finally {
    await browser?.close();
    await proxy.close();
    await standIn.close();
  }
}
