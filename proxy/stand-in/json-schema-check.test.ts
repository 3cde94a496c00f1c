import { describe, expect, it } from 'vitest';
import { checkSchema, type SchemaNode } from './json-schema-check';

const root = {
  components: {
    schemas: {
      Item: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
    },
  },
};
const schema: SchemaNode = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['DONE', 'FAILED'] },
    items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
    byId: { type: 'object', additionalProperties: { type: 'number' } },
  },
  additionalProperties: false,
};

describe('checkSchema', () => {
  it('accepts a value that fits', () => {
    const value = { status: 'DONE', items: [{ id: 1 }], byId: { a: 1.5, b: 2 } };
    expect(checkSchema(value, schema, root)).toEqual([]);
  });

  it('names every violation with its path', () => {
    const value = {
      status: 'done',
      items: [{ id: 1.5 }, {}, null],
      byId: { 'x y': '1' },
      extra: true,
    };
    expect(checkSchema(value, schema, root)).toEqual([
      { path: '$.status', message: 'expected one of ["DONE","FAILED"]' },
      { path: '$.items[0].id', message: 'expected integer, got number' },
      { path: '$.items[1]', message: 'missing required id' },
      { path: '$.items[2]', message: 'expected object, got null' },
      { path: '$.byId["x y"]', message: 'expected number, got string' },
      { path: '$.extra', message: 'unexpected property' },
    ]);
  });

  it('tells arrays and null apart from objects', () => {
    expect(checkSchema([], { type: 'object' }, root)).toHaveLength(1);
    expect(checkSchema(null, { type: 'array' }, root)).toHaveLength(1);
  });
});
