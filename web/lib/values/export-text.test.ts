import { describe, expect, test } from 'vitest';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { asciiJson, exportSide, exportString, exportValue, needsQuotes } from './export-text';

describe('exportValue', () => {
  test.each<[string, JsonValue, string]>([
    ['a plain string as it is', 'Acme, Inc', 'Acme, Inc'],
    ['the empty string as JSON', '', '""'],
    ['a string of two quotes as JSON', '""', '"\\"\\""'],
    ['null', null, 'null'],
    ['the string "null"', 'null', '"null"'],
    ['true', true, 'true'],
    ['the string "true"', 'true', '"true"'],
    ['false', false, 'false'],
    ['the number 1', 1, '1'],
    ['the string "1"', '1', '"1"'],
    ['a number as Gong wrote it', new JsonNumber('9007199254740993'), '9007199254740993'],
    ['the string "1.0"', '1.0', '"1.0"'],
    ['an array', ['a', 1], '["a",1]'],
    ['a string that reads as an array', '["a",1]', '"[\\"a\\",1]"'],
    ['a string that reads as an object', '{}', '"{}"'],
    ['a trailing space', 'Acme ', '"Acme "'],
    ['a leading tab', '\tx', '"\\tx"'],
    ['one space', ' ', '" "'],
    ['two spaces', '  ', '"  "'],
    ['a carriage return', 'a\r\nb', '"a\\r\\nb"'],
    ['a line feed alone stays', 'a\nb', 'a\nb'],
    ['a lone surrogate as \\ud800 text', 'x\ud800y', '"x\\ud800y"'],
    ['a literal \\ud800 stays as typed', 'x\\ud800y', 'x\\ud800y'],
    ['a string starting with the formula mark', "'=1", `"'=1"`],
    ['the absent mark', '—', '"—"'],
    ['a string holding the change arrow', 'a → b', '"a → b"'],
    ['a word that starts like JSON', 'new york', 'new york'],
    ['an emoji', '😀', '😀'],
  ])('%s', (_, value, written) => {
    expect(exportValue(value)).toBe(written);
  });

  test('an absent side of a change is —, a string — is quoted', () => {
    expect(exportSide(undefined)).toBe('—');
    expect(exportSide('—')).toBe('"—"');
  });

  test('a quoted cell reads back as the string it stands for', () => {
    for (const text of ['', '""', 'null', '1', ' ', 'a\r\nb', 'x\ud800y', "'=1", '—', 'a → b']) {
      expect(needsQuotes(text)).toBe(true);
      expect(JSON.parse(exportString(text))).toBe(text);
    }
  });

  test('look-alike strings as JSON with every non-ASCII character escaped', () => {
    expect(asciiJson('Café')).toBe('"Caf\\u00e9"');
    expect(asciiJson('Cafe\u0301')).toBe('"Cafe\\u0301"');
    expect(asciiJson('Аcme')).toBe('"\\u0410cme"');
    expect(asciiJson('😀')).toBe('"\\ud83d\\ude00"');
    expect(JSON.parse(asciiJson('x\ud800😀é'))).toBe('x\ud800😀é');
  });
});
