// Before/after: what changed between a baseline result and the current one, by CRM id and field
// name, exact on values (ValueKeys). One pass over each object's keys; primitives compare without
// allocating, objects and nested arrays by their key text, interned once per comparison.
import type { CrmFields, JsonValue } from '../lib/json/json-value';
import { ValueKeys } from './value-identity';

export type FieldChangeKind = 'changed' | 'added' | 'removed';

export interface FieldChange {
  readonly kind: FieldChangeKind;
  /** undefined when the field is absent on that side. */
  readonly before: JsonValue | undefined;
  readonly after: JsonValue | undefined;
}

/** `appeared`: found now, null or not asked in the baseline; `disappeared` the other way. */
export type ObjectChangeKind = 'changed' | 'appeared' | 'disappeared';

export interface ObjectDiff {
  readonly id: string;
  readonly kind: ObjectChangeKind;
  /** Field changes of an object found on both sides, in field order; empty otherwise. */
  readonly fields: ReadonlyMap<string, FieldChange>;
  readonly before: CrmFields | null | undefined;
  readonly after: CrmFields | null | undefined;
}

/** One result to compare: the ids asked for, and what Gong answered for each. */
export interface ResultSide {
  readonly ids: readonly string[];
  /** Answered ids only: a failed or canceled call's ids are missing, not null. */
  readonly results: ReadonlyMap<string, CrmFields | null>;
}

export interface Comparison {
  /** Every id of either side: the current result's order, then ids only the baseline asked. */
  readonly ids: readonly string[];
  /** The objects with any difference, by id. */
  readonly objects: ReadonlyMap<string, ObjectDiff>;
  /** Fields whose value changed in an object found on both sides. */
  readonly changedFields: ReadonlySet<string>;
  /** Those, plus every field of an object that appeared or disappeared: what "Only changes" shows. */
  readonly affectedFields: ReadonlySet<string>;
  /** Objects with any difference: changed on both sides, appeared or disappeared. */
  readonly objectsChanged: number;
  /** Field changes of objects found on both sides (an appeared object adds none). */
  readonly fieldsChanged: number;
  readonly appeared: number;
  readonly disappeared: number;
  /** Asked but unanswered on a side (its call failed or was canceled): nothing to compare. */
  readonly unanswered: number;
}

const NO_FIELDS: ReadonlyMap<string, FieldChange> = new Map();

/** The changes of one object found on both sides; undefined when there are none. */
function diffFields(
  before: CrmFields,
  after: CrmFields,
  keys: ValueKeys,
): Map<string, FieldChange> | undefined {
  if (before === after) return undefined;
  let changes: Map<string, FieldChange> | undefined;
  const afterKeys = Object.keys(after);
  let shared = 0;
  for (const field of afterKeys) {
    const now = after[field];
    if (!Object.hasOwn(before, field)) {
      changes ??= new Map();
      changes.set(field, { kind: 'added', before: undefined, after: now });
      continue;
    }
    shared++;
    const then = before[field];
    if (!keys.same(then, now)) {
      changes ??= new Map();
      changes.set(field, { kind: 'changed', before: then, after: now });
    }
  }
  // Every baseline field is also current: no field can have been removed.
  const beforeKeys = Object.keys(before);
  if (shared === beforeKeys.length) return changes;
  for (const field of beforeKeys) {
    if (Object.hasOwn(after, field)) continue;
    changes ??= new Map();
    changes.set(field, { kind: 'removed', before: before[field], after: undefined });
  }
  return changes;
}

function unionIds(current: ResultSide, baseline: ResultSide): string[] {
  const seen = new Set(current.ids);
  const ids = [...seen];
  for (const id of baseline.ids) {
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}

function addFieldsOf(fields: CrmFields, into: Set<string>): void {
  for (const field of Object.keys(fields)) into.add(field);
}

export function compareResults(baseline: ResultSide, current: ResultSide): Comparison {
  const ids = unionIds(current, baseline);
  const keys = new ValueKeys();
  const asked = { before: new Set(baseline.ids), after: new Set(current.ids) };
  const objects = new Map<string, ObjectDiff>();
  const changedFields = new Set<string>();
  const affectedFields = new Set<string>();
  let fieldsChanged = 0;
  let appeared = 0;
  let disappeared = 0;
  let unanswered = 0;
  for (const id of ids) {
    const before = baseline.results.get(id);
    const after = current.results.get(id);
    // Asked but not answered: a failed call says nothing about the object.
    if (
      (before === undefined && asked.before.has(id)) ||
      (after === undefined && asked.after.has(id))
    ) {
      unanswered++;
      continue;
    }
    if (before && after) {
      const fields = diffFields(before, after, keys);
      if (!fields) continue;
      fieldsChanged += fields.size;
      for (const field of fields.keys()) {
        changedFields.add(field);
        affectedFields.add(field);
      }
      objects.set(id, { id, kind: 'changed', fields, before, after });
    } else if (after) {
      appeared++;
      addFieldsOf(after, affectedFields);
      objects.set(id, { id, kind: 'appeared', fields: NO_FIELDS, before, after });
    } else if (before) {
      disappeared++;
      addFieldsOf(before, affectedFields);
      objects.set(id, { id, kind: 'disappeared', fields: NO_FIELDS, before, after });
    }
  }
  const objectsChanged = objects.size;
  return {
    ids,
    objects,
    changedFields,
    affectedFields,
    objectsChanged,
    fieldsChanged,
    appeared,
    disappeared,
    unanswered,
  };
}

const counted = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

/**
 * `3 objects changed · 5 fields changed`, then appeared, disappeared and unanswered when any:
 * each object in one count only, so they add up (an appeared object is not also "changed").
 */
export function formatComparison(comparison: Comparison): string {
  const changedOnBothSides =
    comparison.objectsChanged - comparison.appeared - comparison.disappeared;
  const parts = [
    `${counted(changedOnBothSides, 'object', 'objects')} changed`,
    `${counted(comparison.fieldsChanged, 'field', 'fields')} changed`,
  ];
  if (comparison.appeared > 0) parts.push(`${comparison.appeared} appeared`);
  if (comparison.disappeared > 0) parts.push(`${comparison.disappeared} disappeared`);
  if (comparison.unanswered > 0) parts.push(`${comparison.unanswered} not compared (unanswered)`);
  return parts.join(' · ');
}
