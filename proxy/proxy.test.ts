// The proxy against a real stand-in Gong over real sockets: what arrives at "Gong", what comes
// back to the caller, and how failures are retried or reported.
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_HEADER } from './contract';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';
import { startTestProxy, TOKEN_HEADER } from './test-support';

const TOKEN = 'proxy-test-token';

const pair = gongPairForThisFile({
  token: TOKEN,
  proxy: {
    rateLimitPerSecond: 50,
    timeoutMs: 800,
  },
});

const dealIds = () => sampleIds('DEAL', 3);
const request = (ids = dealIds()) => ({
  integrationId: SANDBOX_INTEGRATION_ID,
  objectType: 'DEAL',
  objectsCrmIds: ids,
});

describe('forwarding', () => {
  it('sends the ids as the JSON body of a GET with the credential, and only the known query', async () => {
    const ids = dealIds();
    const response = await pair.proxy.postEntities(request(ids), {
      'x-forwarded-host': 'evil.example',
    });
    expect(response.status).toBe(200);
    expect(pair.standIn.calls).toHaveLength(1);
    const call = pair.standIn.calls[0];
    expect(call?.method).toBe('GET');
    expect(call?.path).toBe('/v2/crm/entities');
    expect(call?.query).toEqual({ integrationId: SANDBOX_INTEGRATION_ID, objectType: 'DEAL' });
    expect(JSON.parse(call?.body ?? '')).toEqual(ids);
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(ids))));
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['x-forwarded-host']).toBeUndefined();
  });

  it("answers Gong's body byte for byte, so integers above 2^53 survive", async () => {
    const ids = sampleIds('DEAL', 20);
    const response = await pair.proxy.postEntities(request(ids));
    const text = await response.text();
    expect(response.headers.get(ATTEMPTS_HEADER)).toBe('1');
    // The stand-in's sample data holds 9007199254740993 (2^53 + 1); JSON.parse would print ...992.
    expect(text).toMatch(/:\s*9007199254740993\b/);
    const direct = await directCall(ids);
    expect(stripRequestId(text)).toBe(stripRequestId(direct));
  });

  it("keeps Gong's null for an id it does not know", async () => {
    const response = await pair.proxy.postEntities(request(['no-such-id-123']));
    const body = await response.json();
    expect(body.crmObjectsMap).toEqual({ 'no-such-id-123': null });
  });

  it('refuses 101 ids itself instead of letting Gong answer only 100', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `id-${index}`);
    const response = await pair.proxy.postEntities(request(ids));
    expect(response.status).toBe(400);
    expect((await response.json()).errors.join(' ')).toMatch(/more than 100 ids/);
    expect(pair.standIn.calls).toHaveLength(0);
  });

  it('names every bad field in one 400 and does not call Gong', async () => {
    // As a curl user might send it: the integration id as a JSON number, which would be rounded.
    const response = await pair.proxy.postEntities(
      '{"integrationId":2271307570613351879,"objectType":"deal","objectsCrmIds":[]}',
    );
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(
      /integrationId: .*digits[\s\S]*objectType: [\s\S]*objectsCrmIds: is empty/,
    );
    expect(pair.standIn.calls).toHaveLength(0);
  });

  it('answers invalid JSON with a 400 that says so', async () => {
    const response = await pair.proxy.postEntities('{"integrationId": ');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatch(/not valid JSON/);
  });

  it('tells the page its mode and limits, and no secret', async () => {
    const response = await fetch(`${pair.proxy.url}/api/config`, { headers: TOKEN_HEADER });
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      mode: 'gong',
      rateLimitPerSecond: 50,
      maxIdsPerCall: 100,
    });
    expect(text).not.toContain(TOKEN);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('upstream statuses', () => {
  it.each([400, 401, 403, 404, 415])(
    "passes Gong's %i through with its error body",
    async (status) => {
      const body = JSON.stringify({ requestId: 'req-x', errors: [`status ${status} from Gong`] });
      pair.standIn.injectFaults({
        kind: 'status',
        status,
        body,
        headers: { 'content-type': 'application/json' },
      });
      const response = await pair.proxy.postEntities(request());
      expect(response.status).toBe(status);
      expect(await response.text()).toBe(body);
      expect(pair.standIn.calls).toHaveLength(1);
    },
  );

  it('waits out a 429 Retry-After and retries', async () => {
    pair.standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(200);
    expect(response.headers.get(ATTEMPTS_HEADER)).toBe('2');
    const [first, second] = pair.standIn.calls;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("answers a 429 at once, with Gong's Retry-After, when waiting would pass 60 s", async () => {
    pair.standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 120 });
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect((await response.json()).errors).toBeInstanceOf(Array);
    expect(pair.standIn.calls).toHaveLength(1);
  });

  it('retries a 500 and succeeds', async () => {
    pair.standIn.injectFaults({ kind: 'status', status: 500 });
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(200);
    expect(response.headers.get(ATTEMPTS_HEADER)).toBe('2');
  });

  it('gives up on a persistent 503 after two retries and passes it on', async () => {
    pair.standIn.injectFaults(
      ...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(503);
    expect(response.headers.get(ATTEMPTS_HEADER)).toBe('3');
    expect((await response.json()).errors.length).toBeGreaterThan(0);
    expect(pair.standIn.calls).toHaveLength(3);
  });

  it('answers 504 when Gong hangs, without retrying', async () => {
    pair.standIn.injectFaults({ kind: 'hang' });
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(504);
    expect((await response.json()).errors[0]).toMatch(/did not answer within 800 ms/);
    expect(pair.standIn.calls).toHaveLength(1);
  });

  it('counts a slow body against the timeout too', async () => {
    pair.standIn.injectFaults({ kind: 'slow-body', chunkDelayMs: 300 });
    const response = await pair.proxy.postEntities(request(sampleIds('DEAL', 10)));
    expect(response.status).toBe(504);
  });

  it('retries a reset connection, then answers 502 when it keeps happening', async () => {
    pair.standIn.injectFaults({ kind: 'reset' });
    expect((await pair.proxy.postEntities(request())).status).toBe(200);
    pair.standIn.reset();
    pair.standIn.injectFaults({ kind: 'reset' }, { kind: 'reset-mid-body' }, { kind: 'reset' });
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(502);
    expect((await response.json()).errors[0]).toMatch(/tried 3 times/);
  });

  it.each([
    ['html-200', /not JSON/],
    ['truncated-json', /not JSON/],
    ['wrong-shape', /not the documented shape/],
  ] as const)('answers 502 for a %s answer', async (kind, message) => {
    pair.standIn.injectFaults({ kind });
    const response = await pair.proxy.postEntities(request());
    expect(response.status).toBe(502);
    expect((await response.json()).errors[0]).toMatch(message);
  });

  it('answers 502 when Gong is down', async () => {
    const down = await startTestProxy({
      upstreamUrl: 'http://127.0.0.1:9',
      authorization: 'Bearer x',
    });
    try {
      const response = await down.postEntities(request());
      expect(response.status).toBe(502);
      expect((await response.json()).errors[0]).toMatch(/refused the connection/);
    } finally {
      await down.close();
    }
  });
});

async function directCall(ids: string[]): Promise<string> {
  const { request: httpRequest } = await import('node:http');
  const body = JSON.stringify(ids);
  const url = `${pair.standIn.url}/v2/crm/entities?integrationId=${SANDBOX_INTEGRATION_ID}&objectType=DEAL`;
  return new Promise((resolve, reject) => {
    httpRequest(
      url,
      {
        method: 'GET',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    )
      .on('error', reject)
      .end(body);
  });
}

const stripRequestId = (text: string) => text.replace(/"requestId":"[^"]*"/, '');
