// Why an object may not show in Gong: per object a row of flags for the documented reasons, a
// filter for the objects that have any (applied to the grid by the page), and the rules' sources.
// One compact row: the count opens the objects and the rules over the grid.
import { useId } from 'react';
import { Fold } from '../../lib/browser/fold';
import { VISIBILITY_RULES } from '../../model/visibility';
import type { ReferenceCheck } from './use-reference-check';

/** Enough to act on; the filter shows them all in the grid. */
const LISTED = 200;

export function VisibilityPanel(props: {
  check: ReferenceCheck;
  /** Found objects of the result, for the count. */
  total: number;
  onJump: (objectId: string, field: string) => boolean;
}) {
  const { check, total, onJump } = props;
  const flagged = [...check.flags];
  const headingId = useId();
  return (
    <section className="visibility" aria-labelledby={headingId}>
      <h2 id={headingId}>Why it may not show in Gong</h2>
      <Fold
        end
        className="visibility-fold"
        summary={
          <span className="visibility-count">
            {flagged.length} of {total} {total === 1 ? 'object has' : 'objects have'} a reason
          </span>
        }
      >
        {(close) => (
          <>
            {!check.started && (
              <p className="visibility-count">Check references adds accounts not in Gong.</p>
            )}
            {flagged.length > 0 && (
              <ul className="visibility-objects" aria-label="Objects with a reason">
                {flagged.slice(0, LISTED).map(([objectId, flags]) => (
                  <li key={objectId}>
                    <button
                      type="button"
                      className="jump-link"
                      onClick={() => {
                        // The cell is under the panel: it closes once it has taken the user there.
                        if (onJump(objectId, fieldOf(flags[0]?.rule))) close();
                      }}
                    >
                      {objectId}
                    </button>
                    {flags.map((flag) => (
                      <span
                        key={flag.text}
                        className={`visibility-flag visibility-flag--${flag.rule}`}
                      >
                        {flag.text}
                      </span>
                    ))}
                  </li>
                ))}
                {flagged.length > LISTED && <li>and {flagged.length - LISTED} more</li>}
              </ul>
            )}
            <details className="visibility-legend">
              <summary>Rules and their sources</summary>
              <dl>
                {VISIBILITY_RULES.map((rule) => (
                  <div key={rule.id}>
                    <dt>{rule.text}</dt>
                    <dd>{rule.source}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </>
        )}
      </Fold>
      <label className="visibility-filter">
        <input
          type="checkbox"
          checked={check.onlyFlagged}
          onChange={(event) => check.setOnlyFlagged(event.target.checked)}
        />
        Only objects with a reason
      </label>
    </section>
  );
}

/** The field a flag is about, for the jump; objectId's row for a rule about the whole object. */
function fieldOf(rule: string | undefined): string {
  if (rule === 'no-account' || rule === 'account-not-in-gong') return 'accountId';
  if (rule === 'no-owner') return 'ownerId';
  if (rule === 'no-close-date') return 'closeDate';
  if (rule === 'deleted') return 'isDeleted';
  return 'objectId';
}
