import { useId, useState } from 'react';

// Thousands of list items would cost more DOM than the whole virtualized grid; the rest is a
// click away.
const FIRST_IDS = 200;

/** Ids Gong answered null for: listed, never dropped, so a typo or wrong type shows at once. */
export function NotFoundList({ ids }: { ids: readonly string[] }) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  if (ids.length === 0) return null;
  const shown = showAll ? ids : ids.slice(0, FIRST_IDS);
  return (
    <section className="fg-not-found" aria-labelledby={headingId}>
      <h2 id={headingId} className="fg-not-found-title">
        Not found ({ids.length})
      </h2>
      <ul className="fg-not-found-list" aria-labelledby={headingId}>
        {shown.map((id, index) => (
          // The same id may be requested twice; its position keeps the key unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list only changes as a whole.
          <li key={index}>{id}</li>
        ))}
        {shown.length < ids.length && (
          <li className="fg-not-found-more">
            <button type="button" onClick={() => setShowAll(true)}>
              Show all {ids.length}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
