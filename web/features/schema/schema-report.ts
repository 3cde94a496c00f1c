// The objects of one answer held against the schema their integration declared: fields carried
// but not declared, declared but carried by none or only by some, values that do not fit the
// declared type, and fields the schema marks deleted. One pass, a lookup per cell.
import type { CrmObject, JsonValue } from '../../lib/json/json-value';
import { type DeclaredField, type ValueCheck, valueCheck } from '../../lib/values/schema-check';

/**
 * Fields of Gong's upload format that every object may carry and no schema declares: flagging
 * them as undeclared would flag every row of every answer.
 */
export const BUILT_IN_FIELDS: ReadonlySet<string> = new Set([
  'objectId',
  'modifiedDate',
  'isDeleted',
  'url',
]);

export interface FieldFinding {
  readonly name: string;
  readonly declared: DeclaredField | undefined;
  /** Found objects holding the field (a value of undefined counts as absent). */
  readonly carriedBy: number;
  /** Found objects whose value does not fit the declared type. */
  readonly misfits: number;
  /** The declared type's check; undefined for undeclared, deleted or unchecked fields. */
  readonly check: ValueCheck | undefined;
}

export interface SchemaReport {
  /** Objects Gong found: the ones held against the schema. */
  readonly objectCount: number;
  /** Every field some found object carries. */
  readonly fields: ReadonlyMap<string, FieldFinding>;
  /** Declared fields no found object carries, in schema order. */
  readonly uncarried: readonly DeclaredField[];
}

export type FieldFlag =
  | { readonly kind: 'undeclared' }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'missing'; readonly count: number }
  | { readonly kind: 'misfit'; readonly count: number; readonly type: string };

type Tally = { -readonly [K in keyof FieldFinding]: FieldFinding[K] };

export function checkObjects(
  declared: readonly DeclaredField[],
  objects: readonly CrmObject[],
): SchemaReport {
  const byName = new Map(declared.map((field) => [field.name, field]));
  const tallies = new Map<string, Tally>();
  const tallyOf = (name: string): Tally => {
    let tally = tallies.get(name);
    if (!tally) {
      const field = byName.get(name);
      // A deleted field's values are flagged once, as deleted, not again per value.
      const check = field && !field.isDeleted ? valueCheck(field) : undefined;
      tally = { name, declared: field, carriedBy: 0, misfits: 0, check };
      tallies.set(name, tally);
    }
    return tally;
  };

  let objectCount = 0;
  let previous: readonly string[] = [];
  let row: Tally[] = [];
  for (const object of objects) {
    const fields = object.fields;
    if (fields === null) continue;
    objectCount++;
    const names = Object.keys(fields);
    // Objects of one answer nearly always list the same fields in the same order.
    if (!sameNames(names, previous)) {
      row = names.map(tallyOf);
      previous = names;
    }
    for (let i = 0; i < names.length; i++) {
      const value: JsonValue | undefined = fields[names[i] as string];
      if (value === undefined) continue;
      const tally = row[i] as Tally;
      tally.carriedBy++;
      if (tally.check?.(value) !== undefined) tally.misfits++;
    }
  }

  const carried = new Map<string, FieldFinding>();
  for (const [name, tally] of tallies) if (tally.carriedBy > 0) carried.set(name, tally);
  const uncarried = declared.filter((field) => !carried.has(field.name));
  return { objectCount, fields: carried, uncarried };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What is wrong with a carried field; empty when nothing is. */
export function flagsOf(finding: FieldFinding, objectCount: number): FieldFlag[] {
  const { declared } = finding;
  if (!declared) return BUILT_IN_FIELDS.has(finding.name) ? [] : [{ kind: 'undeclared' }];
  const flags: FieldFlag[] = [];
  if (declared.isDeleted) flags.push({ kind: 'deleted' });
  // A deleted field is expected to be absent.
  else if (finding.carriedBy < objectCount) {
    flags.push({ kind: 'missing', count: objectCount - finding.carriedBy });
  }
  if (finding.misfits > 0) {
    flags.push({ kind: 'misfit', count: finding.misfits, type: declared.type });
  }
  return flags;
}
