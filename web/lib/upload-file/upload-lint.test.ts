import { describe, expect, test } from 'vitest';
import type { ObjectType, SchemaField } from '../../../proxy/contract';
import { readUpload, sha256OfChunks } from './read-upload';
import { parseEntry } from './upload-entries';
import { lintUpload } from './upload-lint';
import { countBySeverity, groupProblems } from './upload-problems';

const GOOD_DEAL = {
  objectId: '0065g00000aACIFAA4',
  modifiedDate: '2025-07-19T10:00:00Z',
  accountId: '0015g00000qqCBUAA2',
  ownerId: '0055g0000012345AAA',
  closeDate: '2025-09-04',
  status: 'OPEN',
};

function lintLines(lines: string[], objectType: ObjectType = 'DEAL', schema?: SchemaField[]) {
  const entries = lines.map((text, index) => parseEntry(index + 1, text));
  return lintUpload(entries, schema ? { objectType, schema } : { objectType });
}

let nextId = 0;
/** A deal line with its own objectId unless `fields` names one. */
const deal = (fields: Record<string, unknown>) =>
  JSON.stringify({ ...GOOD_DEAL, objectId: `deal-${nextId++}`, ...fields });
const kinds = (lines: string[], objectType?: ObjectType, schema?: SchemaField[]) =>
  lintLines(lines, objectType, schema).problems.map((item) => `${item.line}:${item.kind}`);

