// The lint's checks of an uploaded object against the integration's entity schema: a field not
// declared, a value that does not fit its declared type (the grid's own checks), a PICKLIST value
// outside its list, a PERCENT outside 0–100. Pure; imports web/lib's json and values rooms, this
// room and the proxy's contract types.
import type { SchemaField } from '../../../proxy/contract';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { type DeclaredField, declaredFields, valueCheck } from '../values/schema-check';
import type { UploadObject } from './upload-entries';
import { problem, shortJson, type UploadProblem } from './upload-problems';

/** Fields every object carries that an entity schema does not declare. */
export const COMMON_FIELDS: ReadonlySet<string> = new Set([
  'objectId',
  'modifiedDate',
  'isDeleted',
  'url',
]);

/** The entity schema, prepared once for every line of a file. */
export interface SchemaRules {
  readonly declared: ReadonlyMap<string, DeclaredField>;
  readonly checks: ReadonlyMap<string, (value: JsonValue | undefined) => string | undefined>;
}

export function schemaRules(fields: readonly SchemaField[]): SchemaRules {
  const declared = new Map(declaredFields(fields).map((field) => [field.name, field]));
  const checks = new Map<string, (value: JsonValue | undefined) => string | undefined>();
  for (const field of declared.values()) {
    const check = valueCheck(field);
    if (check) checks.set(field.name, check);
  }
  return { declared, checks };
}

export function checkSchema(
  object: UploadObject,
  rules: SchemaRules,
  line: number,
  id: string | undefined,
  out: UploadProblem[],
): void {
  for (const name of Object.keys(object)) {
    if (COMMON_FIELDS.has(name)) continue;
    const field = rules.declared.get(name);
    if (!field) {
      out.push(
        problem(
          'field-not-declared',
          line,
          `${name} is not declared in the entity schema: Gong does not display it`,
          id,
        ),
      );
      continue;
    }
    const value = object[name];
    const fault = rules.checks.get(name)?.(value);
    if (fault) {
      const kind = field.type === 'PICKLIST' ? 'picklist-value' : 'value-type';
      out.push(problem(kind, line, `${name} ${shortJson(value)}: ${fault}`, id));
    } else if (field.type === 'PERCENT' && outsidePercent(value)) {
      out.push(
        problem(
          'percent-range',
          line,
          `${name} ${shortJson(value)} is outside 0–100 (declared PERCENT)`,
          id,
        ),
      );
    }
  }
}

function outsidePercent(value: JsonValue | undefined): boolean {
  const number =
    typeof value === 'number'
      ? value
      : value instanceof JsonNumber
        ? Number(value.source)
        : undefined;
  return number !== undefined && (number < 0 || number > 100);
}
