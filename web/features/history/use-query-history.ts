// Each finished fetch becomes a history entry in localStorage (the query and its tally); its
// results stay in memory for this page only, so an earlier fetch can be the compare baseline.
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Run, tallyOf } from '../../model/run';
import {
  type HistoryEntry,
  loadHistory,
  mergeHistories,
  saveHistory,
  withEntry,
} from './query-history';

/** Objects kept in memory across earlier fetches; past it the oldest results are let go. */
const MAX_OBJECTS_IN_MEMORY = 50_000;

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

const entryId = (run: Run) => `${run.startedAt}-${run.id}`;

function entryOf(run: Run): HistoryEntry {
  const { requested, found, notFound, failed, canceled, unanswered, missing } = tallyOf(run);
  return {
    id: entryId(run),
    integrationId: run.integrationId,
    objectType: run.objectType,
    ids: [...run.ids],
    at: new Date(run.finishedAt ?? run.startedAt).toISOString(),
    // Every id without an answer counts as failed here, so the four add up to requested.
    tally: { requested, found, notFound, failed: failed + canceled + unanswered + missing },
  };
}

export function useQueryHistory(run: Run | null) {
  const [entries, setEntries] = useState<HistoryEntry[]>(() => loadHistory(storage()));
  const shown = useRef(entries);
  const [runs, setRuns] = useState<ReadonlyMap<string, Run>>(new Map());
  // A run is recorded when seen finishing: an opened file is never seen running, so never is.
  const runningId = useRef<number | null>(null);

  const record = useCallback((finished: Run) => {
    const entry = entryOf(finished);
    // Storage is read again (another tab may have added entries) and written best-effort: a
    // full or refused storage still leaves this page's own list.
    const next = withEntry(mergeHistories(shown.current, loadHistory(storage())), entry);
    saveHistory(storage(), next);
    shown.current = next;
    setEntries(next);
    setRuns((current) => keepInMemory(new Map(current).set(entry.id, finished), next));
  }, []);

  useEffect(() => {
    if (!run) return;
    if (run.finishedAt === undefined) {
      runningId.current = run.id;
    } else if (runningId.current === run.id) {
      runningId.current = null;
      record(run);
    }
  }, [run, record]);

  return { entries, resultOf: (entry: HistoryEntry) => runs.get(entry.id) };
}

/** The newest results up to the memory budget, and only for entries still listed. */
function keepInMemory(runs: Map<string, Run>, entries: readonly HistoryEntry[]) {
  const kept = new Map<string, Run>();
  let objects = 0;
  for (const entry of entries) {
    const run = runs.get(entry.id);
    if (!run) continue;
    objects += run.results.size;
    if (objects > MAX_OBJECTS_IN_MEMORY && kept.size > 0) break;
    kept.set(entry.id, run);
  }
  return kept;
}
