import { formatSeconds } from '../../lib/api/api-client';
import type { Run, Tally } from '../../model/run';

/**
 * Seconds left, from the pace of the calls done since this leg (the fetch, or the last Retry
 * failed) began; undefined until one of them is done.
 */
export function secondsLeft(run: Run, tally: Tally, now: number): number | undefined {
  const startedAt = run.leg?.startedAt ?? run.startedAt;
  const doneThisLeg = tally.callsDone - (run.leg?.callsDoneBefore ?? 0);
  if (doneThisLeg <= 0) return undefined;
  const perCall = (now - startedAt) / 1000 / doneThisLeg;
  return perCall * (tally.callsTotal - tally.callsDone);
}

/** The bar and the words: calls and ids done, and the time left. */
export function ProgressMeter(props: { run: Run; tally: Tally; now: number; label: string }) {
  const { run, tally, now, label } = props;
  const idsDone = tally.found + tally.notFound + tally.missing;
  const left = secondsLeft(run, tally, now);
  return (
    <>
      <progress aria-label={label} max={tally.callsTotal} value={tally.callsDone} />
      <span className="run-progress-text">
        Call {tally.callsDone} of {tally.callsTotal} · {idsDone} of {tally.requested} ids
        {left !== undefined && ` · about ${formatSeconds(Math.max(1, left))} left`}
      </span>
    </>
  );
}

/** A check's run (the references'): its progress and Cancel, in its panel. */
export function RunProgress(props: {
  run: Run;
  tally: Tally;
  now: number;
  onCancel: () => void;
  /** The progress bar's name. */
  label: string;
}) {
  return (
    <div className="run-progress">
      <ProgressMeter {...props} />
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
