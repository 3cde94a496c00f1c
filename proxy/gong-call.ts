// The retry policy around one proxied call. These calls only read, so repeating one is safe;
// what is not safe is hiding from the user how long Gong asked us to wait.
import { isUtf8 } from 'node:buffer';
import type { z } from 'zod/mini';
import { UpstreamFailure, type UpstreamRequest, type UpstreamResponse } from './gong-client';
import { abortError, QueueFullError, type RateLimiter, type Slot } from './rate-limiter';
import { quoteUpstream } from './redact';

export interface CallPolicy {
  /** Retries after a 5xx or a broken connection. */
  maxServerRetries: number;
  backoffBaseMs: number;
  /** Total Retry-After waiting one call may do before the 429 goes back to the caller. */
  maxRetryAfterWaitMs: number;
}

export const DEFAULT_POLICY: CallPolicy = {
  maxServerRetries: 2,
  backoffBaseMs: 300,
  maxRetryAfterWaitMs: 60_000,
};

export interface CallDeps {
  send: (request: UpstreamRequest) => Promise<UpstreamResponse>;
  limiter: RateLimiter;
  policy?: CallPolicy;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Parts of the credential: upstream text holding any of them is never quoted or logged. */
  secrets?: readonly string[];
  /** Told of every request about to go to Gong, retries included: Gong's daily allowance. */
  usage?: { count: () => void };
}

export interface CallOutcome {
  status: number;
  /** Gong's bytes untouched when Gong answered well, else the proxy's own error JSON. */
  body: Buffer | string;
  retryAfter?: string;
  attempts: number;
  requestId?: string;
}

const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);
const MIN_RETRY_AFTER_WAIT_MS = 1000;

export async function callGong(
  deps: CallDeps,
  request: UpstreamRequest,
  answerSchema: z.ZodMiniType,
): Promise<CallOutcome> {
  const policy = deps.policy ?? DEFAULT_POLICY;
  const sleep = deps.sleep ?? abortableSleep;
  const random = deps.random ?? Math.random;
  let attempts = 0;
  let serverRetries = 0;
  let retryAfterWaitedMs = 0;

  for (;;) {
    let slot: Slot;
    try {
      slot = await deps.limiter.acquire(request.signal);
    } catch (error) {
      if (error instanceof QueueFullError) return proxyError(503, [error.message], attempts);
      throw error;
    }
    attempts += 1;
    deps.usage?.count();
    let response: UpstreamResponse;
    try {
      response = await deps.send({ ...request, onSent: slot.markSent });
    } catch (error) {
      slot.markDone('failed');
      if (!(error instanceof UpstreamFailure)) throw error;
      const failure = error;
      if (failure.kind === 'connection' && serverRetries < policy.maxServerRetries) {
        serverRetries += 1;
        await sleep(backoffMs(policy, serverRetries, random), request.signal);
        continue;
      }
      return failureOutcome(failure, attempts);
    }
    // Gong's 429 widens the pacing margin; any other answer (200 or an error) narrows it.
    slot.markDone(response.status === 429 ? 'refused' : 'answered');

    if (response.status === 429) {
      const header = response.headers['retry-after'];
      // At least a second: a Retry-After of 0 or of a past date would otherwise never add to
      // the waiting total, and one call could retry for as long as Gong keeps saying 429.
      const waitMs = Math.max(MIN_RETRY_AFTER_WAIT_MS, retryAfterMs(header));
      if (retryAfterWaitedMs + waitMs <= policy.maxRetryAfterWaitMs) {
        retryAfterWaitedMs += waitMs;
        await sleep(waitMs, request.signal);
        continue;
      }
      return {
        ...passThroughError(response, attempts, deps.secrets ?? []),
        retryAfter: typeof header === 'string' ? header : String(Math.ceil(waitMs / 1000)),
      };
    }
    if (RETRYABLE_STATUSES.has(response.status) && serverRetries < policy.maxServerRetries) {
      serverRetries += 1;
      await sleep(backoffMs(policy, serverRetries, random), request.signal);
      continue;
    }
    const secrets = deps.secrets ?? [];
    if (response.status === 200) return checkedAnswer(response, attempts, answerSchema, secrets);
    return passThroughError(response, attempts, secrets);
  }
}

