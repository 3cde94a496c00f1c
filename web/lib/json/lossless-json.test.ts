import { describe, expect, test } from 'vitest';
import { makeGongAnswer } from '../../../bench/perf-fixtures';
import { JsonNumber, type JsonValue } from './json-value';
import { type ExactParse, hasJsonSource, parseLossless, stringifyLossless } from './lossless-json';

test('vitest gives JSON.parse source text (execArgv in vitest.config.ts), so both paths run', () => {
  expect(hasJsonSource).toBe(true);
});

const STRATEGIES: ExactParse[] = ['markers', 'source', 'hand'];

/**
 * Tells apart all a parser could get wrong: kinds, JsonNumber vs number, -0, key order,
 * prototypes. (toStrictEqual compares `constructor` properties, which JSON may hold as data.)
 */
function fingerprint(value: unknown): string {
  if (value instanceof JsonNumber) return `JsonNumber(${value.source})`;
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const prototype = Object.getPrototypeOf(value) === Object.prototype ? '' : 'ODD PROTOTYPE ';
    const members = Reflect.ownKeys(value).map((key) => {
      const member = Object.getOwnPropertyDescriptor(value, key)?.value;
      return `${JSON.stringify(String(key))}:${fingerprint(member)}`;
    });
    return `${prototype}{${members.join(',')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value}(${Object.is(value, -0) ? '-0' : String(value)})`;
}

describe.each(STRATEGIES)('parseLossless, %s path', (exact) => {
  const parse = (text: string) => parseLossless(text, exact);

  test.each([
    ['2^53 + 1', '9007199254740993'],
    ['-2^63', '-9223372036854775808'],
    ['an int64 integration id', '2271307570613351879'],
    ['1.0', '1.0'],
    ['1e400 (Infinity as a double)', '1e400'],
    ['1E3', '1E3'],
    ['-0', '-0'],
    ['-0.0', '-0.0'],
    ['a long decimal', '3.14159265358979323846264338327950288'],
    ['a tiny exponent', '1e-400'],
  ])('keeps %s as its source text', (_name, source) => {
    const value = parse(`{"v":${source}}`) as { v: JsonValue };
    expect(value.v).toBeInstanceOf(JsonNumber);
    expect((value.v as JsonNumber).source).toBe(source);
    expect(stringifyLossless(value)).toBe(`{"v":${source}}`);
  });

  test.each([
    '0',
    '-1',
    '0.1',
    '7000.5',
    '9007199254740991',
    '-9007199254740991',
    '1.5e-7',
    '0.30000000000000004',
    '1e+21',
  ])('keeps %s a plain number (it prints back the same)', (source) => {
    // A lossy number elsewhere forces the exact path.
    const [value] = parse(`[${source}, 9007199254740993]`) as [JsonValue];
    expect(value).toBe(Number(source));
  });

  test('round-trips a whole document with big numbers, unicode and escapes', () => {
    const text =
      '{"id":"2271307570613351879","n":9007199254740993,"d":1.0,"s":"é 😀 \\" \\\\ \\n \\t \\u0000 \\ud800","a":[0.1,true,false,null,{},[]],"e":""}';
    const value = parse(text);
    const expected =
      '{"id":"2271307570613351879","n":9007199254740993,"d":1.0,"s":"é 😀 \\" \\\\ \\n \\t \\u0000 \\ud800","a":[0.1,true,false,null,{},[]],"e":""}';
    expect(stringifyLossless(value)).toBe(expected);
    expect((value as { s: string }).s).toBe('é 😀 " \\ \n \t \u0000 \ud800');
    expect(parse(stringifyLossless(value))).toStrictEqual(value);
  });

  test('keeps __proto__ and constructor as plain own data, polluting nothing', () => {
    const text =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"big":9007199254740993}';
    const value = parse(text) as Record<string, JsonValue>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'big']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(stringifyLossless(value)).toBe(text);
  });

  test('refuses nesting 100,000 deep with a clear error', () => {
    const big = '9007199254740993';
    for (const text of [
      `${'['.repeat(100_000)}${big}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(100_000)}${big}${'}'.repeat(100_000)}`,
      '['.repeat(100_000),
      `[${big},${'['.repeat(100_000)}`,
    ]) {
      expect(() => parse(text)).toThrow(/nested deeper than 512 levels/);
    }
  });

  test('reads nesting up to the limit', () => {
    const text = `${'['.repeat(512)}9007199254740993${']'.repeat(512)}`;
    let value = parse(text);
    for (let depth = 0; depth < 512; depth++) value = (value as JsonValue[])[0] as JsonValue;
    expect(value).toEqual(new JsonNumber('9007199254740993'));
    expect(stringifyLossless(parse(text))).toBe(text);
  });

  test.each([
    '',
    '[1,]',
    '{"a":9007199254740993,}',
    '[9007199254740993',
    "{'a':1}",
    '01',
    '[1.0] x',
  ])('throws SyntaxError on malformed %j', (text) => {
    expect(() => parse(text)).toThrow(SyntaxError);
  });

  test('reads a Gong answer with big numbers as the other paths do', () => {
    const text = makeGongAnswer({ objects: 30, fields: 40, bigNumbers: 3, missingEvery: 7 });
    const value = parse(text);
    for (const other of STRATEGIES) expect(value).toStrictEqual(parseLossless(text, other));
    expect(text).toContain('9007199254740993');
    expect(stringifyLossless(value)).toBe(text);
  });

  test('keeps a lossy __proto__ value an own property', () => {
    const value = parse('{"__proto__":1.0,"a":[{"__proto__":[-0]}]}') as Record<string, JsonValue>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual(
      new JsonNumber('1.0'),
    );
    expect(stringifyLossless(value)).toBe('{"__proto__":1.0,"a":[{"__proto__":[-0]}]}');
  });
});

