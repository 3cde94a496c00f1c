// Check references: the button, the run's progress (drawn by the page), the counts in a status,
// what could not be checked and why, and the dangling references, each a jump to its cell. One
// compact row above the grid: the details open from a counter, over the grid.
import { type ReactNode, useId, useState } from 'react';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import { Fold } from '../../lib/browser/fold';
import {
  danglingText,
  formatReferenceCounts,
  isReadable,
  type ReferenceCell,
} from '../../model/references';
import type { ReferenceCheck } from './use-reference-check';
import './references.css';

/** Enough to act on; the copied text holds them all. */
const LISTED = 200;

export function ReferencesPanel(props: {
  check: ReferenceCheck;
  /** A fetch is running: its result is not the one to check yet. */
  disabled: boolean;
  /** The run's progress and Cancel, drawn by the page with the fetch's own component. */
  progress: ReactNode;
  /** Moves the grid to a cell; false when the grid's filters hide it. */
  onJump: (objectId: string, field: string) => boolean;
}) {
  const { check, disabled, progress, onJump } = props;
  const { counts, dangling, fields, started, busy } = check;
  const [note, setNote] = useState('');
  const headingId = useId();
  const danglingId = useId();
  const noIntegrationId = useId();
  const unreadable = fields.filter((field) => !isReadable(field.to));
  const failed = check.runs.flatMap((run) =>
    run.batches
      .filter((batch) => batch.status === 'failed')
      .map((batch) => `${run.objectType}: ${batch.error?.message ?? 'the call failed'}`),
  );

  const jump = (cell: ReferenceCell, close: () => void) => {
    if (!onJump(cell.objectId, cell.field)) {
      setNote(`${cell.field} of ${cell.objectId} is hidden by the grid's filters`);
    } else {
      setNote('');
      // The cell is under the panel: it closes once it has taken the user there.
      close();
    }
  };
  const copy = async () => {
    setNote(copyMessage(await copyToClipboard(danglingText(dangling)), 'dangling references'));
  };

  const fieldsText =
    fields.length === 0
      ? `No ${check.objectType} field references another object.`
      : `${fields.map((field) => `${field.field} → ${field.to}`).join(', ')} (${
          fields.some((field) => field.from === 'schema')
            ? 'from the entity schema'
            : 'as Gong documents them'
        })`;
  const summary = !started
    ? `${fields.length} reference ${fields.length === 1 ? 'field' : 'fields'}`
    : dangling.length > 0
      ? `Dangling references (${dangling.length})`
      : 'Details';

  return (
    <section className="references" aria-labelledby={headingId}>
      <h2 id={headingId} className="references-title">
        References
      </h2>
      <button
        type="button"
        onClick={check.check}
        disabled={disabled || busy || !check.checkable}
        aria-describedby={check.checkable ? undefined : noIntegrationId}
      >
        Check references
      </button>
      {!check.checkable && (
        <span id={noIntegrationId} className="visually-hidden">
          This result names no integration: open it with one, or fetch, to check references.
        </span>
      )}
      {busy && progress}
      {started && (
        <p role="status" className="references-status">
          {formatReferenceCounts(counts)}
        </p>
      )}
      <Fold summary={summary} className="references-fold">
        {(close) => (
          <>
            {!check.checkable && (
              <p className="references-fields">
                This result names no integration: open it with one, or fetch, to check references.
              </p>
            )}
            <p className="references-fields">{fieldsText}</p>
            {started && (
              <ul className="references-notes">
                {[...counts.unreadable].map(([to, count]) => (
                  <li key={to}>
                    {count} {count === 1 ? 'reference' : 'references'} to {to} (
                    {unreadable
                      .filter((field) => field.to === to)
                      .map((field) => field.field)
                      .join(', ')}
                    ) not checked: Gong's Get CRM objects cannot read {to}.
                  </li>
                ))}
                {!busy && counts.unchecked > 0 && (
                  <li>
                    {counts.unchecked} not checked: a call failed or was canceled, or the references
                    changed since. Check references again to ask for them.
                  </li>
                )}
                {failed.map((text) => (
                  <li key={text} className="references-failed">
                    {text}
                  </li>
                ))}
              </ul>
            )}
            {dangling.length > 0 && (
              <div className="references-dangling">
                <div className="references-dangling-head">
                  <h3 id={danglingId}>Not in Gong ({dangling.length})</h3>
                  <button type="button" onClick={copy}>
                    Copy dangling references
                  </button>
                </div>
                <ul aria-labelledby={danglingId}>
                  {dangling.slice(0, LISTED).map((cell) => (
                    <li key={`${cell.objectId}\u0000${cell.field}`}>
                      <button type="button" className="jump-link" onClick={() => jump(cell, close)}>
                        {cell.objectId} · {cell.field} → {cell.to} {cell.id}
                      </button>
                    </li>
                  ))}
                </ul>
                {dangling.length > LISTED && (
                  <p>
                    and {dangling.length - LISTED} more: Copy dangling references copies them all.
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </Fold>
      <p className="references-note" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
