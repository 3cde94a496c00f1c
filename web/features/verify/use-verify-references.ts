// The reference check of a verification: once the file's objects are fetched, what they point to
// is counted as found (in Gong, or in the file itself) or not in Gong, and the ids neither known
// nor asked yet are fetched by type through the page's runs (calls of 100, pacing, Cancel).
import { useMemo, useState } from 'react';
import type { ObjectType, UsageResponse } from '../../../proxy/contract';
import {
  answersLookup,
  danglingSentReferences,
  fileIdsOf,
  referencesToFetch,
  type SentReference,
  sentReferenceSummary,
  sentReferences,
} from '../../diff/sent-references';
import type { CrmFields } from '../../lib/json/json-value';
import { isReadable, referenceFields } from '../../model/references';
import { callsOf, startsByItself } from './reference-check-plan';
import type { VerifyState } from './use-verify';
import { isRunOf, type RunLike, type VerifyTarget } from './verification-state';

/** A run of the reference check, by shape (fetch-run's Run). */
export interface ReferenceRunLike extends RunLike {
  readonly objectType: ObjectType;
  readonly batches: readonly {
    readonly ids: readonly string[];
    readonly status: string;
    readonly error?: { readonly message: string } | undefined;
  }[];
}

/** The page's runs for the check (fetch-run's useFetchRuns), given by the page. */
export interface ReferenceFetch {
  readonly runs: readonly ReferenceRunLike[];
  start: (
    queries: readonly { integrationId: string; objectType: ObjectType; ids: string[] }[],
  ) => void;
  cancel: () => void;
}

type Answers = { objectType: ObjectType; results: ReadonlyMap<string, CrmFields | null> };
const NO_ANSWERS: readonly Answers[] = [];
const NO_RUNS: readonly ReferenceRunLike[] = [];

type Verification = NonNullable<VerifyState['verification']>;

// Parsed once per verification, whether the event or a render asks first.
const parsed = new WeakMap<VerifyTarget, SentReference[]>();
function referencesOf(verification: Verification): SentReference[] {
  let references = parsed.get(verification.target);
  if (!references) {
    const { objectType, target, upload } = verification;
    references = sentReferences(objectType, target.sent, upload.schema);
    parsed.set(target, references);
  }
  return references;
}

export function useVerifyReferences(props: {
  verify: VerifyState;
  /** The verification's run, at the pace the verification follows it. */
  run: RunLike | null;
  fetch: ReferenceFetch;
  usage: UsageResponse | undefined;
  confirmThen: (what: string, calls: number, go: () => void) => void;
}) {
  const { verify, run, fetch, usage, confirmThen } = props;
  const current = verify.verification;
  const [checkedFor, setCheckedFor] = useState<VerifyTarget | null>(null);
  // Answers of an earlier press for the same verification: a second press asks only the rest.
  const [kept, setKept] = useState<readonly Answers[]>(NO_ANSWERS);
  const started = current !== null && checkedFor === current.target;
  const runs = started ? fetch.runs : NO_RUNS;
  const busy = started && fetch.runs.some((r) => r.finishedAt === undefined);
  const ownRun = current && isRunOf(current.target, run) ? run : null;
  const settled = verify.active && ownRun?.finishedAt !== undefined;

  const fields = useMemo(
    () => (current ? referenceFields(current.objectType, current.upload.schema) : []),
    [current],
  );
  // Parsed only once the objects are fetched: a large file's lines are not read twice meanwhile.
  const references = useMemo(
    () => (current && settled ? referencesOf(current) : []),
    [current, settled],
  );
  const file = useMemo(
    () => (current ? fileIdsOf(current.objectType, current.upload.read.objects) : undefined),
    [current],
  );
  const lookup = useMemo(() => {
    const own =
      current && ownRun ? [{ objectType: current.objectType, results: ownRun.results }] : [];
    return answersLookup([...own, ...(started ? kept : NO_ANSWERS), ...runs]);
  }, [current, ownRun, started, kept, runs]);
  const view = useMemo(() => {
    if (!file || !settled) return undefined;
    const toFetch = referencesToFetch(references, file, lookup);
    return {
      summary: sentReferenceSummary(references, file, lookup),
      dangling: danglingSentReferences(references, file, lookup),
      toFetch,
      calls: callsOf(toFetch),
    };
  }, [references, file, lookup, settled]);

  const start = (target: Verification, toFetch: Map<ObjectType, string[]>) => {
    setKept(checkedFor === target.target ? [...kept, ...fetch.runs] : NO_ANSWERS);
    setCheckedFor(target.target);
    fetch.start(
      [...toFetch].map(([objectType, ids]) => ({
        integrationId: target.integrationId,
        objectType,
        ids,
      })),
    );
  };

  /** Check references (N calls): the button, through the quota confirm. */
  const check = () => {
    if (!current || !view || view.calls === 0) return;
    const { toFetch, calls } = view;
    confirmThen('This reference check', calls, () => start(current, toFetch));
  };

  /** The page's "the run's calls ended" event: a small check of a clean verification starts. */
  const runEnded = (ended: RunLike | null) => {
    if (!current || !isRunOf(current.target, ended) || ended.finishedAt === undefined) return;
    if (checkedFor === current.target) return;
    const answered = answersLookup([{ objectType: current.objectType, results: ended.results }]);
    const toFetch = referencesToFetch(
      referencesOf(current),
      fileIdsOf(current.objectType, current.upload.read.objects),
      answered,
    );
    if (startsByItself(ended, callsOf(toFetch), usage)) start(current, toFetch);
  };

  const unreadable = fields.filter((field) => !isReadable(field.to));
  const failed = runs.flatMap((r) =>
    r.batches
      .filter((batch) => batch.status === 'failed')
      .map((batch) => `${r.objectType}: ${batch.error?.message ?? 'the call failed'}`),
  );
  return {
    objectType: current?.objectType,
    fields,
    unreadable,
    settled,
    started,
    busy,
    view,
    failed,
    /** For the report: present once the check ran, or needed no call. */
    report:
      view && (started || view.calls === 0)
        ? { summary: view.summary, dangling: view.dangling }
        : undefined,
    check,
    cancel: fetch.cancel,
    runEnded,
  };
}

export type VerifyReferences = ReturnType<typeof useVerifyReferences>;
