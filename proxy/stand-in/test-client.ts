// Test helper: real HTTP requests with a body on GET, which fetch refuses to send.
import { type IncomingHttpHeaders, request } from 'node:http';
import type { ObjectType } from '../contract';
import { SANDBOX_INTEGRATION_ID } from './sample-data';

export interface Reply {
  /** 0 when the connection failed before any status line. */
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as received, even when the connection broke part way. */
  text: string;
  /** Set when the connection broke, before or during the body, or the timeout hit. */
  error?: string;
  /** performance.now() of each body chunk's arrival. */
  chunkTimes: number[];
}

export interface SendOptions {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export function send(url: string, options: SendOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    // Without an explicit Content-Length, Node sends no body on a GET.
    headers['content-length'] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolve) => {
    const reply: Reply = { status: 0, headers: {}, text: '', chunkTimes: [] };
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (error?: string) => {
      if (done) return;
      done = true;
      reply.text = Buffer.concat(chunks).toString();
      if (error) reply.error = error;
      resolve(reply);
    };
    const req = request(url, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      reply.status = res.statusCode ?? 0;
      reply.headers = res.headers;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        reply.chunkTimes.push(performance.now());
      });
      res.on('end', () => finish());
      res.on('error', (error) => finish(error.message));
      res.on('close', () => finish(res.complete ? undefined : 'closed before the body ended'));
    });
    req.on('error', (error) => finish(error.message));
    req.setTimeout(options.timeoutMs ?? 5000, () => req.destroy(new Error('timeout')));
    req.end(options.body);
  });
}

export const basicAuth = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

export function entitiesUrl(
  baseUrl: string,
  objectType: ObjectType | string,
  integrationId: string = SANDBOX_INTEGRATION_ID,
): string {
  const query = new URLSearchParams({ integrationId, objectType });
  return `${baseUrl}/v2/crm/entities?${query}`;
}

export const TEST_AUTH = {
  basic: { accessKey: 'test-key', accessKeySecret: 'test-secret' },
  bearerToken: 'test-token',
};
export const TEST_BASIC = basicAuth('test-key', 'test-secret');

/** GET /v2/crm/entities with ids in the body and valid basic auth. */
export function getEntities(baseUrl: string, objectType: ObjectType, ids: readonly string[]) {
  return send(entitiesUrl(baseUrl, objectType), {
    body: JSON.stringify(ids),
    headers: { authorization: TEST_BASIC },
  });
}
