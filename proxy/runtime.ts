// Wires a validated Config into a running app: the calls to Gong (upstream.ts: Gong or the
// built-in stand-in in sandbox mode, the shared rate limiter, the daily count) and the logger.
import type { MiddlewareHandler } from 'hono';
import { createApp } from './app';
import type { Config } from './config';
import { OBJECT_TYPES } from './contract';
import type { UpstreamTarget } from './gong-client';
import { sampleUploadText } from './stand-in/sample-uploads';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { openGongCalls } from './upstream';

export interface Runtime {
  app: ReturnType<typeof createApp>;
  upstream: UpstreamTarget;
  close: () => Promise<void>;
}

export async function startRuntime(
  config: Config,
  options: { log: (line: string) => void; page?: MiddlewareHandler },
): Promise<Runtime> {
  const gong = await openGongCalls(config, options.log);
  const sandbox: Parameters<typeof createApp>[1]['sandbox'] =
    config.upstream.mode === 'sandbox'
      ? {
          integrationId: SANDBOX_INTEGRATION_ID,
          sampleIds: Object.fromEntries(
            OBJECT_TYPES.map((type) => [type, sampleIds(type, 20)]),
          ) as Record<(typeof OBJECT_TYPES)[number], string[]>,
        }
      : undefined;
  const app = createApp(config, {
    ...gong.deps,
    upstreamHost: gong.host,
    sandbox,
    ...(config.upstream.mode === 'sandbox' ? { sampleUpload: sampleUploadText } : {}),
    log: options.log,
    page: options.page,
  });
  return { app, upstream: gong.target, close: gong.close };
}