describe('parseLossless markers path', () => {
  test('leaves strings alone that hold the marker characters', () => {
    const text = '["\\u0001x", "\\u0002", "\\\\u0003", 1.0, {"k": "\\u0001"}]';
    expect(parseLossless(text, 'markers')).toStrictEqual([
      '\u0001x',
      '\u0002',
      '\\u0003',
      new JsonNumber('1.0'),
      { k: '\u0001' },
    ]);
  });

  test('is exact even when every marker is taken (it parses by hand then)', () => {
    const codes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16];
    const taken = codes.map((c) => `\\u00${c.toString(16).padStart(2, '0')}`).join('');
    const text = `["${taken}x", 9007199254740993, "\\u0001"]`;
    const value = parseLossless(text, 'markers') as JsonValue[];
    expect(value[1]).toEqual(new JsonNumber('9007199254740993'));
    expect(value[2]).toBe('\u0001');
    expect(value).toStrictEqual(parseLossless(text, 'hand'));
  });

  test('reads a lossy number that is the whole text', () => {
    expect(parseLossless(' 1.0 ', 'markers')).toEqual(new JsonNumber('1.0'));
    expect(parseLossless('"\\u0001"', 'markers')).toBe('\u0001');
  });

  test('on 2,000 random documents, agrees with the hand parser and the source reviver', () => {
    const numbers = ['1', '1.0', '-0', '9007199254740993', '0.1', '1e3', '-12.50', '7'];
    const strings = ['"a"', '"\\u0001"', '"1.0"', '"\\""', '"\\\\"', '""'];
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const make = (depth: number): string => {
      const roll = random(depth > 3 ? 2 : 4);
      if (roll === 0) return numbers[random(numbers.length)] as string;
      if (roll === 1) return strings[random(strings.length)] as string;
      const items = Array.from({ length: random(4) }, () => make(depth + 1));
      if (roll === 2) return `[${items.join(',')}]`;
      return `{${items.map((item, i) => `"${['k', '__proto__', 'constructor'][i % 3]}":${item}`).join(',')}}`;
    };
    for (let n = 0; n < 2000; n++) {
      const text = make(0);
      const byMarkers = parseLossless(text, 'markers');
      const expected = fingerprint(byMarkers);
      expect(fingerprint(parseLossless(text, 'hand')), text).toBe(expected);
      expect(fingerprint(parseLossless(text, 'source')), text).toBe(expected);
    }
  });
});

describe('parseLossless fast path (no number loses precision)', () => {
  test.each([
    '{"a":1,"b":[0.5,-2,"9007199254740993",true,null],"c":{"d":"x"}}',
    '{"__proto__":{"x":1}}',
    '["1.0", "1e3", "[[[[", "\\"", "\\\\"]',
    '  7  ',
  ])('gives exactly what JSON.parse gives for %s', (text) => {
    expect(parseLossless(text)).toStrictEqual(JSON.parse(text));
  });

  test('still refuses deep nesting', () => {
    expect(() => parseLossless(`${'['.repeat(600)}${']'.repeat(600)}`)).toThrow(/nested deeper/);
  });
});

describe('stringifyLossless', () => {
  const samples: JsonValue[] = [
    null,
    true,
    0,
    -1.5,
    'a "quoted" \n line \u0001 \ud800',
    [],
    {},
    [1, 'two', [3, [4]], { five: 5 }, null, false],
    { a: { b: { c: [] } }, '': 'empty key', 'é😀': [{}] },
  ];

  test.each([0, 2, 4])('writes what JSON.stringify writes (indent %i)', (indent) => {
    for (const sample of samples) {
      expect(stringifyLossless(sample, indent)).toBe(JSON.stringify(sample, null, indent));
    }
  });

  test('writes each JsonNumber as its bare source, indented too', () => {
    const value = { id: new JsonNumber('2271307570613351879'), list: [new JsonNumber('1.0')] };
    expect(stringifyLossless(value)).toBe('{"id":2271307570613351879,"list":[1.0]}');
    expect(stringifyLossless(value, 2)).toBe(
      '{\n  "id": 2271307570613351879,\n  "list": [\n    1.0\n  ]\n}',
    );
  });

  test('writes non-finite numbers as null, like JSON.stringify', () => {
    expect(stringifyLossless([Number.NaN, Number.POSITIVE_INFINITY, -0])).toBe('[null,null,0]');
  });

  test('refuses a JsonNumber whose source is not a JSON number', () => {
    expect(() => stringifyLossless([new JsonNumber('1,"injected":true')])).toThrow(
      /Not a JSON number/,
    );
  });

  test('refuses a cycle instead of recursing forever', () => {
    const cycle: JsonValue[] = [];
    cycle.push(cycle);
    expect(() => stringifyLossless(cycle)).toThrow(/nested deeper/);
  });
});
