import { describe, expect, test } from 'vitest';
import type { CrmFields } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import {
  buildVerificationReport,
  verificationFileName,
  writeVerificationReport,
} from '../lib/result-files/verification-report';
import { verificationCsv, verificationMarkdown } from '../lib/result-files/verification-text';
import type { SentObject } from '../lib/upload-file/upload-lint';
import { problem } from '../lib/upload-file/upload-problems';
import { compareSentWithStored } from './sent-vs-stored';

const sent: SentObject[] = [
  { objectId: 'a', line: 1, text: '{"objectId":"a","big":9007199254740993,"amount":"7000"}' },
  { objectId: 'b', line: 3, text: '{"objectId":"b","note":"x|y","gone":1}' },
  { objectId: 'c', line: 4, text: '{"objectId":"c"}' },
];
const stored = new Map<string, CrmFields | null>([
  ['a', parseLossless('{"objectId":"a","big":9007199254740992,"amount":7000}') as CrmFields],
  ['b', parseLossless('{"objectId":"b","note":"x|Y","extra":null}') as CrmFields],
  ['c', null],
]);

const report = buildVerificationReport({
  integrationId: '7302198156228391457',
  objectType: 'DEAL',
  verifiedAt: '2026-12-03T14:00:00.000Z',
  file: { name: 'deals.ldjson', sha256: 'ab'.repeat(32), lines: 4, objects: 3 },
  problems: [
    problem('blank-line', 2, 'Empty line in the middle of the file'),
    problem('deal-without-accountId', 3, 'A deal without accountId will not appear in Gong', 'b'),
  ],
  verdicts: compareSentWithStored(sent, stored),
});

describe('the crm-inspector-verification v1 report', () => {
  const text = writeVerificationReport(report);

  test('has the documented fields, and its values exact: big numbers as bare digits', () => {
    expect(text).toContain('"sent":9007199254740993,"stored":9007199254740992');
    const parsed = parseLossless(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'integrationId',
      'objectType',
      'verifiedAt',
      'file',
      'summary',
      'problems',
      'objects',
    ]);
    expect(parsed.format).toBe('crm-inspector-verification');
    expect(parsed.version).toBe(1);
    expect(parsed.integrationId).toBe('7302198156228391457');
    expect(parsed.file).toEqual({
      name: 'deals.ldjson',
      sha256: 'ab'.repeat(32),
      lines: 4,
      objects: 3,
    });
    expect(parsed.summary).toEqual({
      sent: 3,
      storedAsSent: 0,
      differ: 2,
      notInGong: 1,
      failed: 0,
    });
    expect(parsed.problems).toEqual([
      {
        line: 2,
        kind: 'blank-line',
        severity: 'error',
        message: 'Empty line in the middle of the file',
      },
      {
        line: 3,
        objectId: 'b',
        kind: 'deal-without-accountId',
        severity: 'error',
        message: 'A deal without accountId will not appear in Gong',
      },
    ]);
  });

  test('each object: status and differing fields; a field not stored has no "stored"', () => {
    const objects = (JSON.parse(text) as { objects: unknown[] }).objects;
    expect(objects[1]).toEqual({
      objectId: 'b',
      line: 3,
      status: 'differ',
      fields: [
        { field: 'note', kind: 'case-only', sent: 'x|y', stored: 'x|Y' },
        { field: 'gone', kind: 'not-stored', sent: 1 },
      ],
    });
    expect(objects[2]).toEqual({ objectId: 'c', line: 4, status: 'not-in-gong', fields: [] });
  });

  test('one object per line, so the file diffs line by line', () => {
    expect(text.split('\n').filter((line) => line.startsWith('    {"objectId"'))).toHaveLength(3);
  });

  test('file names carry type, integration and time', () => {
    expect(verificationFileName(report)).toBe(
      'crm-verification-DEAL-7302198156228391457-20261203T140000Z.json',
    );
    expect(verificationFileName(report, 'md')).toMatch(/\.md$/);
  });
});

describe('Markdown and CSV', () => {
  test('Markdown: the summary line, the problems by kind, the fields table with typed examples', () => {
    const markdown = verificationMarkdown(report);
    expect(markdown).toContain('**3 sent · 0 stored as sent · 2 differ · 1 not in Gong**');
    expect(markdown).toContain('| Empty line inside the file | error | 1 | 2 |');
    expect(markdown).toContain(
      '| amount | 1 | number against string (1) | a (line 1) | "7000" | 7000 |',
    );
    expect(markdown).toContain(
      '| big | 1 | other value (1) | a (line 1) | 9007199254740993 | 9007199254740992 |',
    );
    // A pipe in a value cannot break the table.
    expect(markdown).toContain('"x\\|y"');
    expect(markdown).toContain('| gone | 1 | not stored (1) | b (line 3) | 1 | (not stored) |');
  });

  test('CSV: one row per differing cell, values as JSON text, not stored left empty', () => {
    expect(verificationCsv(report).split('\r\n')).toEqual([
      'objectId,line,field,kind,sent,stored',
      'a,1,big,other-value,9007199254740993,9007199254740992',
      'a,1,amount,number-vs-string,"""7000""",7000',
      'b,3,note,case-only,"""x|y""","""x|Y"""',
      'b,3,gone,not-stored,1,',
      '',
    ]);
  });
});
