import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crmIdSchema } from '../contract';
import { type StandIn, sampleIds, startStandIn } from './stand-in-gong';
import { basicAuth, entitiesUrl, getEntities, send, TEST_AUTH, TEST_BASIC } from './test-client';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: null });
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const ids = (count: number) => sampleIds('ACCOUNT', count);
const objectsMap = (text: string) => JSON.parse(text).crmObjectsMap as Record<string, unknown>;

describe('auth', () => {
  const callWith = (authorization?: string) =>
    send(entitiesUrl(standIn.url, 'ACCOUNT'), {
      body: JSON.stringify(ids(1)),
      headers: authorization ? { authorization } : {},
    });

  it('accepts the basic key and secret, and the bearer token', async () => {
    expect((await callWith(TEST_BASIC)).status).toBe(200);
    expect((await callWith('Bearer test-token')).status).toBe(200);
  });

  it.each([
    ['no header', undefined],
    ['a wrong secret', basicAuth('test-key', 'wrong')],
    ['a wrong token', 'Bearer nope'],
    ['an unknown scheme', 'Token test-token'],
  ])('answers 401 in Gong error shape for %s', async (_name, authorization) => {
    const reply = await callWith(authorization);
    expect(reply.status).toBe(401);
    const body = JSON.parse(reply.text);
    expect(body.requestId).toMatch(/^[0-9a-z]{19}$/);
    expect(body.errors).toHaveLength(1);
    expect(Object.keys(body)).toEqual(['requestId', 'errors']);
  });
});

describe('GET /v2/crm/entities', () => {
  it('answers known ids with their fields and unknown ids with null', async () => {
    const [first = '', second = ''] = ids(2);
    const reply = await getEntities(standIn.url, 'ACCOUNT', [first, 'no-such-id', second]);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(reply.text);
    expect(body.requestId).toMatch(/^[0-9a-z]{19}$/);
    expect(Object.keys(body.crmObjectsMap)).toEqual([first, 'no-such-id', second]);
    expect(body.crmObjectsMap['no-such-id']).toBeNull();
    expect(body.crmObjectsMap[first]).toMatchObject({ objectId: first, name: 'Acme Corporation' });
  });

  it('silently answers only the first 100 of 150 ids, as Gong does', async () => {
    const asked = sampleIds('CONTACT', 150);
    const reply = await getEntities(standIn.url, 'CONTACT', asked);
    expect(reply.status).toBe(200);
    expect(Object.keys(objectsMap(reply.text))).toEqual(asked.slice(0, 100));
  });

  it('writes integers beyond 2^53 as bare JSON digits', async () => {
    const reply = await getEntities(standIn.url, 'DEAL', sampleIds('DEAL', 20));
    expect(reply.text).toContain('"externalNumericId":9007199254740993,');
    expect(reply.text).toContain('"balanceCents":-9223372036854775807');
    expect(reply.text).toContain('"amount":7000.50');
  });

  it('answers 415 to a GET without a body, and to a body that is not JSON', async () => {
    const url = entitiesUrl(standIn.url, 'ACCOUNT');
    const noBody = await send(url, { headers: { authorization: TEST_BASIC } });
    expect(noBody.status).toBe(415);
    expect(JSON.parse(noBody.text).errors).toEqual(['Unsupported Media Type']);
    const text = await send(url, {
      body: '["x"]',
      headers: { authorization: TEST_BASIC, 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });

  it.each([
    ['a body that is not an id array', 'ACCOUNT', undefined, '{"ids":["a"]}', /JSON array/],
    ['numbers as ids', 'ACCOUNT', undefined, '[1234]', /JSON array/],
    ['broken JSON', 'ACCOUNT', undefined, '["a"', /JSON array/],
    ['an unknown objectType', 'OPPORTUNITY', undefined, '["a"]', /objectType/],
    ['a lower-case objectType', 'account', undefined, '["a"]', /objectType/],
    ['a non-digit integrationId', 'ACCOUNT', '12ab', '["a"]', /integrationId/],
    ['an unknown integration', 'ACCOUNT', '1234', '["a"]', /Integration 1234 was not found/],
    // Number() of the sandbox id reads as these: the stand-in must compare digit strings.
    ['the rounded sandbox id', 'ACCOUNT', '7302198156228392000', '["a"]', /not found/],
    ['the nearest double', 'ACCOUNT', '7302198156228391936', '["a"]', /not found/],
  ])('answers 400 to %s', async (_name, objectType, integrationId, body, message) => {
    const reply = await send(entitiesUrl(standIn.url, objectType, integrationId), {
      body,
      headers: { authorization: TEST_BASIC },
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).errors[0]).toMatch(message);
  });

  it('answers 404 to unknown paths and 405 to other methods, in Gong error shape', async () => {
    const unknown = await send(`${standIn.url}/v2/crm/nothing`, {
      headers: { authorization: TEST_BASIC },
    });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).errors).toHaveLength(1);
    const post = await send(entitiesUrl(standIn.url, 'ACCOUNT'), {
      method: 'POST',
      body: '[]',
      headers: { authorization: TEST_BASIC },
    });
    expect(post.status).toBe(405);
    expect(JSON.parse(post.text).requestId).toMatch(/^[0-9a-z]{19}$/);
  });

  it('lists the sandbox integration with its id as a bare int64', async () => {
    const reply = await send(`${standIn.url}/v2/crm/integrations`, {
      headers: { authorization: 'Bearer test-token' },
    });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('"integrationId":7302198156228391457,');
  });
});

describe('setObject, reset and recorded calls', () => {
  it('replaces and deletes objects until reset restores the sample data', async () => {
    const [first = '', second = ''] = ids(2);
    standIn.setObject('ACCOUNT', first, { objectId: first, big: 12345678901234567890n });
    standIn.setObject('ACCOUNT', second, null);
    standIn.setObject('ACCOUNT', 'brand-new', { objectId: 'brand-new' });
    const changed = await getEntities(standIn.url, 'ACCOUNT', [first, second, 'brand-new']);
    expect(changed.text).toContain(`"${first}":{"objectId":"${first}","big":12345678901234567890}`);
    expect(objectsMap(changed.text)[second]).toBeNull();
    expect(objectsMap(changed.text)['brand-new']).toEqual({ objectId: 'brand-new' });

    standIn.reset();
    const restored = objectsMap((await getEntities(standIn.url, 'ACCOUNT', [first, second])).text);
    expect(restored[first]).toMatchObject({ name: 'Acme Corporation' });
    expect(restored[second]).toMatchObject({ objectId: second });
  });

  it('records every call with its query, headers, body, time and status', async () => {
    const before = performance.timeOrigin + performance.now();
    await getEntities(standIn.url, 'LEAD', ['a', 'b']);
    await send(`${standIn.url}/v2/crm/entities`);
    expect(standIn.calls).toHaveLength(2);
    const [first, second] = standIn.calls;
    expect(first).toMatchObject({
      method: 'GET',
      path: '/v2/crm/entities',
      query: { objectType: 'LEAD' },
      body: '["a","b"]',
      status: 200,
    });
    expect(first?.headers.authorization).toBe(TEST_BASIC);
    expect(first?.receivedAt).toBeGreaterThanOrEqual(before);
    expect(second?.status).toBe(401);
  });
});

it('serves sample ids that the proxy contract accepts', () => {
  for (const id of [...ids(300), ...sampleIds('LEAD', 300)]) {
    expect(crmIdSchema.safeParse(id).success, id).toBe(true);
  }
});
