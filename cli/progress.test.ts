import { describe, expect, test } from 'vitest';
import { createProgress, progressText, usageText } from './progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progress on stderr', () => {
  test('a terminal gets calls done/total and the time left, rewritten in place, then cleared', () => {
    const stream = fakeStream(true);
    let now = 0;
    const progress = createProgress(stream, 3, () => now);
    progress.plan(90);
    now = 10_000;
    progress.done(30);
    progress.done(90);
    progress.clear();
    expect(stream.written).toEqual([
      '\r\u001b[Kcrm-inspector: 0/90 calls to Gong · about 30 s left',
      '\r\u001b[Kcrm-inspector: 30/90 calls to Gong · about 20 s left',
      '\r\u001b[Kcrm-inspector: 90/90 calls to Gong',
      '\r\u001b[K',
    ]);
  });

  test('a pipe or a file (a CI log) gets nothing', () => {
    const stream = fakeStream(false);
    const progress = createProgress(stream, 3);
    progress.plan(10);
    progress.done(5);
    progress.clear();
    expect(stream.written).toEqual([]);
  });

  test('long runs in minutes; before any answer, the rate limit sets the pace', () => {
    expect(progressText(0, 3000, 0, 3)).toBe('0/3000 calls to Gong · about 17 min left');
    expect(progressText(1, 3, 5000, 3)).toBe('1/3 calls to Gong · about 10 s left');
  });
});

test("the day's count after a run: this machine's, against the allowance", () => {
  const usage = { day: '2026-12-03', calls: 1234, dailyLimit: 10_000 };
  expect(usageText(usage, 'api.gong.io')).toBe(
    '1,234 calls to Gong today (2026-12-03 UTC) from this machine, of 10,000 a day; your integrations spend the same allowance',
  );
  expect(usageText(usage, 'sandbox')).toContain('1,234 calls to the sandbox today');
});
