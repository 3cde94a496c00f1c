// The verification as the page follows it: which sent objects have an answer yet, their verdicts
// (compared once each, as their call lands), and the grid's view of sent → stored. Pure, tested
// without React. Takes the fetch run by its shape, since features do not import each other.

import { compareObject, failedVerdict } from '../../diff/sent-vs-stored';
import type { CrmFields, CrmObject, JsonValue } from '../../lib/json/json-value';
import {
  fieldsThatDiffer,
  type ObjectVerdict,
  summarize,
} from '../../lib/result-files/verification-model';

import type { SentObject } from '../../lib/upload-file/upload-lint';

/** What a verification needs of the fetch run (web/features/fetch-run/run-state.ts). */
export interface RunLike {
  readonly ids: readonly string[];
  readonly batches: readonly { readonly ids: readonly string[]; readonly status: string }[];
  readonly results: ReadonlyMap<string, CrmFields | null>;
  readonly finishedAt?: number | undefined;
}

/** The objects one Verify against Gong checks; `ids` is the array the run was started with. */
export interface VerifyTarget {
  readonly ids: readonly string[];
  readonly sent: readonly SentObject[];
  readonly sample?: { readonly count: number; readonly seed: number } | undefined;
}

export function targetOf(
  sent: readonly SentObject[],
  sample?: { count: number; seed: number },
): VerifyTarget {
  return { ids: sent.map((object) => object.objectId), sent, sample };
}

/** The run started for this target, recognised by its ids array. */
export const isRunOf = (target: VerifyTarget, run: RunLike | null): run is RunLike =>
  run !== null && run.ids === target.ids;

type Cached = { stored: CrmFields | null | undefined; failed: boolean; verdict: ObjectVerdict };

/**
 * Verdicts as calls land: each object is compared once, when its call's answer arrives (or
 * again if a retry answers anew), so the work after the last answer is that answer's objects.
 */
export class VerdictTracker {
  private readonly cache = new Map<string, Cached>();
  private readonly byId: ReadonlyMap<string, SentObject>;

  constructor(readonly target: VerifyTarget) {
    this.byId = new Map(target.sent.map((object) => [object.objectId, object]));
  }

  /** Verdicts of the objects answered or failed so far, in file order. */
  verdictsOf(run: RunLike): ObjectVerdict[] {
    const settled = new Map<string, ObjectVerdict>();
    for (const batch of run.batches) {
      const done = batch.status === 'done';
      const failed = batch.status === 'failed';
      if (!done && !failed) continue;
      for (const id of batch.ids) {
        const sent = this.byId.get(id);
        if (sent)
          settled.set(id, this.verdict(sent, done ? run.results.get(id) : undefined, failed));
      }
    }
    const out: ObjectVerdict[] = [];
    for (const object of this.target.sent) {
      const verdict = settled.get(object.objectId);
      if (verdict) out.push(verdict);
    }
    return out;
  }

  private verdict(
    sent: SentObject,
    stored: CrmFields | null | undefined,
    failed: boolean,
  ): ObjectVerdict {
    const cached = this.cache.get(sent.objectId);
    if (cached && cached.stored === stored && cached.failed === failed) return cached.verdict;
    const verdict = failed ? failedVerdict(sent) : compareObject(sent, stored);
    this.cache.set(sent.objectId, { stored, failed, verdict });
    return verdict;
  }
}

export interface VerificationView {
  readonly verdicts: readonly ObjectVerdict[];
  readonly summary: ReturnType<typeof summarize>;
  readonly fields: ReturnType<typeof fieldsThatDiffer>;
  readonly byId: ReadonlyMap<string, ObjectVerdict>;
}

export function viewOf(tracker: VerdictTracker, run: RunLike): VerificationView {
  const verdicts = tracker.verdictsOf(run);
  return {
    verdicts,
    summary: summarize(verdicts, tracker.target.sent.length),
    fields: fieldsThatDiffer(verdicts),
    byId: new Map(verdicts.map((verdict) => [verdict.objectId, verdict])),
  };
}

/**
 * The grid's columns: Gong's objects in file order, only those that differ when asked, and for a
 * field sent but not stored a key holding undefined, so the grid draws that row (absent now).
 */
export function gridObjectsOf(
  view: VerificationView,
  run: RunLike,
  onlyDiffering: boolean,
): CrmObject[] {
  const objects: CrmObject[] = [];
  for (const verdict of view.verdicts) {
    if (onlyDiffering && verdict.status !== 'differ') continue;
    const fields = run.results.get(verdict.objectId);
    if (fields === undefined) continue;
    if (fields === null) {
      objects.push({ id: verdict.objectId, fields: null });
      continue;
    }
    const notStored = verdict.fields.filter((field) => field.kind === 'not-stored');
    if (notStored.length === 0) {
      objects.push({ id: verdict.objectId, fields });
      continue;
    }
    const out: Record<string, unknown> = { ...fields };
    for (const { field } of notStored) {
      // defineProperty: a field named __proto__ must stay a field.
      Object.defineProperty(out, field, { value: undefined, enumerable: true, writable: true });
    }
    objects.push({ id: verdict.objectId, fields: out as CrmFields });
  }
  return objects;
}

/** A cell's change as the grid draws it (field-grid's GridChanges, by shape): sent → stored. */
interface CellChangeLike {
  readonly kind: 'changed' | 'removed';
  readonly before: JsonValue | undefined;
}

/**
 * The grid's marks for a verification: each differing cell shows the value sent, then the value
 * stored (a field not stored shows the sent value struck through), each column its file line.
 */
export function gridChangesOf(view: VerificationView) {
  const cells = new Map<string, Map<string, CellChangeLike>>();
  for (const verdict of view.verdicts) {
    if (verdict.fields.length === 0) continue;
    cells.set(
      verdict.objectId,
      new Map(
        verdict.fields.map((difference) => [
          difference.field,
          {
            kind: difference.kind === 'not-stored' ? 'removed' : 'changed',
            before: difference.sent,
          },
        ]),
      ),
    );
  }
  const fields = new Set(view.fields.map((row) => row.field));
  return {
    cell: (objectId: string, field: string) => cells.get(objectId)?.get(field),
    column: (objectId: string) =>
      view.byId.get(objectId)?.status === 'differ' ? ('changed' as const) : undefined,
    field: (field: string) => fields.has(field),
    columnNote: (objectId: string) => {
      const line = view.byId.get(objectId)?.line;
      return line === undefined ? undefined : `line ${line}`;
    },
  };
}
