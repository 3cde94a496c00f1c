import { describe, expect, test } from 'vitest';
import type { Tally } from '../../model/run';
import { emptyResultOf } from './empty-result';

const tally = (counts: Partial<Tally>): Tally => ({
  requested: 5,
  found: 0,
  notFound: 0,
  missing: 0,
  unrequested: 0,
  unanswered: 0,
  failed: 0,
  canceled: 0,
  pending: 0,
  callsDone: 1,
  callsTotal: 1,
  ...counts,
});

describe('why the grid is empty', () => {
  test('Gong answering every id with null', () => {
    expect(emptyResultOf(tally({ notFound: 5 }), false, false).hint).toMatch(/every id with null/);
  });

  test.each([
    ['every call failed', tally({ failed: 5 }), /^5 of the 5 ids have no answer/],
    ['some null, the rest failed', tally({ notFound: 2, failed: 3 }), /^Gong answered 2 with null/],
    ['canceled before an answer', tally({ canceled: 5 }), /have no answer/],
  ])('%s: never "every id with null"', (_label, counts, hint) => {
    const empty = emptyResultOf(counts, false, false);
    expect(empty.title).toBe('No objects to show');
    expect(empty.hint).toMatch(hint);
  });

  test('every id null, and an id nobody asked for also null: still every id with null', () => {
    const counts = tally({ requested: 2, notFound: 2, unrequested: 1 });
    expect(emptyResultOf(counts, false, false).hint).toMatch(/every id with null/);
  });

  test('still fetching', () => {
    expect(emptyResultOf(tally({ pending: 5 }), true, false).title).toBe('No objects yet');
  });

  test('comparing, with only changes shown and nothing changed', () => {
    expect(emptyResultOf(tally({ found: 5 }), false, true).title).toBe(
      'Nothing changed since the baseline',
    );
  });
});
