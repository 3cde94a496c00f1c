// The last fetches, remembered in this browser: only the query and its tally, never results
// (those stay in the page's memory, or in a file the user downloads).
import { z } from 'zod/mini';
import { objectTypeSchema } from '../../../proxy/contract';

export const HISTORY_KEY = 'crm-inspector.history';
export const HISTORY_LIMIT = 20;

const countSchema = z.int().check(z.nonnegative());

const entrySchema = z.object({
  id: z.string(),
  integrationId: z.string(),
  objectType: objectTypeSchema,
  ids: z.array(z.string()),
  at: z.string(),
  tally: z.object({
    requested: countSchema,
    found: countSchema,
    notFound: countSchema,
    failed: countSchema,
  }),
});

export type HistoryEntry = z.infer<typeof entrySchema>;

/** Newest first, at most HISTORY_LIMIT; an entry with the same id (a retried fetch) is replaced. */
export function withEntry(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const others = entries.filter((existing) => existing.id !== entry.id);
  return [entry, ...others].slice(0, HISTORY_LIMIT);
}

/** Both lists as one, each entry once, newest first: another tab may have added entries. */
export function mergeHistories(
  a: readonly HistoryEntry[],
  b: readonly HistoryEntry[],
): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const entry of [...a, ...b]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()].sort((x, y) => y.at.localeCompare(x.at)).slice(0, HISTORY_LIMIT);
}

/** Whatever storage holds: an entry another version wrote badly is dropped, not fatal. */
export function parseHistory(text: string | null): HistoryEntry[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((item) => {
      const entry = entrySchema.safeParse(item);
      return entry.success ? [entry.data] : [];
    })
    .slice(0, HISTORY_LIMIT);
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function loadHistory(storage: StorageLike | undefined): HistoryEntry[] {
  try {
    return parseHistory(storage?.getItem(HISTORY_KEY) ?? null);
  } catch {
    return [];
  }
}

/**
 * Stores the entries, dropping the oldest while storage is full (100,000 ids take megabytes).
 * Returns what was stored; private windows that refuse storage keep history for the session.
 */
export function saveHistory(
  storage: StorageLike | undefined,
  entries: readonly HistoryEntry[],
): HistoryEntry[] {
  for (let kept = entries.length; kept >= 0; kept--) {
    try {
      storage?.setItem(HISTORY_KEY, JSON.stringify(entries.slice(0, kept)));
      return entries.slice(0, kept);
    } catch {
      // Full: try again with one entry fewer.
    }
  }
  return [...entries];
}

/** `DEAL · 20 ids · 20 found` for the list, beside the time. */
export function describeEntry(entry: HistoryEntry): string {
  const { tally } = entry;
  const parts = [
    entry.objectType,
    `${entry.ids.length} ${entry.ids.length === 1 ? 'id' : 'ids'}`,
    `${tally.found} found`,
  ];
  if (tally.notFound > 0) parts.push(`${tally.notFound} not found`);
  if (tally.failed > 0) parts.push(`${tally.failed} not answered`);
  return parts.join(' · ');
}
