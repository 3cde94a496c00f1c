// A broken upstream or a slow client must not freeze the proxy, and what Gong sends back is
// never quoted with the credential in it. Real sockets throughout.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { MAX_OBJECTS_IN_ANSWER } from './contract';
import { DEFAULT_SOCKET_LIMITS } from './http-server';
import { SANDBOX_INTEGRATION_ID, sampleIds, startStandIn } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';
import { rawRequest, startTestProxy } from './test-support';

const TOKEN = 'hardening-token-5b9e2d';
const pair = gongPairForThisFile({ token: TOKEN, proxy: { rateLimitPerSecond: 50 } });

const entities = () =>
  pair.proxy.postEntities({
    integrationId: SANDBOX_INTEGRATION_ID,
    objectType: 'ACCOUNT',
    objectsCrmIds: sampleIds('ACCOUNT', 2),
  });

/** Polls /api/config while `work` runs; returns the longest gap between two answers. */
async function maxPollGap(work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  let last = performance.now();
  let maxGap = 0;
  while (!done) {
    await fetch(`${pair.proxy.url}/api/config`).then((response) => response.arrayBuffer());
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }
  return maxGap;
}

describe('a broken upstream', () => {
  it('an answer past 8 MB is cut off while streaming, with a 502 that says so', async () => {
    pair.standIn.injectFaults({ kind: 'oversized', megabytes: 200 });
    const call = entities();
    const gap = await maxPollGap(call);
    const response = await call;
    expect(response.status).toBe(502);
    expect((await response.json()).errors[0]).toMatch(/too large \(over 8 MB\)/);
    expect(pair.standIn.calls).toHaveLength(1);
    // Generous: the bound is the point, not the figure (bench/ reports timings).
    expect(gap).toBeLessThan(1000);
  });

  it(`a map of more than ${MAX_OBJECTS_IN_ANSWER} objects is refused with a 502`, async () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}":null`).join(',');
    const body = `{"requestId":"r1","crmObjectsMap":{${keys}}}`;
    pair.standIn.injectFaults({
      kind: 'status',
      status: 200,
      body,
      headers: { 'content-type': 'application/json' },
    });
    const call = entities();
    const gap = await maxPollGap(call);
    const response = await call;
    expect(response.status).toBe(502);
    expect((await response.json()).errors[0]).toMatch(/not the documented shape/);
    expect(gap).toBeLessThan(1000);
  });
});

describe('upstream text in messages and logs', () => {
  it('a Content-Type echoing the token is withheld, a long one is cut', async () => {
    pair.standIn.injectFaults(
      { kind: 'status', status: 200, body: 'x', headers: { 'content-type': `text/${TOKEN}` } },
      {
        kind: 'status',
        status: 200,
        body: 'x',
        headers: { 'content-type': `text/${'a'.repeat(5000)}` },
      },
    );
    const echoed = await (await entities()).text();
    expect(echoed).not.toContain(TOKEN.slice(4, 16));
    expect(echoed).toMatch(/withheld/);
    const long = await (await entities()).text();
    expect(long.length).toBeLessThan(1000);
  });

  it('a requestId holding the token is neither answered nor logged', async () => {
    pair.standIn.injectFaults({
      kind: 'status',
      status: 200,
      body: `{"requestId":"leak-${TOKEN}","data":1}`,
      headers: { 'content-type': 'application/json' },
    });
    const text = await (await entities()).text();
    expect(text).not.toContain('leak-');
    expect(pair.proxy.logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('slow clients', () => {
  it('the real server has every timeout and a connection cap', () => {
    expect(DEFAULT_SOCKET_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_SOCKET_LIMITS.maxConnections).toBeGreaterThan(0);
  });

  it('a socket trickling its headers is closed', async () => {
    const standIn = await startStandIn({ auth: { bearerToken: TOKEN }, rateLimitPerSecond: null });
    const proxy = await startTestProxy({
      upstreamUrl: standIn.url,
      authorization: `Bearer ${TOKEN}`,
      socketLimits: { headersTimeoutMs: 500, requestTimeoutMs: 1000 },
    });
    try {
      const socket = connect(proxy.port, '127.0.0.1');
      socket.write(`GET /api/config HTTP/1.1\r\nHost: 127.0.0.1:${proxy.port}\r\n`);
      const trickle = setInterval(() => socket.write('x-a: b\r\n'), 100);
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk;
      });
      await new Promise<void>((resolve) => socket.on('close', () => resolve()));
      clearInterval(trickle);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await proxy.close();
      await standIn.close();
    }
  }, 20_000);
});

describe('PORT=80', () => {
  it('accepts the port-less Host a browser sends for a default port', async () => {
    const standIn = await startStandIn({ auth: { bearerToken: TOKEN }, rateLimitPerSecond: null });
    const proxy = await startTestProxy({
      upstreamUrl: standIn.url,
      authorization: `Bearer ${TOKEN}`,
      configuredPort: 80,
    });
    try {
      for (const host of ['127.0.0.1', 'localhost', 'localhost:80']) {
        const answer = await rawRequest(proxy.port, { path: '/api/config', headers: { host } });
        expect(answer.status).toBe(200);
      }
      const foreign = await rawRequest(proxy.port, {
        path: '/api/config',
        headers: { host: 'evil.example' },
      });
      expect(foreign.status).toBe(403);
    } finally {
      await proxy.close();
      await standIn.close();
    }
  });
});

describe('headers', () => {
  it('X-Frame-Options is DENY and there is no HSTS', async () => {
    const answer = await rawRequest(pair.proxy.port, { path: '/api/config' });
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('config at start', () => {
  it('a bad GONG_BASE_URL is described, not quoted', () => {
    const value = 'sekrit-key-pasted-here';
    const result = parseConfig({ GONG_BEARER_TOKEN: 'abc', GONG_BASE_URL: value });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.join('\n')).toMatch(/GONG_BASE_URL: is not a URL/);
    expect(errors.join('\n')).not.toContain(value);
  });
});
