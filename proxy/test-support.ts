// Starts the real proxy on a real socket (port 0) in front of a stand-in Gong, for tests and
// benchmarks. The listening port is known before the app is built, so the Host check is real.
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { createApp } from './app';
import { Secret } from './config';
import { API_TOKEN_HEADER } from './contract';
import { DailyUsage } from './daily-usage';
import { type CallPolicy, DEFAULT_POLICY } from './gong-call';
import { sendToGong } from './gong-client';
import { createProxyServer, type SocketLimits, serveApp } from './http-server';
import type { MarginSettings } from './pacing-margin';
import { RateLimiter } from './rate-limiter';
import { secretParts } from './redact';
import { type Delays, type StandIn, startStandIn } from './stand-in/stand-in-gong';

/** The API token every test proxy requires; the helpers below send it unless told not to. */
export const TEST_API_TOKEN = 'test-api-token-0123456789abcdefghijklmnopqrstuv';
export const TOKEN_HEADER: Readonly<Record<string, string>> = {
  [API_TOKEN_HEADER]: TEST_API_TOKEN,
};

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request exactly as written: own Host header, absolute-form targets, any method. It carries
 * the test proxy's API token unless `token: false`, so each test checks its own guard.
 */
export function rawRequest(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    token?: boolean;
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      host: `127.0.0.1:${port}`,
      ...(options.token === false ? {} : TOKEN_HEADER),
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers,
        setHost: false,
        // A fresh connection each time: an early answer (413) may leave a shared one closed.
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

export interface TestProxy {
  url: string;
  port: number;
  logs: string[];
  usage: DailyUsage;
  /** The proxy's pacing, to read its margin in load runs. */
  limiter: RateLimiter;
  postEntities: (body: unknown, headers?: Record<string, string>) => Promise<Response>;
  close: () => Promise<void>;
}

export interface TestProxyOptions {
  upstreamUrl: string;
  authorization: string;
  rateLimitPerSecond?: number;
  maxWaiting?: number;
  timeoutMs?: number;
  policy?: Partial<CallPolicy>;
  page?: MiddlewareHandler;
  socketLimits?: Partial<SocketLimits>;
  /** The proxy's own port as the Host allowlist sees it, e.g. 80 behind a port forward. */
  configuredPort?: number;
  /** Where today's Gong calls are counted; a fresh file in a temporary folder by default. */
  usageFile?: string;
  dailyLimit?: number;
  /** The usage counter's clock, for day changes. */
  now?: () => Date;
  /** The pacing margin's settings, to try others than the default (proxy/load/latency-pacing.ts). */
  margin?: MarginSettings;
}

export async function startTestProxy(options: TestProxyOptions): Promise<TestProxy> {
  const server = createProxyServer(options.socketLimits);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = new URL(options.upstreamUrl);
  const upstream = { baseUrl, authorization: new Secret(options.authorization) };
  const rateLimitPerSecond = options.rateLimitPerSecond ?? 3;
  const logs: string[] = [];
  // Never the user's state folder: a test's calls are not Gong's.
  const ownStateDir =
    options.usageFile === undefined
      ? await mkdtemp(path.join(tmpdir(), 'crm-inspector-test-'))
      : undefined;
  const usage = await DailyUsage.open({
    file: options.usageFile ?? path.join(ownStateDir ?? '', 'gong-usage.json'),
    dailyLimit: options.dailyLimit ?? 10_000,
    log: (line) => logs.push(line),
    now: options.now,
  });
  const limiter = new RateLimiter({
    perSecond: rateLimitPerSecond,
    maxWaiting: options.maxWaiting ?? rateLimitPerSecond * 60,
    margin: options.margin,
  });
  const app = createApp(
    {
      host: '127.0.0.1',
      port: options.configuredPort ?? port,
      upstream: { mode: 'gong', ...upstream },
      rateLimitPerSecond,
      timeoutMs: options.timeoutMs ?? 5_000,
      apiToken: TEST_API_TOKEN,
    },
    {
      send: (request) => sendToGong(upstream, request),
      secrets: secretParts(upstream.authorization),
      limiter,
      usage,
      policy: { ...DEFAULT_POLICY, backoffBaseMs: 20, ...options.policy },
      upstreamHost: baseUrl.host,
      log: (line) => logs.push(line),
      page: options.page,
    },
  );
  serveApp(server, app.fetch, (line) => logs.push(line));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    logs,
    usage,
    limiter,
    postEntities: (body, headers = {}) =>
      fetch(`${url}/api/crm/entities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...TOKEN_HEADER, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
        .then(() => usage.flush())
        .then(() => (ownStateDir ? rm(ownStateDir, { recursive: true, force: true }) : undefined)),
  };
}

export interface GongPair {
  standIn: StandIn;
  proxy: TestProxy;
  close: () => Promise<void>;
}

export interface GongPairOptions {
  token: string;
  /** The stand-in's own 429 threshold; null (the default here) never limits. */
  standInRateLimit?: number | null;
  /** The stand-in's latency and arrival jitter; none by default. */
  standInDelays?: Delays;
  proxy?: Omit<TestProxyOptions, 'upstreamUrl' | 'authorization'>;
}

/** A stand-in Gong and a real proxy in front of it, sharing one Bearer token. */
export async function startGongPair(options: GongPairOptions): Promise<GongPair> {
  const standIn = await startStandIn({
    auth: { bearerToken: options.token },
    rateLimitPerSecond: options.standInRateLimit ?? null,
    delays: options.standInDelays,
  });
  const proxy = await startTestProxy({
    ...options.proxy,
    upstreamUrl: standIn.url,
    authorization: `Bearer ${options.token}`,
  });
  return {
    standIn,
    proxy,
    close: async () => {
      await proxy.close();
      await standIn.close();
    },
  };
}
