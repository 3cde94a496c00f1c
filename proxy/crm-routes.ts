// The /api/crm routes: each checks its input, then makes exactly one kind of read-only GET to
// Gong. Gong's path and query keys are written here, never taken from the caller.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod/mini';
import { apiAnswer } from './answer-headers';
import {
  ATTEMPTS_HEADER,
  describeIssues,
  type EntitiesRequest,
  entitiesRequestSchema,
  entitiesResponseSchema,
  entitySchemaQuerySchema,
  entitySchemaResponseSchema,
  integrationsQuerySchema,
  integrationsResponseSchema,
  isPlainEntitiesRequest,
  requestStatusQuerySchema,
  requestStatusResponseSchema,
} from './contract';
import { type CallDeps, type CallOutcome, callGong } from './gong-call';
import type { UpstreamRequest } from './gong-client';
import { headerOf } from './request-headers';
import { requireJsonBody } from './security';

export type ProxyEnv = { Variables: { requestId?: string; attempts?: number } };

type GongRead = Pick<UpstreamRequest, 'path' | 'query' | 'body'>;

const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (c: Context) => c.json({ errors: ['the body is larger than 1 MB'] }, 413);
const limitStreamedBody = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });

/**
 * bodyLimit reads `c.req.raw.body`, which makes @hono/node-server build a whole web Request
 * around the socket: about 0.15 ms of every call (bench/). A Content-Length alone bounds the
 * body (Node's parser reads no further), so only a chunked body needs bodyLimit's counting.
 */
const limitBody: MiddlewareHandler = (c, next) => {
  const length = headerOf(c, 'content-length');
  if (length === undefined || headerOf(c, 'transfer-encoding') !== undefined) {
    return limitStreamedBody(c, next);
  }
  return Number(length) > MAX_BODY_BYTES ? Promise.resolve(tooLarge(c)) : next();
};

export function crmRoutes(timeoutMs: number, deps: CallDeps) {
  const forward = async (c: Context<ProxyEnv>, read: GongRead, answerSchema: z.ZodMiniType) =>
    answer(c, await callGong(deps, { ...read, timeoutMs, signal: c.req.raw.signal }, answerSchema));

  /** A route whose whole input is its query string, forwarded to Gong as a GET with no body. */
  const readByQuery =
    (
      path: string,
      querySchema: z.ZodMiniType<Record<string, string>>,
      answerSchema: z.ZodMiniType,
    ) =>
    async (c: Context<ProxyEnv>) => {
      // Hono serves HEAD with the GET handler: a HEAD must not spend a call of Gong's quota.
      if (c.req.method !== 'GET') return methodNotAllowed(c, 'GET');
      const parsed = parseQuery(c.req.queries(), querySchema);
      if (!parsed.success) return c.json({ errors: parsed.errors }, 400);
      return forward(c, { path, query: parsed.query }, answerSchema);
    };

  return new Hono<ProxyEnv>()
    .post('/entities', requireJsonBody, limitBody, async (c) => {
      let json: unknown;
      try {
        json = JSON.parse(await c.req.text());
      } catch (error) {
        const reason = (error as Error).message;
        return c.json({ errors: [`the body is not valid JSON (${reason})`] }, 400);
      }
      let body: EntitiesRequest;
      if (isPlainEntitiesRequest(json)) body = json;
      else {
        const parsed = entitiesRequestSchema.safeParse(json);
        if (!parsed.success) return c.json({ errors: describeIssues(parsed.error.issues) }, 400);
        body = parsed.data;
      }
      const { integrationId, objectType, objectsCrmIds } = body;
      const query = { integrationId, objectType };
      const read = { path: '/v2/crm/entities', query, body: JSON.stringify(objectsCrmIds) };
      return forward(c, read, entitiesResponseSchema);
    })
    .get(
      '/integrations',
      readByQuery('/v2/crm/integrations', integrationsQuerySchema, integrationsResponseSchema),
    )
    .get(
      '/entity-schema',
      readByQuery('/v2/crm/entity-schema', entitySchemaQuerySchema, entitySchemaResponseSchema),
    )
    .get(
      '/request-status',
      readByQuery('/v2/crm/request-status', requestStatusQuerySchema, requestStatusResponseSchema),
    )
    .all('/entities', (c) => methodNotAllowed(c, 'POST'))
    .all('/integrations', (c) => methodNotAllowed(c, 'GET'))
    .all('/entity-schema', (c) => methodNotAllowed(c, 'GET'))
    .all('/request-status', (c) => methodNotAllowed(c, 'GET'));
}

type ParsedQuery =
  | { success: true; query: Record<string, string> }
  | { success: false; errors: string[] };

/** A parameter given twice is refused: which of the two Gong would read is anyone's guess. */
function parseQuery(
  given: Record<string, string[]>,
  schema: z.ZodMiniType<Record<string, string>>,
): ParsedQuery {
  const errors = Object.entries(given)
    .filter(([, values]) => values.length > 1)
    .map(([name, values]) => `${name}: given ${values.length} times; give it once`);
  const firsts = Object.fromEntries(
    Object.entries(given).map(([name, values]) => [name, values[0]]),
  );
  const parsed = schema.safeParse(firsts);
  if (!parsed.success) errors.push(...describeIssues(parsed.error.issues, 'query parameter'));
  return parsed.success && errors.length === 0
    ? { success: true, query: parsed.data }
    : { success: false, errors };
}

function answer(c: Context<ProxyEnv>, outcome: CallOutcome): Response {
  c.set('requestId', outcome.requestId);
  c.set('attempts', outcome.attempts);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    [ATTEMPTS_HEADER]: String(outcome.attempts),
  };
  if (outcome.retryAfter !== undefined) headers['retry-after'] = outcome.retryAfter;
  // Gong's bytes go out untouched: re-serialising would round integers above 2^53. A Buffer is
  // a Uint8Array over an ArrayBuffer: no copy of Gong's 64 kB on every call.
  const body =
    typeof outcome.body === 'string' ? outcome.body : (outcome.body as Uint8Array<ArrayBuffer>);
  return apiAnswer(body, outcome.status, headers);
}

export function methodNotAllowed(c: Context, allow: string): Response {
  c.header('allow', allow);
  return c.json({ errors: [`${c.req.method} is not served here; use ${allow}`] }, 405);
}
