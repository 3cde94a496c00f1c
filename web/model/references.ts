// What CRM objects point to: which fields are references (the entity schema's REFERENCE fields,
// or Gong's documented ones), the ids they hold, and what Gong answered for them. Pure, for the
// page's reference check and for upload verification (a file's objects whose targets are neither
// in Gong nor in the file). Imports web/lib and proxy/contract.ts only.
import { OBJECT_TYPES, type ObjectType, type SchemaField } from '../../proxy/contract';
import { type CrmFields, type CrmObject, JsonNumber, type JsonValue } from '../lib/json/json-value';

/** An object type Get CRM objects reads, or another Gong names (USER) that it cannot. */
export type ReferenceTarget = ObjectType | (string & {});

export interface ReferenceField {
  readonly field: string;
  readonly to: ReferenceTarget;
  /** Declared in the integration's entity schema, or named in Gong's upload doc. */
  readonly from: 'schema' | 'documented';
}

const documented = (field: string, to: ReferenceTarget): ReferenceField => ({
  field,
  to,
  from: 'documented',
});

/** The references Gong's upload doc names for each type ("Upload CRM objects"). */
export const DOCUMENTED_REFERENCES: Readonly<Record<ObjectType, readonly ReferenceField[]>> = {
  ACCOUNT: [],
  CONTACT: [documented('accountId', 'ACCOUNT')],
  DEAL: [documented('accountId', 'ACCOUNT'), documented('ownerId', 'USER')],
  LEAD: [
    documented('convertedToDealId', 'DEAL'),
    documented('convertedToContactId', 'CONTACT'),
    documented('convertedToAccountId', 'ACCOUNT'),
  ],
};

const READABLE: ReadonlySet<string> = new Set(OBJECT_TYPES);

/** Get CRM objects reads these four types; a USER (or anything else) it cannot. */
export function isReadable(to: ReferenceTarget): to is ObjectType {
  return READABLE.has(to);
}

/**
 * With a schema: its REFERENCE fields that name a `referenceTo`, then the documented ones it
 * does not declare at all (a standard field the integration never re-declared). A documented
 * field the schema declares with another type is no reference. Without a schema: the documented.
 */
export function referenceFields(
  objectType: ObjectType,
  schema?: readonly SchemaField[] | undefined,
): ReferenceField[] {
  const standard = DOCUMENTED_REFERENCES[objectType];
  if (!schema) return [...standard];
  const declared = new Set<string>();
  const fields: ReferenceField[] = [];
  for (const entry of schema) {
    const field = entry.name ?? entry.uniqueName;
    if (field === undefined || declared.has(field)) continue;
    declared.add(field);
    const to = entry.referenceTo?.trim().toUpperCase();
    if (entry.type === 'REFERENCE' && to) fields.push({ field, to, from: 'schema' });
  }
  return [...fields, ...standard.filter((reference) => !declared.has(reference.field))];
}

/** The id a reference value names: a string's text, a number's digits; undefined for none. */
export function referencedId(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  if (value instanceof JsonNumber) return value.source;
  return undefined;
}

/** One reference cell with a value: object `objectId`'s `field` names `id` of type `to`. */
export interface ReferenceCell {
  readonly objectId: string;
  readonly field: string;
  readonly to: ReferenceTarget;
  readonly id: string;
}

const own = (fields: CrmFields, field: string) =>
  Object.hasOwn(fields, field) ? fields[field] : undefined;

/** Every reference cell with a value, object by object in the order given. */
export function referenceCells(
  objects: readonly CrmObject[],
  fields: readonly ReferenceField[],
): ReferenceCell[] {
  const cells: ReferenceCell[] = [];
  for (const object of objects) {
    if (!object.fields) continue;
    for (const { field, to } of fields) {
      const id = referencedId(own(object.fields, field));
      if (id !== undefined) cells.push({ objectId: object.id, field, to, id });
    }
  }
  return cells;
}

/** What to fetch: per readable type, its referenced ids once each, in order of first mention. */
export function referenceTargets(cells: readonly ReferenceCell[]): Map<ObjectType, string[]> {
  const seen = new Map<ObjectType, Set<string>>();
  for (const { to, id } of cells) {
    if (!isReadable(to)) continue;
    const ids = seen.get(to) ?? new Set<string>();
    seen.set(to, ids.add(id));
  }
  return new Map([...seen].map(([to, ids]) => [to, [...ids]]));
}

/** What Gong answered for an id of a type: its fields, null (not in Gong), undefined (not asked). */
export type ReferenceLookup = (to: ObjectType, id: string) => CrmFields | null | undefined;

export type ReferenceState = 'found' | 'not-in-gong' | 'unchecked' | 'unreadable';

export function referenceState(cell: ReferenceCell, lookup: ReferenceLookup): ReferenceState {
  if (!isReadable(cell.to)) return 'unreadable';
  const answer = lookup(cell.to, cell.id);
  if (answer === undefined) return 'unchecked';
  return answer === null ? 'not-in-gong' : 'found';
}

export interface ReferenceCounts {
  /** Cells with a value that point at a type Get CRM objects reads. */
  readonly references: number;
  readonly found: number;
  readonly notInGong: number;
  /** Readable references with no answer (the check failed, was canceled or is running). */
  readonly unchecked: number;
  /** Cells pointing at a type Get CRM objects cannot read (USER), per type. */
  readonly unreadable: ReadonlyMap<string, number>;
}

export function referenceCounts(
  cells: readonly ReferenceCell[],
  lookup: ReferenceLookup,
): ReferenceCounts {
  let found = 0;
  let notInGong = 0;
  let unchecked = 0;
  const unreadable = new Map<string, number>();
  for (const cell of cells) {
    const state = referenceState(cell, lookup);
    if (state === 'found') found += 1;
    else if (state === 'not-in-gong') notInGong += 1;
    else if (state === 'unchecked') unchecked += 1;
    else unreadable.set(cell.to, (unreadable.get(cell.to) ?? 0) + 1);
  }
  return { references: found + notInGong + unchecked, found, notInGong, unchecked, unreadable };
}

/** `12 references · 9 found · 3 not in Gong`: the status line, worded as the issue names it. */
export function formatReferenceCounts(counts: ReferenceCounts): string {
  return `${counts.references} references · ${counts.found} found · ${counts.notInGong} not in Gong`;
}

/** The references whose target Gong answered null for, in cell order. */
export function danglingCells(
  cells: readonly ReferenceCell[],
  lookup: ReferenceLookup,
): ReferenceCell[] {
  return cells.filter((cell) => referenceState(cell, lookup) === 'not-in-gong');
}

/** Tab-separated, one reference a line under a header: pastes into a sheet or a ticket. */
export function danglingText(cells: readonly ReferenceCell[]): string {
  const lines = cells.map((cell) => [cell.objectId, cell.field, cell.id, cell.to].join('\t'));
  return ['object\tfield\tpoints to\ttype', ...lines].join('\n');
}

/** What to call a referenced object on hover: its name, a person's name, or its email. */
export function displayName(fields: CrmFields): string | undefined {
  const text = (field: string) => {
    const value = own(fields, field);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const person = [text('firstName'), text('lastName')].filter(Boolean).join(' ');
  return text('name') ?? (person || undefined) ?? text('emailAddress') ?? text('company');
}
