// A fetch run as plain data: which calls of 100 ids are queued, running, done or failed, and
// what Gong answered so far. Pure functions, so every transition is tested without React.
import { MAX_IDS_PER_CALL } from '../../proxy/contract';
import type { ApiError, EntitiesAnswer } from '../lib/api/api-client';
import { chunk } from '../lib/ids/batch';
import type { CrmFields, CrmObject } from '../lib/json/json-value';
import type { CrmQuery } from './query';

/** `unanswered`: a call an opened file holds no answer for (it failed or was canceled then). */
export type BatchStatus = 'queued' | 'running' | 'done' | 'failed' | 'canceled' | 'unanswered';

export interface Batch {
  readonly index: number;
  readonly ids: readonly string[];
  readonly status: BatchStatus;
  readonly requestId?: string;
  readonly attempts?: number;
  readonly error?: ApiError;
  /** Ids of this call that Gong's answer did not mention at all (Gong documents `null`). */
  readonly missing?: readonly string[];
}

export interface Run extends CrmQuery {
  readonly id: number;
  readonly batches: readonly Batch[];
  /** Every answered id: its fields, or null when Gong has no such object. */
  readonly results: ReadonlyMap<string, CrmFields | null>;
  /**
   * Ids Gong answered that no call asked for (say, the id in another case or length), in the
   * order they came: shown after the requested ones, never dropped.
   */
  readonly extraIds: readonly string[];
  readonly startedAt: number;
  readonly finishedAt?: number;
  /**
   * Since when, and from how many calls done, the calls now open were started: a Retry failed
   * starts a new leg, and the time left is estimated from this leg's pace alone.
   */
  readonly leg?: { readonly startedAt: number; readonly callsDoneBefore: number };
}

export function createRun(query: CrmQuery, id: number, now: number): Run {
  const batches = chunk(query.ids, MAX_IDS_PER_CALL).map(
    (ids, index): Batch => ({ index, ids, status: 'queued' }),
  );
  return { ...query, id, batches, results: new Map(), extraIds: [], startedAt: now };
}

function withBatch(run: Run, index: number, change: Partial<Batch>, now?: number): Run {
  const batches = run.batches.map((batch) =>
    batch.index === index ? { ...batch, ...change } : batch,
  );
  return finish({ ...run, batches }, now);
}

function finish(run: Run, now?: number): Run {
  const open = run.batches.some((b) => b.status === 'queued' || b.status === 'running');
  return { ...run, finishedAt: open ? undefined : (now ?? run.finishedAt) };
}

export const markRunning = (run: Run, index: number): Run =>
  withBatch(run, index, { status: 'running', error: undefined });

/** The requested ids as a set, made once per run rather than once per answer. */
const requestedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function requestedSet(ids: readonly string[]): ReadonlySet<string> {
  let set = requestedSets.get(ids);
  if (!set) {
    set = new Set(ids);
    requestedSets.set(ids, set);
  }
  return set;
}

export function markDone(run: Run, index: number, answer: EntitiesAnswer, now: number): Run {
  const batch = run.batches[index];
  if (!batch) return run;
  const results = new Map(run.results);
  const map = answer.crmObjectsMap;
  const missing: string[] = [];
  for (const id of batch.ids) {
    if (Object.hasOwn(map, id)) results.set(id, map[id] ?? null);
    else missing.push(id);
  }
  const extraIds = [...run.extraIds];
  if (missing.length > 0 || Object.keys(map).length > batch.ids.length) {
    const requested = requestedSet(run.ids);
    for (const id of Object.keys(map)) {
      if (requested.has(id) || results.has(id)) continue;
      results.set(id, map[id] ?? null);
      extraIds.push(id);
    }
  }
  const next = withBatch(
    run,
    index,
    {
      status: 'done',
      requestId: answer.requestId,
      attempts: answer.attempts,
      error: undefined,
      missing: missing.length > 0 ? missing : undefined,
    },
    now,
  );
  return { ...next, results, extraIds };
}

export const markFailed = (run: Run, index: number, error: ApiError, now: number): Run =>
  withBatch(run, index, { status: 'failed', error, requestId: error.requestId }, now);

