// The lint's checks of one uploaded object on its own: objectId, modifiedDate, isDeleted, what
// Gong's doc says hides an object of each type, and the entity schema (schema-rules.ts). Pure;
// imports web/lib's json and values rooms, this room and the proxy's contract types.
import type { ObjectType } from '../../../proxy/contract';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { isIsoDateTime } from '../values/schema-check';
import { checkSchema, type SchemaRules } from './schema-rules';
import type { UploadObject } from './upload-entries';
import { problem, shortJson, type UploadProblem } from './upload-problems';

/** Gong documents objectIds of at most 64 characters. */
export const MAX_OBJECT_ID_LENGTH = 64;
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

/** Every problem of one object on its own (duplicates are the file's business). */
export function checkObject(
  object: UploadObject,
  line: number,
  objectType: ObjectType,
  schema: SchemaRules | undefined,
  /** Where to add them (the linter's own list: no array per line); a new one by default. */
  out: UploadProblem[] = [],
): UploadProblem[] {
  checkObjectId(object, line, out);
  const id = objectIdOf(object);
  checkCommonFields(object, line, id, out);
  checkTypeRules(object, objectType, line, id, out);
  if (schema) checkSchema(object, schema, line, id, out);
  return out;
}