/** Exponential backoff with full jitter, so parallel callers don't retry in lockstep. */
function backoffMs(policy: CallPolicy, retry: number, random: () => number): number {
  const ceiling = policy.backoffBaseMs * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After is seconds, or an HTTP date; absent or garbled, wait a second. */
export function retryAfterMs(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return 1000;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}

function checkedAnswer(
  response: UpstreamResponse,
  attempts: number,
  answerSchema: z.ZodMiniType,
  secrets: readonly string[],
): CallOutcome {
  // Checked apart from the JSON (read as Latin-1 below): bytes that are not UTF-8 would reach the
  // page as U+FFFD, not as what Gong stored.
  if (!isUtf8(response.body)) {
    return proxyError(
      502,
      [
        `Gong answered 200 but its body is not valid UTF-8 (${describeContentType(response, secrets)})`,
      ],
      attempts,
    );
  }
  const json = parseJson(response.body);
  if (json === undefined) {
    return proxyError(
      502,
      [`Gong answered 200 but its body is not JSON (${describeContentType(response, secrets)})`],
      attempts,
    );
  }
  const requestId = requestIdOf(json, secrets);
  if (!answerSchema.safeParse(json).success) {
    return proxyError(
      502,
      ['Gong answered 200 with JSON that is not the documented shape; nothing was changed'],
      attempts,
      requestId,
    );
  }
  return { status: 200, body: response.body, attempts, requestId };
}

function passThroughError(
  response: UpstreamResponse,
  attempts: number,
  secrets: readonly string[],
): CallOutcome {
  const json = parseJson(response.body);
  const errors = (json as { errors?: unknown } | undefined)?.errors;
  const isGongShape = Array.isArray(errors) && errors.every((item) => typeof item === 'string');
  if (response.status >= 300 && response.status < 400) {
    return proxyError(
      502,
      [`Gong answered a redirect (${response.status}); redirects are not followed`],
      attempts,
    );
  }
  if (isGongShape && response.status >= 400) {
    return {
      status: response.status,
      body: response.body,
      attempts,
      requestId: requestIdOf(json, secrets),
    };
  }
  const status = response.status >= 400 && response.status < 600 ? response.status : 502;
  return proxyError(
    status,
    [
      `Gong answered ${response.status} without its usual error body (${describeContentType(response, secrets)})`,
    ],
    attempts,
  );
}

function failureOutcome(failure: UpstreamFailure, attempts: number): CallOutcome {
  switch (failure.kind) {
    case 'timeout':
      return proxyError(504, [`${failure.message}; the call was not repeated`], attempts);
    case 'connection':
      return proxyError(502, [`${failure.message} (tried ${attempts} times)`], attempts);
    case 'too-large':
    case 'unsendable':
      return proxyError(502, [failure.message], attempts);
    case 'aborted':
      throw failure;
  }
}

function proxyError(
  status: number,
  errors: string[],
  attempts: number,
  requestId?: string,
): CallOutcome {
  const body = requestId === undefined ? { errors } : { requestId, errors };
  return { status, body: JSON.stringify(body), attempts, requestId };
}

/**
 * Gong's body, read only to check its shape (the bytes passed on stay Gong's). Decoded as
 * Latin-1, one character per byte: JSON's structure is all ASCII and UTF-8's other bytes occur
 * only inside strings, so this accepts exactly what a UTF-8 read would, at a third less cost
 * per call (bench/). A string taken from it must go through `fromLatin1` before use.
 */
function parseJson(body: Buffer): unknown {
  try {
    const text = body.toString('latin1');
    // A UTF-8 byte-order mark, as Latin-1: JSON has no room for it, but the page's reading does.
    return JSON.parse(text.startsWith('\u00ef\u00bb\u00bf') ? text.slice(3) : text);
  } catch {
    return undefined;
  }
}

const fromLatin1 = (text: string) => Buffer.from(text, 'latin1').toString('utf8');

function requestIdOf(json: unknown, secrets: readonly string[]): string | undefined {
  const id = (json as { requestId?: unknown } | null | undefined)?.requestId;
  return typeof id === 'string' ? quoteUpstream(fromLatin1(id), secrets) : undefined;
}

function describeContentType(response: UpstreamResponse, secrets: readonly string[]): string {
  const type = response.headers['content-type'];
  const quoted = type === undefined ? 'none' : quoteUpstream(type, secrets);
  return `content type ${quoted}, ${response.body.length} bytes`;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    // A sleep that ends must take its listener along: one call may sleep many times.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
