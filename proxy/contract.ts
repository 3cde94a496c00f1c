// The proxy's own API, shared by the server and the page. Imports zod/mini only, so the page can
// import it without pulling server code into its bundle; classic zod's methods (and its JSON
// Schema converter) sit on every schema's prototype and cost the page ~17 kB gzipped.
import { z } from 'zod/mini';
import { checkCrmId } from './crm-id-rules';

export const OBJECT_TYPES = ['ACCOUNT', 'CONTACT', 'DEAL', 'LEAD'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** Gong answers only the first 100 ids of a call and drops the rest without a word. */
export const MAX_IDS_PER_CALL = 100;

/**
 * Every /api call carries the token the server made at start (or CRM_INSPECTOR_TOKEN). The page
 * reads it from a <meta> in the HTML this server serves, which no other origin can read;
 * navigations, prefetches, images, forms and beacons cannot set a custom header at all.
 */
export const API_TOKEN_HEADER = 'x-crm-inspector-token';
export const API_TOKEN_META = 'crm-inspector-token';

const INT64_MAX = 9223372036854775807n;
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

// Integration ids exceed 2^53, so they stay digit strings: Number() would round them.
export const integrationIdSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : 'must be a string of digits (not a JSON number: it would be rounded)',
  })
  .check(
    z.regex(/^\d{1,19}$/, { error: 'must be 1 to 19 digits', abort: true }),
    z.refine((digits) => BigInt(digits) <= INT64_MAX, {
      error: 'is above the largest int64 (9223372036854775807)',
    }),
  );

export const objectTypeSchema = z.enum(OBJECT_TYPES, {
  error: (issue) =>
    issue.input === undefined
      ? 'is missing'
      : `must be one of ${OBJECT_TYPES.join(', ')} (upper case)`,
});

// One check per id, its message the first reason found: the rules of crm-id-rules.ts, which the
// page's paste and link checks use too.
export const crmIdSchema = z.string({ error: 'must be a string' }).check(
  z.refine((id) => checkCrmId(id) === undefined, {
    error: (issue) => checkCrmId(issue.input as string),
  }),
);

export const entitiesRequestSchema = z.strictObject(
  {
    integrationId: integrationIdSchema,
    objectType: objectTypeSchema,
    objectsCrmIds: z
      .array(crmIdSchema, {
        error: (issue) =>
          issue.input === undefined ? 'is missing' : 'must be an array of id strings',
      })
      .check(
        z.minLength(1, { error: 'is empty: give at least one id' }),
        z.maxLength(MAX_IDS_PER_CALL, {
          error: `holds more than ${MAX_IDS_PER_CALL} ids: Gong would silently answer only the first ${MAX_IDS_PER_CALL}; split them into calls of ${MAX_IDS_PER_CALL}`,
          abort: true,
        }),
        z.refine((ids) => new Set(ids).size === ids.length, {
          error: 'holds the same id twice (Gong expects unique ids)',
        }),
      ),
  },
  { error: 'the body must be a JSON object' },
);
export type EntitiesRequest = z.infer<typeof entitiesRequestSchema>;

const OBJECT_TYPE_SET: ReadonlySet<string> = new Set(OBJECT_TYPES);
const ENTITIES_REQUEST_KEYS = 3;

/**
 * The proxy's fast path for the body of every proxied call (a value JSON.parse made): true only
 * for bodies entitiesRequestSchema accepts, so a body it accepts needs no zod, and any other is
 * left to the schema, which says what is wrong. Run on every call, the schema was the largest
 * part of the proxy's own cost (bench/, overhead): zod's generic code, shared by every schema in
 * the server, is far slower there than in a loop of its own. contract.test.ts holds
 * the two together on thousands of valid and broken bodies.
 */