describe('lintUpload', () => {
  test('a clean deal has no problem', () => {
    expect(kinds([deal({})])).toEqual([]);
  });

  test('lines that are not JSON, not objects, and empty lines inside the file (not at its end)', () => {
    expect(kinds([deal({}), '{oops', '', '[1]', deal({ objectId: 'b' }), '', ''])).toEqual([
      '2:not-json',
      '3:blank-line',
      '4:not-object',
    ]);
  });

  test('objectId: missing, empty, number, too long, bad characters, underscore (a warning)', () => {
    const result = lintLines([
      deal({ objectId: undefined }),
      deal({ objectId: '' }),
      deal({ objectId: 12345 }),
      deal({ objectId: 'x'.repeat(65) }),
      deal({ objectId: 'has space' }),
      deal({ objectId: 'user1_Id_In_The_CRM' }),
      deal({ objectId: 'mia.patel@example-leads.com' }),
      deal({ objectId: 'x'.repeat(64) }),
    ]);
    expect(result.problems.map((item) => `${item.line}:${item.kind}:${item.severity}`)).toEqual([
      '1:objectId-missing:error',
      '2:objectId-empty:error',
      '3:objectId-not-string:warning',
      '4:objectId-too-long:error',
      '5:objectId-characters:error',
      '6:objectId-underscore:warning',
    ]);
    expect(result.problems[5]?.message).toMatch(/ambiguous/);
    expect(result.objects.map((object) => object.objectId)).toEqual([
      '12345',
      'x'.repeat(65),
      'has space',
      'user1_Id_In_The_CRM',
      'mia.patel@example-leads.com',
      'x'.repeat(64),
    ]);
  });

  test('modifiedDate missing or not ISO-8601 (errors), with milliseconds (a warning); isDeleted not boolean', () => {
    const result = lintLines([
      deal({ modifiedDate: undefined }),
      deal({ modifiedDate: '07/19/2025' }),
      deal({ modifiedDate: '2025-07-19T10:00:00.000Z' }),
      deal({ isDeleted: 'false' }),
      deal({ isDeleted: false }),
    ]);
    expect(result.problems.map((item) => `${item.line}:${item.kind}:${item.severity}`)).toEqual([
      '1:modifiedDate-missing:error',
      '2:modifiedDate-not-iso:error',
      '3:modifiedDate-milliseconds:warning',
      '4:isDeleted-not-boolean:error',
    ]);
    expect(result.problems[0]?.objectId).toMatch(/^deal-/);
  });

  test('the same objectId on two lines names both lines, and the last line is the one verified', () => {
    const id = GOOD_DEAL.objectId;
    const result = lintLines([
      deal({ objectId: id, name: 'first' }),
      deal({ objectId: 'other' }),
      deal({ objectId: id, name: 'last' }),
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 3,
        kind: 'duplicate-objectId',
        objectId: GOOD_DEAL.objectId,
      }),
    ]);
    expect(result.problems[0]?.message).toMatch(/line 1/);
    expect(result.objects.map((object) => [object.objectId, object.line, object.lines])).toEqual([
      [GOOD_DEAL.objectId, 3, [1, 3]],
      ['other', 2, undefined],
    ]);
  });

  test('deals: no accountId (error), no ownerId or closeDate (warnings), a status outside WON/LOST/OPEN', () => {
    expect(
      lintLines([
        deal({ accountId: undefined }),
        deal({ ownerId: null }),
        deal({ closeDate: '' }),
        deal({ status: 'Closed Won' }),
        deal({ status: 'WON' }),
      ]).problems.map((item) => `${item.line}:${item.kind}:${item.severity}`),
    ).toEqual([
      '1:deal-without-accountId:error',
      '2:deal-without-ownerId:warning',
      '3:deal-without-closeDate:warning',
      '4:deal-status:error',
    ]);
  });

  test('contacts without accountId; the deal rules do not apply to other types', () => {
    const contact = JSON.stringify({ objectId: 'c1', modifiedDate: '2025-01-01T00:00:00Z' });
    expect(kinds([contact], 'CONTACT')).toEqual(['1:contact-without-accountId']);
    expect(kinds([contact], 'ACCOUNT')).toEqual([]);
    expect(kinds([contact], 'LEAD')).toEqual([]);
  });

  test('against the schema: undeclared field, type misfit, picklist value, percent range', () => {
    const schema: SchemaField[] = [
      { name: 'accountId', type: 'REFERENCE' },
      { name: 'ownerId', type: 'ID' },
      { name: 'closeDate', type: 'DATE' },
      { name: 'status', type: 'STRING' },
      { name: 'amount', type: 'CURRENCY' },
      { name: 'stage', type: 'PICKLIST', orderedValueList: ['discovery', 'closed won'] },
      { name: 'probability', type: 'PERCENT' },
    ];
    const result = lintLines(
      [
        deal({ amount: 7000, stage: 'discovery', probability: 50, url: 'https://x.example.com' }),
        deal({ secretField: 1 }),
        deal({ amount: '7000' }),
        deal({ closeDate: '07/19/2025' }),
        deal({ stage: 'verbal commit' }),
        deal({ probability: 120 }),
        deal({ probability: -1 }),
      ],
      'DEAL',
      schema,
    );
    expect(result.problems.map((item) => `${item.line}:${item.kind}:${item.severity}`)).toEqual([
      '2:field-not-declared:warning',
      '3:value-type:error',
      '4:value-type:error',
      '5:picklist-value:error',
      '6:percent-range:error',
      '7:percent-range:error',
    ]);
    expect(result.problems[1]?.message).toMatch(
      /amount "7000": not a number \(declared CURRENCY\)/,
    );
  });

  test('a file of no objects says so', () => {
    expect(kinds(['[1]', '"x"'])).toEqual(['0:no-objects', '1:not-object', '2:not-object']);
  });

  test('groups: errors first, then the commonest kind, each with its lines and count', () => {
    const result = lintLines([
      deal({ ownerId: undefined }),
      deal({ ownerId: undefined }),
      deal({ objectId: 'c', accountId: undefined }),
    ]);
    const groups = groupProblems(result.problems);
    expect(groups.map((group) => [group.kind, group.count])).toEqual([
      ['deal-without-accountId', 1],
      ['deal-without-ownerId', 2],
    ]);
    expect(groups[1]?.problems.map((item) => item.line)).toEqual([1, 2]);
    expect(countBySeverity(result.problems)).toEqual({ errors: 1, warnings: 2 });
  });
});

describe('readUpload', () => {
  test('reads, lints and fingerprints a streamed file', async () => {
    const text = `${deal({})}\n${deal({ objectId: 'x y' })}\n`;
    const progress: number[] = [];
    const result = await readUpload([text.slice(0, 10), text.slice(10)], {
      objectType: 'DEAL',
      onProgress: (read) => progress.push(read),
    });
    expect(result.lines).toBe(2);
    expect(result.objects).toHaveLength(2);
    expect(result.problems.map((item) => item.kind)).toEqual(['objectId-characters']);
    expect(result.bytes).toBe(new TextEncoder().encode(text).length);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.at(-1)).toBe(result.bytes);
  });
});

test('without the hash, and the hash alone as a second pass gives the same digest', async () => {
  const text = `${deal({})}\n`;
  const withHash = await readUpload([text], { objectType: 'DEAL' });
  const without = await readUpload([text], { objectType: 'DEAL', sha256: false });
  expect(without.sha256).toBeUndefined();
  expect(without.objects).toEqual(withHash.objects);
  expect(await sha256OfChunks([text.slice(0, 7), new TextEncoder().encode(text.slice(7))])).toBe(
    withHash.sha256,
  );
});
