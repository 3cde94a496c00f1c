// The lint's checks of one uploaded object on its own: objectId, modifiedDate, isDeleted, what
// Gong's doc says hides an object of each type, and the entity schema. Pure; imports web/lib's
// schema checks (the grid's) and the proxy's contract types only.
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import { JsonNumber, type JsonValue } from '../json/json-value';
import {
  type DeclaredField,
  declaredFields,
  isIsoDateTime,
  valueCheck,
} from '../values/schema-check';
import type { UploadObject } from './upload-entries';
import { problem, type UploadProblem } from './upload-problems';

/** Gong documents objectIds of at most 64 characters. */
export const MAX_OBJECT_ID_LENGTH = 64;
/** Fields every object carries that an entity schema does not declare. */
export const COMMON_FIELDS: ReadonlySet<string> = new Set([
  'objectId',
  'modifiedDate',
  'isDeleted',
  'url',
]);
const DEAL_STATUSES: ReadonlySet<string> = new Set(['WON', 'LOST', 'OPEN']);
const ID_CHARACTERS = /^[A-Za-z0-9-]+$/;
const ID_WITH_UNDERSCORE = /^[A-Za-z0-9_-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FRACTION_OF_SECOND = /T\d{2}:\d{2}:\d{2}[.,]\d/;

/** The id a line's objectId gives (a number's exact text), or undefined when it gives none. */
export function objectIdOf(object: UploadObject): string | undefined {
  const id = object.objectId;
  if (typeof id === 'string') return id === '' ? undefined : id;
  if (typeof id === 'number') return String(id);
  if (id instanceof JsonNumber) return id.source;
  return undefined;
}

function isBlank(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

function checkObjectId(object: UploadObject, line: number, out: UploadProblem[]): void {
  const id = object.objectId;
  if (id === undefined || id === null) {
    out.push(problem('objectId-missing', line, 'Mandatory field objectId is missing'));
    return;
  }
  if (id === '') {
    out.push(problem('objectId-empty', line, 'objectId is empty'));
    return;
  }
  const text = objectIdOf(object);
  if (text === undefined) {
    out.push(problem('objectId-missing', line, 'objectId is not a string'));
    return;
  }
  if (typeof id !== 'string') {
    out.push(
      problem(
        'objectId-not-string',
        line,
        'objectId is a JSON number; Gong documents a string',
        text,
      ),
    );
  }
  if (text.length > MAX_OBJECT_ID_LENGTH) {
    out.push(
      problem(
        'objectId-too-long',
        line,
        `objectId is ${text.length} characters long; Gong allows at most ${MAX_OBJECT_ID_LENGTH}`,
        text,
      ),
    );
  }
  if (ID_CHARACTERS.test(text) || EMAIL.test(text)) return;
  if (ID_WITH_UNDERSCORE.test(text)) {
    out.push(
      problem(
        'objectId-underscore',
        line,
        'objectId holds "_": Gong’s upload doc allows letters, digits and "-" (or an email), yet its own example uses "_", so Gong’s rule is ambiguous here',
        text,
      ),
    );
    return;
  }
  out.push(
    problem(
      'objectId-characters',
      line,
      'objectId holds characters Gong does not allow (letters, digits and "-" only, or an email)',
      text,
    ),
  );
}

function checkCommonFields(
  object: UploadObject,
  line: number,
  id: string | undefined,
  out: UploadProblem[],
): void {
  const modified = object.modifiedDate;
  if (isBlank(modified)) {
    out.push(problem('modifiedDate-missing', line, 'Mandatory field modifiedDate is missing', id));
  } else if (typeof modified !== 'string' || !isIsoDateTime(modified)) {
    out.push(
      problem(
        'modifiedDate-not-iso',
        line,
        `modifiedDate ${shortJson(modified)} is not an ISO-8601 date-time`,
        id,
      ),
    );
  } else if (FRACTION_OF_SECOND.test(modified)) {
    out.push(
      problem(
        'modifiedDate-milliseconds',
        line,
        `modifiedDate ${modified} has fractions of a second: Gong's text asks for none, its example has .000`,
        id,
      ),
    );
  }
  const deleted = object.isDeleted;
  if (deleted !== undefined && typeof deleted !== 'boolean') {
    out.push(
      problem(
        'isDeleted-not-boolean',
        line,
        `isDeleted is ${shortJson(deleted)}, not true or false`,
        id,
      ),
    );
  }
}

function checkTypeRules(
  object: UploadObject,
  objectType: ObjectType,
  line: number,
  id: string | undefined,
  out: UploadProblem[],
): void {
  if (objectType === 'DEAL') {
    if (isBlank(object.accountId)) {
      out.push(
        problem(
          'deal-without-accountId',
          line,
          'A deal without accountId will not appear in Gong',
          id,
        ),
      );
    }
    if (isBlank(object.ownerId)) {
      out.push(
        problem(
          'deal-without-ownerId',
          line,
          'A deal without ownerId is not on the deal board',
          id,
        ),
      );
    }
    if (isBlank(object.closeDate)) {
      out.push(
        problem(
          'deal-without-closeDate',
          line,
          'A deal without closeDate is not on the deal board',
          id,
        ),
      );
    }
    const status = object.status;
    if (status !== undefined && !(typeof status === 'string' && DEAL_STATUSES.has(status))) {
      out.push(
        problem('deal-status', line, `status ${shortJson(status)} is not WON, LOST or OPEN`, id),
      );
    }
  } else if (objectType === 'CONTACT' && isBlank(object.accountId)) {
    out.push(
      problem(
        'contact-without-accountId',
        line,
        'A contact without accountId belongs to no account in Gong',
        id,
      ),
    );
  }
}

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

function checkSchema(
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

/** A value as JSON text, cut for a message. */
export function shortJson(value: JsonValue | undefined): string {
  if (value === undefined) return 'absent';
  const text =
    value instanceof JsonNumber
      ? value.source
      : JSON.stringify(value, (_k, v) => (v instanceof JsonNumber ? v.source : v));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Every problem of one object on its own (duplicates are the file's business). */
export function checkObject(
  object: UploadObject,
  line: number,
  objectType: ObjectType,
  schema: SchemaRules | undefined,
): UploadProblem[] {
  const out: UploadProblem[] = [];
  checkObjectId(object, line, out);
  const id = objectIdOf(object);
  checkCommonFields(object, line, id, out);
  checkTypeRules(object, objectType, line, id, out);
  if (schema) checkSchema(object, schema, line, id, out);
  return out;
}
