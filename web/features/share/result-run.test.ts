import { describe, expect, test } from 'vitest';
import { ApiError } from '../../lib/api/api-client';
import { JsonNumber } from '../../lib/json/json-value';
import { readResult } from '../../lib/result-files/read-result';
import { writeResult } from '../../lib/result-files/write-result';
import { createRun, formatTally, markDone, markFailed, tallyOf } from '../../model/run';
import { runOfResult, savedResultOf } from './result-run';

const ids = Array.from({ length: 250 }, (_, i) => `id-${i}`);

function fetchedRun() {
  let run = createRun({ integrationId: '2271307570613351879', objectType: 'LEAD', ids }, 1, 1000);
  const answer = (from: number, to: number, requestId: string) => ({
    requestId,
    attempts: 1,
    crmObjectsMap: Object.fromEntries(
      ids
        .slice(from, to)
        .map((id, i) => [id, i % 10 === 0 ? null : { n: new JsonNumber('9007199254740993'), id }]),
    ),
  });
  run = markDone(run, 0, answer(0, 100, 'req-a'), 2000);
  run = markFailed(run, 1, new ApiError('refused', 400, [], 'req-failed'), 2500);
  run = markDone(run, 2, answer(200, 250, 'req-c'), 3000);
  return run;
}

describe('a run as a file and back', () => {
  test('keeps the tally, the requestIds of answered calls, and exact values', () => {
    const run = fetchedRun();
    const saved = savedResultOf(run);
    expect(saved.requestIds).toEqual(['req-a', 'req-c']);
    expect(saved.fetchedAt).toBe('1970-01-01T00:00:03.000Z');
    const read = readResult(writeResult(saved), {
      integrationId: '',
      objectType: 'DEAL',
      fetchedAt: '',
    });
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const reopened = runOfResult(read.result);
    expect(reopened.results).toEqual(run.results);
    expect(reopened.batches.map((b) => [b.status, b.requestId])).toEqual([
      ['done', 'req-a'],
      ['unanswered', undefined],
      ['done', 'req-c'],
    ]);
    // The failed call's ids are not answered in the file: shown as such, and can be retried.
    expect(tallyOf(reopened)).toEqual({ ...tallyOf(run), failed: 0, unanswered: 100 });
    expect(formatTally(tallyOf(reopened))).toBe(
      '250 requested · 135 found · 15 not found · 100 not answered in the file',
    );
  });

  test('an object Gong answered unasked stays unasked, and the failed call stays retryable', () => {
    let run = createRun({ integrationId: '1', objectType: 'DEAL', ids }, 1, 1000);
    const map = (from: number, to: number) =>
      Object.fromEntries(ids.slice(from, to).map((id) => [id, { id }]));
    const extra = { requestId: 'r1', attempts: 1, crmObjectsMap: { ...map(0, 100), 'ID-0': {} } };
    run = markDone(run, 0, extra, 2000);
    run = markDone(run, 1, { requestId: 'r2', attempts: 1, crmObjectsMap: map(100, 200) }, 2500);
    run = markFailed(run, 2, new ApiError('down', 502), 3000);
    const read = readResult(writeResult(savedResultOf(run)), {
      integrationId: '',
      objectType: 'DEAL',
      fetchedAt: '',
    });
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const reopened = runOfResult(read.result);
    expect(reopened.extraIds).toEqual(['ID-0']);
    expect(reopened.batches.map((batch) => batch.status)).toEqual(['done', 'done', 'unanswered']);
    expect(tallyOf(reopened)).toEqual({ ...tallyOf(run), failed: 0, unanswered: 50 });
  });

  test("an id missing from an answered call stays not in Gong's answer", () => {
    const run = runOfResult({
      fetchedAt: '2026-11-28T10:15:00.000Z',
      integrationId: '1',
      objectType: 'DEAL',
      requestedIds: ['a', 'b'],
      requestIds: ['req'],
      objects: new Map([['a', { name: 'A' }]]),
    });
    expect([...run.results]).toEqual([['a', { name: 'A' }]]);
    expect(run.batches[0]?.missing).toEqual(['b']);
    expect(run.finishedAt).toBe(Date.parse('2026-11-28T10:15:00.000Z'));
  });
});
