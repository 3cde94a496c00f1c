import { describe, expect, test } from 'vitest';
import { entitiesResponseSchema } from './contract';

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
