import { describe, expect, test } from 'vitest';
import { parseJsonByHand } from './json-hand-parser';
import { JsonNumber, type JsonValue } from './json-value';

/** The hand parser's value with each JsonNumber read the way JSON.parse reads it. */
function asJsonParseWould(value: JsonValue): unknown {
  if (value instanceof JsonNumber) return Number(value.source);
  if (Array.isArray(value)) return value.map(asJsonParseWould);
  if (typeof value === 'object' && value !== null) {
    // fromEntries makes own data properties, `__proto__` included.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJsonParseWould(v)]));
  }
  return value;
}

/** JSON.parse's verdict: its value, or that it threw a SyntaxError. */
function nativeParse(text: string): { value: unknown } | 'SyntaxError' {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return 'SyntaxError';
  }
}

function handParse(text: string): { value: unknown } | 'SyntaxError' {
  try {
    return { value: asJsonParseWould(parseJsonByHand(text)) };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return 'SyntaxError';
  }
}

const VALID = [
  'null',
  ' true ',
  'false',
  '0',
  '-0.5e+3',
  '[9007199254740993, 1.0, -0, 1e400]',
  '""',
  '"\\u0041\\u00e9\\ud83d\\ude00\\ud800 \\/ \\b\\f\\n\\r\\t"',
  '"raw é 😀 \u2028"',
  '[]',
  '[ ]',
  '{}',
  '{ }',
  '\t\r\n [1, "a", {"b": [null, {}]}] \n',
  '{"a":1,"a":2,"b":3}',
  '{"":0,"9":1,"1":2,"x":3}',
  '{"__proto__":1}',
  '[[[[[[[[[["deep"]]]]]]]]]]',
];

const INVALID = [
  '',
  ' ',
  '[1,]',
  '{"a":1,}',
  '{,}',
  '[,1]',
  '01',
  '-01',
  '1.',
  '.1',
  '+1',
  '-',
  '1e',
  '1e+',
  '0x10',
  'NaN',
  'Infinity',
  '"\u0001"',
  '"tab\there"',
  "'a'",
  'tru',
  'nul',
  'True',
  '[1 2]',
  '{"a" 1}',
  '{"a":}',
  '{a:1}',
  '{"a":1 "b":2}',
  '"abc',
  '"\\"',
  '"\\x"',
  '"\\u12G4"',
  '"\\u123"',
  '[',
  ']',
  '{',
  '1 2',
  '[1]]',
  '\u00a01',
  '\ufeff1',
];

describe('parseJsonByHand agrees with JSON.parse', () => {
  test.each(VALID)('valid %j', (text) => {
    expect(handParse(text)).toStrictEqual(nativeParse(text));
  });

  test.each(INVALID)('invalid %j', (text) => {
    expect(nativeParse(text)).toBe('SyntaxError');
    expect(handParse(text)).toBe('SyntaxError');
  });

  test('on 3,000 mutations of a valid document', () => {
    const base = '{"a":[1,-2.5e3,"x\\"y",true,null],"b":{"c":"\\u00e9"},"d":[]}';
    const pieces = [
      '"',
      ',',
      ':',
      '[',
      ']',
      '{',
      '}',
      '\\',
      '1',
      '-',
      '.',
      'e',
      ' ',
      'n',
      '\u0001',
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let i = 0; i < 3000; i++) {
      let text = base;
      for (let m = 0; m <= random(3); m++) {
        const at = random(text.length + 1);
        const cut = random(3);
        text = text.slice(0, at) + (pieces[random(pieces.length)] ?? '') + text.slice(at + cut);
      }
      expect(handParse(text), text).toStrictEqual(nativeParse(text));
    }
  });
});

test('keeps numbers that would lose precision as JsonNumber', () => {
  expect(parseJsonByHand('[9007199254740993, 1.0, 2]')).toStrictEqual([
    new JsonNumber('9007199254740993'),
    new JsonNumber('1.0'),
    2,
  ]);
});

test('names the position of a syntax error', () => {
  expect(() => parseJsonByHand('[1, 2,, 3]')).toThrow(/position 6/);
});
