// Feature fetch-run: the calls of a fetch, their progress and status; imports web/model,
// web/lib and proxy/contract.ts, never another feature.
// Drives a run: calls of 100 ids through the proxy with a few in flight at once (the proxy
// paces Gong's rate), results shown as each call lands, cancel and retry keeping what arrived.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../lib/api/api-client';
import type { CrmQuery } from '../../model/query';
import {
  cancelOpen,
  createRun,
  markDone,
  markFailed,
  markRunning,
  type Run,
  requeueUnfinished,
} from '../../model/run';
import { entitiesBatchQuery } from './entities-query';

export interface FetchRun {
  run: Run | null;
  start: (query: CrmQuery) => void;
  cancel: () => void;
  retryFailed: () => void;
  /** Shows a result that did not come from Gong now (e.g. an opened file). */
  replace: (run: Run) => void;
}

export function useFetchRun(concurrency: number): FetchRun {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<Run | null>(null);
  const runRef = useRef<Run | null>(null);
  // Every drive has its own controller; cancel and a new start stop them all.
  const controllers = useRef(new Set<AbortController>());
  const nextId = useRef(1);

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
      let working = Math.min(concurrency, indexes.length);
      const done = () => {
        working -= 1;
        if (working === 0) controllers.current.delete(controller);
      };
      const queue = [...indexes];
      const worker = async () => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const current = runRef.current;
          const batch = current?.batches[index];
          if (!current || current.id !== runId || !batch || controller.signal.aborted) return;
          update(runId, (r) => markRunning(r, index));
          const request = {
            integrationId: current.integrationId,
            objectType: current.objectType,
            objectsCrmIds: [...batch.ids],
          };
          try {
            const answer = await queryClient.fetchQuery(
              entitiesBatchQuery(request, controller.signal),
            );
            update(runId, (r) => markDone(r, index, answer, Date.now()));
          } catch (error) {
            if (controller.signal.aborted) return;
            const failure =
              error instanceof ApiError
                ? error
                : new ApiError(`The call failed: ${String(error)}`, 0);
            update(runId, (r) => markFailed(r, index, failure, Date.now()));
          }
        }
      };
      for (let i = working; i > 0; i -= 1) void worker().finally(done);
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
