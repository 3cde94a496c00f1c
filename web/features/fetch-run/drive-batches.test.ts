// The fetch's call loop driving several runs at once (the reference check's case), through the
// real proxy and the stand-in Gong over sockets.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { SANDBOX_INTEGRATION_ID, sampleIds } from '../../../proxy/stand-in/sample-data';
import { MISSING_ACCOUNT_IDS } from '../../../proxy/stand-in/sample-references';
import { createRun, type Run, tallyOf } from '../../model/run';
import { pageProxyForThisFile } from '../../test-support';
import { driveBatches } from './drive-batches';

const servers = pageProxyForThisFile();

function twoRuns() {
  const accounts = [...sampleIds('ACCOUNT', 150), ...MISSING_ACCOUNT_IDS];
  const runs = new Map<number, Run>([
    [
      1,
      createRun(
        { integrationId: SANDBOX_INTEGRATION_ID, objectType: 'ACCOUNT', ids: accounts },
        1,
        0,
      ),
    ],
    [
      2,
      createRun(
        {
          integrationId: SANDBOX_INTEGRATION_ID,
          objectType: 'CONTACT',
          ids: sampleIds('CONTACT', 5),
        },
        2,
        0,
      ),
    ],
  ]);
  const calls = [...runs.values()].flatMap((run) =>
    run.batches.map((batch) => ({ key: run.id, index: batch.index })),
  );
  let mostRunning = 0;
  const update = (key: number, change: (run: Run) => Run) => {
    const run = runs.get(key);
    if (!run) return;
    runs.set(key, change(run));
    const running = [...runs.values()]
      .flatMap((r) => r.batches)
      .filter((batch) => batch.status === 'running').length;
    mostRunning = Math.max(mostRunning, running);
  };
  return { runs, calls, update, mostRunning: () => mostRunning };
}

describe('driveBatches', () => {
  it('answers every call of every run, at most `concurrency` at once, 100 ids a call at most', async () => {
    const { runs, calls, update, mostRunning } = twoRuns();
    expect(calls).toHaveLength(3);
    await driveBatches(calls, {
      queryClient: new QueryClient(),
      concurrency: 2,
      signal: new AbortController().signal,
      runOf: (key) => runs.get(key),
      update,
    });
    const [accounts, contacts] = [...runs.values()].map(tallyOf);
    expect(accounts).toMatchObject({ requested: 152, found: 150, notFound: 2, callsDone: 2 });
    expect(contacts).toMatchObject({ requested: 5, found: 5, callsDone: 1 });
    expect(mostRunning()).toBe(2);
    const bodies = servers().standIn.calls.map((call) => JSON.parse(call.body ?? '[]').length);
    expect(bodies.sort((a: number, b: number) => b - a)).toEqual([100, 52, 5]);
  });

  it('starts no call once aborted', async () => {
    const { runs, calls, update } = twoRuns();
    const controller = new AbortController();
    await driveBatches(calls, {
      queryClient: new QueryClient(),
      concurrency: 1,
      signal: controller.signal,
      runOf: (key) => runs.get(key),
      update: (key, change) => {
        update(key, change);
        if (runs.get(key)?.batches[0]?.status === 'done') controller.abort();
      },
    });
    const statuses = [...runs.values()].map((run) => run.batches.map((batch) => batch.status));
    expect(statuses).toEqual([['done', 'queued'], ['queued']]);
    expect(servers().standIn.calls).toHaveLength(1);
  });

  it('skips the calls of a run replaced meanwhile and makes the others', async () => {
    const { runs, calls, update } = twoRuns();
    await driveBatches(calls, {
      queryClient: new QueryClient(),
      concurrency: 1,
      signal: new AbortController().signal,
      runOf: (key) => (key === 1 ? undefined : runs.get(key)),
      update,
    });
    const statuses = [...runs.values()].map((run) => run.batches.map((batch) => batch.status));
    expect(statuses).toEqual([['queued', 'queued'], ['done']]);
    expect(servers().standIn.calls).toHaveLength(1);
  });
});
