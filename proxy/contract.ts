// The proxy's own API, shared by the server and the page. Imports zod only, so the page can
// import it without pulling server code into its bundle.
import { z } from 'zod';

export const OBJECT_TYPES = ['ACCOUNT', 'CONTACT', 'DEAL', 'LEAD'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** Gong answers only the first 100 ids of a call and drops the rest without a word. */
export const MAX_IDS_PER_CALL = 100;
/** Gong documents object ids of at most 64 characters; some CRMs use longer emails as ids. */
export const MAX_ID_LENGTH = 256;

const INT64_MAX = 9223372036854775807n;

// Integration ids exceed 2^53, so they stay digit strings: Number() would round them.
export const integrationIdSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : 'must be a string of digits (not a JSON number: it would be rounded)',
  })
  .regex(/^\d{1,19}$/, { error: 'must be 1 to 19 digits', abort: true })
  .refine((digits) => BigInt(digits) <= INT64_MAX, {
    error: 'is above the largest int64 (9223372036854775807)',
  });

export const objectTypeSchema = z.enum(OBJECT_TYPES, {
  error: (issue) =>
    issue.input === undefined
      ? 'is missing'
      : `must be one of ${OBJECT_TYPES.join(', ')} (upper case)`,
});

export const crmIdSchema = z
  .string({ error: 'must be a string' })
  .min(1, { error: 'is empty', abort: true })
  .max(MAX_ID_LENGTH, { error: `is longer than ${MAX_ID_LENGTH} characters`, abort: true })
  .refine((id) => id.trim() === id, { error: 'has spaces at its start or end' })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  .refine((id) => !/[\u0000-\u001f\u007f]/.test(id), { error: 'holds a control character' });

export const entitiesRequestSchema = z.strictObject(
  {
    integrationId: integrationIdSchema,
    objectType: objectTypeSchema,
    objectsCrmIds: z
      .array(crmIdSchema, {
        error: (issue) =>
          issue.input === undefined ? 'is missing' : 'must be an array of id strings',
      })
      .min(1, { error: 'is empty: give at least one id' })
      .max(MAX_IDS_PER_CALL, {
        error: `holds more than ${MAX_IDS_PER_CALL} ids: Gong would silently answer only the first ${MAX_IDS_PER_CALL}; split them into calls of ${MAX_IDS_PER_CALL}`,
        abort: true,
      })
      .refine((ids) => new Set(ids).size === ids.length, {
        error: 'holds the same id twice (Gong expects unique ids)',
      }),
  },
  { error: 'the body must be a JSON object' },
);
export type EntitiesRequest = z.infer<typeof entitiesRequestSchema>;

/** Every error the proxy or Gong answers: Gong's own shape, `requestId` when Gong made it. */
export const errorBodySchema = z.object({
  requestId: z.string().optional(),
  errors: z.array(z.string()),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Gong's 200 answer. Field values are whatever the integration uploaded. */
export const entitiesResponseSchema = z.object({
  requestId: z.string(),
  crmObjectsMap: z.record(z.string(), z.record(z.string(), z.unknown()).nullable()),
});

export const configResponseSchema = z.object({
  mode: z.enum(['sandbox', 'gong']),
  upstreamHost: z.string(),
  rateLimitPerSecond: z.number(),
  maxIdsPerCall: z.number(),
  /** Present in sandbox mode: an integration and ids the built-in data answers. */
  sandbox: z
    .object({
      integrationId: z.string(),
      sampleIds: z.record(objectTypeSchema, z.array(z.string())),
    })
    .optional(),
});
export type ConfigResponse = z.infer<typeof configResponseSchema>;

/** Response header telling how many upstream attempts a proxied call took. */
export const ATTEMPTS_HEADER = 'x-upstream-attempts';

/** Turns zod issues into one plain sentence per bad field, e.g. `objectsCrmIds[3]: an id is empty`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.path
      .map((key, index) =>
        typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
      )
      .join('');
    if (issue.code === 'unrecognized_keys') {
      return `${where ? `${where}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    }
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
