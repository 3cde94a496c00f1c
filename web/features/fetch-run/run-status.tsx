import { type ReactNode, type Ref, useRef } from 'react';
import { useLightDismiss } from '../../lib/browser/use-light-dismiss';
import type { Run, Tally } from '../../model/run';
import { formatTally } from '../../model/run';

/** Enough ids to recognise a pattern (a change of case or length), not a list of thousands. */
const IDS_NAMED = 5;

function someIds(ids: readonly string[]): string {
  const named = ids.slice(0, IDS_NAMED).join(', ');
  return ids.length > IDS_NAMED ? `${named} and ${ids.length - IDS_NAMED} more` : named;
}

/** The tally, Gong's requestIds and every failed call, in plain words. */
export function RunStatus(props: {
  run: Run;
  tally: Tally;
  /** The tally line, focusable: where the keyboard focus goes when Cancel disappears. */
  tallyRef?: Ref<HTMLParagraphElement>;
  /** Beside the tally: what it counts, one click away (the not-found ids). */
  besideTally?: ReactNode;
}) {
  const { run, tally, tallyRef, besideTally } = props;
  const requestIdsPanel = useRef<HTMLDetailsElement>(null);
  useLightDismiss(requestIdsPanel);
  const failed = run.batches.filter((batch) => batch.status === 'failed');
  const requestIds = run.batches.filter((batch) => batch.requestId !== undefined);
  const leftOut = run.batches.filter((batch) => batch.missing !== undefined);
  return (
    <section className="run-status" aria-label="Fetch result">
      <p role="status" className="run-tally" ref={tallyRef} tabIndex={-1}>
        {formatTally(tally)}
      </p>
      {besideTally}
      {failed.length > 0 && (
        <ul className="run-errors" aria-label="Failed calls">
          {failed.map((batch) => (
            <li key={batch.index}>
              <strong>
                Call {batch.index + 1} ({batch.ids.length} ids, from {batch.ids[0]})
              </strong>
              : {batch.error?.message}
              {batch.error?.requestId && <> (Gong requestId {batch.error.requestId})</>}
            </li>
          ))}
        </ul>
      )}
      {(leftOut.length > 0 || run.extraIds.length > 0) && (
        <ul className="run-notes" aria-label="Answers that do not match the ids asked for">
          {leftOut.map((batch) => (
            <li key={batch.index}>
              <strong>Call {batch.index + 1}</strong>: Gong's answer does not mention{' '}
              {batch.missing?.length} of its ids ({someIds(batch.missing ?? [])}); Gong documents
              null for an id it does not know.
            </li>
          ))}
          {run.extraIds.length > 0 && (
            <li>
              Gong also answered {run.extraIds.length} id{run.extraIds.length > 1 ? 's' : ''} nobody
              asked for ({someIds(run.extraIds)}); those it found are the last columns.
            </li>
          )}
        </ul>
      )}
      {requestIds.length > 0 && (
        <details className="run-request-ids" ref={requestIdsPanel}>
          <summary>Gong requestIds ({requestIds.length})</summary>
          <ol>
            {requestIds.map((batch) => (
              <li key={batch.index}>
                Call {batch.index + 1}: <code>{batch.requestId}</code>
                {batch.status === 'failed' && ' (failed: its answer is not in the result)'}
                {batch.attempts !== undefined &&
                  batch.attempts > 1 &&
                  ` (after ${batch.attempts} attempts)`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
