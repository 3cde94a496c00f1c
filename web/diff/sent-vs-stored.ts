// Upload verification: each object the file sent against the object Gong stored, field by
// field, exact by JSON text. Pure (no React, no DOM): the page and the command line (cli/) both
// call it. Imports web/lib and this room only.
import type { CrmFields, JsonValue } from '../lib/json/json-value';

import { parseLossless } from '../lib/json/lossless-json';
import type { FieldDifference, ObjectVerdict } from '../lib/result-files/verification-model';
import type { SentObject } from '../lib/upload-file/upload-lint';

import { differenceKind, instantOf } from './difference-kind';

/** The sent object's fields, read losslessly from its line. */
export function sentFields(sent: SentObject): CrmFields {
  return parseLossless(sent.text) as CrmFields;
}

function isStoredNewer(sent: CrmFields, stored: CrmFields): boolean {
  const sentDate = sent.modifiedDate;
  const storedDate = stored.modifiedDate;
  // Equal text is the same instant: most objects, and no date to read.
  if (typeof sentDate !== 'string' || typeof storedDate !== 'string' || sentDate === storedDate) {
    return false;
  }
  const sentTime = instantOf(sentDate);
  const storedTime = instantOf(storedDate);
  return sentTime !== undefined && storedTime !== undefined && storedTime > sentTime;
}

/**
 * One object: `stored` is Gong's fields, null when Gong answered null, undefined when its answer
 * left the id out (both 'not-in-gong'). Fields Gong adds itself are no difference.
 */
export function compareObject(
  sent: SentObject,
  stored: CrmFields | null | undefined,
  fields: CrmFields = sentFields(sent),
): ObjectVerdict {
  const { objectId, line } = sent;
  if (stored === null || stored === undefined) {
    return { objectId, line, status: 'not-in-gong', fields: [], storedNewer: false };
  }
  const differences: FieldDifference[] = [];
  for (const field of Object.keys(fields)) {
    const value = fields[field] as JsonValue;
    // Own fields only: a field named `constructor` must not find Object.prototype's.
    const storedValue = Object.hasOwn(stored, field) ? stored[field] : undefined;
    const kind = differenceKind(value, storedValue);
    if (kind !== undefined) differences.push({ field, kind, sent: value, stored: storedValue });
  }
  return {
    objectId,
    line,
    status: differences.length === 0 ? 'same' : 'differ',
    fields: differences,
    storedNewer: isStoredNewer(fields, stored),
  };
}

/** An object whose call to Gong failed after the retries: unknown, not a difference. */
export function failedVerdict(sent: SentObject): ObjectVerdict {
  return {
    objectId: sent.objectId,
    line: sent.line,
    status: 'failed',
    fields: [],
    storedNewer: false,
  };
}

/**
 * Every sent object against Gong's answers: `stored` maps each answered id to its fields or
 * null. An id in `failed` (its call failed) is 'failed'; an id neither answered nor failed is
 * 'not-in-gong' (Gong's answer left it out).
 */
export function compareSentWithStored(
  sent: readonly SentObject[],
  stored: ReadonlyMap<string, CrmFields | null>,
  failed: ReadonlySet<string> = new Set(),
): ObjectVerdict[] {
  return sent.map((object) =>
    failed.has(object.objectId) && !stored.has(object.objectId)
      ? failedVerdict(object)
      : compareObject(object, stored.get(object.objectId)),
  );
}
