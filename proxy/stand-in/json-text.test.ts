import { describe, expect, it } from 'vitest';
import { JsonNumberText, parseJsonKeepingBigInts, toJsonText } from './json-text';

describe('toJsonText', () => {
  it('writes bigints and kept number texts as bare JSON numbers', () => {
    const text = toJsonText({
      big: 9007199254740993n,
      negative: -9223372036854775807n,
      decimal: new JsonNumberText('7000.50'),
      list: [1, 'two', null, false, { nested: 0 }],
      gone: undefined,
      unicode: 'é 日本 🚀 "quoted"',
    });
    expect(text).toBe(
      '{"big":9007199254740993,"negative":-9223372036854775807,"decimal":7000.50,"list":[1,"two",null,false,{"nested":0}],"unicode":"é 日本 🚀 \\"quoted\\""}',
    );
  });

  it('writes what JSON.stringify writes for plain JSON values', () => {
    const value = { a: [1.5, -0, 1e21, 'x\n'], b: { c: true, d: null }, e: '' };
    expect(toJsonText(value)).toBe(JSON.stringify(value));
  });

  it('refuses a number text that is not JSON', () => {
    expect(() => new JsonNumberText('07')).toThrow();
    expect(() => new JsonNumberText('NaN')).toThrow();
  });
});

describe('parseJsonKeepingBigInts', () => {
  it('keeps integers beyond 2^53 exact and leaves strings and safe numbers alone', () => {
    const value = parseJsonKeepingBigInts(
      '{"big":9007199254740993,"neg":-9223372036854775807,"safe":42,"float":1.5,"s":"9007199254740993 \\" 123"}',
    );
    expect(value).toEqual({
      big: 9007199254740993n,
      neg: -9223372036854775807n,
      safe: 42,
      float: 1.5,
      s: '9007199254740993 " 123',
    });
  });

  it('round-trips through toJsonText', () => {
    const text = '{"id":"x","n":[12345678901234567890,1,null]}';
    expect(toJsonText(parseJsonKeepingBigInts(text))).toBe(text);
  });
});
