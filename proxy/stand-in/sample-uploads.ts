// The sandbox's sample upload files, one per object type: what an integration might have sent to
// POST /v2/crm/entities for objects the stand-in holds, gone wrong the way real uploads do, so
// the page's "Try a sample upload" (and the command line) can show a whole verification with no
// account. Built from the stored sample objects, so they never drift apart; the same text is
// committed under sample-uploads/ (sample-uploads.test.ts holds the two together).
//
// Line by line (every type; [k] is the line's place among the objects, line k + 1):
//   [1..3]  a date in another format: a deal's closeDate as MM/DD/YYYY, other types'
//           modifiedDate with .000Z (same instant in another format)
//   [4, 5]  numbers sent as strings (externalNumericId; the deal [4] also amount)
//   [6, 7]  a field the entity schema does not declare, legacyRegion__c (not stored)
//   [8]     no objectId (Gong's request status lists this line)
//   [9]     sent again on a later line, renamed: the later update did not land (a duplicate)
//   [10]    a deal (and a contact) without accountId
//   [11]    an object Gong never stored: a bad modifiedDate made Gong reject the line
//   [12]    an older modifiedDate than Gong holds (a later upload won)
//   [13]    the name in other case; [14] the name with a trailing space
//   [15]    externalNumericId as 123.0 (same number in other text)
//   [16]    a deal (a contact) whose account is neither in Gong nor in the file, sent as stored
//           (stored as sent, yet it will not appear in Gong: the reference check names it)
//   then the duplicate of [9], the showcase object beyond 2^53 sent as 2^53 (other value), and
//   the showcase object of arrays with each array rotated (array order only)
import type { ObjectType } from '../contract';
import { JsonNumberText, toJsonText } from './json-text';
import { ABOVE_2_POW_53, type CrmFields, SHOWCASE, SHOWCASE_COUNT } from './sample-common';
import { sampleObjects } from './sample-data';
import { REFERENCE_SAMPLE_IDS } from './sample-references';

/** Objects of the stored sample data the files start from: past the showcase ones. */
const FIRST_OBJECT = SHOWCASE_COUNT;
const OBJECT_LINES = 24;
/** The line without objectId, which the sample request status reports. */
export const MISSING_OBJECT_ID_LINE = 9;
/** The line of the object Gong never stored, which the sample request status reports. */
export const NEVER_STORED_LINE = 12;
/** The deal's and the contact's line whose account is in neither Gong nor the file. */
export const ORPHAN_LINE = 17;
export const BAD_MODIFIED_DATE = '2025-13-45T00:00:00Z';

const NAME_FIELD: Record<ObjectType, string> = {
  ACCOUNT: 'name',
  CONTACT: 'lastName',
  DEAL: 'name',
  LEAD: 'lastName',
};

/** The file name the page and the repository give each type's sample. */
export function sampleUploadFileName(objectType: ObjectType): string {
  return `sample-upload-${objectType.toLowerCase()}.ldjson`;
}

/** The clientRequestId under which the sandbox's request status reports this sample's upload. */
export function sampleUploadRequestId(objectType: ObjectType): string {
  return `sample-upload-${objectType.toLowerCase()}`;
}

function usDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${month}/${day}/${year}`;
}

function monthEarlier(isoDateTime: string): string {
  const time = Date.parse(isoDateTime) - 30 * 24 * 3600 * 1000;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function withMilliseconds(isoDateTime: string): string {
  return isoDateTime.replace(/Z$/, '.000Z');
}

function numberTextOf(value: unknown): JsonNumberText | unknown {
  return typeof value === 'number' && Number.isInteger(value)
    ? new JsonNumberText(`${value}.0`)
    : value;
}

function changed(objectType: ObjectType, k: number, stored: CrmFields): CrmFields | undefined {
  const name = NAME_FIELD[objectType];
  const fields: CrmFields = { ...stored };
  if (k >= 1 && k <= 3) {
    if (objectType === 'DEAL' && typeof fields.closeDate === 'string') {
      fields.closeDate = usDate(fields.closeDate);
    } else {
      fields.modifiedDate = withMilliseconds(String(fields.modifiedDate));
    }
  } else if (k === 4 || k === 5) {
    fields.externalNumericId = String(fields.externalNumericId);
    if (objectType === 'DEAL' && k === 4) fields.amount = String(fields.amount);
  } else if (k === 6 || k === 7) {
    fields.legacyRegion__c = 'EMEA';
  } else if (k === 8) {
    delete fields.objectId;
  } else if (k === 10 && (objectType === 'DEAL' || objectType === 'CONTACT')) {
    delete fields.accountId;
  } else if (k === 11) {
    const id = `never-stored-${objectType.toLowerCase()}-1`;
    return { ...fields, objectId: id, modifiedDate: BAD_MODIFIED_DATE };
  } else if (k === 12) {
    fields.modifiedDate = monthEarlier(String(fields.modifiedDate));
  } else if (k === 13) {
    fields[name] = String(fields[name]).toUpperCase();
  } else if (k === 14) {
    fields[name] = `${String(fields[name])} `;
  } else if (k === 15) {
    fields.externalNumericId = numberTextOf(fields.externalNumericId);
  }
  return fields;
}

/** The sample upload file of a type, LDJSON, one object per line, ending in a line break. */
export function sampleUploadText(objectType: ObjectType): string {
  const objects = sampleObjects()[objectType];
  const name = NAME_FIELD[objectType];
  const lines: string[] = [];
  const base = objects.slice(FIRST_OBJECT, FIRST_OBJECT + OBJECT_LINES);
  // In place of a line sent as stored, so the summary every doc quotes stays as it was.
  if (objectType === 'DEAL' || objectType === 'CONTACT') {
    const orphanId = REFERENCE_SAMPLE_IDS[objectType][0];
    const orphan = objects.find((object) => object.id === orphanId);
    if (orphan) base[ORPHAN_LINE - 1] = orphan;
  }
  base.forEach((object, k) => {
    lines.push(toJsonText(changed(objectType, k, object.fields)));
  });
  const duplicate = base[9]?.fields ?? {};
  lines.push(toJsonText({ ...duplicate, [name]: `${String(duplicate[name])} (renamed)` }));
  const big = objects[SHOWCASE.bigIntegers]?.fields ?? {};
  lines.push(toJsonText({ ...big, externalNumericId: ABOVE_2_POW_53 - 1n }));
  const arrays: CrmFields = { ...objects[SHOWCASE.arrays]?.fields };
  for (const [field, value] of Object.entries(arrays)) {
    // Rotated, not reversed: a reversed palindrome such as [a, b, a] would be no change.
    if (Array.isArray(value) && value.length > 1) arrays[field] = [...value.slice(1), value[0]];
  }
  lines.push(toJsonText(arrays));
  return `${lines.join('\n')}\n`;
}
