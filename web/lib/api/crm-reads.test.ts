// The page's getters for the read routes, against answers written the way Gong writes them:
// the stand-in Gong sends each one, through the real proxy, over sockets.
import { describe, expect, it } from 'vitest';
import { pageProxyForThisFile } from '../../test-support';
import { ApiError } from './api-client';
import { getEntitySchema, getIntegrations, getRequestStatus } from './crm-reads';

const servers = pageProxyForThisFile();

/** Gong's next answer is `body` with `status`; returns the queries Gong was then sent. */
function answer(status: number, body: string) {
  const { standIn } = servers();
  standIn.injectFaults({
    kind: 'status',
    status,
    headers: { 'content-type': 'application/json' },
    body,
  });
  return () => standIn.calls.map((call) => ({ path: call.path, query: call.query }));
}

describe('getIntegrations', () => {
  it('keeps an id above 2^53, sent as a bare JSON number, as its exact digits', async () => {
    answer(
      200,
      '{"requestId":"r1","integrations":[{"integrationId":7302198156228391457,"ownerEmail":"a@b.example","name":"Sandbox"},{"integrationId":42,"ownerEmail":null,"name":null}]}',
    );
    const { integrations, requestId } = await getIntegrations();
    expect(requestId).toBe('r1');
    expect(integrations).toEqual([
      { integrationId: '7302198156228391457', ownerEmail: 'a@b.example', name: 'Sandbox' },
      { integrationId: '42', ownerEmail: '', name: '' },
    ]);
  });

  it('drops an id that is no int64 rather than offering a wrong one', async () => {
    answer(200, '{"requestId":"r","integrations":[{"integrationId":1.5e3},{"integrationId":-4}]}');
    expect((await getIntegrations()).integrations).toEqual([]);
  });

  it('names the scope this call needs when Gong refuses it', async () => {
    answer(401, '{"requestId":"r401","errors":["Unauthorized"]}');
    const error = await getIntegrations().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain('api:crm:integrations:read');
    expect((error as ApiError).requestId).toBe('r401');
  });
});

describe('getEntitySchema', () => {
  it('asks for the integration and type, and returns that type’s fields', async () => {
    const calls = answer(
      200,
      '{"requestId":"s1","objectTypeToSelectedFields":{"DEAL":[{"name":"amount","label":"Amount","type":"CURRENCY","isDeleted":false}]}}',
    );
    const schema = await getEntitySchema({
      integrationId: '7302198156228391457',
      objectType: 'DEAL',
    });
    expect(calls()).toEqual([
      {
        path: '/v2/crm/entity-schema',
        query: { integrationId: '7302198156228391457', objectType: 'DEAL' },
      },
    ]);
    expect(schema.fields.map((field) => field.name)).toEqual(['amount']);
  });

  it('is empty when Gong declares nothing for the type', async () => {
    answer(200, '{"requestId":"s2","objectTypeToSelectedFields":{}}');
    const schema = await getEntitySchema({ integrationId: '1', objectType: 'LEAD' });
    expect(schema.fields).toEqual([]);
  });

  it('refuses an answer that is not a schema', async () => {
    answer(200, '{"data":[]}');
    // The proxy refuses it before the page has to.
    await expect(getEntitySchema({ integrationId: '1', objectType: 'LEAD' })).rejects.toThrow(
      'Gong answered 200 with JSON that is not the documented shape',
    );
  });
});

describe('getRequestStatus', () => {
  it('reads counts and line numbers Gong writes as 1.0 or 1E2', async () => {
    answer(
      200,
      '{"requestId":"u1","status":"DONE","errors":[{"line":1E2,"description":"bad date"}],"totalErrorCount":1.0,"totalSuccessCount":412}',
    );
    const status = await getRequestStatus({ integrationId: '1', clientRequestId: 'c' });
    expect(status).toMatchObject({
      errors: [{ line: 100, description: 'bad date' }],
      totalErrorCount: 1,
      totalSuccessCount: 412,
    });
  });
  it('escapes the clientRequestId into the query and reads the status', async () => {
    const calls = answer(
      200,
      '{"requestId":"q","status":"FAILED","errors":[{"line":0,"description":"bad file"}],"totalErrorCount":1,"totalSuccessCount":0}',
    );
    const status = await getRequestStatus({ integrationId: '1', clientRequestId: 'a&b c' });
    expect(calls()).toEqual([
      { path: '/v2/crm/request-status', query: { integrationId: '1', clientRequestId: 'a&b c' } },
    ]);
    expect(status.status).toBe('FAILED');
  });

  it('explains a 404 in plain words and keeps Gong’s line', async () => {
    answer(404, '{"requestId":"q404","errors":["No request found for clientRequestId \'x\'"]}');
    await expect(getRequestStatus({ integrationId: '1', clientRequestId: 'x' })).rejects.toThrow(
      "Gong found nothing there (404). Gong said: No request found for clientRequestId 'x'",
    );
  });
});
