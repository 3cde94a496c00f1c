// One HTTP attempt against Gong. node:http(s) rather than fetch: Gong wants the ids as the body
// of a GET, and fetch (browser and undici alike) refuses a body on GET.
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Secret } from './config';

export interface UpstreamTarget {
  baseUrl: URL;
  authorization: Secret;
}

export interface UpstreamRequest {
  /** A path this proxy knows, e.g. `/v2/crm/entities`; never taken from the caller. */
  path: string;
  query: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called once the request has been fully written to the socket. */
  onSent?: () => void;
}

export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type UpstreamFailureKind = 'timeout' | 'connection' | 'too-large' | 'unsendable' | 'aborted';

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamFailure';
  }
}

/**
 * Far above any real answer of 100 objects; stops a broken upstream from filling memory and
 * bounds what JSON.parse and the shape check do in one turn of the event loop.
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
const TOO_LARGE = `Gong's answer was too large (over ${MAX_ANSWER_BYTES / 1024 / 1024} MB); it was not read further`;

// Keep-alive saves a TLS handshake per call; Gong's rate limit keeps the pool small anyway.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

export function sendToGong(
  target: UpstreamTarget,
  request: UpstreamRequest,
): Promise<UpstreamResponse> {
  const url = new URL(request.path, target.baseUrl);
  url.search = new URLSearchParams(request.query).toString();
  const headers: Record<string, string | number> = {
    accept: 'application/json',
    authorization: target.authorization.reveal(),
    'user-agent': 'crm-inspector',
  };
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    // Without an explicit length Node sends a GET with no body at all.
    headers['content-length'] = Buffer.byteLength(request.body);
  }
  const transport = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];

  return new Promise((resolve, reject) => {
    let outgoing: http.ClientRequest;
    try {
      outgoing = transport.request(url, { method: 'GET', headers, agent }, (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        if (Number(incoming.headers['content-length']) > MAX_ANSWER_BYTES) {
          fail('too-large', TOO_LARGE);
          return;
        }
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            fail('too-large', TOO_LARGE);
            return;
          }
          chunks.push(chunk);
        });
        incoming.on('end', () => {
          clearTimeout(timer);
          request.signal?.removeEventListener('abort', onAbort);
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          });
        });
        incoming.on('error', () => fail('connection', 'the connection to Gong broke mid-answer'));
        incoming.on('aborted', () => fail('connection', 'the connection to Gong broke mid-answer'));
      });
    } catch (error) {
      // Node refuses a header it cannot send before any socket or timer exists; thrown from
      // here it used to leave the timer below to fire on nothing and end the process.
      reject(
        new UpstreamFailure(
          'unsendable',
          `the request to Gong could not be made (${(error as Error).message})`,
        ),
      );
      return;
    }
    const fail = (kind: UpstreamFailureKind, message: string) => {
      clearTimeout(timer);
      // Rejected first: destroying the socket reports a broken connection of its own, which
      // must not win over the reason it was destroyed for.
      reject(new UpstreamFailure(kind, message));
      outgoing.destroy();
    };
    // Armed until the last byte of the body: a slow body is as much a hang as slow headers.
    const timer = setTimeout(
      () => fail('timeout', `Gong did not answer within ${request.timeoutMs} ms`),
      request.timeoutMs,
    );
    const onAbort = () => fail('aborted', 'the caller went away');
    request.signal?.addEventListener('abort', onAbort, { once: true });

    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof UpstreamFailure) return;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      reject(new UpstreamFailure('connection', describeConnectionError(error, url)));
    });
    if (request.onSent) outgoing.once('finish', request.onSent);
    outgoing.end(request.body);
  });
}

function describeConnectionError(error: NodeJS.ErrnoException, url: URL): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `${url.host} refused the connection`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${url.hostname} could not be found (DNS)`;
    case 'ECONNRESET':
      return `${url.host} closed the connection`;
    case 'ETIMEDOUT':
      return `${url.host} did not accept the connection in time`;
    default:
      return `could not reach ${url.host} (${error.code ?? error.message})`;
  }
}
