// The three query-string routes against a real stand-in Gong over real sockets: what arrives at
// "Gong", what comes back, which inputs are refused before any call, and how failures behave.
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_HEADER } from './contract';
import { busiestWindow } from './load/stats';
import {
  missingScope,
  SANDBOX_INTEGRATION_ID,
  sampleIds,
  startStandIn,
} from './stand-in/stand-in-gong';
import { send } from './stand-in/test-client';
import { gongPairForThisFile } from './test-pair';
import { rawRequest, startTestProxy, TOKEN_HEADER } from './test-support';

const TOKEN = 'crm-routes-token';

const pair = gongPairForThisFile({
  token: TOKEN,
  proxy: {
    rateLimitPerSecond: 50,
    timeoutMs: 800,
  },
});

const get = (route: string, query = '') =>
  fetch(`${pair.proxy.url}/api/crm/${route}${query}`, { headers: TOKEN_HEADER });
const queryOf = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
const ID = SANDBOX_INTEGRATION_ID;
const stripRequestId = (text: string) => text.replace(/"requestId":"[^"]*"/, '');

const ROUTES = [
  ['integrations', {}],
  ['entity-schema', { integrationId: ID, objectType: 'DEAL' }],
  ['request-status', { integrationId: ID, clientRequestId: 'sample-failed' }],
] as const;

describe('forwarding', () => {
  it.each(ROUTES)(
    'GET /api/crm/%s calls Gong with its query, no body and no content headers',
    async (route, query) => {
      const response = await get(route, queryOf(query));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get(ATTEMPTS_HEADER)).toBe('1');
      expect(pair.standIn.calls).toHaveLength(1);
      const call = pair.standIn.calls[0];
      expect(call).toMatchObject({ method: 'GET', path: `/v2/crm/${route}`, query, body: '' });
      expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(call?.headers['content-type']).toBeUndefined();
      expect(call?.headers['content-length']).toBeUndefined();
      expect(call?.headers['transfer-encoding']).toBeUndefined();
      // Gong's answer, byte for byte.
      const direct = await send(`${pair.standIn.url}/v2/crm/${route}${queryOf(query)}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(stripRequestId(await response.text())).toBe(stripRequestId(direct.text));
    },
  );

  it('keeps every digit of the int64 integration id Gong writes as a bare number', async () => {
    const text = await (await get('integrations')).text();
    expect(text).toContain(`"integrationId":${ID},`);
    // What any JSON.parse on the way would have made of it:
    expect(String(JSON.parse(text).integrations[0].integrationId)).not.toBe(ID);
  });

  it('encodes the clientRequestId, so it cannot add or change parameters', async () => {
    const clientRequestId = `up&integrationId=1#x y/ü`;
    const response = await get('request-status', queryOf({ integrationId: ID, clientRequestId }));
    expect(response.status).toBe(404);
    expect(pair.standIn.calls[0]?.query).toEqual({ integrationId: ID, clientRequestId });
    expect((await response.json()).errors[0]).toContain(clientRequestId);
  });

  it("passes Gong's 401 for a missing OAuth scope through unchanged", async () => {
    const fault = missingScope('api:crm:schema');
    pair.standIn.injectFaults(fault);
    const response = await get('entity-schema', queryOf(ROUTES[1][1]));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe(fault.kind === 'status' ? fault.body : '');
    expect(pair.standIn.calls).toHaveLength(1);
  });

  it.each([
    ['integrations', '{"requestId":"r1","crmObjectsMap":{}}'],
    ['entity-schema', '{"requestId":"r2","integrations":[]}'],
    ['request-status', '{"requestId":"r3","objectTypeToSelectedFields":{}}'],
  ] as const)(
    "holds a 200 from Gong for %s to that route's own answer shape",
    async (route, body) => {
      pair.standIn.injectFaults({ kind: 'status', status: 200, body });
      const response = await get(
        route,
        queryOf(ROUTES.find(([name]) => name === route)?.[1] ?? {}),
      );
      expect(response.status).toBe(502);
      expect((await response.json()).errors[0]).toMatch(/not the documented shape/);
    },
  );
});

