import { describe, expect, test } from 'vitest';
import {
  describeEntry,
  HISTORY_KEY,
  HISTORY_LIMIT,
  type HistoryEntry,
  loadHistory,
  mergeHistories,
  parseHistory,
  saveHistory,
  withEntry,
} from './query-history';

const entry = (id: string, ids = ['a', 'b']): HistoryEntry => ({
  id,
  integrationId: '7302198156228391457',
  objectType: 'DEAL',
  ids,
  at: '2026-11-28T10:15:00.000Z',
  tally: { requested: ids.length, found: 1, notFound: 1, failed: 0 },
});

/** localStorage with a byte budget, as browsers have (about 5 MB). */
function smallStorage(limit: number) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (value.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('query history', () => {
  test('keeps the newest 20, newest first; a retried fetch replaces its entry', () => {
    let entries: HistoryEntry[] = [];
    for (let i = 0; i < 25; i++) entries = withEntry(entries, entry(`run-${i}`));
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.id).toBe('run-24');
    expect(entries.at(-1)?.id).toBe('run-5');
    entries = withEntry(entries, { ...entry('run-10'), ids: ['retried'] });
    expect(entries.map((e) => e.id).slice(0, 2)).toEqual(['run-10', 'run-24']);
    expect(entries).toHaveLength(HISTORY_LIMIT);
  });

  test('round-trips through storage holding queries and tallies only', () => {
    const storage = smallStorage(1_000_000);
    saveHistory(storage, [entry('x')]);
    expect(loadHistory(storage)).toEqual([entry('x')]);
    expect(Object.keys(JSON.parse(storage.items.get(HISTORY_KEY) ?? '')[0])).toEqual([
      'id',
      'integrationId',
      'objectType',
      'ids',
      'at',
      'tally',
    ]);
  });

  test('drops the oldest entries when storage is full', () => {
    const big = (id: string) =>
      entry(
        id,
        Array.from({ length: 60 }, (_, i) => `id-${i}`),
      );
    const storage = smallStorage(JSON.stringify([big('new'), big('mid')]).length);
    const stored = saveHistory(storage, [big('new'), big('mid'), big('old')]);
    expect(stored.map((e) => e.id)).toEqual(['new', 'mid']);
    expect(loadHistory(storage).map((e) => e.id)).toEqual(['new', 'mid']);
  });

  test('ignores what it cannot read instead of failing the page', () => {
    expect(parseHistory('not json')).toEqual([]);
    expect(parseHistory('{"a":1}')).toEqual([]);
    expect(parseHistory(JSON.stringify([entry('ok'), { id: 'bad' }]))).toEqual([entry('ok')]);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadHistory(throwing)).toEqual([]);
    expect(saveHistory(throwing, [entry('kept')])).toEqual([entry('kept')]);
  });

  test("merges two tabs' lists, newest first, each entry once", () => {
    const at = (id: string, minute: number) => ({
      ...entry(id),
      at: `2026-11-28T10:${minute}:00.000Z`,
    });
    const mine = [at('c', 30), at('a', 10)];
    const theirs = [at('d', 40), at('c', 30), at('b', 20)];
    expect(mergeHistories(mine, theirs).map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  test('describes an entry in a line', () => {
    expect(describeEntry(entry('x'))).toBe('DEAL · 2 ids · 1 found · 1 not found');
  });
});
