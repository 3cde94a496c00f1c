// Holds the stand-in's real answers to the schemas in Gong's published OpenAPI spec (the
// extracted subset in gong-openapi-crm.json), so the proxy is tested against Gong's shapes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OBJECT_TYPES } from '../contract';
import spec from './gong-openapi-crm.json' with { type: 'json' };
import { checkSchema, type SchemaNode, type Violation } from './json-schema-check';
import { type StandIn, sampleIds, startStandIn } from './stand-in-gong';
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
  });

  it('accepts exactly the object types the spec enumerates', () => {
    const objectType = operation('/v2/crm/entities').parameters?.find(
      (p) => p.name === 'objectType',
    );
    expect(objectType?.schema.enum).toEqual([...OBJECT_TYPES]);
  });
});

function checkRef(schema: SchemaNode): SchemaNode {
  const name = schema.$ref?.split('/').pop() ?? '';
  return (spec.components.schemas as Record<string, SchemaNode>)[name] ?? schema;
}
