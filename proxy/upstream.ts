// Where the calls to Gong go and how they are paced: the Gong the configuration names or, in
// sandbox mode, a stand-in Gong started in this process. `npm start` (runtime.ts) and the command
// line (cli/) both open it here, so both call Gong through one client, one pacing and one retry
// policy (gong-call.ts).
import { randomBytes } from 'node:crypto';
import { type Config, Secret } from './config';
import type { CallDeps } from './gong-call';
import { sendToGong, type UpstreamTarget } from './gong-client';
import { RateLimiter } from './rate-limiter';
import { secretParts } from './redact';
import { startStandIn } from './stand-in/stand-in-gong';

/** Calls allowed to wait for a slot: about a minute of work at the configured rate. */
const QUEUE_SECONDS = 60;

export interface OpenUpstream {
  target: UpstreamTarget;
  /** Shown to people: `sandbox`, or Gong's host. Never the credential. */
  host: string;
  close: () => Promise<void>;
}

export async function openUpstream(
  config: Pick<Config, 'upstream' | 'rateLimitPerSecond'>,
): Promise<OpenUpstream> {
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

/**
 * What callGong needs: the client, one limiter for every caller, and what never to quote. Every
 * call to Gong, the server's and the command line's, is sent through the `send` made here: the
 * place where each attempt is counted against Gong's daily allowance.
 */
export function gongCallDeps(target: UpstreamTarget, rateLimitPerSecond: number): CallDeps {
  return {
    send: (request) => sendToGong(target, request),
    secrets: secretParts(target.authorization),
    limiter: new RateLimiter({
      perSecond: rateLimitPerSecond,
      maxWaiting: rateLimitPerSecond * QUEUE_SECONDS,
    }),
  };
}
