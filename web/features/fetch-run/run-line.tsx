// The fetch's own line below the grid: its progress and Cancel while it runs, then Retry failed
// or Fetch the remaining N once it stopped with ids not fetched. Below the grid rather than above
// it, so the grid does not move as a run starts or ends; in the page rather than in the grid, so
// it is there before the first object lands, and whatever the grid's chunk does.
import { useLayoutEffect, useRef } from 'react';
import type { Run, Tally } from '../../model/run';
import { ProgressMeter } from './run-progress';

/** A run that ended with ids not fetched (failed, canceled, left out): they can be asked again. */
export function isRetryable(run: Run, tally: Tally): boolean {
  return tally.failed + tally.canceled + tally.unanswered > 0 && run.finishedAt !== undefined;
}

export function RunLine(props: {
  run: Run;
  tally: Tally;
  now: number;
  busy: boolean;
  onCancel: () => void;
  onRetry: () => void;
  /** The line goes away with the focus on its button (the run ended): where the focus goes. */
  onFocusLeaving: () => void;
}) {
  const { run, tally, busy } = props;
  if (!busy && !isRetryable(run, tally)) return null;
  return <RunLineShown {...props} />;
}

function RunLineShown(props: Parameters<typeof RunLine>[0]) {
  const { run, tally, now, busy, onCancel, onRetry, onFocusLeaving } = props;
  const button = useRef<HTMLButtonElement>(null);
  // Cancel and Retry are one button, so the focus stays as one turns into the other; when the
  // line goes (before its button leaves the page) a focused button hands the focus on.
  const leaving = useRef(onFocusLeaving);
  leaving.current = onFocusLeaving;
  useLayoutEffect(
    () => () => {
      if (button.current && document.activeElement === button.current) leaving.current();
    },
    [],
  );
  // After Cancel nothing failed: the button says what it will do.
  const retryText =
    tally.failed + tally.unanswered > 0 ? 'Retry failed' : `Fetch the remaining ${tally.canceled}`;
  const notFetched = tally.failed + tally.canceled + tally.unanswered;
  return (
    <div className="run-line">
      {busy && <ProgressMeter run={run} tally={tally} now={now} label="Fetch progress" />}
      {!busy && (
        <span className="run-progress-text">
          {notFetched} {notFetched === 1 ? 'id' : 'ids'} not fetched
        </span>
      )}
      <button ref={button} type="button" onClick={busy ? onCancel : onRetry}>
        {busy ? 'Cancel' : retryText}
      </button>
    </div>
  );
}
