import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ObjectType } from '../contract';
import { errorAnswer, writeAnswer } from './answers';
import type { StandInAuth } from './auth';
import { answerControl } from './control';
import { type Delays, drawDelay, NO_DELAYS } from './delays';
import { answerWithFault, type Fault } from './faults';
import { answerGong } from './gong-routes';
import { createObjectStore } from './object-store';
import { createRateWindow } from './rate-window';
import { readBody } from './read-body';

export type { Delays } from './delays';
export { type Fault, missingScope } from './faults';
export { SANDBOX_INTEGRATION_ID, sampleIds } from './sample-data';

export interface StandInOptions {
  auth: StandInAuth;
  /** Calls per sliding second before answering 429; null = unlimited. Default 3 (Gong's documented default). */
  rateLimitPerSecond?: number | null;
  /** Retry-After seconds sent with the stand-in's own 429s. Default 1. */
  retryAfterSeconds?: number;
  host?: string;
  port?: number;
  /** Enable /__control routes (only for the standalone e2e server). Default false. */
  control?: boolean;
  /** Latency and arrival jitter of Gong's API calls (not of /__control). Default none. */
  delays?: Delays;
  /** The clock calls are counted by (ms); tests freeze it so a busy machine cannot spread them. */
  now?: () => number;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /**
   * performance.timeOrigin + performance.now() when the request arrived: when it was received,
   * plus the arrival jitter. Gong counts it for the rate limit then.
   */
  receivedAt: number;
  /** What the client saw; 0 while unanswered or when the socket was destroyed first. */
  status: number;
}

export interface StandIn {
  url: string;
  port: number;
  /** Every request to the Gong API received, in order, faulted ones included. */
  calls: RecordedCall[];
  /** Queue faults: each applies to one next request to /v2/..., in order. */
  injectFaults(...faults: Fault[]): void;
  /** Replace (fields object) or delete (null) one stored object, e.g. to test before/after compares. */
  setObject(objectType: ObjectType, id: string, fields: Record<string, unknown> | null): void;
  /** Latency and arrival jitter from now on. */
  setDelays(delays: Delays): void;
  delays(): Delays;
  /** Clear calls, faults, the rate window, and restore the sample data and the start's delays. */
  reset(): void;
  /** Closes the server, destroying any hung sockets. */
  close(): Promise<void>;
}

// Longer than a client's keep-alive, so the stand-in never closes an idle socket just as
// the proxy reuses it: that race would show up as random ECONNRESETs in the proxy's tests.
const KEEP_ALIVE_MS = 60_000;

export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const store = createObjectStore();
  const rateWindow = createRateWindow(
    options.rateLimitPerSecond === undefined ? 3 : options.rateLimitPerSecond,
  );
  const context = {
    auth: options.auth,
    rateWindow,
    store,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
  };
  const faults: Fault[] = [];
  const calls: RecordedCall[] = [];
  let delays = options.delays ?? NO_DELAYS;
  const wallNow = options.now ?? (() => performance.timeOrigin + performance.now());

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const receiptAt = wallNow();
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const body = await readBody(req);
    if (body === 'aborted') return;
    if (body === 'too-large') {
      writeAnswer(res, errorAnswer(413, 'Request body too large'));
      return;
    }
    if (url.pathname.startsWith('/__control/') && options.control) {
      writeAnswer(res, answerControl(req.method ?? 'GET', url.pathname, body, standIn));
      return;
    }
    // Both drawn now, so a change of delays mid-call does not split one call between two.
    const latencyMs = drawDelay(delays.latency);
    const jitterMs = drawDelay(delays.arrivalJitter);
    if (jitterMs > 0) await sleep(jitterMs);
    const receivedAt = jitterMs > 0 ? wallNow() : receiptAt;
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body,
      receivedAt,
      status: 0,
    };
    calls.push(call);
    const gongRequest = {
      method: call.method,
      path: call.path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
      receivedAt,
    };
    const realAnswer = () => answerGong(gongRequest, context);
    const fault = url.pathname.startsWith('/v2/') ? faults.shift() : undefined;
    // A fault is answered on arrival: faults set their own timing (hang, slow body).
    if (fault) {
      call.status = answerWithFault(res, fault, realAnswer, () => rateWindow.count(receivedAt));
      return;
    }
    // Decided on arrival (the rate limit counts then), sent once the latency has passed.
    const answer = realAnswer();
    const untilAnswer = receiptAt + latencyMs - wallNow();
    if (untilAnswer > 0) await sleep(untilAnswer);
    if (res.destroyed) return;
    writeAnswer(res, answer);
    call.status = answer.status;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('stand-in Gong failed to answer', error);
      if (res.headersSent) res.destroy();
      else writeAnswer(res, errorAnswer(500, 'An error has occurred'));
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const standIn: StandIn = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    calls,
    injectFaults: (...more) => {
      faults.push(...more);
    },
    setObject: (objectType, id, fields) => store.set(objectType, id, fields),
    setDelays: (next) => {
      delays = next;
    },
    delays: () => delays,
    reset: () => {
      delays = options.delays ?? NO_DELAYS;
      calls.length = 0;
      faults.length = 0;
      rateWindow.clear();
      store.reset();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return standIn;
}