export function isPlainEntitiesRequest(value: unknown): value is EntitiesRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.keys(value).length !== ENTITIES_REQUEST_KEYS) return false;
  const { integrationId, objectType, objectsCrmIds } = value as Record<string, unknown>;
  return (
    typeof integrationId === 'string' &&
    /^\d{1,19}$/.test(integrationId) &&
    BigInt(integrationId) <= INT64_MAX &&
    typeof objectType === 'string' &&
    OBJECT_TYPE_SET.has(objectType) &&
    Array.isArray(objectsCrmIds) &&
    objectsCrmIds.length >= 1 &&
    objectsCrmIds.length <= MAX_IDS_PER_CALL &&
    objectsCrmIds.every((id) => typeof id === 'string' && checkCrmId(id) === undefined) &&
    new Set(objectsCrmIds).size === objectsCrmIds.length
  );
}

/** Every error the proxy or Gong answers: Gong's own shape, `requestId` when Gong made it. */
export const errorBodySchema = z.object({
  requestId: z.optional(z.string()),
  errors: z.array(z.string()),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type CrmObjectsMap = Record<string, Record<string, unknown> | null>;

/** A real answer holds at most 100 objects; far more means a broken upstream, not data. */
export const MAX_OBJECTS_IN_ANSWER = 1000;

function isCrmObjectsMap(value: unknown): value is CrmObjectsMap {
  if (!isPlainObject(value)) return false;
  let count = 0;
  for (const key in value) {
    // Stops early, so a map of a million keys costs no more to refuse than one of a thousand.
    count += 1;
    if (count > MAX_OBJECTS_IN_ANSWER) return false;
    const fields = value[key];
    if (fields !== null && !isPlainObject(fields)) return false;
  }
  return true;
}

/**
 * Gong's 200 answer. Field values are whatever the integration uploaded, so each object is
 * checked as a whole, not field by field: at 100 objects × 300 fields a per-field check cost
 * the proxy more than its whole 1 ms budget per call (bench/), and the page as much again.
 * One check of the whole map, not z.record: that copied the map and spent 0.07 ms of the
 * proxy's call on it, a tenth of its overhead.
 */
export const entitiesResponseSchema = z.object({
  requestId: z.string(),
  crmObjectsMap: z.custom<CrmObjectsMap>(isCrmObjectsMap, {
    error: `must be an object of at most ${MAX_OBJECTS_IN_ANSWER} entries whose values are objects of fields, or null`,
  }),
});

// The other read-only calls take their whole input as a query string. Unknown parameters are
// refused rather than dropped, so a typo (`objecttype`) is named instead of silently ignored.
export const MAX_CLIENT_REQUEST_ID_LENGTH = 256;

export const clientRequestIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
  .check(
    z.minLength(1, { error: 'is empty', abort: true }),
    z.maxLength(MAX_CLIENT_REQUEST_ID_LENGTH, {
      error: `is longer than ${MAX_CLIENT_REQUEST_ID_LENGTH} characters`,
      abort: true,
    }),
    z.refine((id) => !CONTROL_CHARACTER.test(id), { error: 'holds a control character' }),
  );

export const integrationsQuerySchema = z.strictObject({});

export const entitySchemaQuerySchema = z.strictObject({
  integrationId: integrationIdSchema,
  objectType: objectTypeSchema,
});
export type EntitySchemaQuery = z.infer<typeof entitySchemaQuerySchema>;

/** `GET /api/sandbox/upload-sample?objectType=DEAL`: the sandbox's sample upload file. */
export const sampleUploadQuerySchema = z.strictObject({ objectType: objectTypeSchema });

export const requestStatusQuerySchema = z.strictObject({
  integrationId: integrationIdSchema,
  clientRequestId: clientRequestIdSchema,
});
export type RequestStatusQuery = z.infer<typeof requestStatusQuerySchema>;

// The answer schemas below only tell Gong's answers from something else (a portal page, another
// endpoint's JSON): they are deliberately loose, so a value Gong adds later still reaches the page.

export const integrationsResponseSchema = z.object({
  requestId: z.string(),
  integrations: z.array(
    z.object({
      // Gong writes it as a bare JSON number above 2^53, so this parsed value is rounded:
      // read the digits from the answer's text. z.number().int() would refuse it (unsafe integer).
      integrationId: z.union([z.number(), z.string()]),
      ownerEmail: z.nullish(z.string()),
      name: z.nullish(z.string()),
    }),
  ),
});

export const SCHEMA_FIELD_TYPES = [
  'DATE',
  'DATETIME',
  'NUMBER',
  'PERCENT',
  'CURRENCY',
  'ID',
  'URL',
  'STRING',
  'BOOLEAN',
  'PHONENUMBER',
  'EMAILADDRESS',
  'PICKLIST',
  'REFERENCE',
  'STRINGARRAY',
] as const;
export type SchemaFieldType = (typeof SCHEMA_FIELD_TYPES)[number];

/**
 * One declared field. Gong's spec example answers `name` and nulls, while its schema requires
 * `uniqueName` and types the rest as non-null: either is accepted until a real answer settles it.
 */
export const schemaFieldSchema = z
  .object({
    name: z.optional(z.string()),
    uniqueName: z.optional(z.string()),
    label: z.nullish(z.string()),
    type: z.string(),
    lastModified: z.nullish(z.string()),
    isDeleted: z.nullish(z.boolean()),
    referenceTo: z.nullish(z.string()),
    orderedValueList: z.nullish(z.array(z.string())),
  })
  .check(
    z.refine((field) => field.name !== undefined || field.uniqueName !== undefined, {
      error: 'a field has neither name nor uniqueName',
    }),
  );
export type SchemaField = z.infer<typeof schemaFieldSchema>;

export const entitySchemaResponseSchema = z.object({
  requestId: z.string(),
  objectTypeToSelectedFields: z.record(z.string(), z.array(schemaFieldSchema)),
});

export const REQUEST_STATUSES = ['PENDING', 'IN_PROGRESS', 'DONE', 'FAILED'] as const;
/** Gong lists at most this many line errors, whatever totalErrorCount says. */
export const MAX_LISTED_LINE_ERRORS = 20;

export const requestStatusResponseSchema = z.object({
  requestId: z.string(),
  // Any string: a status Gong adds later should be shown, not turned into a 502.
  status: z.string(),
  errors: z.nullish(z.array(z.object({ line: z.number(), description: z.string() }))),
  totalErrorCount: z.nullish(z.number()),
  totalSuccessCount: z.nullish(z.number()),
});
export type RequestStatusResponse = z.infer<typeof requestStatusResponseSchema>;

export const configResponseSchema = z.object({
  mode: z.enum(['sandbox', 'gong']),
  upstreamHost: z.string(),
  rateLimitPerSecond: z.number(),
  maxIdsPerCall: z.number(),
  /**
   * Where this server wrote its API token (CRM_INSPECTOR_STATE_DIR): the path, never the token,
   * so Copy proxy curl reads the file this server wrote.
   */
  apiTokenFile: z.optional(z.string()),
  /** Present in sandbox mode: an integration and ids the built-in data answers. */
  sandbox: z.optional(
    z.object({
      integrationId: z.string(),
      sampleIds: z.record(objectTypeSchema, z.array(z.string())),
    }),
  ),
});
export type ConfigResponse = z.infer<typeof configResponseSchema>;

/** Response header telling how many upstream attempts a proxied call took. */
/**
 * GET /api/usage: the calls this proxy sent to Gong today (UTC), retries included, and the
 * company's daily allowance (GONG_DAILY_LIMIT). Gong says nothing of what is left, and the
 * company's integrations spend the same allowance: the page says so.
 */
export const usageResponseSchema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  calls: z.number().check(z.int(), z.nonnegative()),
  dailyLimit: z.number().check(z.int(), z.positive()),
});
export type UsageResponse = z.infer<typeof usageResponseSchema>;

export const ATTEMPTS_HEADER = 'x-upstream-attempts';

/**
 * Turns zod issues into one plain sentence per bad field, e.g. `objectsCrmIds[3]: an id is empty`.
 * `noun` names what unknown keys are: body fields, or query parameters.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  noun: 'field' | 'query parameter' = 'field',
): string[] {
  return issues.map((issue) => {
    const where = issue.path
      .map((key, index) =>
        typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
      )
      .join('');
    if (issue.code === 'unrecognized_keys') {
      return `${where ? `${where}: ` : ''}unknown ${noun}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    }
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
