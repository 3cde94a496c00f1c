// Holds the stand-in's real answers to the schemas in Gong's published OpenAPI spec (the
// extracted subset in gong-openapi-crm.json), so the proxy is tested against Gong's shapes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OBJECT_TYPES, REQUEST_STATUSES } from '../contract';
import spec from './gong-openapi-crm.json' with { type: 'json' };
import { checkSchema, type SchemaNode, type Violation } from './json-schema-check';
import { SAMPLE_UPLOADS } from './request-status';
import {
  missingScope,
  SANDBOX_INTEGRATION_ID,
  type StandIn,
  sampleIds,
  startStandIn,
} from './stand-in-gong';
import { entitiesUrl, getEntities, send, TEST_AUTH, TEST_BASIC } from './test-client';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: null });
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

type Operation = {
  parameters?: { name: string; schema: SchemaNode }[];
  responses: Record<string, { content?: Record<string, { schema: SchemaNode }>; headers?: object }>;
};
const operation = (path: string) =>
  (spec.paths as Record<string, { get: Operation }>)[path]?.get as Operation;

function answerSchema(path: string, status: number): SchemaNode {
  const schema = operation(path).responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the spec documents no ${status} answer for GET ${path}`);
  return schema;
}

const check = (text: string, schema: SchemaNode) => checkSchema(JSON.parse(text), schema, spec);

const KEY = String.raw`(?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])`;
const OBJECT_PATH = new RegExp(`^\\$\\.crmObjectsMap${KEY}$`);
const FIELD_PATH = new RegExp(`^\\$\\.crmObjectsMap${KEY}${KEY}$`);
/**
 * The spec types every object in crmObjectsMap, and every field value, as "object"; its own
 * prose says unknown ids map to null and fields hold plain values. Only these may differ.
 */
const proseOverridesSpec = ({ path, message }: Violation) =>
  OBJECT_PATH.test(path)
    ? message === 'expected object, got null'
    : FIELD_PATH.test(path) &&
      /^expected object, got (string|integer|number|boolean|null|array)$/.test(message);

describe('stand-in answers agree with Gong OpenAPI spec', () => {
  it('200 of GET /v2/crm/entities, apart from the two places the prose overrides', async () => {
    const reply = await getEntities(standIn.url, 'ACCOUNT', [...sampleIds('ACCOUNT', 20), 'none']);
    expect(reply.status).toBe(200);
    const schema = answerSchema('/v2/crm/entities', 200);
    const violations = check(reply.text, schema);
    expect(violations.filter((violation) => !proseOverridesSpec(violation))).toEqual([]);
    // Both quirks are really there: the check above is not vacuous.
    expect(violations).toContainEqual({
      path: '$.crmObjectsMap.none',
      message: 'expected object, got null',
    });
    expect(violations.some((violation) => violation.path.endsWith('.name'))).toBe(true);
    // The answer carries exactly the fields the spec lists.
    const listed = Object.keys(checkRef(schema).properties ?? {});
    expect(Object.keys(JSON.parse(reply.text))).toEqual(listed);
  });

  it.each([
    [
      400,
      () =>
        send(entitiesUrl(standIn.url, 'NOPE'), {
          body: '[]',
          headers: { authorization: TEST_BASIC },
        }),
    ],
    [401, () => send(entitiesUrl(standIn.url, 'ACCOUNT'), { body: '[]' })],
    [
      429,
      () => {
        standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 3 });
        return getEntities(standIn.url, 'ACCOUNT', ['a']);
      },
    ],
    [
      500,
      () => {
        standIn.injectFaults({ kind: 'status', status: 500 });
        return getEntities(standIn.url, 'ACCOUNT', ['a']);
      },
    ],
  ])('%i of GET /v2/crm/entities fits ErrorResponse', async (status, call) => {
    const reply = await call();
    expect(reply.status).toBe(status);
    const schema = answerSchema('/v2/crm/entities', status);
    expect(schema.$ref).toBe('#/components/schemas/ErrorResponse');
    expect(check(reply.text, schema)).toEqual([]);
    expect(Object.keys(JSON.parse(reply.text))).toEqual(['requestId', 'errors']);
    if (status === 429) expect(reply.headers['retry-after']).toMatch(/^\d+$/); // int32 seconds
  });

  it('415 without a body fits ErrorResponse too (Gong answers it; the spec omits it)', async () => {
    const reply = await send(entitiesUrl(standIn.url, 'ACCOUNT'), {
      headers: { authorization: TEST_BASIC },
    });
    expect(reply.status).toBe(415);
    expect(check(reply.text, { $ref: '#/components/schemas/ErrorResponse' })).toEqual([]);
  });

  it('200 of GET /v2/crm/integrations fits ListGenericCrmIntegrationsResponse', async () => {
    const reply = await send(`${standIn.url}/v2/crm/integrations`, {
      headers: { authorization: TEST_BASIC },
    });
    expect(reply.status).toBe(200);
    expect(check(reply.text, answerSchema('/v2/crm/integrations', 200))).toEqual([]);
    const listed = Object.keys(
      checkRef({ $ref: '#/components/schemas/GenericCrmIntegration' }).properties ?? {},
    );
    expect(Object.keys(JSON.parse(reply.text).integrations[0])).toEqual(listed);
  });

  it('accepts exactly the object types the spec enumerates', () => {
    for (const path of ['/v2/crm/entities', '/v2/crm/entity-schema']) {
      const objectType = operation(path).parameters?.find((p) => p.name === 'objectType');
      expect(objectType?.schema.enum).toEqual([...OBJECT_TYPES]);
    }
  });
});

const FIELD_PATH_IN_SCHEMA = /^\$\.objectTypeToSelectedFields\.[A-Z]+\[\d+\]/;
/**
 * GenericSchemaFieldRequest requires uniqueName and types these three as non-null; the spec's
 * own example answer names fields by `name` and holds nulls there. Only these may differ.
 */
const exampleOverridesSchema = ({ path, message }: Violation) =>
  FIELD_PATH_IN_SCHEMA.test(path) &&
  (message === 'missing required uniqueName' ||
    (/\.(lastModified|referenceTo)$/.test(path) && message === 'expected string, got null') ||
    (path.endsWith('.orderedValueList') && message === 'expected array, got null'));

describe('the other CRM reads agree with the spec', () => {
  const get = (path: string, query: Record<string, string>) =>
    send(`${standIn.url}${path}?${new URLSearchParams(query)}`, {
      headers: { authorization: TEST_BASIC },
    });
  const schemaOf = (objectType: string) =>
    get('/v2/crm/entity-schema', { integrationId: SANDBOX_INTEGRATION_ID, objectType });
  const statusOf = (clientRequestId: string) =>
    get('/v2/crm/request-status', { integrationId: SANDBOX_INTEGRATION_ID, clientRequestId });

  it.each(OBJECT_TYPES)(
    "200 of GET /v2/crm/entity-schema for %s, apart from the example's keys",
    async (type) => {
      const reply = await schemaOf(type);
      expect(reply.status).toBe(200);
      const schema = answerSchema('/v2/crm/entity-schema', 200);
      const violations = check(reply.text, schema);
      expect(violations.filter((violation) => !exampleOverridesSchema(violation))).toEqual([]);
      // The overrides are really used: the check above is not vacuous.
      expect(violations).toContainEqual({
        path: `$.objectTypeToSelectedFields.${type}[0]`,
        message: 'missing required uniqueName',
      });
      expect(Object.keys(JSON.parse(reply.text))).toEqual(
        Object.keys(checkRef(schema).properties ?? {}),
      );
    },
  );

  it('answers nulls where the example answer has them (ACCOUNT type), beside typed values', async () => {
    const violations = check(
      (await schemaOf('ACCOUNT')).text,
      answerSchema('/v2/crm/entity-schema', 200),
    );
    expect(violations.some((v) => v.path.endsWith('.orderedValueList'))).toBe(true);
    expect(violations.some((v) => v.path.endsWith('.lastModified'))).toBe(true);
  });

  it.each(Object.keys(SAMPLE_UPLOADS))(
    '200 of GET /v2/crm/request-status for %s fits RequestStatusResponse',
    async (id) => {
      const reply = await statusOf(id);
      expect(reply.status).toBe(200);
      const schema = answerSchema('/v2/crm/request-status', 200);
      expect(check(reply.text, schema)).toEqual([]);
      expect(Object.keys(JSON.parse(reply.text))).toEqual(
        Object.keys(checkRef(schema).properties ?? {}),
      );
    },
  );

  it('knows an upload in every status the spec enumerates', () => {
    const schema = checkRef(answerSchema('/v2/crm/request-status', 200));
    expect(schema.properties?.status?.enum).toEqual([...REQUEST_STATUSES]);
    const used = new Set(Object.values(SAMPLE_UPLOADS).map((upload) => upload.status));
    expect([...used].sort()).toEqual([...REQUEST_STATUSES].sort());
  });

  it.each([
    ['/v2/crm/entity-schema', 400, () => schemaOf('OPPORTUNITY')],
    ['/v2/crm/request-status', 400, () => get('/v2/crm/request-status', { integrationId: 'x' })],
    ['/v2/crm/entity-schema', 401, () => send(`${standIn.url}/v2/crm/entity-schema`)],
    ['/v2/crm/request-status', 401, () => send(`${standIn.url}/v2/crm/request-status`)],
    ['/v2/crm/integrations', 401, () => send(`${standIn.url}/v2/crm/integrations`)],
    [
      '/v2/crm/entity-schema',
      401,
      () => {
        standIn.injectFaults(missingScope('api:crm:schema'));
        return schemaOf('DEAL');
      },
    ],
    [
      '/v2/crm/request-status',
      429,
      () => {
        standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 2 });
        return statusOf('sample-done');
      },
    ],
    [
      '/v2/crm/entity-schema',
      500,
      () => {
        standIn.injectFaults({ kind: 'status', status: 500 });
        return schemaOf('DEAL');
      },
    ],
  ] as const)('GET %s: %i fits ErrorResponse', async (path, status, call) => {
    const reply = await call();
    expect(reply.status).toBe(status);
    const schema = answerSchema(path, status);
    expect(schema.$ref).toBe('#/components/schemas/ErrorResponse');
    expect(check(reply.text, schema)).toEqual([]);
    expect(Object.keys(JSON.parse(reply.text))).toEqual(['requestId', 'errors']);
  });

  it('404 for an unknown clientRequestId fits ErrorResponse (the spec documents no 404)', async () => {
    const reply = await statusOf('no-such-upload');
    expect(reply.status).toBe(404);
    expect(check(reply.text, { $ref: '#/components/schemas/ErrorResponse' })).toEqual([]);
  });
});

function checkRef(schema: SchemaNode): SchemaNode {
  const name = schema.$ref?.split('/').pop() ?? '';
  return (spec.components.schemas as Record<string, SchemaNode>)[name] ?? schema;
}
