// A fetch run as a saved result, and a saved result shown as a run, so an opened file reads
// exactly like the fetch it came from: same grid, same tally, same requestIds.
import { MAX_IDS_PER_CALL } from '../../../proxy/contract';
import { chunk } from '../../lib/ids/batch';
import type { CrmFields } from '../../lib/json/json-value';
import type { SavedResult } from '../../lib/result-files/write-result';
import type { Batch, Run } from '../../model/run';

export function savedResultOf(run: Run): SavedResult {
  const objects = new Map<string, CrmFields | null>();
  // Ids Gong answered unasked are saved too, after the others; read back, they are unasked again.
  for (const id of [...run.ids, ...run.extraIds]) {
    const fields = run.results.get(id);
    if (fields !== undefined) objects.set(id, fields);
  }
  const requestIds = run.batches.flatMap((batch) =>
    batch.status === 'done' && batch.requestId !== undefined ? [batch.requestId] : [],
  );
  return {
    fetchedAt: new Date(run.finishedAt ?? run.startedAt).toISOString(),
    integrationId: run.integrationId,
    objectType: run.objectType,
    requestedIds: run.ids,
    requestIds,
    objects,
  };
}

/**
 * Calls of 100 ids as a fetch would have made them: a call with any answered id is done (its
 * other ids were not in Gong's answer, as when it was fetched); a call with none was not
 * answered, so Retry failed can still ask Gong for those ids.
 */
export function runOfResult(result: SavedResult): Run {
  const at = Date.parse(result.fetchedAt);
  const results = new Map<string, CrmFields | null>();
  let nextRequestId = 0;
  const batches = chunk(result.requestedIds, MAX_IDS_PER_CALL).map((ids, index): Batch => {
    if (!ids.some((id) => result.objects.has(id))) return { index, ids, status: 'unanswered' };
    const missing: string[] = [];
    for (const id of ids) {
      const fields = result.objects.get(id);
      if (fields === undefined) missing.push(id);
      else results.set(id, fields);
    }
    const requestId = result.requestIds[nextRequestId++];
    return {
      index,
      ids,
      status: 'done',
      ...(requestId !== undefined && { requestId }),
      ...(missing.length > 0 && { missing }),
    };
  });
  const requested = new Set(result.requestedIds);
  const extraIds = [...result.objects.keys()].filter((id) => !requested.has(id));
  for (const id of extraIds) results.set(id, result.objects.get(id) ?? null);
  return {
    id: 0,
    integrationId: result.integrationId,
    objectType: result.objectType,
    ids: result.requestedIds,
    batches,
    results,
    extraIds,
    startedAt: at,
    finishedAt: at,
  };
}
