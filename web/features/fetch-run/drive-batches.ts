// The one loop that runs a fetch's calls: a few in flight at once (the proxy paces Gong's rate),
// each call's outcome handed back as a Run transition. Plain (no React), so the fetch and the
// reference check, which runs one Run per object type, share it rather than each having one.
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api/api-client';
import { markDone, markFailed, markRunning, type Run } from '../../model/run';
import { entitiesBatchQuery } from './entities-query';

/** One call to make: batch `index` of the run `key` names. */
export interface BatchCall<K> {
  readonly key: K;
  readonly index: number;
}

export interface DriveOptions<K> {
  readonly queryClient: QueryClient;
  readonly concurrency: number;
  readonly signal: AbortSignal;
  /** The run as it is now; undefined once it was replaced, which stops its calls. */
  readonly runOf: (key: K) => Run | undefined;
  readonly update: (key: K, change: (run: Run) => Run) => void;
}

/** Makes the calls in order, at most `concurrency` at once; resolves when all have ended. */
export async function driveBatches<K>(
  calls: readonly BatchCall<K>[],
  options: DriveOptions<K>,
): Promise<void> {
  const { queryClient, signal, runOf, update } = options;
  const queue = [...calls];
  const worker = async () => {
    for (let call = queue.shift(); call !== undefined; call = queue.shift()) {
      const { key, index } = call;
      if (signal.aborted) return;
      // A run replaced meanwhile is skipped; the other runs' calls go on.
      const current = runOf(key);
      const batch = current?.batches[index];
      if (!current || !batch) continue;
      update(key, (r) => markRunning(r, index));
      const request = {
        integrationId: current.integrationId,
        objectType: current.objectType,
        objectsCrmIds: [...batch.ids],
      };
      try {
        const answer = await queryClient.fetchQuery(entitiesBatchQuery(request, signal));
        update(key, (r) => markDone(r, index, answer, Date.now()));
      } catch (error) {
        if (signal.aborted) return;
        const failure =
          error instanceof ApiError ? error : new ApiError(`The call failed: ${String(error)}`, 0);
        update(key, (r) => markFailed(r, index, failure, Date.now()));
      }
    }
  };
  const workers = Math.min(options.concurrency, calls.length);
  await Promise.all(Array.from({ length: workers }, worker));
}
