import { describe, expect, test } from 'vitest';
import type { CrmFields } from '../../lib/json/json-value';
import { parseLossless } from '../../lib/json/lossless-json';
import { askable, seedOf } from '../../lib/upload-file/sample';
import type { SentObject } from '../../lib/upload-file/upload-lint';
import { guessObjectType } from './guess-type';
import { callsFor } from './use-verify';
import {
  gridChangesOf,
  gridObjectsOf,
  isRunOf,
  type RunLike,
  targetOf,
  VerdictTracker,
  viewOf,
} from './verification-state';

const sent = (objectId: string, line: number, fields: string): SentObject => ({
  objectId,
  line,
  text: `{"objectId":"${objectId}",${fields}}`,
});
const stored = (objectId: string, fields: string) =>
  parseLossless(`{"objectId":"${objectId}",${fields}}`) as CrmFields;

const objects = [
  sent('a', 1, '"amount":1'),
  sent('b', 2, '"amount":"2","legacy__c":"x"'),
  sent('c', 3, '"amount":3'),
];
const target = targetOf(objects);

function runWith(
  batches: { ids: string[]; status: string }[],
  results: [string, CrmFields | null][],
): RunLike {
  return { ids: target.ids, batches, results: new Map(results) };
}

describe('verdicts as calls land', () => {
  test('only answered or failed calls have verdicts; the run is recognised by its ids', () => {
    const tracker = new VerdictTracker(target);
    const pending = runWith([{ ids: ['a', 'b', 'c'], status: 'running' }], []);
    expect(isRunOf(target, pending)).toBe(true);
    expect(isRunOf(target, { ...pending, ids: ['a', 'b', 'c'] })).toBe(false);
    expect(viewOf(tracker, pending).summary).toMatchObject({ sent: 3, storedAsSent: 0, differ: 0 });
  });

  test('each object is compared once, when its answer arrives; a failed call is failed', () => {
    const tracker = new VerdictTracker(target);
    const a = stored('a', '"amount":1');
    const b = stored('b', '"amount":2');
    const first = runWith(
      [
        { ids: ['a', 'b'], status: 'done' },
        { ids: ['c'], status: 'failed' },
      ],
      [
        ['a', a],
        ['b', b],
      ],
    );
    const one = viewOf(tracker, first);
    expect(one.verdicts.map((v) => `${v.objectId}:${v.status}`)).toEqual([
      'a:same',
      'b:differ',
      'c:failed',
    ]);
    // The same answers again: the very same verdict objects, nothing compared anew.
    const two = viewOf(tracker, { ...first, results: new Map(first.results) });
    expect(two.verdicts[0]).toBe(one.verdicts[0]);
    // A retry answers c: now it is compared.
    const retried = runWith(
      [
        { ids: ['a', 'b'], status: 'done' },
        { ids: ['c'], status: 'done' },
      ],
      [
        ['a', a],
        ['b', b],
        ['c', null],
      ],
    );
    const three = viewOf(tracker, retried);
    expect(three.verdicts.map((v) => v.status)).toEqual(['same', 'differ', 'not-in-gong']);
    expect(three.summary).toMatchObject({
      sent: 3,
      storedAsSent: 1,
      differ: 1,
      notInGong: 1,
      failed: 0,
    });
    expect(three.fields.map((row) => row.field)).toEqual(['amount', 'legacy__c']);
  });
});

describe('the grid view of a verification', () => {
  const b = stored('b', '"amount":2');
  const run = runWith(
    [{ ids: ['a', 'b', 'c'], status: 'done' }],
    [
      ['a', stored('a', '"amount":1')],
      ['b', b],
      ['c', null],
    ],
  );
  const view = viewOf(new VerdictTracker(target), run);

  test('columns: only the objects that differ when asked, a field not stored as an absent row', () => {
    const only = gridObjectsOf(view, run, true);
    expect(only.map((object) => object.id)).toEqual(['b']);
    expect(Object.keys(only[0]?.fields ?? {})).toEqual(['objectId', 'amount', 'legacy__c']);
    expect(only[0]?.fields?.legacy__c).toBeUndefined();
    expect(
      gridObjectsOf(view, run, false).map((object) => [object.id, object.fields === null]),
    ).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
  });

  test('cells show sent → stored (not stored: the sent value struck), columns their file line', () => {
    const changes = gridChangesOf(view);
    expect(changes.cell('b', 'amount')).toEqual({ kind: 'changed', before: '2' });
    expect(changes.cell('b', 'legacy__c')).toEqual({ kind: 'removed', before: 'x' });
    expect(changes.cell('a', 'amount')).toBeUndefined();
    expect(changes.column('b')).toBe('changed');
    expect(changes.column('a')).toBeUndefined();
    expect(changes.field('amount')).toBe(true);
    expect(changes.field('objectId')).toBe(false);
    expect(changes.columnNote('b')).toBe('line 2');
  });
});

describe('before Verify against Gong', () => {
  test('calls of at most 100 ids; ids the proxy would refuse are left to the lint', () => {
    expect(callsFor(0)).toBe(0);
    expect(callsFor(100)).toBe(1);
    expect(callsFor(101)).toBe(2);
    const long = sent('x'.repeat(300), 4, '"a":1');
    expect(askable([...objects, long]).map((object) => object.line)).toEqual([1, 2, 3]);
  });

  test('the sample seed comes from the file, so the same file gives the same sample', () => {
    expect(seedOf(objects)).toBe(seedOf([...objects]));
    expect(seedOf(objects)).not.toBe(seedOf(objects.slice(1)));
    expect(seedOf(objects)).toBeGreaterThan(0);
  });
});

test('the likely type of a file from its fields and Salesforce id prefixes', () => {
  const deals = [sent('0065g00000aACIFAA4', 1, '"closeDate":"2025-01-01","stage":"x","amount":1')];
  expect(guessObjectType(deals)).toBe('DEAL');
  const accounts = [sent('0015g00000qqCBUAA2', 1, '"name":"Acme","domains":["acme.com"]')];
  expect(guessObjectType(accounts)).toBe('ACCOUNT');
  expect(guessObjectType([sent('12345', 1, '"name":"x"')])).toBeUndefined();
});
