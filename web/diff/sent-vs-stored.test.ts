import { describe, expect, test } from 'vitest';
import type { CrmFields } from '../lib/json/json-value';
import { JsonNumber } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { fieldsThatDiffer, summarize, summaryText } from '../lib/result-files/verification-model';

import type { SentObject } from '../lib/upload-file/upload-lint';

import { compareObject, compareSentWithStored } from './sent-vs-stored';

const sent = (objectId: string, line: number, fields: string): SentObject => ({
  objectId,
  line,
  text: `{"objectId":"${objectId}",${fields}}`,
});
const stored = (objectId: string, fields: string) =>
  parseLossless(`{"objectId":"${objectId}",${fields}}`) as CrmFields;

describe('compareObject', () => {
  test('stored as sent: every sent field identical; fields Gong adds are no difference', () => {
    const verdict = compareObject(
      sent('a', 1, '"amount":9007199254740993,"name":"Acme"'),
      stored('a', '"amount":9007199254740993,"name":"Acme","gongAdded":true'),
    );
    expect(verdict).toEqual({
      objectId: 'a',
      line: 1,
      status: 'same',
      fields: [],
      storedNewer: false,
    });
  });

  test('differs: each differing field with its kind, the sent and the stored value, exact above 2^53', () => {
    const verdict = compareObject(
      sent('a', 4, '"big":9007199254740992,"closeDate":"07/19/2025","custom__c":"x","same":1'),
      stored('a', '"big":9007199254740993,"closeDate":"2025-07-19","same":1'),
    );
    expect(verdict.status).toBe('differ');
    expect(verdict.fields).toEqual([
      {
        field: 'big',
        kind: 'other-value',
        // 2^53 itself prints back as its own text, so it stays a plain number.
        sent: 9007199254740992,
        stored: new JsonNumber('9007199254740993'),
      },
      { field: 'closeDate', kind: 'same-instant', sent: '07/19/2025', stored: '2025-07-19' },
      { field: 'custom__c', kind: 'not-stored', sent: 'x', stored: undefined },
    ]);
  });

  test('a field named like an Object.prototype member is not found on the prototype', () => {
    const verdict = compareObject(sent('a', 1, '"constructor":"x"'), stored('a', '"other":1'));
    expect(verdict.fields).toEqual([
      { field: 'constructor', kind: 'not-stored', sent: 'x', stored: undefined },
    ]);
  });

  test('not in Gong: answered null, or left out of the answer', () => {
    expect(compareObject(sent('a', 2, '"x":1'), null).status).toBe('not-in-gong');
    expect(compareObject(sent('a', 2, '"x":1'), undefined).status).toBe('not-in-gong');
  });

  test('stored newer: Gong holds a later modifiedDate (a later upload won)', () => {
    const older = compareObject(
      sent('a', 1, '"modifiedDate":"2025-01-01T00:00:00Z"'),
      stored('a', '"modifiedDate":"2025-03-01T00:00:00Z"'),
    );
    expect(older).toMatchObject({ status: 'differ', storedNewer: true });
    const newer = compareObject(
      sent('a', 1, '"modifiedDate":"2025-03-01T00:00:00Z"'),
      stored('a', '"modifiedDate":"2025-01-01T00:00:00Z"'),
    );
    expect(newer.storedNewer).toBe(false);
  });
});

describe('compareSentWithStored, summary and fields table', () => {
  const objects = [
    sent('same', 1, '"amount":7000'),
    sent('str', 2, '"amount":"7000","closeDate":"07/19/2025"'),
    sent('dec', 3, '"amount":7000.50,"closeDate":"08/01/2025"'),
    sent('gone', 4, '"amount":1'),
    sent('left-out', 5, '"amount":1'),
    sent('broken', 6, '"amount":1'),
  ];
  const answers = new Map<string, CrmFields | null>([
    ['same', stored('same', '"amount":7000')],
    ['str', stored('str', '"amount":7000,"closeDate":"2025-07-19"')],
    ['dec', stored('dec', '"amount":7000.5,"closeDate":"2025-08-01"')],
    ['gone', null],
  ]);
  const verdicts = compareSentWithStored(objects, answers, new Set(['broken']));

  test('each object gets its status; a failed call is failed, an id left out is not in Gong', () => {
    expect(verdicts.map((verdict) => `${verdict.objectId}:${verdict.status}`)).toEqual([
      'same:same',
      'str:differ',
      'dec:differ',
      'gone:not-in-gong',
      'left-out:not-in-gong',
      'broken:failed',
    ]);
  });

  test('the summary line: the last three add up to the first once done, then extra parts', () => {
    const summary = summarize(verdicts);
    expect(summary).toMatchObject({ sent: 6, storedAsSent: 1, differ: 2, notInGong: 2, failed: 1 });
    expect(summaryText(summary)).toBe(
      '6 sent · 1 stored as sent · 2 differ · 2 not in Gong · 1 failed',
    );
    expect(summaryText(summarize(verdicts.slice(0, 2), 6))).toBe(
      '6 sent · 1 stored as sent · 1 differ · 0 not in Gong · 4 not checked yet',
    );
  });

  test('fields that differ: most objects first, kinds by count, an example of the commonest kind', () => {
    expect(fieldsThatDiffer(verdicts)).toEqual([
      {
        field: 'amount',
        objects: 2,
        kinds: [
          { kind: 'number-vs-string', count: 1 },
          { kind: 'same-number', count: 1 },
        ],
        example: { objectId: 'str', line: 2, sent: '7000', stored: 7000 },
      },
      {
        field: 'closeDate',
        objects: 2,
        kinds: [{ kind: 'same-instant', count: 2 }],
        example: { objectId: 'str', line: 2, sent: '07/19/2025', stored: '2025-07-19' },
      },
    ]);
  });
});
