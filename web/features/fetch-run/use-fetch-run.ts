// Feature fetch-run: the calls of a fetch, their progress and status; imports web/model,
// web/lib and proxy/contract.ts, never another feature.
// Drives a run: calls of 100 ids through the proxy with a few in flight at once (the proxy
// paces Gong's rate), results shown as each call lands, cancel and retry keeping what arrived.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { CrmQuery } from '../../model/query';
import { cancelOpen, createRun, type Run, requeueUnfinished } from '../../model/run';
import { driveBatches } from './drive-batches';

export interface FetchRun {
  run: Run | null;
  start: (query: CrmQuery) => void;
  cancel: () => void;
  retryFailed: () => void;
  /** Shows a result that did not come from Gong now (e.g. an opened file). */
  replace: (run: Run) => void;
}

/**
 * `onCallsEnded`: the calls of a start or a retry have all ended (answered, failed or canceled),
 * told with the run as it is then (a newer run, if a start replaced the one that ended).
 */
export function useFetchRun(
  concurrency: number,
  onCallsEnded?: (run: Run | null) => void,
): FetchRun {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<Run | null>(null);
  const runRef = useRef<Run | null>(null);
  // Every drive has its own controller; cancel and a new start stop them all.
  const controllers = useRef(new Set<AbortController>());
  const nextId = useRef(1);
  // The drive that ends was started by an earlier render: it tells the caller's latest callback,
  // which sees what the caller set in the same event as the start (e.g. what a verification is).
  const callsEnded = useRef(onCallsEnded);
  useLayoutEffect(() => {
    callsEnded.current = onCallsEnded;
  });

  const update = useCallback((runId: number, change: (run: Run) => Run) => {
    const current = runRef.current;
    // A late answer of a replaced run must not land in the new one.
    if (!current || current.id !== runId) return;
    runRef.current = change(current);
    setRun(runRef.current);
  }, []);

  const drive = useCallback(
    (runId: number, indexes: number[]) => {
      const controller = new AbortController();
      controllers.current.add(controller);
      void driveBatches(
        indexes.map((index) => ({ key: runId, index })),
        {
          queryClient,
          concurrency,
          signal: controller.signal,
          runOf: (key) => (runRef.current?.id === key ? runRef.current : undefined),
          update,
        },
      ).finally(() => {
        controllers.current.delete(controller);
        callsEnded.current?.(runRef.current);
      });
    },
    [concurrency, queryClient, update],
  );

  const abortAll = useCallback(() => {
    for (const controller of controllers.current) controller.abort();
    controllers.current.clear();
  }, []);

  const cancel = useCallback(() => {
    abortAll();
    const current = runRef.current;
    if (current) update(current.id, (r) => cancelOpen(r, Date.now()));
  }, [abortAll, update]);

  const start = useCallback(
    (query: CrmQuery) => {
      abortAll();
      const created = createRun(query, nextId.current++, Date.now());
      runRef.current = created;
      setRun(created);
      drive(
        created.id,
        created.batches.map((batch) => batch.index),
      );
    },
    [abortAll, drive],
  );

  const retryFailed = useCallback(() => {
    const current = runRef.current;
    if (!current) return;
    const { run: requeued, indexes } = requeueUnfinished(current, Date.now());
    if (indexes.length === 0) return;
    runRef.current = requeued;
    setRun(requeued);
    drive(requeued.id, indexes);
  }, [drive]);

  const replace = useCallback(
    (replacement: Run) => {
      abortAll();
      const shown = { ...replacement, id: nextId.current++ };
      runRef.current = shown;
      setRun(shown);
    },
    [abortAll],
  );

  return { run, start, cancel, retryFailed, replace };
}
