// Wires a validated Config into a running app: picks the upstream (Gong, or the built-in
// stand-in in sandbox mode), the shared rate limiter and the logger.
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { createApp } from './app';
import { type Config, Secret } from './config';
import { OBJECT_TYPES } from './contract';
import { DailyUsage, usageFilePath } from './daily-usage';
import { sendToGong, type UpstreamTarget } from './gong-client';
import { RateLimiter } from './rate-limiter';
import { secretParts } from './redact';
import { sampleUploadText } from './stand-in/sample-uploads';
import { SANDBOX_INTEGRATION_ID, sampleIds, startStandIn } from './stand-in/stand-in-gong';

export interface Runtime {
  app: ReturnType<typeof createApp>;
  upstream: UpstreamTarget;
  close: () => Promise<void>;
}

/** Calls allowed to wait for a slot: about a minute of work at the configured rate. */
const QUEUE_SECONDS = 60;

export async function startRuntime(
  config: Config,
  options: { log: (line: string) => void; page?: MiddlewareHandler },
): Promise<Runtime> {
  let upstream: UpstreamTarget;
  let closeUpstream = async () => {};
  let sandbox: Parameters<typeof createApp>[1]['sandbox'];
  if (config.upstream.mode === 'sandbox') {
    // A fresh random token per start: the sandbox still exercises real authentication.
    const token = randomBytes(24).toString('base64url');
    const standIn = await startStandIn({
      auth: { bearerToken: token },
      rateLimitPerSecond: config.rateLimitPerSecond,
    });
    upstream = { baseUrl: new URL(standIn.url), authorization: new Secret(`Bearer ${token}`) };
    closeUpstream = () => standIn.close();
    sandbox = {
      integrationId: SANDBOX_INTEGRATION_ID,
      sampleIds: Object.fromEntries(
        OBJECT_TYPES.map((type) => [type, sampleIds(type, 20)]),
      ) as Record<(typeof OBJECT_TYPES)[number], string[]>,
    };
  } else {
    upstream = config.upstream;
  }
  const limiter = new RateLimiter({
    perSecond: config.rateLimitPerSecond,
    maxWaiting: config.rateLimitPerSecond * QUEUE_SECONDS,
  });
  // The sandbox counts too (the page says it is the sandbox's count), in a file of its own.
  const usage = await DailyUsage.open({
    file: usageFilePath(config.stateDir, config.upstream.mode),
    dailyLimit: config.dailyLimit,
    log: options.log,
  });
  const app = createApp(config, {
    send: (request) => sendToGong(upstream, request),
    usage,
    secrets: secretParts(upstream.authorization),
    limiter,
    upstreamHost: config.upstream.mode === 'sandbox' ? 'sandbox' : upstream.baseUrl.host,
    sandbox,
    ...(config.upstream.mode === 'sandbox' ? { sampleUpload: sampleUploadText } : {}),
    log: options.log,
    page: options.page,
  });
  return {
    app,
    upstream,
    close: async () => {
      await usage.flush();
      await closeUpstream();
    },
  };
}
