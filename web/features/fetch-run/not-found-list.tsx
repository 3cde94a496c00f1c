import { useId, useState } from 'react';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import { Fold } from '../../lib/browser/fold';
import { idsToText } from '../../lib/ids/ids-text';
import './not-found-list.css';

// Thousands of list items would cost more DOM than the whole virtualized grid; the rest is a
// click away.
const FIRST_IDS = 200;
// Listing 100,000 ids froze the page for ~14 s. Past this many, nobody reads them on the page:
// they are offered for copying instead.
export const MAX_LISTED_IDS = 2_000;

/** How many of `total` not-found ids the list shows. */
export function listedCount(total: number, showAll: boolean): number {
  return showAll && total <= MAX_LISTED_IDS ? total : Math.min(total, FIRST_IDS);
}

/**
 * Ids Gong answered null for: a counter beside the tally that opens the list, never dropped, so
 * a typo or a wrong type is one click away; Copy not-found ids is always there.
 */
export function NotFoundList({ ids }: { ids: readonly string[] }) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  // Kept with the list it was about: a later result's list must not say it was copied.
  const [copied, setCopied] = useState<{ ids: readonly string[]; message: string }>();
  if (ids.length === 0) return null;
  const shown = ids.slice(0, listedCount(ids.length, showAll));
  const hidden = ids.length - shown.length;
  const copyAll = async () => {
    // As the ids box writes them, so pasting them back in reads the same ids.
    const result = await copyToClipboard(idsToText(ids));
    setCopied({ ids, message: copyMessage(result, `${ids.length} not-found ids`) });
  };
  return (
    <Fold className="not-found" summary={`Not found ids (${ids.length})`}>
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="not-found-title">
          Not found ({ids.length})
        </h2>
        <ul className="not-found-list" aria-labelledby={headingId}>
          {shown.map((id, index) => (
            // The same id may be requested twice; its position keeps the key unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list only changes as a whole.
            <li key={index}>{id}</li>
          ))}
        </ul>
        {hidden > 0 && (
          <p className="not-found-more">
            {hidden} more not listed.{' '}
            {ids.length <= MAX_LISTED_IDS && (
              <button type="button" onClick={() => setShowAll(true)}>
                Show all {ids.length}
              </button>
            )}
          </p>
        )}
        <p className="not-found-actions">
          <button type="button" onClick={copyAll}>
            Copy not-found ids
          </button>
          <span className="not-found-status" aria-live="polite">
            {copied?.ids === ids ? copied.message : ''}
          </span>
        </p>
      </section>
    </Fold>
  );
}