/** Stops what has not finished; everything already answered stays. */
export function cancelOpen(run: Run, now: number): Run {
  const batches = run.batches.map((batch) =>
    batch.status === 'queued' || batch.status === 'running'
      ? { ...batch, status: 'canceled' as const }
      : batch,
  );
  return finish({ ...run, batches }, now);
}

const RETRYABLE: ReadonlySet<BatchStatus> = new Set(['failed', 'canceled', 'unanswered']);

/** Queues failed and canceled calls again; the indexes to run are returned with the run. */
export function requeueUnfinished(run: Run, now: number): { run: Run; indexes: number[] } {
  const indexes = run.batches
    .filter((batch) => RETRYABLE.has(batch.status))
    .map((batch) => batch.index);
  const batches = run.batches.map((batch) =>
    indexes.includes(batch.index)
      ? { ...batch, status: 'queued' as const, error: undefined, requestId: undefined }
      : batch,
  );
  const callsDoneBefore = run.batches.filter((batch) => batch.status === 'done').length;
  const leg = { startedAt: now, callsDoneBefore };
  return { run: { ...run, batches, finishedAt: undefined, leg }, indexes };
}

export interface Tally {
  requested: number;
  found: number;
  notFound: number;
  /** Requested ids that Gong's answer to their call did not mention. */
  missing: number;
  /** Ids Gong answered without being asked. */
  unrequested: number;
  /** Ids of calls an opened file holds no answer for. */
  unanswered: number;
  failed: number;
  canceled: number;
  pending: number;
  callsDone: number;
  callsTotal: number;
}

export function tallyOf(run: Run): Tally {
  let found = 0;
  let notFound = 0;
  for (const fields of run.results.values()) {
    if (fields === null) notFound += 1;
    else found += 1;
  }
  for (const id of run.extraIds) {
    if (run.results.get(id) === null) notFound -= 1;
    else found -= 1;
  }
  const missing = run.batches.reduce((sum, b) => sum + (b.missing?.length ?? 0), 0);
  const idsWhere = (status: BatchStatus) =>
    run.batches.filter((b) => b.status === status).reduce((sum, b) => sum + b.ids.length, 0);
  const failed = idsWhere('failed');
  const canceled = idsWhere('canceled');
  const unanswered = idsWhere('unanswered');
  return {
    requested: run.ids.length,
    found,
    notFound,
    missing,
    unrequested: run.extraIds.length,
    failed,
    canceled,
    unanswered,
    pending: run.ids.length - found - notFound - missing - failed - canceled - unanswered,
    callsDone: run.batches.filter((b) => b.status === 'done').length,
    callsTotal: run.batches.length,
  };
}

/** `250 requested · 240 found · 10 not found`, plus failed, canceled and pending when any. */
export function formatTally(tally: Tally): string {
  const parts = [
    `${tally.requested} requested`,
    `${tally.found} found`,
    `${tally.notFound} not found`,
  ];
  if (tally.missing > 0) parts.push(`${tally.missing} not in Gong's answer`);
  if (tally.unrequested > 0) parts.push(`${tally.unrequested} answered but not asked for`);
  if (tally.failed > 0) parts.push(`${tally.failed} failed`);
  if (tally.canceled > 0) parts.push(`${tally.canceled} canceled`);
  if (tally.unanswered > 0) parts.push(`${tally.unanswered} not answered in the file`);
  if (tally.pending > 0) parts.push(`${tally.pending} pending`);
  return parts.join(' · ');
}

/** The answered objects in the order the ids were requested, then those found unasked. */
export function objectsOf(run: Pick<Run, 'ids' | 'results' | 'extraIds'>): CrmObject[] {
  const objects: CrmObject[] = [];
  for (const id of run.ids) {
    const fields = run.results.get(id);
    if (fields !== undefined) objects.push({ id, fields });
  }
  // An unasked id answered null has nothing to show; the run status names it.
  for (const id of run.extraIds) {
    const fields = run.results.get(id);
    if (fields) objects.push({ id, fields });
  }
  return objects;
}
