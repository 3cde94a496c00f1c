import { describe, expect, test } from 'vitest';
import { makeIdPaste } from '../../../bench/perf-fixtures';
import { crmIdSchema } from '../../../proxy/contract';
import { MAX_ID_LENGTH } from '../../../proxy/crm-id-rules';
import { MAX_INVALID_SHOWN, parseIds } from './parse-ids';

function schemaReason(id: string): string | undefined {
  const result = crmIdSchema.safeParse(id);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('parseIds reads every way ids get pasted', () => {
  test.each([
    ['one per line', 'a1\nb2\nc3', ['a1', 'b2', 'c3']],
    [
      'a spreadsheet column (CRLF, BOM, blank cells)',
      '\uFEFF123\r\n456\r\n\r\n789\r\n',
      ['123', '456', '789'],
    ],
    ['commas', 'a,b,c', ['a', 'b', 'c']],
    ['commas and spaces', 'a, b ,  c', ['a', 'b', 'c']],
    ['semicolons', 'a;b; c;', ['a', 'b', 'c']],
    ['tabs (a spreadsheet row)', 'a\tb\t\tc', ['a', 'b', 'c']],
    ['spaces', '  a   b c  ', ['a', 'b', 'c']],
    ['non-breaking and ideographic spaces', 'a\u00a0b\u3000c', ['a', 'b', 'c']],
    ['a messy mix', ' a,b;c\td\r\ne  f,,;\n\n g ', ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    ['quoted CSV', '"a","b","c"', ['a', 'b', 'c']],
    ['quoted CSV holding commas and spaces', '"Acme, Inc","x y" , "z"', ['Acme, Inc', 'x y', 'z']],
    ['quoted CSV with "" escapes', '"say ""hi""",b', ['say "hi"', 'b']],
    ['quoted CSV lines with CRLF', '"a","b"\r\n"c","d"\r\n', ['a', 'b', 'c', 'd']],
    ['quoted cells trimmed', '" a ","b "', ['a', 'b']],
    ['text glued after a closing quote', '"ab"c,d', ['abc', 'd']],
    ['an unclosed quote is part of the id', '"abc\ndef', ['"abc', 'def']],
    ['a quote inside an id', 'o"brien,x', ['o"brien', 'x']],
    ['emails and hyphens', 'user.1@example.com; a-b-c', ['user.1@example.com', 'a-b-c']],
    ['a JSON array of strings', '["a", "b c", " d "]', ['a', 'b c', 'd']],
    [
      'a JSON array of numbers above 2^53',
      '[9007199254740993, 2271307570613351879]',
      ['9007199254740993', '2271307570613351879'],
    ],
    [
      'a JSON array mixing both',
      '[1, "2", 12345678901234567890]',
      ['1', '2', '12345678901234567890'],
    ],
    ['JSON numbers as written', '[1.0, 1e3, -0, 0.1]', ['1.0', '1e3', '-0', '0.1']],
    ['a JSON array with a BOM and lines', '\uFEFF[\r\n  "a",\r\n  "b"\r\n]\r\n', ['a', 'b']],
    ['almost JSON: bare words', '[a, b, c]', ['a', 'b', 'c']],
    ['almost JSON: a trailing comma', '[1, 2, 9007199254740993,]', ['1', '2', '9007199254740993']],
    ['nothing', '', []],
    ['only separators', ' ,;\t\r\n\u00a0', []],
    ['an empty JSON array', '[]', []],
    ['empty quoted cells', '"",""," "', []],
    [
      'an SQL IN list',
      "'0065g00000aACIFAA4','0065g00000QabQOAAZ'",
      ['0065g00000aACIFAA4', '0065g00000QabQOAAZ'],
    ],
    ['an SQL IN list in parentheses', "('a', 'b',\n'c')", ['a', 'b', 'c']],
    ['an SQL IN list of numbers', '(123, 456)', ['123', '456']],
    ['an apostrophe written twice in SQL', "'o''brien@example.com'", ["o'brien@example.com"]],
    ['smart double quotes', '“a” “b”', ['a', 'b']],
    ['smart single quotes', '‘a’,‘b’', ['a', 'b']],
    ['an apostrophe inside an id', "O'Brien@example.com d'arcy", ["O'Brien@example.com", "d'arcy"]],
    [
      'quotes that do not pair up are kept',
      "'a ‘b” “c’ d' 'e’ '",
      ["'a", '‘b”', '“c’', "d'", "'e’", "'"],
    ],
    ['a quoted apostrophe', "'O'Brien'", ["O'Brien"]],
    ['a parenthesis inside an id', '(a, b(1)', ['(a', 'b(1)']],
    ['ids in parentheses of their own', '(a) (b)', ['(a)', '(b)']],
    ['almost JSON: brackets of their own', '[a] [b]', ['[a]', '[b]']],
  ])('%s', (_format, text, expected) => {
    const result = parseIds(text);
    expect(result.ids).toEqual(expected);
    expect(result.invalid).toEqual([]);
  });
});

describe('duplicates', () => {
  test('are dropped, first-seen order kept, and counted', () => {
    const result = parseIds('b\na\nb, c; a\n"a"');
    expect(result.ids).toEqual(['b', 'a', 'c']);
    expect(result.duplicates).toBe(3);
  });

  test('in a JSON array compare by digits, so neighbours above 2^53 stay apart', () => {
    const result = parseIds('[9007199254740993, 9007199254740992, "9007199254740993"]');
    expect(result.ids).toEqual(['9007199254740993', '9007199254740992']);
    expect(result.duplicates).toBe(1);
  });

  test('a quoted id and the same id bare are one id', () => {
    const result = parseIds('a \'a\' ‘a’ “a” "a"');
    expect(result.ids).toEqual(['a']);
    expect(result.duplicates).toBe(4);
  });

  test('count repeated invalid ids too, listing each once', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    const result = parseIds(`${long}\n${long}\nok`);
    expect(result.ids).toEqual(['ok']);
    expect(result.duplicates).toBe(1);
    expect(result.invalidCount).toBe(1);
  });
});

describe('invalid ids are reported, not thrown', () => {
  test('with crmIdSchema’s reasons', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    const result = parseIds(
      `good\n${long}\nab\u0001cd\n"a\u0000"\nx\u007fy\n${'y'.repeat(MAX_ID_LENGTH)}`,
    );
    expect(result.ids).toEqual(['good', 'y'.repeat(MAX_ID_LENGTH)]);
    expect(result.invalid).toEqual([
      { value: `${'x'.repeat(80)}…`, reason: `is longer than ${MAX_ID_LENGTH} characters` },
      { value: 'ab\u0001cd', reason: 'holds a control character' },
      { value: 'a\u0000', reason: 'holds a control character' },
      { value: 'x\u007fy', reason: 'holds a control character' },
    ]);
    expect(result.invalidCount).toBe(4);
  });

  test('a long value is cut for display, never inside a surrogate pair', () => {
    const result = parseIds(`${'x'.repeat(79)}${'😀'.repeat(200)}`);
    expect(result.invalid[0]?.value).toBe(`${'x'.repeat(79)}…`);
  });

  test('JSON array items that are not strings or numbers', () => {
    const result = parseIds('["a", null, true, {"id": 1}, [2]]');
    expect(result.ids).toEqual(['a']);
    expect(result.invalid.map((i) => i.value)).toEqual(['null', 'true', '{"id":1}', '[2]']);
    expect(result.invalid.every((i) => i.reason === 'is not a string or a number')).toBe(true);
  });

  test('repeated JSON items that are not ids are listed and counted once', () => {
    const result = parseIds('[null, null, true, "ok", {"a": 1}, {"a":1}, true]');
    expect(result.ids).toEqual(['ok']);
    expect(result.invalid.map((i) => i.value)).toEqual(['null', 'true', '{"a":1}']);
    expect(result.invalidCount).toBe(3);
    expect(result.duplicates).toBe(3);
  });

  test('a JSON null is invalid even after the id "null"', () => {
    const result = parseIds('["null", null]');
    expect(result.ids).toEqual(['null']);
    expect(result.invalidCount).toBe(1);
    expect(result.duplicates).toBe(0);
  });

  test(`the list stops at ${MAX_INVALID_SHOWN}; the count goes on`, () => {
    const text = Array.from({ length: 50 }, (_, i) => `bad${i}\u0007`).join('\n');
    const result = parseIds(text);
    expect(result.invalid).toHaveLength(MAX_INVALID_SHOWN);
    expect(result.invalid[0]?.value).toBe('bad0\u0007');
    expect(result.invalidCount).toBe(50);
  });

  test('binary garbage gives only ids the proxy would accept', () => {
    let garbage = '\u0000\uFFFD\u0001\u0002PK\u0003\u0004\u00ff\ud800"\u001b[31m';
    for (let i = 0; i < 20_000; i++) garbage += String.fromCharCode((i * 7919) % 65536);
    const result = parseIds(garbage);
    for (const id of result.ids)
      expect(crmIdSchema.safeParse(id).success, JSON.stringify(id)).toBe(true);
    expect(result.invalidCount).toBeGreaterThan(0);
    expect(result.invalid.length).toBeLessThanOrEqual(MAX_INVALID_SHOWN);
  });

  test('on 2,000 random pastes, ids pass crmIdSchema and reasons are its own', () => {
    const pieces = ['a', '7', ' ', ',', ';', '\n', '\r\n', '\t', '"', '""', '\u0000', '\u007f'];
    pieces.push('\u00a0', '\ufeff', '😀', '[', ']', 'x'.repeat(MAX_ID_LENGTH - 1));
    pieces.push("'", "''", '‘', '’', '“', '”', '(', ')');
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = random(12); i >= 0; i--) text += pieces[random(pieces.length)];
      const result = parseIds(text);
      for (const id of result.ids) expect(schemaReason(id), JSON.stringify(text)).toBeUndefined();
      for (const { value, reason } of result.invalid) {
        if (!value.endsWith('…')) expect(reason, JSON.stringify(text)).toBe(schemaReason(value));
      }
    }
  });

  test('a quote opened in garbage does not swallow the ids after it', () => {
    expect(parseIds('"\u0000\u0001\nabc').ids).toEqual(['abc']);
  });
});

test('a 100,000-id paste keeps every id once', () => {
  const result = parseIds(makeIdPaste(100_000));
  // Each of the 100,000 pasted ids is either kept or counted as a repeat.
  expect(result.ids.length + result.duplicates).toBe(100_000);
  expect(new Set(result.ids).size).toBe(result.ids.length);
  expect(result.duplicates).toBeGreaterThan(5_000);
  expect(result.invalidCount).toBe(0);
  expect(result.ids).toContain('2271307570613351879');
  expect(result.ids.some((id) => id.endsWith(', Inc'))).toBe(true);
});
