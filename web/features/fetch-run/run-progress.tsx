import { formatSeconds } from '../../lib/api-client';
import type { Run, Tally } from './run-state';

/** Seconds left, from the pace of the calls done so far; undefined until one call is done. */
export function secondsLeft(run: Run, tally: Tally, now: number): number | undefined {
  if (tally.callsDone === 0) return undefined;
  const perCall = (now - run.startedAt) / 1000 / tally.callsDone;
  return perCall * (tally.callsTotal - tally.callsDone);
}

export function RunProgress(props: { run: Run; tally: Tally; now: number; onCancel: () => void }) {
  const { run, tally, now, onCancel } = props;
  const idsDone = tally.found + tally.notFound;
  const left = secondsLeft(run, tally, now);
  return (
    <div className="run-progress">
      <progress aria-label="Fetch progress" max={tally.callsTotal} value={tally.callsDone} />
      <span className="run-progress-text">
        Call {tally.callsDone} of {tally.callsTotal} · {idsDone} of {tally.requested} ids
        {left !== undefined && ` · about ${formatSeconds(Math.max(1, left))} left`}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
