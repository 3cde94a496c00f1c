// The verification's reference check, as the page runs it: what the verified objects point to is
// found when the file holds it (its own type) or Gong answered it, and the ids neither known nor
// answered yet are read by type in calls of at most 100 (web/diff/sent-references.ts decides).
// A failed call leaves its ids "not checked" in the report; it never changes the exit status,
// which answers whether the upload landed as sent.
import { setMaxListeners } from 'node:events';
import { MAX_IDS_PER_CALL, type ObjectType, type SchemaField } from '../proxy/contract';
import {
  answersLookup,
  danglingSentReferences,
  fileIdsOf,
  referencesToFetch,
  sentReferenceSummary,
  sentReferences,
} from '../web/diff/sent-references';
import type { CrmFields } from '../web/lib/json/json-value';
import type {
  DanglingReference,
  ReferenceSummary,
} from '../web/lib/result-files/verification-report';
import type { SentObject } from '../web/lib/upload-file/upload-lint';
import { type GongFailure, type GongReader, readObjects } from './gong-reads';

export interface ReferenceCheck {
  readonly summary: ReferenceSummary;
  readonly dangling: readonly DanglingReference[];
  /** Reference calls that failed after the retries: their ids are not checked. */
  readonly failures: readonly GongFailure[];
}

export async function checkReferences(
  reader: GongReader,
  input: {
    /** The verified objects, and every object of the file (its ids count as known). */
    readonly verified: readonly SentObject[];
    readonly file: readonly SentObject[];
    readonly schema: readonly SchemaField[] | undefined;
    /** What Gong answered for the verified objects: found (any fields) or null. */
    readonly answered: ReadonlyMap<string, CrmFields | null>;
  },
  options: {
    readonly concurrency: number;
    readonly onPlan?: (calls: number) => void;
    readonly onCallDone?: (done: number) => void;
  },
): Promise<ReferenceCheck> {
  const references = sentReferences(reader.objectType, input.verified, input.schema);
  const file = fileIdsOf(reader.objectType, input.file);
  const answers = [{ objectType: reader.objectType, results: input.answered }];
  const toFetch = referencesToFetch(references, file, answersLookup(answers));
  const calls: { objectType: ObjectType; ids: string[] }[] = [];
  for (const [objectType, ids] of toFetch) {
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_CALL) {
      calls.push({ objectType, ids: ids.slice(i, i + MAX_IDS_PER_CALL) });
    }
  }
  if (calls.length > 0) options.onPlan?.(calls.length);
  const results = new Map<ObjectType, Map<string, CrmFields | null>>();
  const failures: GongFailure[] = [];
  // As the verification's calls: after a failure no further call starts.
  const stop = new AbortController();
  const workers = Math.max(1, Math.min(options.concurrency, calls.length));
  setMaxListeners(Math.max(10, workers * 2), stop.signal);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (!stop.signal.aborted && next < calls.length) {
      const call = calls[next++] as (typeof calls)[number];
      let answer: Awaited<ReturnType<typeof readObjects>>;
      try {
        answer = await readObjects(
          { ...reader, objectType: call.objectType },
          call.ids,
          stop.signal,
        );
      } catch (error) {
        if (stop.signal.aborted) return;
        throw error;
      }
      if (answer.ok) {
        const own = results.get(call.objectType) ?? new Map<string, CrmFields | null>();
        // An id Gong's answer left out stays unanswered: not checked, never "not in Gong".
        for (const [id, fields] of answer.stored) own.set(id, fields);
        results.set(call.objectType, own);
      } else {
        failures.push(answer.failure);
        stop.abort();
      }
      options.onCallDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  for (const [objectType, own] of results) answers.push({ objectType, results: own });
  const lookup = answersLookup(answers);
  return {
    summary: sentReferenceSummary(references, file, lookup),
    dangling: danglingSentReferences(references, file, lookup),
    failures,
  };
}
