import { Hono, type MiddlewareHandler } from 'hono';
import { noStore, securityHeaders } from './answer-headers';
import { apiTokenFilePath } from './api-token-file';
import type { Config } from './config';
import {
  type ConfigResponse,
  MAX_IDS_PER_CALL,
  type ObjectType,
  sampleUploadQuerySchema,
} from './contract';
import { crmRoutes, methodNotAllowed, type ProxyEnv } from './crm-routes';
import type { DailyUsage } from './daily-usage';
import type { CallDeps } from './gong-call';
import { logText } from './log-text';
import {
  allowedHostsFor,
  checkApiOrigin,
  checkApiToken,
  checkHost,
  rejectOddTargets,
} from './security';

export interface AppDeps extends CallDeps {
  /** Where calls go, for /api/config: the host only, never the credential. */
  upstreamHost: string;
  sandbox?: ConfigResponse['sandbox'];
  /** Today's calls to Gong, counted by callGong and kept across restarts. */
  usage: DailyUsage;
  /** Sandbox mode only: the sample upload file of a type (LDJSON), for Try a sample upload. */
  sampleUpload?: (objectType: ObjectType) => string;
  log: (line: string) => void;
  /** Serves the built page; absent in tests and in `vite` dev, where Vite serves it. */
  page?: MiddlewareHandler;
}

export function createApp(
  config: Pick<
    Config,
    'host' | 'port' | 'upstream' | 'rateLimitPerSecond' | 'timeoutMs' | 'apiToken'
  > &
    Partial<Pick<Config, 'stateDir'>>,
  deps: AppDeps,
) {
  const configAnswer: ConfigResponse = {
    mode: config.upstream.mode,
    upstreamHost: deps.upstreamHost,
    rateLimitPerSecond: config.rateLimitPerSecond,
    maxIdsPerCall: MAX_IDS_PER_CALL,
    ...(config.stateDir !== undefined && {
      apiTokenFile: apiTokenFilePath(config.stateDir, config.port),
    }),
    sandbox: deps.sandbox,
  };

  const api = new Hono<ProxyEnv>()
    // First, so that the guards' refusals are not kept by a cache either.
    .use(noStore)
    .use(checkApiOrigin)
    .use(checkApiToken(config.apiToken))
    .get('/config', (c) => c.json(configAnswer, 200))
    .get('/usage', (c) => c.json(deps.usage.snapshot(), 200))
    .route('/crm', crmRoutes(config.timeoutMs, deps))
    .get('/sandbox/upload-sample', (c) => {
      if (!deps.sampleUpload) {
        return c.json({ errors: ['sample upload files exist in sandbox mode only'] }, 404);
      }
      const query = sampleUploadQuerySchema.safeParse(c.req.query());
      if (!query.success) {
        return c.json(
          {
            errors: query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
          },
          400,
        );
      }
      return c.body(deps.sampleUpload(query.data.objectType), 200, {
        'content-type': 'application/x-ndjson; charset=utf-8',
      });
    })
    .all('/config', (c) => methodNotAllowed(c, 'GET'))
    .all('/usage', (c) => methodNotAllowed(c, 'GET'))
    .all('*', (c) =>
      c.json({ errors: [`there is no API route ${c.req.method} ${c.req.path}`] }, 404),
    );

  const app = new Hono<ProxyEnv>()
    .use(requestLog(deps.log))
    .use(securityHeaders)
    .use(rejectOddTargets)
    .use(checkHost(allowedHostsFor(config.host, config.port)))
    .route('/api', api);

  if (deps.page) app.use(deps.page);

  app.onError((error, c) => {
    if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
    deps.log(
      logText(`unexpected error on ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`),
    );
    return c.json({ errors: ['the proxy failed unexpectedly; its log says more'] }, 500);
  });
  return app;
}

/** Method, path (never the query), status, duration and Gong's requestId: nothing more. */
function requestLog(log: (line: string) => void): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(0);
    const requestId = c.get('requestId');
    const attempts = c.get('attempts');
    const extra = `${requestId ? ` requestId=${requestId}` : ''}${attempts && attempts > 1 ? ` attempts=${attempts}` : ''}`;
    log(logText(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms${extra}`));
  };
}
