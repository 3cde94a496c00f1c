import { describe, expect, test } from 'vitest';
import { entitiesRequestSchema, entitiesResponseSchema, isPlainEntitiesRequest } from './contract';

const answer = (crmObjectsMap: unknown) => ({ requestId: 'r1', crmObjectsMap });
const nullPrototype = Object.assign(Object.create(null), { Name: 'Acme' });
class Wrapped {
  readonly source = '9007199254740993';
}

describe("entitiesResponseSchema: Gong's 200 answer, one check of the whole map", () => {
  test.each([
    ['objects and nulls', { a: { Name: 'Acme', n: 1 }, b: null, c: {} }],
    ['an empty map', {}],
    ['an object made without a prototype', { x: nullPrototype }],
    ['a map made without a prototype', Object.assign(Object.create(null), { a: null })],
  ])('accepts %s', (_label, map) => {
    expect(entitiesResponseSchema.safeParse(answer(map)).success).toBe(true);
  });

  test.each([
    ['a string for an object', { a: { Name: 'Acme' }, b: 'Acme' }],
    ['an array for an object', { a: [1, 2] }],
    ['a number for an object', { a: 7 }],
    ['an instance of a class for an object', { a: new Wrapped() }],
    ['an array for the map', [{ a: 1 }]],
    ['null for the map', null],
    ['no map', undefined],
  ])('refuses %s', (_label, map) => {
    expect(entitiesResponseSchema.safeParse(answer(map)).success).toBe(false);
  });

  test('refuses an answer without its requestId', () => {
    expect(entitiesResponseSchema.safeParse({ crmObjectsMap: {} }).success).toBe(false);
  });
});

describe('isPlainEntitiesRequest: the fast path agrees with entitiesRequestSchema', () => {
  const valid = {
    integrationId: '7302198156228391457',
    objectType: 'DEAL',
    objectsCrmIds: ['0065g00000aACIFAA4', '0065g00000QabQOAAZ', 'user@example.com'],
  };
  const agree = (body: unknown) => {
    // Bodies arrive as JSON text: what JSON.parse makes of it is what both judge.
    const value = JSON.parse(JSON.stringify(body));
    expect(isPlainEntitiesRequest(value), JSON.stringify(body)).toBe(
      entitiesRequestSchema.safeParse(value).success,
    );
  };
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `0065g0000${i}`);

  test.each([
    ['valid', valid],
    ['100 ids', { ...valid, objectsCrmIds: ids(100) }],
    ['101 ids', { ...valid, objectsCrmIds: ids(101) }],
    ['no ids', { ...valid, objectsCrmIds: [] }],
    ['an id twice', { ...valid, objectsCrmIds: ['a', 'b', 'a'] }],
    ['a number id', { ...valid, objectsCrmIds: ['a', 7] }],
    ['a null id', { ...valid, objectsCrmIds: [null] }],
    ['an id with a space', { ...valid, objectsCrmIds: [' a'] }],
    ['an id with a control character', { ...valid, objectsCrmIds: ['a\u0001'] }],
    ['a lone surrogate', { ...valid, objectsCrmIds: ['a\ud800'] }],
    ['an empty id', { ...valid, objectsCrmIds: [''] }],
    ['257 characters', { ...valid, objectsCrmIds: ['x'.repeat(257)] }],
    ['256 emoji', { ...valid, objectsCrmIds: ['😀'.repeat(256)] }],
    ['ids not an array', { ...valid, objectsCrmIds: 'a,b' }],
    ['largest int64', { ...valid, integrationId: '9223372036854775807' }],
    ['above int64', { ...valid, integrationId: '9223372036854775808' }],
    ['20 digits', { ...valid, integrationId: '00000000000000000001' }],
    ['leading zeros', { ...valid, integrationId: '0007' }],
    ['a number integrationId', { ...valid, integrationId: 7302198156228391 }],
    ['integrationId with a sign', { ...valid, integrationId: '+7' }],
    ['integrationId with a line break', { ...valid, integrationId: '7\n' }],
    ['lower-case type', { ...valid, objectType: 'deal' }],
    ['USER', { ...valid, objectType: 'USER' }],
    ['a key too many', { ...valid, extra: 1 }],
    ['__proto__ as a key', JSON.parse(`{"__proto__":{},${JSON.stringify(valid).slice(1)}`)],
    ['a key missing', { integrationId: valid.integrationId, objectType: 'DEAL' }],
    ['null', null],
    ['an array', [valid]],
    ['a string', 'DEAL'],
  ])('%s', (_name, body) => agree(body));

  test('on 5,000 random bodies, broken in one or more ways', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const idParts = ['a', '0', 'Z', ' ', '\u0000', '\u00a0', '\ud83d', '\ude00', '😀', ',', '"'];
    const randomId = () => {
      let id = '';
      for (let i = Math.floor(random() * 4); i >= 0; i--) id += pick(idParts);
      return random() < 0.1 ? 7 : id;
    };
    let accepted = 0;
    for (let n = 0; n < 5000; n++) {
      const body: Record<string, unknown> = {
        integrationId: pick(['1', '7302198156228391457', '9223372036854775808', '', 'x', 5]),
        objectType: pick(['ACCOUNT', 'CONTACT', 'DEAL', 'LEAD', 'Deal', '']),
        objectsCrmIds: Array.from({ length: pick([0, 1, 2, 5, 100, 101]) }, (_, i) =>
          random() < 0.97 ? `id-${i}` : randomId(),
        ),
      };
      if (random() < 0.05) delete body[pick(Object.keys(body))];
      if (random() < 0.05) body.more = true;
      const value = JSON.parse(JSON.stringify(body));
      const fast = isPlainEntitiesRequest(value);
      expect(fast, JSON.stringify(body)).toBe(entitiesRequestSchema.safeParse(value).success);
      if (fast) accepted += 1;
    }
    // Both sides of the comparison were exercised.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(4800);
  });
});
