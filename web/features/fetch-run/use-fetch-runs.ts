// Several runs as one: the reference check asks for each referenced object type in a run of its
// own (a Run holds one type), all driven by the fetch's loop, canceled together.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { CrmQuery } from '../../model/query';
import { cancelOpen, createRun, type Run } from '../../model/run';
import { driveBatches } from './drive-batches';

export interface FetchRuns {
  /** One run per query started, in the order given; empty before the first start. */
  runs: readonly Run[];
  start: (queries: readonly CrmQuery[]) => void;
  cancel: () => void;
  /** Forgets the runs (e.g. when the result they checked is replaced). */
  clear: () => void;
}

/** `firstRunId` keeps these runs' ids apart from another hook's (an id names a run). */
export function useFetchRuns(
  concurrency: number,
  onCallsEnded?: () => void,
  firstRunId = 1_000_000,
): FetchRuns {
  const queryClient = useQueryClient();
  const [runs, setRuns] = useState<readonly Run[]>([]);
  const runsRef = useRef<readonly Run[]>([]);
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(firstRunId);

  const show = useCallback((next: readonly Run[]) => {
    runsRef.current = next;
    setRuns(next);
  }, []);
  const update = useCallback(
    (runId: number, change: (run: Run) => Run) => {
      // A late answer of a replaced run must not land in the new ones.
      if (!runsRef.current.some((run) => run.id === runId)) return;
      show(runsRef.current.map((run) => (run.id === runId ? change(run) : run)));
    },
    [show],
  );

  const abort = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  const start = useCallback(
    (queries: readonly CrmQuery[]) => {
      abort();
      const now = Date.now();
      const created = queries.map((query) => createRun(query, nextId.current++, now));
      show(created);
      const own = new AbortController();
      controller.current = own;
      const calls = created.flatMap((run) =>
        run.batches.map((batch) => ({ key: run.id, index: batch.index })),
      );
      void driveBatches(calls, {
        queryClient,
        concurrency,
        signal: own.signal,
        runOf: (key) => runsRef.current.find((run) => run.id === key),
        update,
      }).finally(() => onCallsEnded?.());
    },
    [abort, concurrency, queryClient, show, update, onCallsEnded],
  );

  const cancel = useCallback(() => {
    abort();
    const now = Date.now();
    show(runsRef.current.map((run) => cancelOpen(run, now)));
  }, [abort, show]);

  const clear = useCallback(() => {
    abort();
    show([]);
  }, [abort, show]);

  return { runs, start, cancel, clear };
}
