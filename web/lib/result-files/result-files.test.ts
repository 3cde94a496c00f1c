import { describe, expect, test } from 'vitest';
import { type CrmFields, JsonNumber } from '../json/json-value';
import { parseLossless } from '../json/lossless-json';
import { fileSizeProblem, MAX_RESULT_FILE_BYTES } from './read-file';
import { readResult } from './read-result';
import { compactUtc, resultFileName, type SavedResult, writeResult } from './write-result';

const DEFAULTS = {
  integrationId: '7302198156228391457',
  objectType: 'ACCOUNT' as const,
  fetchedAt: '2026-01-02T03:04:05.000Z',
};

const RESULT: SavedResult = {
  fetchedAt: '2026-11-28T10:15:00.000Z',
  integrationId: '2271307570613351879',
  objectType: 'DEAL',
  requestedIds: ['0065g00000aACIFAA4', '__proto__', '東京-1', 'failed-call-id', 'unknown'],
  requestIds: ['4al018gzaztcr8nbukw'],
  objects: new Map<string, CrmFields | null>([
    [
      '0065g00000aACIFAA4',
      {
        big: new JsonNumber('9007199254740993'),
        negative: new JsonNumber('-9223372036854775807'),
        decimal: new JsonNumber('7000.50'),
        name: '東京オフィス拡張案件 🚀 "quoted" \\ back',
        tags: ['a', null, 1.5],
        nested: { deep: [true, false] },
      },
    ],
    ['__proto__', parseLossless('{"__proto__":{"polluted":true},"n":1}') as CrmFields],
    ['東京-1', {}],
    ['unknown', null],
  ]),
};

const reread = (text: string) => {
  const read = readResult(text, DEFAULTS);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read;
};

describe('result envelope', () => {
  test('round-trips exactly: large integers, unicode, __proto__, nulls, unanswered ids', () => {
    const text = writeResult(RESULT);
    const read = reread(text);
    expect(read.kind).toBe('envelope');
    expect(read.result).toEqual(RESULT);
    expect(writeResult(read.result)).toBe(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('writes large integers as bare digits, one object per line, and no secrets', () => {
    const text = writeResult(RESULT);
    expect(text).toContain('"big":9007199254740993,');
    expect(text).toContain('"decimal":7000.50,');
    expect(text).toContain('    "unknown": null\n');
    expect(text).not.toContain('failed-call-id":');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'fetchedAt',
      'integrationId',
      'objectType',
      'requestedIds',
      'requestIds',
      'crmObjectsMap',
    ]);
  });

  test('names the file by type, integration and UTC time', () => {
    expect(resultFileName(RESULT)).toBe('crm-DEAL-2271307570613351879-20261128T101500Z.json');
    expect(resultFileName({ ...RESULT, integrationId: '' }, 'csv')).toBe(
      'crm-DEAL-20261128T101500Z.csv',
    );
    expect(compactUtc('2026-11-28T11:15:00+01:00')).toBe('20261128T101500Z');
  });
});

describe('readResult', () => {
  test('accepts a bare Gong answer, taking integration and type from the form', () => {
    const read = reread(
      '{"requestId":"req-1","crmObjectsMap":{"b-id":{"n":12345678901234567890},"a-id":null}}',
    );
    expect(read.kind).toBe('gong-answer');
    expect(read.result).toMatchObject({ ...DEFAULTS, requestedIds: ['b-id', 'a-id'] });
    expect(read.result.requestIds).toEqual(['req-1']);
    expect(read.result.objects.get('b-id')).toEqual({ n: new JsonNumber('12345678901234567890') });
  });

  test('accepts a bare crmObjectsMap, with a byte-order mark', () => {
    const read = reread('\uFEFF{"x":{"name":"X"},"y":null}');
    expect(read.kind).toBe('objects-map');
    expect([...read.result.objects]).toEqual([
      ['x', { name: 'X' }],
      ['y', null],
    ]);
  });

  const envelope = writeResult(RESULT);
  test.each([
    ['cut-off JSON', '{"crmObjectsMap": ', /^The file is not JSON: /],
    ['an array', '[1,2]', /holds an array, not a result/],
    ['a string', '"text"', /holds a string, not a result/],
    ['an empty object', '{}', /holds an empty object/],
    [
      'a Gong error',
      '{"requestId":"r","errors":["Unsupported Media Type"]}',
      /error answer from Gong.*Unsupported/,
    ],
    [
      'package.json',
      '{"name":"crm-inspector","version":"1.0.0"}',
      /\nname: must be an object of fields, or null/,
    ],
    [
      'fields that are not objects',
      '{"crmObjectsMap":{"A":"x","B":[1]}}',
      /\ncrmObjectsMap\.A: must be an object.*\ncrmObjectsMap\.B: must/s,
    ],
    ['an empty map', '{"crmObjectsMap":{}}', /crmObjectsMap: is empty/],
    [
      'a newer version',
      envelope.replace('"version": 1', '"version": 2'),
      /version: is 2, written by a newer CRM Inspector/,
    ],
    [
      'a numeric integration id',
      envelope.replace('"2271307570613351879"', '2271307570613351879'),
      /integrationId: must be a string of digits/,
    ],
    [
      'a number among the request ids',
      envelope.replace('"4al018gzaztcr8nbukw"', '4'),
      /requestIds\[0\]: must be a string/,
    ],
    [
      'a number among the requested ids',
      envelope.replace('"unknown"', '5'),
      /requestedIds\[4\]: must be a string/,
    ],
    ['a lower-case type', envelope.replace('"DEAL"', '"deal"'), /objectType: must be one of/],
    [
      'another format',
      envelope.replace('"crm-inspector-result"', '"har"'),
      /format: must be "crm-inspector-result"/,
    ],
    [
      'a missing map',
      envelope.replace('"crmObjectsMap"', '"objects"'),
      /crmObjectsMap: must be an object of CRM id/,
    ],
  ])('refuses %s, saying what is wrong', (_label, text, message) => {
    const read = readResult(text, DEFAULTS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(message);
  });

  test('caps a long list of problems', () => {
    const map = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`id${i}`, 'bad']));
    const read = readResult(JSON.stringify({ crmObjectsMap: map }), DEFAULTS);
    expect(read.ok ? [] : read.problems.at(-1)).toBe('… and 22 more');
  });

  test('refuses empty and oversized files before reading them', () => {
    expect(fileSizeProblem(0)).toBe('The file is empty.');
    expect(fileSizeProblem(MAX_RESULT_FILE_BYTES)).toBeUndefined();
    expect(fileSizeProblem(300 * 1024 * 1024)).toBe(
      'The file is 300 MB; this page opens results up to 200 MB.',
    );
  });
});
