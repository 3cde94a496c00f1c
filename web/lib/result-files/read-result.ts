// Reads a result someone saved: this page's envelope (write-result.ts), a bare Gong answer
// `{requestId, crmObjectsMap}`, or a bare crmObjectsMap. Anything else is refused with what is
// wrong and where, so nothing on screen is replaced by half a file.
import { z } from 'zod/mini';
import {
  describeIssues,
  integrationIdSchema,
  type ObjectType,
  objectTypeSchema,
} from '../../../proxy/contract';
import { type CrmFields, JsonNumber, type JsonValue } from '../json/json-value';
import { parseLossless } from '../json/lossless-json';
import { RESULT_FORMAT, RESULT_VERSION, type SavedResult } from './write-result';

const MAX_PROBLEMS_SHOWN = 8;

export type ResultKind = 'envelope' | 'gong-answer' | 'objects-map';

/** What a bare answer or map does not say; the form's current values stand in. */
export interface ResultDefaults {
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly fetchedAt: string;
}

export type ReadResult =
  | { readonly ok: true; readonly result: SavedResult; readonly kind: ResultKind }
  | { readonly ok: false; readonly problems: readonly string[] };

const isFieldsOrNull = (value: unknown) =>
  value === null ||
  (typeof value === 'object' && !Array.isArray(value) && !(value instanceof JsonNumber));

// Checked per object, not per field: a 10,000 × 300 file must not mean 3 million zod checks.
const objectsMapSchema = z.record(
  z.string(),
  z.custom<CrmFields | null>(isFieldsOrNull, { error: 'must be an object of fields, or null' }),
  { error: 'must be an object of CRM id → fields' },
);

const envelopeSchema = z.object({
  format: z.literal(RESULT_FORMAT, { error: `must be "${RESULT_FORMAT}"` }),
  version: z.literal(RESULT_VERSION, {
    error: (issue) =>
      typeof issue.input === 'number' && issue.input > RESULT_VERSION
        ? `is ${issue.input}, written by a newer CRM Inspector; this one reads version ${RESULT_VERSION}`
        : `must be ${RESULT_VERSION}`,
  }),
  fetchedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date and time' }),
  integrationId: z
    .string({ error: 'must be a string of digits (a JSON number would be rounded)' })
    .check(
      z.refine((id) => id === '' || integrationIdSchema.safeParse(id).success, {
        error: 'must be 1 to 19 digits within int64',
      }),
    ),
  objectType: objectTypeSchema,
  requestedIds: z
    .array(z.string({ error: 'must be a string' }).check(z.minLength(1, { error: 'is empty' })), {
      error: 'must be an array of id strings',
    })
    .check(z.minLength(1, { error: 'is empty' })),
  requestIds: z.array(z.string({ error: 'must be a string' }), {
    error: 'must be an array of strings',
  }),
  crmObjectsMap: objectsMapSchema,
});

const gongAnswerSchema = z.object({
  requestId: z.optional(z.string({ error: 'must be a string' })),
  crmObjectsMap: objectsMapSchema.check(
    z.refine((map) => Object.keys(map).length > 0, {
      error: 'is empty: there are no objects to show',
    }),
  ),
});

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Validates only: zod's parsed copy could rebuild `__proto__` keys; the value read is kept. */
function check<T>(schema: z.ZodMiniType, value: unknown, lead: string): Parsed<T> {
  const checked = schema.safeParse(value);
  if (checked.success) return { ok: true, value: value as T };
  const lines = describeIssues(checked.error.issues);
  const more = lines.length - MAX_PROBLEMS_SHOWN;
  const shown = lines.slice(0, MAX_PROBLEMS_SHOWN);
  return { ok: false, problems: [lead, ...shown, ...(more > 0 ? [`… and ${more} more`] : [])] };
}

function answered(ids: readonly string[], map: Readonly<Record<string, CrmFields | null>>) {
  const objects = new Map<string, CrmFields | null>();
  for (const id of ids) if (Object.hasOwn(map, id)) objects.set(id, map[id] ?? null);
  return objects;
}

function describeJsonKind(value: JsonValue): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (value instanceof JsonNumber || typeof value === 'number') return 'a number';
  return `a ${typeof value}`;
}

type Envelope = z.infer<typeof envelopeSchema>;
type ObjectsMap = Record<string, CrmFields | null>;
type GongAnswer = { requestId?: string; crmObjectsMap: ObjectsMap };
type JsonRecord = { readonly [key: string]: JsonValue };

function fromEnvelope(json: JsonRecord): ReadResult {
  const envelope = check<Envelope>(envelopeSchema, json, 'Not a valid CRM Inspector result:');
  if (!envelope.ok) return envelope;
  const { fetchedAt, integrationId, objectType, requestIds, crmObjectsMap: map } = envelope.value;
  // Ids in the map that were not listed (Gong answered them unasked) are kept too, after the
  // listed ones: the file's objects are never dropped.
  const requestedIds = [...new Set(envelope.value.requestedIds)];
  const objects = answered([...new Set([...requestedIds, ...Object.keys(map)])], map);
  const result = { fetchedAt, integrationId, objectType, requestedIds, requestIds, objects };
  return { ok: true, kind: 'envelope', result };
}

function fromBare(map: ObjectsMap, requestId: string | undefined, defaults: ResultDefaults) {
  // Object.keys puts ids that look like small integers first; nothing else says the order.
  const ids = Object.keys(map);
  const requestIds = requestId === undefined ? [] : [requestId];
  return { ...defaults, requestedIds: ids, requestIds, objects: answered(ids, map) };
}

export function readResult(text: string, defaults: ResultDefaults): ReadResult {
  let json: JsonValue;
  try {
    json = parseLossless(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON: ${(error as Error).message}`] };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    json instanceof JsonNumber
  ) {
    const problem = `The file holds ${describeJsonKind(json)}, not a result: expected an object with crmObjectsMap.`;
    return { ok: false, problems: [problem] };
  }
  if (Object.hasOwn(json, 'format')) return fromEnvelope(json);
  if (Object.hasOwn(json, 'crmObjectsMap')) {
    const answer = check<GongAnswer>(gongAnswerSchema, json, 'Not a valid Gong answer:');
    if (!answer.ok) return answer;
    const { crmObjectsMap, requestId } = answer.value;
    return { ok: true, kind: 'gong-answer', result: fromBare(crmObjectsMap, requestId, defaults) };
  }
  if (Array.isArray(json.errors)) {
    const said = json.errors.map((line) => (typeof line === 'string' ? line : '?')).join('; ');
    return {
      ok: false,
      problems: [`The file holds an error answer from Gong, not objects: ${said}`],
    };
  }
  if (Object.keys(json).length === 0) {
    return {
      ok: false,
      problems: ['The file holds an empty object: there are no objects to show.'],
    };
  }
  const lead = 'Not a CRM Inspector result, a Gong answer or a crmObjectsMap:';
  const map = check<ObjectsMap>(gongAnswerSchema.shape.crmObjectsMap, json, lead);
  if (!map.ok) return map;
  return { ok: true, kind: 'objects-map', result: fromBare(map.value, undefined, defaults) };
}
