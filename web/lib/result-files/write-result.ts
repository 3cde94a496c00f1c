// Room web/lib/result-files: the saved-result file, written, read and opened; imports web/lib/json,
// web/lib/browser and proxy/contract.ts.
// The saved-result file: a small documented envelope around what Gong answered, so a result can
// be opened again, shared, and compared later with no call to Gong.
//
// {
//   "format": "crm-inspector-result",   always this text
//   "version": 1,                        bumped only when a reader of version 1 would misread it
//   "fetchedAt": "2026-11-28T10:15:00.000Z",
//   "integrationId": "2271307570613351879",   a string: int64 ids do not survive JS numbers
//   "objectType": "DEAL",
//   "requestedIds": ["…"],   every id asked for, in order
//   "requestIds": ["…"],     Gong's requestId of each call whose answer is in the file
//   "crmObjectsMap": { "id": {…fields as Gong sent them…} | null }   ids whose call failed, or that
//                    Gong's answer left out, are not in it; ids Gong answered unasked are
// }
//
// One object per line inside crmObjectsMap keeps the file small and line-diffable. Numbers are
// written from their source text, so large integers stay bare digits, exact.
import type { ObjectType } from '../../../proxy/contract';
import type { CrmFields } from '../json/json-value';
import { stringifyLossless } from '../json/lossless-json';

export const RESULT_FORMAT = 'crm-inspector-result';
export const RESULT_VERSION = 1;

export interface SavedResult {
  readonly fetchedAt: string;
  /** Empty when a bare Gong answer was opened and the form held no integration id. */
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly requestedIds: readonly string[];
  readonly requestIds: readonly string[];
  /**
   * Answered ids: fields, or null when Gong has no such object. Those asked for come in the order
   * asked, then any Gong answered without being asked.
   */
  readonly objects: ReadonlyMap<string, CrmFields | null>;
}

export function writeResult(result: SavedResult): string {
  const entries: string[] = [];
  for (const [id, fields] of result.objects) {
    entries.push(
      `    ${JSON.stringify(id)}: ${fields === null ? 'null' : stringifyLossless(fields)}`,
    );
  }
  const map = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n  }`;
  return [
    '{',
    `  "format": ${JSON.stringify(RESULT_FORMAT)},`,
    `  "version": ${RESULT_VERSION},`,
    `  "fetchedAt": ${JSON.stringify(result.fetchedAt)},`,
    `  "integrationId": ${JSON.stringify(result.integrationId)},`,
    `  "objectType": ${JSON.stringify(result.objectType)},`,
    `  "requestedIds": ${JSON.stringify(result.requestedIds)},`,
    `  "requestIds": ${JSON.stringify(result.requestIds)},`,
    `  "crmObjectsMap": ${map}`,
    '}',
    '',
  ].join('\n');
}

/** `20261128T101500Z`: sortable, and safe in file names on every system. */
export function compactUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'undated';
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `crm-DEAL-2271307570613351879-20261128T101500Z` plus the extension. */
export function resultFileName(
  result: Pick<SavedResult, 'objectType' | 'integrationId' | 'fetchedAt'>,
  extension = 'json',
): string {
  const parts = ['crm', result.objectType, result.integrationId, compactUtc(result.fetchedAt)];
  return `${parts.filter((part) => part !== '').join('-')}.${extension}`;
}
