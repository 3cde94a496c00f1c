// Upload verification's reference check: what the file's objects point to, which of those ids are
// known (held by the file itself, or answered by Gong), what is left to ask Gong, and the counts
// and dangling list the page, the report and the command line show. Pure; imports web/model
// (references.ts holds which fields are references), web/lib and this room.
import type { ObjectType, SchemaField } from '../../proxy/contract';
import type { CrmFields } from '../lib/json/json-value';
import type { DanglingReference, ReferenceSummary } from '../lib/result-files/verification-report';
import type { SentObject } from '../lib/upload-file/upload-lint';
import {
  isReadable,
  type ReferenceCell,
  type ReferenceLookup,
  referenceCells,
  referenceFields,
} from '../model/references';
import { sentFields } from './sent-vs-stored';

/** A reference cell of a sent object, with the file line that sent it. */
export interface SentReference extends ReferenceCell {
  readonly line: number;
}

/** The references the sent objects hold, object by object in file order. */
export function sentReferences(
  objectType: ObjectType,
  sent: readonly SentObject[],
  schema?: readonly SchemaField[] | undefined,
): SentReference[] {
  const fields = referenceFields(objectType, schema);
  if (fields.length === 0) return [];
  const out: SentReference[] = [];
  for (const object of sent) {
    const parsed = sentFields(object);
    // A line that is no JSON object was linted already: it references nothing.
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) continue;
    for (const cell of referenceCells([{ id: object.objectId, fields: parsed }], fields)) {
      out.push({ ...cell, line: object.line });
    }
  }
  return out;
}

/**
 * The ids a file holds, as objects of its one type (Gong takes one object type per file). So a
 * DEAL file's own objectIds make a DEAL reference known, but never an ACCOUNT one: the account
 * file, if any, is not the one being verified.
 */
export interface FileIds {
  readonly objectType: ObjectType;
  readonly ids: ReadonlySet<string>;
}

export function fileIdsOf(objectType: ObjectType, objects: readonly SentObject[]): FileIds {
  return { objectType, ids: new Set(objects.map((object) => object.objectId)) };
}

/** Gong's answers of several runs (the verification's own, the reference calls) as one lookup. */
export function answersLookup(
  answers: readonly {
    readonly objectType: ObjectType;
    readonly results: ReadonlyMap<string, CrmFields | null>;
  }[],
): ReferenceLookup {
  return (to, id) => {
    let answer: CrmFields | null | undefined;
    for (const run of answers) {
      if (run.objectType !== to) continue;
      const found = run.results.get(id);
      // Any run that found it wins over one that answered null.
      if (found) return found;
      if (found === null) answer = null;
    }
    return answer;
  };
}

export type SentReferenceState = 'in-file' | 'found' | 'not-in-gong' | 'unchecked' | 'unreadable';

export function sentReferenceState(
  reference: ReferenceCell,
  file: FileIds,
  lookup: ReferenceLookup,
): SentReferenceState {
  if (!isReadable(reference.to)) return 'unreadable';
  const answer = lookup(reference.to, reference.id);
  if (answer) return 'found';
  if (reference.to === file.objectType && file.ids.has(reference.id)) return 'in-file';
  if (answer === null) return 'not-in-gong';
  return 'unchecked';
}

/** What is left to ask Gong: per readable type, ids neither in the file nor answered, once each. */
export function referencesToFetch(
  references: readonly ReferenceCell[],
  file: FileIds,
  lookup: ReferenceLookup,
): Map<ObjectType, string[]> {
  const left = new Map<ObjectType, Set<string>>();
  for (const reference of references) {
    if (sentReferenceState(reference, file, lookup) !== 'unchecked') continue;
    const to = reference.to as ObjectType;
    left.set(to, (left.get(to) ?? new Set()).add(reference.id));
  }
  return new Map([...left].map(([to, ids]) => [to, [...ids]]));
}

/** The counts the status and the report give; `found` includes those the file holds. */
export function sentReferenceSummary(
  references: readonly ReferenceCell[],
  file: FileIds,
  lookup: ReferenceLookup,
): ReferenceSummary {
  let found = 0;
  let inFile = 0;
  let notInGong = 0;
  let notChecked = 0;
  const unreadable: Record<string, number> = {};
  for (const reference of references) {
    const state = sentReferenceState(reference, file, lookup);
    if (state === 'found') found++;
    else if (state === 'in-file') {
      found++;
      inFile++;
    } else if (state === 'not-in-gong') notInGong++;
    else if (state === 'unchecked') notChecked++;
    else unreadable[reference.to] = (unreadable[reference.to] ?? 0) + 1;
  }
  return {
    references: found + notInGong + notChecked,
    found,
    inFile,
    notInGong,
    notChecked,
    unreadable,
  };
}

/** The references whose target Gong answered null for and the file does not hold. */
export function danglingSentReferences(
  references: readonly SentReference[],
  file: FileIds,
  lookup: ReferenceLookup,
): DanglingReference[] {
  return references
    .filter((reference) => sentReferenceState(reference, file, lookup) === 'not-in-gong')
    .map(({ objectId, line, field, to, id }) => ({ objectId, line, field, to, id }));
}
