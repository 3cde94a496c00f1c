import { describe, expect, test } from 'vitest';
import { makeCrmObjects } from '../../bench/perf-fixtures';
import { type CrmFields, JsonNumber } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { compareResults, formatComparison, type ResultSide } from './compare-results';

function side(entries: [string, CrmFields | null][], asked?: string[]): ResultSide {
  return { ids: asked ?? entries.map(([id]) => id), results: new Map(entries) };
}

describe('compareResults', () => {
  test('names each changed, added and removed field, and nothing that stayed', () => {
    const before = side([
      ['A', { name: 'Acme', stage: 'open', amount: 100, gone: 'x' }],
      ['B', { name: 'Beta' }],
    ]);
    const after = side([
      ['A', { name: 'Acme', stage: 'won', amount: 100, added: null }],
      ['B', { name: 'Beta' }],
    ]);
    const comparison = compareResults(before, after);
    expect([...comparison.objects.keys()]).toEqual(['A']);
    expect([...(comparison.objects.get('A')?.fields ?? [])]).toEqual([
      ['stage', { kind: 'changed', before: 'open', after: 'won' }],
      ['added', { kind: 'added', before: undefined, after: null }],
      ['gone', { kind: 'removed', before: 'x', after: undefined }],
    ]);
    expect(comparison.fieldsChanged).toBe(3);
    expect([...comparison.changedFields]).toEqual(['stage', 'added', 'gone']);
    expect([...comparison.affectedFields]).toEqual(['stage', 'added', 'gone']);
    expect(formatComparison(comparison)).toBe('1 object changed · 3 fields changed');
  });

  test('is exact: 2^53 + 1 against 2^53 is a change; null, "", 0, false and absent all differ', () => {
    const before = side([['A', { big: new JsonNumber('9007199254740993'), a: null, b: '', c: 0 }]]);
    const after = side([['A', { big: 9007199254740992, a: '', b: 0, c: false }]]);
    const fields = compareResults(before, after).objects.get('A')?.fields;
    expect([...(fields?.keys() ?? [])]).toEqual(['big', 'a', 'b', 'c']);
  });

  test('a JsonNumber with the same text as a number is no change', () => {
    const before = side([['A', { n: new JsonNumber('5'), list: ['x', 'y'] }]]);
    const after = side([['A', { n: 5, list: ['x', 'y'] }]]);
    expect(compareResults(before, after).objects.size).toBe(0);
  });

  test('objects appear and disappear whether null or not asked on the other side', () => {
    const before = side([
      ['gone-null', { name: 'was here' }],
      ['gone-unasked', { name: 'was here too' }],
      ['new-null', null],
      ['both-null', null],
    ]);
    const after = side([
      ['gone-null', null],
      ['new-null', { name: 'now here', extra: 1 }],
      ['new-unasked', { name: 'fresh' }],
      ['both-null', null],
    ]);
    const comparison = compareResults(before, after);
    const kinds = Object.fromEntries([...comparison.objects].map(([id, diff]) => [id, diff.kind]));
    expect(kinds).toEqual({
      'gone-null': 'disappeared',
      'new-null': 'appeared',
      'new-unasked': 'appeared',
      'gone-unasked': 'disappeared',
    });
    expect(comparison.ids).toEqual([
      'gone-null',
      'new-null',
      'new-unasked',
      'both-null',
      'gone-unasked',
    ]);
    expect(comparison.fieldsChanged).toBe(0);
    expect([...comparison.changedFields]).toEqual([]);
    expect([...comparison.affectedFields].sort()).toEqual(['extra', 'name']);
    expect(formatComparison(comparison)).toBe(
      '0 objects changed · 0 fields changed · 2 appeared · 2 disappeared',
    );
  });

  test('an id whose call failed is not compared, nor reported as disappeared', () => {
    const before = side([['A', { name: 'a' }]]);
    const after = side([], ['A']);
    const comparison = compareResults(before, after);
    expect(comparison.objects.size).toBe(0);
    expect(formatComparison(comparison)).toBe(
      '0 objects changed · 0 fields changed · 1 not compared (unanswered)',
    );
  });

  test('keeps __proto__ and Object.prototype names as plain fields', () => {
    const before = side([['A', parseLossless('{"__proto__":1,"toString":"a"}') as CrmFields]]);
    const after = side([['A', parseLossless('{"__proto__":2,"constructor":"b"}') as CrmFields]]);
    const fields = compareResults(before, after).objects.get('A')?.fields;
    expect([...(fields ?? [])].map(([field, change]) => `${field}:${change.kind}`)).toEqual([
      '__proto__:changed',
      'constructor:added',
      'toString:removed',
    ]);
  });

  test('finds exactly the cells changed between two 1,000 × 300 results', () => {
    const options = { objects: 1000, fields: 300, bigNumbers: 20 };
    const baseline = makeCrmObjects(options);
    const current = makeCrmObjects(options).map((object, index) => {
      if (index % 100 !== 7 || !object.fields) return object;
      return { ...object, fields: { ...object.fields, customField_3__c: -1 } };
    });
    const toSide = (objects: typeof baseline) =>
      side(objects.map((object) => [object.id, object.fields]));
    const comparison = compareResults(toSide(baseline), toSide(current));
    expect(comparison.objectsChanged).toBe(10);
    expect(comparison.fieldsChanged).toBe(10);
    expect([...comparison.changedFields]).toEqual(['customField_3__c']);
  });
});