describe('validation', () => {
  it.each([
    [
      'entity-schema',
      '?integrationId=2271307570613351879x&objectType=deal&objecttype=DEAL',
      [
        'integrationId: must be 1 to 19 digits',
        'objectType: must be one of ACCOUNT, CONTACT, DEAL, LEAD (upper case)',
        'unknown query parameter "objecttype"',
      ],
    ],
    ['entity-schema', '', ['integrationId: is missing', 'objectType: is missing']],
    [
      'entity-schema',
      `?integrationId=9223372036854775808&objectType=DEAL`,
      ['integrationId: is above the largest int64 (9223372036854775807)'],
    ],
    [
      'entity-schema',
      `?integrationId=${ID}&objectType=DEAL&objectType=LEAD`,
      ['objectType: given 2 times; give it once'],
    ],
    ['request-status', `?integrationId=${ID}`, ['clientRequestId: is missing']],
    ['request-status', `?integrationId=${ID}&clientRequestId=`, ['clientRequestId: is empty']],
    [
      'request-status',
      `?integrationId=${ID}&clientRequestId=a%0Ab`,
      ['clientRequestId: holds a control character'],
    ],
    [
      'request-status',
      `?integrationId=${ID}&clientRequestId=${'x'.repeat(257)}`,
      ['clientRequestId: is longer than 256 characters'],
    ],
    ['integrations', `?integrationId=${ID}&x=1`, ['unknown query parameters "integrationId", "x"']],
  ])(
    'GET /api/crm/%s%s: 400 naming every bad input, and no call to Gong',
    async (route, query, errors) => {
      const response = await get(route, query);
      expect(response.status).toBe(400);
      expect((await response.json()).errors).toEqual(errors);
      expect(pair.standIn.calls).toHaveLength(0);
    },
  );

  it('accepts a clientRequestId of exactly 256 characters', async () => {
    const clientRequestId = 'x'.repeat(256);
    const response = await get('request-status', queryOf({ integrationId: ID, clientRequestId }));
    expect(response.status).toBe(404); // Gong's answer: the stand-in knows no such upload
    expect(pair.standIn.calls).toHaveLength(1);
  });

  it.each(ROUTES)(
    'answers every method but GET on /api/crm/%s with 405, Allow: GET',
    async (route, query) => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
        const answer = await rawRequest(pair.proxy.port, {
          method,
          path: `/api/crm/${route}${queryOf(query)}`,
        });
        expect(answer.status, method).toBe(405);
        expect(answer.headers.allow).toBe('GET');
      }
      expect(pair.standIn.calls).toHaveLength(0);
    },
  );
});

describe('guards', () => {
  // A GET is a "simple" request any page may send: only the guards stand between it and Gong.
  it.each([
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
    { host: 'evil.example' },
  ] as Record<string, string>[])(
    'refuses %o with 403 on every GET route, without calling Gong',
    async (headers) => {
      for (const [route, query] of ROUTES) {
        const answer = await rawRequest(pair.proxy.port, {
          path: `/api/crm/${route}${queryOf(query)}`,
          headers,
        });
        expect(answer.status, route).toBe(403);
      }
      expect(pair.standIn.calls).toHaveLength(0);
    },
  );
});

describe('upstream failures on the GET routes', () => {
  it('retries a 500 and succeeds', async () => {
    pair.standIn.injectFaults({ kind: 'status', status: 500 });
    const response = await get('request-status', queryOf(ROUTES[2][1]));
    expect(response.status).toBe(200);
    expect(response.headers.get(ATTEMPTS_HEADER)).toBe('2');
    expect(pair.standIn.calls.map((call) => call.status)).toEqual([500, 200]);
  });

  it('waits out a 429 Retry-After and retries', async () => {
    pair.standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const response = await get('entity-schema', queryOf(ROUTES[1][1]));
    expect(response.status).toBe(200);
    const [first, second] = pair.standIn.calls;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('answers 504 when Gong hangs, without retrying', async () => {
    pair.standIn.injectFaults({ kind: 'hang' });
    const response = await get('integrations');
    expect(response.status).toBe(504);
    expect((await response.json()).errors[0]).toMatch(/did not answer within 800 ms/);
    expect(pair.standIn.calls).toHaveLength(1);
  });

  it('logs the path and requestId, never the query', async () => {
    const secretish = 'upload-2025-customer-acme';
    await get('request-status', queryOf({ integrationId: ID, clientRequestId: secretish }));
    const line = pair.proxy.logs.at(-1) ?? '';
    expect(line).toMatch(/^GET \/api\/crm\/request-status 404 \d+ms requestId=[0-9a-z]{19}$/);
    expect(pair.proxy.logs.join('\n')).not.toContain(secretish);
  });
});

describe('pacing', () => {
  it('shares one rate limit across all four routes', async () => {
    const paced = await startStandIn({ auth: { bearerToken: TOKEN }, rateLimitPerSecond: 3 });
    const pacedProxy = await startTestProxy({
      upstreamUrl: paced.url,
      authorization: `Bearer ${TOKEN}`,
      rateLimitPerSecond: 3,
    });
    try {
      const body = { integrationId: ID, objectType: 'DEAL', objectsCrmIds: sampleIds('DEAL', 2) };
      const calls = [0, 1].flatMap(() => [
        pacedProxy.postEntities(body),
        ...ROUTES.map(([route, query]) =>
          fetch(`${pacedProxy.url}/api/crm/${route}${queryOf(query)}`, { headers: TOKEN_HEADER }),
        ),
      ]);
      const statuses = await Promise.all(calls.map((call) => call.then((r) => r.status)));
      expect(statuses).toEqual(Array(8).fill(200));
      // Separate limits per route would let more than 3 through at once, and Gong would 429.
      expect(paced.calls.map((call) => call.status)).toEqual(Array(8).fill(200));
      expect(busiestWindow(paced.calls.map((call) => call.receivedAt))).toBe(3);
    } finally {
      await pacedProxy.close();
      await paced.close();
    }
  });
});
