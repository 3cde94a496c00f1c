import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './config';
import {
  ATTEMPTS_HEADER,
  type ConfigResponse,
  describeIssues,
  entitiesRequestSchema,
  entitiesResponseSchema,
  MAX_IDS_PER_CALL,
} from './contract';
import { type CallDeps, type CallOutcome, callGong } from './gong-call';
import type { UpstreamRequest } from './gong-client';
import { allowedHostsFor, checkApiOrigin, checkHost, rejectOddTargets, requireJsonBody } from './security';

export interface AppDeps extends CallDeps {
  /** Where calls go, for /api/config: the host only, never the credential. */
  upstreamHost: string;
  sandbox?: ConfigResponse['sandbox'];
  log: (line: string) => void;
  /** Serves the built page; absent in tests and in `vite` dev, where Vite serves it. */
  page?: MiddlewareHandler;
}

type Env = { Variables: { requestId?: string; attempts?: number } };

const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(config: Pick<Config, 'host' | 'port' | 'upstream' | 'rateLimitPerSecond' | 'timeoutMs'>, deps: AppDeps) {
  const configAnswer: ConfigResponse = {
    mode: config.upstream.mode,
    upstreamHost: deps.upstreamHost,
    rateLimitPerSecond: config.rateLimitPerSecond,
    maxIdsPerCall: MAX_IDS_PER_CALL,
    sandbox: deps.sandbox,
  };

  const proxied = async (
    c: Parameters<MiddlewareHandler<Env>>[0],
    request: Omit<UpstreamRequest, 'timeoutMs' | 'signal'>,
  ) => {
    const outcome = await callGong(
      deps,
      { ...request, timeoutMs: config.timeoutMs, signal: c.req.raw.signal },
      entitiesResponseSchema,
    );
    return answer(c, outcome);
  };

  const api = new Hono<Env>()
    .use(checkApiOrigin)
    .use(async (c, next) => {
      await next();
      c.header('cache-control', 'no-store');
    })
    .get('/config', (c) => c.json(configAnswer, 200))
    .post(
      '/crm/entities',
      requireJsonBody,
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => c.json({ errors: ['the body is larger than 1 MB'] }, 413),
      }),
      async (c) => {
        const text = await c.req.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          return c.json({ errors: [`the body is not valid JSON (${(error as Error).message})`] }, 400);
        }
        const parsed = entitiesRequestSchema.safeParse(json);
        if (!parsed.success) return c.json({ errors: describeIssues(parsed.error.issues) }, 400);
        const { integrationId, objectType, objectsCrmIds } = parsed.data;
        return proxied(c, {
          path: '/v2/crm/entities',
          query: { integrationId, objectType },
          body: JSON.stringify(objectsCrmIds),
        });
      },
    )
    .all('/config', (c) => methodNotAllowed(c, 'GET'))
    .all('/crm/entities', (c) => methodNotAllowed(c, 'POST'))
    .all('*', (c) => c.json({ errors: [`there is no API route ${c.req.method} ${c.req.path}`] }, 404));

  const app = new Hono<Env>()
    .use(requestLog(deps.log))
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
        referrerPolicy: 'no-referrer',
      }),
    )
    .use(rejectOddTargets)
    .use(checkHost(allowedHostsFor(config.host, config.port)))
    .route('/api', api);

  if (deps.page) app.use(deps.page);

  app.onError((error, c) => {
    if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
    deps.log(`unexpected error on ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`);
    return c.json({ errors: ['the proxy failed unexpectedly; its log says more'] }, 500);
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;

function answer(c: Parameters<MiddlewareHandler<Env>>[0], outcome: CallOutcome): Response {
  c.set('requestId', outcome.requestId);
  c.set('attempts', outcome.attempts);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    [ATTEMPTS_HEADER]: String(outcome.attempts),
  };
  if (outcome.retryAfter !== undefined) headers['retry-after'] = outcome.retryAfter;
  // Gong's bytes go out untouched: re-serialising would round integers above 2^53.
  const status = outcome.status as 200;
  return typeof outcome.body === 'string'
    ? c.body(outcome.body, status, headers)
    : c.body(new Uint8Array(outcome.body), status, headers);
}

function methodNotAllowed(c: Parameters<MiddlewareHandler>[0], allow: string): Response {
  c.header('allow', allow);
  return c.json({ errors: [`${c.req.method} is not served here; use ${allow}`] }, 405);
}

/** Method, path (never the query), status, duration and Gong's requestId: nothing more. */
function requestLog(log: (line: string) => void): MiddlewareHandler<Env> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(0);
    const requestId = c.get('requestId');
    const attempts = c.get('attempts');
    const extra = `${requestId ? ` requestId=${requestId}` : ''}${attempts && attempts > 1 ? ` attempts=${attempts}` : ''}`;
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms${extra}`);
  };
}
