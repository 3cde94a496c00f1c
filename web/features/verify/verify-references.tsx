// The verification's references: the counts in a status of their own (beside the summary line,
// which stays as it is), what was not checked and why, Check references (N calls) when it did not
// start by itself, and the references to objects neither in Gong nor in the file.
import { type ReactNode, useId, useState } from 'react';
import { Fold } from '../../lib/browser/fold';
import type { DanglingReference } from '../../lib/result-files/verification-report';
import { referenceSummaryText, unreadableText } from '../../lib/result-files/verification-text';
import type { VerifyReferences } from './use-verify-references';

/** Enough to act on; the report lists them all. */
const LISTED = 200;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function VerifyReferencesView(props: {
  refs: VerifyReferences;
  /** The check's progress and Cancel, drawn by the page with the fetch's own component. */
  progress: ReactNode;
  /** Shows the object's cell in the grid; says why not when it cannot. */
  onJump: (reference: DanglingReference) => string | undefined;
  /** A result is on screen: the status and Check references stay in the row, the rest folds. */
  compact: boolean;
}) {
  const { refs, progress, onJump, compact } = props;
  const headingId = useId();
  const listId = useId();
  const [note, setNote] = useState('');
  const { view, busy } = refs;
  if (!refs.settled || !view) return null;
  const shown = refs.started || view.calls === 0;
  const readable = refs.fields.filter((field) => !refs.unreadable.includes(field));
  return (
    <section className="verify-references" aria-labelledby={headingId}>
      <h3 id={headingId} className={compact ? 'visually-hidden' : undefined}>
        References of the file's objects
      </h3>
      {shown && readable.length > 0 && (
        <p role="status" className="verify-references-status">
          {referenceSummaryText(view.summary)}
        </p>
      )}
      {busy && progress}
      {!busy && view.calls > 0 && (
        <div className="verify-controls">
          <button type="button" onClick={refs.check}>
            Check references ({plural(view.calls, 'call')})
          </button>
          <span className="hint">
            {refs.started
              ? `${view.summary.notChecked} not checked: a call failed or was canceled.`
              : `Asks Gong for ${plural(
                  [...view.toFetch.values()].reduce((sum, ids) => sum + ids.length, 0),
                  'referenced object',
                )} neither in the file nor verified.`}
          </span>
        </div>
      )}
      <Fold
        folded={compact}
        summary={
          view.dangling.length > 0
            ? `Dangling references (${view.dangling.length})`
            : 'Reference details'
        }
      >
        {(close) => (
          <>
            {refs.fields.length === 0 ? (
              <p className="hint">{refs.objectType} objects reference no other object.</p>
            ) : (
              <p className="hint">
                {refs.fields.map((field) => `${field.field} → ${field.to}`).join(', ')}: an id
                counts as found when Gong holds it or the file holds a {refs.objectType} with it.
              </p>
            )}
            <ul className="verify-references-notes">
              {unreadableText(view.summary).map((text) => (
                <li key={text}>{text}</li>
              ))}
              {refs.failed.map((text) => (
                <li key={text} className="verify-error">
                  {text}
                </li>
              ))}
            </ul>
            {view.dangling.length > 0 && (
              <div className="verify-references-dangling">
                <h4 id={listId}>Not in Gong nor in the file ({view.dangling.length})</h4>
                <ul aria-labelledby={listId}>
                  {view.dangling.slice(0, LISTED).map((item) => (
                    <li key={`${item.objectId}\u0000${item.field}`}>
                      <button
                        type="button"
                        className="jump-link"
                        onClick={() => {
                          setNote(onJump(item) ?? '');
                          close();
                        }}
                      >
                        {item.objectId} (line {item.line}) · {item.field} → {item.to} {item.id}
                      </button>
                    </li>
                  ))}
                </ul>
                {view.dangling.length > LISTED && (
                  <p>and {view.dangling.length - LISTED} more: Download report lists them all.</p>
                )}
              </div>
            )}
          </>
        )}
      </Fold>
      <p className="hint" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
