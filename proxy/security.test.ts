// The guards of a local server holding a Gong credential, tried with real requests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './answer-headers';
import { servePage } from './page';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';
import { rawRequest, TEST_API_TOKEN } from './test-support';

const TOKEN = 'sekrit-token-7f3a9c';

const pair = gongPairForThisFile(() => {
  const pageRoot = mkdtempSync(path.join(tmpdir(), 'crm-inspector-page-'));
  writeFileSync(path.join(pageRoot, 'index.html'), '<!doctype html><title>page</title>');
  return {
    token: TOKEN,
    proxy: {
      rateLimitPerSecond: 50,
      page: servePage(pageRoot, TEST_API_TOKEN),
    },
  };
});

const validBody = JSON.stringify({
  integrationId: SANDBOX_INTEGRATION_ID,
  objectType: 'ACCOUNT',
  objectsCrmIds: sampleIds('ACCOUNT', 2),
});
const post = (headers: Record<string, string>, body = validBody, target = '/api/crm/entities') =>
  rawRequest(pair.proxy.port, { method: 'POST', path: target, headers, body });

describe('request guards', () => {
  it("accepts the page's own requests", async () => {
    const answer = await post({ 'content-type': 'application/json', origin: pair.proxy.url });
    expect(answer.status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:' + '5174', '127.0.0.1:1', 'localhost.evil.example'])(
    'refuses Host %s with 403 (DNS rebinding)',
    async (host) => {
      const answer = await post({ 'content-type': 'application/json', host });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).errors[0]).toMatch(/is not this server/);
    },
  );

  it('accepts localhost and [::1] names with the right port', async () => {
    for (const name of ['localhost', '[::1]']) {
      const answer = await rawRequest(pair.proxy.port, {
        path: '/api/config',
        headers: { host: `${name}:${pair.proxy.port}` },
      });
      expect(answer.status).toBe(200);
    }
  });

  it.each(['https://evil.example', 'null', 'http://localhost:1'])(
    'refuses Origin %s with 403',
    async (origin) => {
      const answer = await post({ 'content-type': 'application/json', origin });
      expect(answer.status).toBe(403);
    },
  );

  it('refuses a cross-site fetch even without Origin', async () => {
    const answer = await post({
      'content-type': 'application/json',
      'sec-fetch-site': 'cross-site',
    });
    expect(answer.status).toBe(403);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
  ])('refuses content type "%s" with 415', async (type) => {
    const answer = await post(type ? { 'content-type': type } : {});
    expect(answer.status).toBe(415);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const answer = await post(
      { 'content-type': 'application/json' },
      `"${'x'.repeat(2 * 1024 * 1024)}"`,
    );
    expect(answer.status).toBe(413);
  });

  it.each([
    'http://evil.example/api/config',
    '/api/%2e%2e/index.html',
    '/api/crm/..%2fconfig',
    '/api\\config',
  ])('refuses the request target %s with 400', async (target) => {
    const answer = await rawRequest(pair.proxy.port, { path: target });
    expect(answer.status).toBe(400);
  });

  it('answers unknown /api paths with a JSON 404, and other methods with 405', async () => {
    const unknown = await rawRequest(pair.proxy.port, { path: '/api/crm/entities/delete' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/json/);
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await rawRequest(pair.proxy.port, { method, path: '/api/crm/entities' });
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('POST');
    }
    expect(pair.standIn.calls).toHaveLength(0);
  });
});

/** A request written byte for byte, so that a header can be sent twice; answers its status. */
async function statusOfRawRequest(port: number, head: string[], body = ''): Promise<number> {
  const socket = connect(port, '127.0.0.1');
  // Written, not ended: a half-closed socket reads as a caller that went away. `Connection:
  // close` makes the server end it after its answer.
  socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  let answer = '';
  for await (const chunk of socket) answer += String(chunk);
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
}

