import { describe, expect, test } from 'vitest';
import { JsonNumber, type JsonValue } from '../json-value';
import { toCsv, toMarkdown } from '../table-text';
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

// Values the issue found merged, and their neighbours: every one must get a cell of its own.
const HOSTILE: readonly JsonValue[] = [
  '',
  '""',
  '"',
  null,
  'null',
  true,
  'true',
  false,
  'false',
  1,
  '1',
  1.5,
  '1.5',
  new JsonNumber('1.0'),
  '1.0',
  new JsonNumber('9007199254740993'),
  '9007199254740993',
  ' ',
  '  ',
  'Acme',
  'Acme ',
  ' Acme',
  'Acme\u00a0',
  'a\r\nb',
  'a\nb',
  'a\rb',
  'a\tb',
  'x\ud800y',
  'x\ud801y',
  'x\\ud800y',
  '"x\\ud800y"',
  '—',
  '"—"',
  'a → b',
  "'=1",
  '=1',
  '-1',
  '-x',
  ['a'],
  '["a"]',
  {},
  '{}',
  [],
  '[]',
  'a|b',
  'a\\|b',
  '<br>',
  'a\u200bb',
  'ab',
];

/** RFC 4180 reading, enough for this test: quoted cells with doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV and Markdown exports', () => {
  const table = {
    header: ['Field', 'A'],
    rows: HOSTILE.map((value, index) => [`f${index}`, exportValue(value)]),
  };

  test('every distinct value gets a distinct CSV cell, read back as a spreadsheet would', () => {
    const cells = readCsv(toCsv(table))
      .slice(1)
      .map((row) => row[1]);
    expect(cells).toHaveLength(HOSTILE.length);
    expect(new Set(cells).size).toBe(HOSTILE.length);
  });

  test('every distinct value gets a distinct Markdown cell', () => {
    const cells = toMarkdown(table)
      .split('\n')
      .slice(2, -1)
      .map((line) => line.slice(line.indexOf(' | ') + 3, -2));
    expect(cells).toHaveLength(HOSTILE.length);
    expect(new Set(cells).size).toBe(HOSTILE.length);
  });

  test('no lone surrogate reaches either file, so no U+FFFD either', () => {
    for (const text of [toCsv(table), toMarkdown(table)]) {
      expect(text).not.toMatch(/\p{Cs}|\ufffd/u);
    }
    expect(toCsv(table)).toContain('"""x\\ud800y"""');
  });

  test('a carriage return is escaped in CSV, and ␍ in Markdown: never lost', () => {
    expect(toCsv(table)).toContain('"""a\\r\\nb"""');
    expect(toMarkdown(table)).toContain('a<br>b');
    expect(toMarkdown(table)).toContain('"a\\\\r\\\\nb"');
  });
});
