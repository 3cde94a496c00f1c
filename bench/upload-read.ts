// The page while it reads a 100 MB upload file: the worker does the reading and the lint, so the
// page's own thread must stay free to answer a person. Measured as the longest main-thread task
// (the Long Tasks API) from choosing the file until its lint is on screen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { servePage } from '../proxy/page';
import { startStandIn } from '../proxy/stand-in/stand-in-gong';
import { startTestProxy, TEST_API_TOKEN } from '../proxy/test-support';
import { launchChromium } from './browser';
import { type Measurement, median, round } from './measure';

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/** About 100 MB of deal lines, each with a number beyond 2^53 (the lossless path). */
function writeUpload(dir: string): { file: string; lines: number; bytes: number } {
  const lines: string[] = [];
  const note = 'n'.repeat(560);
  for (let i = 0; i < 150_000; i++) {
    lines.push(
      `{"objectId":"0065g00000${String(i).padStart(8, '0')}","modifiedDate":"2025-01-01T00:00:00Z","accountId":"0015g00000abcdeAAA","ownerId":"0055g00000abcdeAAA","closeDate":"2025-07-19","status":"OPEN","amount":${9007199254740993n + BigInt(i)},"note":"${note}"}`,
    );
  }
  const text = `${lines.join('\n')}\n`;
  const file = path.join(dir, 'upload-100mb.ldjson');
  writeFileSync(file, text);
  return { file, lines: lines.length, bytes: Buffer.byteLength(text) };
}

export async function measureUploadRead(pageDir: string, runs = 3): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-upload-'));
  const standIn = await startStandIn({ auth: { bearerToken: 'bench' } });
  const proxy = await startTestProxy({
    upstreamUrl: standIn.url,
    authorization: 'Bearer bench',
    page: servePage(pageDir, TEST_API_TOKEN),
  });
  let browser: Browser | undefined;
  try {
    const upload = writeUpload(dir);
    browser = await launchChromium();
    const longest: number[] = [];
    const shown: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: LONG_TASKS });
      const page = await context.newPage();
      await page.goto(proxy.url);
      await page.getByLabel('Open upload file').waitFor();
      await page.evaluate('window.__longTasks.length = 0');
      const started = performance.now();
      await page.getByLabel('Open upload file').setInputFiles(upload.file);
      await page
        .getByText(`upload-100mb.ldjson: ${upload.lines} lines`)
        .waitFor({ timeout: 300_000 });
      shown.push(performance.now() - started);
      const tasks = (await page.evaluate('window.__longTasks')) as number[];
      longest.push(Math.max(0, ...tasks));
      await context.close();
    }
    const size = `${(upload.bytes / 1e6).toFixed(0)} MB, ${upload.lines.toLocaleString('en')} lines`;
    return [
      {
        what: 'page: longest main-thread task while a 100 MB upload file is read',
        value: median(longest),
        unit: 'ms',
        runs,
        budget: 200,
        comparison: `${size}; worst run ${round(Math.max(...longest), 0)} ms`,
      },
      {
        what: 'page: a 100 MB upload file chosen → its lint on screen',
        value: median(shown) / 1000,
        unit: 's',
        runs,
        comparison: `${size}, read and linted in a Web Worker`,
      },
    ];
  } finally {
    await browser?.close();
    await proxy.close();
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
