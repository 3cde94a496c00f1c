// The export rule end to end: values the grid holds, through gridTextTable, into the CSV and
// Markdown text the share bar downloads, read back as a spreadsheet would.
import { describe, expect, test } from 'vitest';
import { buildFieldRows } from '../../diff/field-rows';
import { JsonNumber, type JsonValue } from '../../lib/json/json-value';
import { toCsv, toMarkdown } from '../../lib/result-files/table-text';
import { gridTextTable } from './grid-text-table';

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
  const fields: Record<string, JsonValue> = {};
  HOSTILE.forEach((value, index) => {
    fields[`f${index}`] = value;
  });
  const { found, rows } = buildFieldRows([{ id: 'A', fields }]);
  const table = gridTextTable(found, rows);

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
