// This tool only reads: whatever a request asks (another method, an odd path, a method-override
// header, a body where none belongs), Gong never sees anything but a GET to one of its four
// read paths. Gong's write calls share these paths (POST /v2/crm/entities uploads objects).
import { describe, expect, it } from 'vitest';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';
import { rawRequest } from './test-support';

const TOKEN = 'read-only-token';

const pair = gongPairForThisFile({
  token: TOKEN,
  proxy: {
    rateLimitPerSecond: 100,
  },
});

const ID = SANDBOX_INTEGRATION_ID;
const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const ENTITIES_BODY = JSON.stringify({
  integrationId: ID,
  objectType: 'DEAL',
  objectsCrmIds: sampleIds('DEAL', 2),
});
const JSON_HEADERS = { 'content-type': 'application/json' };
const allBut = (method: string) => ALL_METHODS.filter((other) => other !== method);

/** Each target with the methods that must not reach Gong through it. */
const REFUSED: [string, string[]][] = [
  ['/api/crm/entities?objectType=DEAL', allBut('POST')],
  ['/api/crm/integrations', allBut('GET')],
  [`/api/crm/entity-schema?integrationId=${ID}&objectType=DEAL`, allBut('GET')],
  [`/api/crm/request-status?integrationId=${ID}&clientRequestId=sample-done`, allBut('GET')],
  ...[
    '/api/crm/integrations/../entities',
    '/api/crm/entity-schema/../entities',
    '/api/crm/integrations/%2e%2e/entities',
    '/api/crm/upload',
    '/api/crm/entities/upload',
    '/api/crm/integrations/',
    '/api/crm/INTEGRATIONS',
    '/api//crm/integrations',
    '/api/v2/crm/entities',
    '/v2/crm/entities',
    '/v2/crm/integrations',
  ].map((path): [string, string[]] => [path, ALL_METHODS]),
];

describe('read-only', () => {
  it('makes no call at all for another method or an odd path, with or without a body', async () => {
    let asked = 0;
    for (const [path, methods] of REFUSED) {
      for (const method of methods) {
        for (const body of [undefined, ENTITIES_BODY]) {
          const answer = await rawRequest(pair.proxy.port, {
            method,
            path,
            headers: JSON_HEADERS,
            body,
          });
          expect([400, 404, 405], `${method} ${path}`).toContain(answer.status);
          asked += 1;
        }
      }
    }
    expect(asked).toBeGreaterThan(150);
    expect(pair.standIn.calls).toEqual([]);
  });

  it('sends Gong only GETs to its read paths, whatever headers or bodies come along', async () => {
    const tricks = {
      ...JSON_HEADERS,
      'x-http-method-override': 'DELETE',
      'x-method-override': 'PUT',
    };
    const answers = await Promise.all([
      rawRequest(pair.proxy.port, {
        method: 'POST',
        path: '/api/crm/entities?_method=DELETE',
        headers: tricks,
        body: ENTITIES_BODY,
      }),
      rawRequest(pair.proxy.port, {
        path: '/api/crm/integrations',
        headers: tricks,
        body: ENTITIES_BODY,
      }),
      rawRequest(pair.proxy.port, {
        path: `/api/crm/entity-schema?integrationId=${ID}&objectType=DEAL`,
        headers: tricks,
        body: '{"method":"POST"}',
      }),
      rawRequest(pair.proxy.port, {
        path: `/api/crm/request-status?integrationId=${ID}&clientRequestId=sample-done`,
        headers: tricks,
      }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(pair.standIn.calls.map((call) => `${call.method} ${call.path}`).sort()).toEqual([
      'GET /v2/crm/entities',
      'GET /v2/crm/entity-schema',
      'GET /v2/crm/integrations',
      'GET /v2/crm/request-status',
    ]);
    for (const call of pair.standIn.calls) {
      expect(call.headers['x-http-method-override']).toBeUndefined();
      expect(call.headers['x-method-override']).toBeUndefined();
      if (call.path !== '/v2/crm/entities') expect(call.body).toBe('');
    }
  });
});