describe('a header sent twice', () => {
  const own = () => `Host: 127.0.0.1:${pair.proxy.port}`;
  const token = `x-crm-inspector-token: ${TEST_API_TOKEN}`;

  it('refuses two Hosts, whichever comes first', async () => {
    for (const hosts of [
      [own(), 'Host: evil.example'],
      ['Host: evil.example', own()],
    ]) {
      const head = ['GET /api/config HTTP/1.1', ...hosts, token, 'Connection: close'];
      expect(await statusOfRawRequest(pair.proxy.port, head), hosts.join(' + ')).toBe(403);
    }
    const once = ['GET /api/config HTTP/1.1', own(), token, 'Connection: close'];
    expect(await statusOfRawRequest(pair.proxy.port, once)).toBe(200);
  });

  it('refuses two Content-Types, whichever comes first', async () => {
    const body = JSON.stringify({
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL',
      objectsCrmIds: sampleIds('DEAL', 1),
    });
    const post = (types: string[]) => [
      'POST /api/crm/entities HTTP/1.1',
      own(),
      token,
      ...types,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
    ];
    const json = 'Content-Type: application/json';
    const text = 'Content-Type: text/plain';
    expect(await statusOfRawRequest(pair.proxy.port, post([json, text]), body)).toBe(415);
    expect(await statusOfRawRequest(pair.proxy.port, post([text, json]), body)).toBe(415);
    expect(await statusOfRawRequest(pair.proxy.port, post([json]), body)).toBe(200);
    expect(pair.standIn.calls).toHaveLength(1);
  });
});

describe('headers and secrets', () => {
  it('serves the page with a self-only CSP and never caches API answers', async () => {
    const page = await rawRequest(pair.proxy.port, { path: '/any/route' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>page</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const api = await rawRequest(pair.proxy.port, { path: '/api/config' });
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('gives every answer the security headers: the page, a proxied answer, an error', async () => {
    const body = JSON.stringify({
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL',
      objectsCrmIds: sampleIds('DEAL', 2),
    });
    const json = { 'content-type': 'application/json' };
    const answers = {
      page: await rawRequest(pair.proxy.port, { path: '/' }),
      proxied: await rawRequest(pair.proxy.port, {
        method: 'POST',
        path: '/api/crm/entities',
        headers: json,
        body,
      }),
      refused: await rawRequest(pair.proxy.port, {
        method: 'POST',
        path: '/api/crm/entities',
        headers: json,
        body: '{',
      }),
      unknown: await rawRequest(pair.proxy.port, { path: '/api/nothing' }),
      noToken: await rawRequest(pair.proxy.port, { path: '/api/config', token: false }),
    };
    expect(answers.proxied.status).toBe(200);
    expect(answers.refused.status).toBe(400);
    for (const [name, answer] of Object.entries(answers)) {
      for (const [header, value] of Object.entries(SECURITY_HEADERS)) {
        expect(answer.headers[header], `${name}: ${header}`).toBe(value);
      }
      if (name !== 'page') expect(answer.headers['cache-control'], name).toBe('no-store');
    }
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'x-frame-options',
        'x-content-type-options',
      ]),
    );
  });

  it('keeps the credential out of every answer and log line', async () => {
    pair.standIn.injectFaults({ kind: 'status', status: 401 }, { kind: 'html-200' });
    const answers = [
      await post({ 'content-type': 'application/json' }),
      await post({ 'content-type': 'application/json' }),
      await post({ 'content-type': 'application/json' }),
      await rawRequest(pair.proxy.port, { path: '/api/config' }),
      await post({ 'content-type': 'application/json', host: 'evil.example' }),
    ];
    const encoded = Buffer.from(TOKEN).toString('base64');
    for (const text of [
      ...answers.map((a) => a.body + JSON.stringify(a.headers)),
      ...pair.proxy.logs,
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(encoded);
    }
    expect(
      pair.proxy.logs.some((line) =>
        /^POST \/api\/crm\/entities 200 \d+ms requestId=\S+/.test(line),
      ),
    ).toBe(true);
    expect(pair.proxy.logs.every((line) => !line.includes('?'))).toBe(true);
  });
});
