import type { Prng } from './prng';
import { hubspotId, salesforceId } from './sample-ids';

export type CrmFields = Record<string, unknown>;
export interface SampleObject {
  id: string;
  fields: CrmFields;
}

/**
 * Which of the first ids of every type shows which tricky value, the same index in every
 * type so docs and tests can name them ("the CJK account", "the CJK deal").
 */
export const SHOWCASE = {
  complete: 0,
  accents: 1,
  cjk: 2,
  numericIdAndEmoji: 3,
  rtl: 4,
  htmlLooking: 5,
  javascriptUrl: 6,
  longText: 7,
  bigIntegers: 8,
  nulls: 9,
  emptyStrings: 10,
  missingFields: 11,
  falseAndZero: 12,
  deleted: 13,
  decimalText: 14,
  whitespace: 15,
  arrays: 16,
  /** Values that break the declared entity schema (sample-schema.ts lists them). */
  schemaMismatches: 17,
} as const;
/** The first ids of every type are showcase objects; only later ones are deleted at random. */
export const SHOWCASE_COUNT = 20;

/** Overrides for one showcase object: `undefined` removes the field entirely. */
export type Overrides = Record<number, CrmFields>;

export const HTML_LOOKING = '<img src=x onerror=alert(1)>';
export const JAVASCRIPT_URL = 'javascript:alert(document.cookie)';
/** 2^53 + 1: the smallest integer a JS number cannot hold. */
export const ABOVE_2_POW_53 = 9007199254740993n;
export const LARGE_NEGATIVE = -9223372036854775807n;

type IdKind = 'salesforce' | 'hubspot' | 'email';

/** Mostly Salesforce ids, with HubSpot-style numeric ids mixed in (index 3, then every 6th). */
export function idKind(index: number): IdKind {
  return index === 3 || (index > 19 && index % 6 === 3) ? 'hubspot' : 'salesforce';
}

export function uniqueIds(count: number, makeId: (index: number) => string): string[] {
  const ids = new Set<string>();
  for (let index = 0; ids.size < count; index++) {
    const id = makeId(ids.size);
    if (!ids.has(id)) ids.add(id);
    if (index > count * 10) throw new Error('could not make unique sample ids');
  }
  return [...ids];
}

export function crmId(kind: IdKind, keyPrefix: string, rng: Prng): string {
  return kind === 'hubspot' ? hubspotId(rng) : salesforceId(keyPrefix, rng);
}

/** ISO-8601 without milliseconds, the format Gong documents for modifiedDate. */
export function dateTime(rng: Prng, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  const ms = from + Math.floor(rng.next() * (to - from));
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function dateOnly(rng: Prng, fromYear: number, toYear: number): string {
  return dateTime(rng, fromYear, toYear).slice(0, 10);
}

export interface RecordUrls {
  salesforceObject: string;
  hubspotObjectType: string;
}

export function recordUrl(id: string, urls: RecordUrls): string {
  if (/^\d+$/.test(id)) {
    return `https://app.hubspot.com/contacts/4471203/record/${urls.hubspotObjectType}/${id}`;
  }
  if (id.includes('@')) return `https://crm.example.com/leads?email=${encodeURIComponent(id)}`;
  return `https://northwind.lightning.force.com/lightning/r/${urls.salesforceObject}/${id}/view`;
}

export function commonFields(id: string, index: number, rng: Prng, urls: RecordUrls): CrmFields {
  return {
    objectId: id,
    modifiedDate: dateTime(rng, 2023, 2025),
    isDeleted: rng.chance(0.03) && index >= SHOWCASE_COUNT,
    url: recordUrl(id, urls),
    // A custom field on every type, so the one value beyond 2^53 has safe neighbours to compare.
    externalNumericId: rng.int(1_000_000, 2_000_000_000),
  };
}

export function applyOverrides(fields: CrmFields, overrides: CrmFields | undefined): CrmFields {
  if (!overrides) return fields;
  const result = { ...fields };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w]+/g, '')
    .toLowerCase();
}
