// The stand-in's other read-only CRM calls: entity-schema and request-status, behind the same
// auth, rate limit and faults as GET /v2/crm/entities.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OBJECT_TYPES } from '../contract';
import { SAMPLE_SCHEMA } from './sample-schema';
import { missingScope, SANDBOX_INTEGRATION_ID, type StandIn, startStandIn } from './stand-in-gong';
import { send, TEST_AUTH, TEST_BASIC } from './test-client';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: null });
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const url = (path: string, query: Record<string, string>) =>
  `${standIn.url}${path}?${new URLSearchParams(query)}`;
const schemaUrl = (objectType: string, integrationId = SANDBOX_INTEGRATION_ID) =>
  url('/v2/crm/entity-schema', { integrationId, objectType });
const statusUrl = (clientRequestId: string, integrationId = SANDBOX_INTEGRATION_ID) =>
  url('/v2/crm/request-status', { integrationId, clientRequestId });
const get = (target: string) => send(target, { headers: { authorization: TEST_BASIC } });

describe('GET /v2/crm/entity-schema', () => {
  it.each(OBJECT_TYPES)('answers the declared %s fields to a GET with no body', async (type) => {
    const reply = await get(schemaUrl(type));
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.text);
    expect(Object.keys(body)).toEqual(['requestId', 'objectTypeToSelectedFields']);
    expect(body.objectTypeToSelectedFields).toEqual({ [type]: SAMPLE_SCHEMA[type] });
    expect(Object.keys(body.objectTypeToSelectedFields[type][0])).toEqual([
      'name',
      'label',
      'type',
      'lastModified',
      'isDeleted',
      'referenceTo',
      'orderedValueList',
    ]);
  });

  it.each([
    ['no integrationId', { objectType: 'DEAL' }, /integrationId/],
    ['no objectType', { integrationId: '1' }, /objectType/],
    ['a lower-case objectType', { integrationId: '1', objectType: 'deal' }, /objectType 'deal'/],
    ['a non-digit integrationId', { integrationId: '12ab', objectType: 'DEAL' }, /int64/],
    ['an unknown integration', { integrationId: '1234', objectType: 'DEAL' }, /1234 was not found/],
  ])('answers 400 to %s', async (_name, query, message) => {
    const reply = await get(url('/v2/crm/entity-schema', query));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text).errors[0]).toMatch(message);
  });
});

describe('GET /v2/crm/request-status', () => {
  it.each([
    ['sample-done', 'DONE', 0, 0],
    ['sample-pending', 'PENDING', 0, 0],
    ['sample-in-progress', 'IN_PROGRESS', 0, 0],
    ['sample-failed', 'FAILED', 3, 3],
    ['sample-failed-file', 'FAILED', 1, 1],
    ['sample-failed-many', 'FAILED', 20, 57],
  ])('answers %s as %s with %i listed errors of %i', async (id, status, listed, total) => {
    const reply = await get(statusUrl(id));
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.text);
    expect(Object.keys(body)).toEqual([
      'requestId',
      'status',
      'errors',
      'totalErrorCount',
      'totalSuccessCount',
    ]);
    expect(body).toMatchObject({ status, totalErrorCount: total });
    expect(body.errors).toHaveLength(listed);
    for (const error of body.errors) expect(Object.keys(error)).toEqual(['line', 'description']);
  });

  it('answers a general failure of the file as one error on line 0', async () => {
    const body = JSON.parse((await get(statusUrl('sample-failed-file'))).text);
    expect(body.errors[0].line).toBe(0);
  });

  it('answers an unknown clientRequestId with 404 in Gong error shape', async () => {
    for (const id of ['no-such-upload', 'toString', '__proto__']) {
      const reply = await get(statusUrl(id));
      expect(reply.status).toBe(404);
      expect(Object.keys(JSON.parse(reply.text))).toEqual(['requestId', 'errors']);
    }
  });

  it('answers 400 without clientRequestId or for another integration', async () => {
    const missing = await get(url('/v2/crm/request-status', { integrationId: '1' }));
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text).errors[0]).toMatch(/clientRequestId/);
    const other = await get(statusUrl('sample-done', '1234'));
    expect(other.status).toBe(400);
  });
});

describe('shared behaviour', () => {
  const both = () => [schemaUrl('DEAL'), statusUrl('sample-done')];

  it('answers 401 without valid credentials and 405 to other methods', async () => {
    for (const target of both()) {
      expect((await send(target)).status).toBe(401);
      expect((await send(target, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
      const post = await send(target, { method: 'POST', headers: { authorization: TEST_BASIC } });
      expect(post.status).toBe(405);
      expect(post.headers.allow).toBe('GET');
    }
  });

  it('answers 429 with Retry-After past its rate limit', async () => {
    const limited = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: 1 });
    try {
      const query = `integrationId=${SANDBOX_INTEGRATION_ID}`;
      const replies = [
        await get(`${limited.url}/v2/crm/entity-schema?${query}&objectType=DEAL`),
        await get(`${limited.url}/v2/crm/request-status?${query}&clientRequestId=sample-done`),
      ];
      expect(replies.map((reply) => reply.status)).toEqual([200, 429]);
      expect(replies[1]?.headers['retry-after']).toBe('1');
    } finally {
      await limited.close();
    }
  });

  it('applies injected faults to these calls too', async () => {
    standIn.injectFaults({ kind: 'status', status: 503 }, missingScope('api:crm:schema'));
    expect((await get(statusUrl('sample-done'))).status).toBe(503);
    const denied = await get(schemaUrl('DEAL'));
    expect(denied.status).toBe(401);
    expect(JSON.parse(denied.text)).toEqual({
      requestId: expect.stringMatching(/^[0-9a-z]{19}$/),
      errors: ["You don't have permission to use 'api:crm:schema' in your app."],
    });
    expect((await get(schemaUrl('DEAL'))).status).toBe(200);
  });
});
