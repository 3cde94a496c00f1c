import { describe, expect, test } from 'vitest';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { describeValue } from './value-format';

describe('describeValue', () => {
  test.each<[JsonValue | undefined, string, string]>([
    [undefined, 'absent', ''],
    [null, 'null', 'null'],
    ['', 'empty-string', '""'],
    ['Acme, Inc', 'string', 'Acme, Inc'],
    ['null', 'string', 'null'],
    [' padded ', 'string', ' padded '],
    [0, 'number', '0'],
    [7000.5, 'number', '7000.5'],
    [new JsonNumber('9007199254740993'), 'number', '9007199254740993'],
    [new JsonNumber('1.0'), 'number', '1.0'],
    [true, 'boolean', 'true'],
    [false, 'boolean', 'false'],
    [[], 'array', '[]'],
    [['a.com', 'b.io'], 'array', '["a.com","b.io"]'],
    [[new JsonNumber('2271307570613351879')], 'array', '[2271307570613351879]'],
    [{ a: null, b: [1] }, 'object', '{"a":null,"b":[1]}'],
  ])('%j → %s %j', (value, kind, text) => {
    expect(describeValue(value)).toEqual({ kind, text });
  });
});
