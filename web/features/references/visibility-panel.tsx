// Why an object may not show in Gong: per object a row of flags for the documented reasons, a
// filter for the objects that have any (applied to the grid by the page), and the rules' sources.
import { useId } from 'react';
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
      <div className="visibility-head">
        <h2 id={headingId}>Why it may not show in Gong</h2>
        <label className="visibility-filter">
          <input
            type="checkbox"
            checked={check.onlyFlagged}
            onChange={(event) => check.setOnlyFlagged(event.target.checked)}
          />
          Only objects with a reason
        </label>
        <span className="visibility-count">
          {flagged.length} of {total} {total === 1 ? 'object has' : 'objects have'} a reason
          {!check.started && ' (Check references adds accounts not in Gong)'}
        </span>
      </div>
      {flagged.length > 0 && (
        <ul className="visibility-objects" aria-label="Objects with a reason">
          {flagged.slice(0, LISTED).map(([objectId, flags]) => (
            <li key={objectId}>
              <button
                type="button"
                className="visibility-object"
                onClick={() => onJump(objectId, fieldOf(flags[0]?.rule))}
              >
                {objectId}
              </button>
              {flags.map((flag) => (
                <span key={flag.text} className={`visibility-flag visibility-flag--${flag.rule}`}>
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
