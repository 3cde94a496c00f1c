// Feature history: the last fetches remembered in this browser; imports web/model, web/lib and
// proxy/contract.ts, never another feature.
import { useCallback, useId, useRef, useState } from 'react';
import { useDismissWhileOpen } from '../../lib/browser/use-light-dismiss';
import { describeEntry, type HistoryEntry } from './query-history';
import './history.css';

export interface HistoryPanelProps {
  entries: readonly HistoryEntry[];
  /** Whether an entry's results are still in this page's memory. */
  hasResult: (entry: HistoryEntry) => boolean;
  /** Whether the entry is the result on screen: it cannot be its own baseline. */
  isOnScreen: (entry: HistoryEntry) => boolean;
  onRerun: (entry: HistoryEntry) => void;
  /** Shows the entry's result again, from memory: no call to Gong. */
  onShow: (entry: HistoryEntry) => void;
  onUseAsBaseline: (entry: HistoryEntry) => void;
  busy: boolean;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The last 20 queries: one click to fetch again, or to compare the current result with one. */
export function HistoryPanel(props: HistoryPanelProps) {
  const { entries, hasResult, isOnScreen, onRerun, onShow, onUseAsBaseline, busy } = props;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const section = useRef<HTMLElement>(null);
  const close = useCallback(() => setOpen(false), []);
  // A panel closes after use: an entry's action, Escape, or a press elsewhere.
  useDismissWhileOpen(section, open, close);
  const then = (action: (entry: HistoryEntry) => void) => (entry: HistoryEntry) => {
    setOpen(false);
    action(entry);
  };
  if (entries.length === 0) return null;
  return (
    <section className="history" aria-label="History" ref={section}>
      <button
        type="button"
        className="history-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        History ({entries.length})
      </button>
      {open && (
        <div className="history-body" id={listId}>
          <p className="history-hint">
            The last 20 queries, kept in this browser: integration, type, ids, when and tally, never
            results. Results stay in this tab&apos;s memory only, unless you Download JSON.
          </p>
          <ol className="history-list" aria-label="Earlier queries">
            {entries.map((entry) => {
              const inMemory = hasResult(entry);
              const onScreen = isOnScreen(entry);
              return (
                <li
                  key={entry.id}
                  className={onScreen ? 'history-entry history-entry--shown' : 'history-entry'}
                  aria-current={onScreen ? 'true' : undefined}
                >
                  <time dateTime={entry.at}>{when(entry.at)}</time>
                  {onScreen && <strong className="history-shown">on screen</strong>}
                  <span className="history-what">{describeEntry(entry)}</span>
                  <span className="history-integration" title="Integration ID">
                    {entry.integrationId}
                  </span>
                  <button type="button" onClick={() => then(onRerun)(entry)} disabled={busy}>
                    Re-run
                  </button>
                  <button
                    type="button"
                    onClick={() => then(onShow)(entry)}
                    disabled={busy || !inMemory || onScreen}
                    title={
                      inMemory
                        ? 'Show this result again, without calling Gong'
                        : 'Its results are gone (fetched before this page was opened): re-run it'
                    }
                  >
                    Show
                  </button>
                  <button
                    type="button"
                    onClick={() => then(onUseAsBaseline)(entry)}
                    disabled={!inMemory || onScreen}
                    title={
                      onScreen
                        ? 'This is the result on screen: compared with itself, nothing would change'
                        : inMemory
                          ? 'Compare the current result with this fetch'
                          : 'Its results are gone (fetched before this page was opened): re-run it, or open its downloaded file with Compare with…'
                    }
                  >
                    Use as baseline
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
