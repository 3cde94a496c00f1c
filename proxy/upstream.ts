// The calls to Gong, as `npm start` (runtime.ts) and the command line (cli/) both make them:
// where they go (the Gong the configuration names or, in sandbox mode, a stand-in Gong started
// in this process), one client, one rate limiter for every caller, the retry policy of
// gong-call.ts, and the count of each request against Gong's daily allowance (daily-usage.ts).
import { randomBytes } from 'node:crypto';
import { type Config, Secret } from './config';
import { DailyUsage, usageFilePath } from './daily-usage';
import type { CallDeps } from './gong-call';
import { sendToGong, type UpstreamTarget } from './gong-client';
import { RateLimiter } from './rate-limiter';
import { secretParts } from './redact';
import { startStandIn } from './stand-in/stand-in-gong';

/** Calls allowed to wait for a slot: about a minute of work at the configured rate. */
const QUEUE_SECONDS = 60;

export interface GongCalls {
  target: UpstreamTarget;
  /** Shown to people: `sandbox`, or Gong's host. Never the credential. */
  host: string;
  /** What callGong needs; every request it sends is counted in `usage`. */
  deps: CallDeps & { usage: DailyUsage };
  /** Writes the day's count and stops the sandbox. */
  close: () => Promise<void>;
}

type GongConfig = Pick<Config, 'upstream' | 'rateLimitPerSecond' | 'dailyLimit' | 'stateDir'>;

async function openTarget(
  config: GongConfig,
): Promise<{ target: UpstreamTarget; host: string; close: () => Promise<void> }> {
  if (config.upstream.mode === 'gong') {
    const { baseUrl, authorization } = config.upstream;
    return { target: { baseUrl, authorization }, host: baseUrl.host, close: async () => {} };
  }
  // A fresh random token per start: the sandbox still exercises real authentication.
  const token = randomBytes(24).toString('base64url');
  const standIn = await startStandIn({
    auth: { bearerToken: token },
    rateLimitPerSecond: config.rateLimitPerSecond,
  });
  return {
    target: { baseUrl: new URL(standIn.url), authorization: new Secret(`Bearer ${token}`) },
    host: 'sandbox',
    close: () => standIn.close(),
  };
}

/** `log` hears of a usage file that cannot be read or written (never a reason to stop). */
export async function openGongCalls(
  config: GongConfig,
  log: (line: string) => void,
): Promise<GongCalls> {
  const { target, host, close } = await openTarget(config);
  // The sandbox counts too (the page says it is the sandbox's count), in a file of its own.
  const usage = await DailyUsage.open({
    file: usageFilePath(config.stateDir, config.upstream.mode),
    dailyLimit: config.dailyLimit,
    log,
  });
  return {
    target,
    host,
    deps: {
      send: (request) => sendToGong(target, request),
      secrets: secretParts(target.authorization),
      limiter: new RateLimiter({
        perSecond: config.rateLimitPerSecond,
        maxWaiting: config.rateLimitPerSecond * QUEUE_SECONDS,
      }),
      usage,
    },
    close: async () => {
      await usage.flush();
      await close();
    },
  };
}
