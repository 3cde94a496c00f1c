import { expect, test } from 'vitest';
import { ApiError } from '../../lib/api/api-client';
import { createRun, markDone, markFailed, requeueUnfinished, tallyOf } from '../../model/run';
import { secondsLeft } from './run-progress';

const ids = Array.from({ length: 1000 }, (_, index) => `id-${index}`);
const answer = (from: number) => ({
  requestId: `r${from}`,
  attempts: 1,
  crmObjectsMap: Object.fromEntries(ids.slice(from, from + 100).map((id) => [id, null])),
});

test('the time left follows the pace of this leg, not of a fetch started days ago', () => {
  let run = createRun({ integrationId: '1', objectType: 'DEAL', ids }, 1, 0);
  for (let call = 0; call < 10; call++) {
    run =
      call === 0
        ? markDone(run, 0, answer(0), 1_000)
        : markFailed(run, call, new ApiError('down', 502), 1_000);
  }
  const day = 86_400_000;
  run = requeueUnfinished(run, day).run;
  run = markDone(run, 1, answer(100), day + 2_000);
  // 2 s for the one call of this leg; 8 calls to go.
  expect(secondsLeft(run, tallyOf(run), day + 2_000)).toBe(16);
});

test('no estimate until a call of this leg is done', () => {
  let run = createRun({ integrationId: '1', objectType: 'DEAL', ids }, 1, 0);
  run = markDone(run, 0, answer(0), 1_000);
  run = markFailed(run, 1, new ApiError('down', 502), 1_000);
  run = requeueUnfinished(run, 5_000).run;
  expect(secondsLeft(run, tallyOf(run), 6_000)).toBeUndefined();
});
