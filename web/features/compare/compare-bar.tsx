// Feature compare: a baseline (a file or an earlier fetch) against the result shown; imports
// web/model, web/diff, web/lib and proxy/contract.ts, never another feature.
import { formatComparison } from '../../diff/compare-results';
import { FileProblems, pickFile } from '../../lib/result-files/file-problems';
import type { Run } from '../../model/run';
import type { Baseline, CompareState } from './use-compare';
import './compare.css';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function mismatch(baseline: Baseline, run: Run): string | undefined {
  const sameType = baseline.objectType === run.objectType;
  const sameIntegration =
    baseline.integrationId === '' ||
    run.integrationId === '' ||
    baseline.integrationId === run.integrationId;
  if (sameType && sameIntegration) return undefined;
  return `The baseline holds ${baseline.objectType} objects of integration ${baseline.integrationId || '(unknown)'}, the result ${run.objectType} objects of integration ${run.integrationId || '(unknown)'}: objects are matched by CRM id all the same.`;
}

/**
 * Pick a baseline and narrow the grid to the changes: controls only, so they keep their place in
 * the toolbar row whatever the baseline's name (CompareStatus says what is compared).
 */
export function CompareBar({ compare }: { compare: CompareState }) {
  const { baseline, file } = compare;
  return (
    <section className="compare-bar" aria-label="Compare">
      <div className="compare-row">
        <label
          className="file-button"
          title="Compare with a result file, or with an earlier fetch (History → Use as baseline)"
        >
          Compare with…
          <input
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            onChange={pickFile(file.open)}
          />
        </label>
        {baseline ? (
          <>
            <label className="compare-only">
              <input
                type="checkbox"
                checked={compare.onlyChanges}
                onChange={(event) => compare.setOnlyChanges(event.target.checked)}
              />
              Only changes
            </label>
            <button type="button" onClick={compare.clear}>
              Stop comparing
            </button>
          </>
        ) : (
          file.state.status === 'reading' && (
            <span className="compare-hint">Reading {file.state.name}…</span>
          )
        )}
      </div>
    </section>
  );
}

/** What the result is compared with and what changed since: a line in the checks row. */
export function CompareStatus({ compare, run }: { compare: CompareState; run: Run }) {
  const { baseline, comparison, file } = compare;
  const warning = baseline ? mismatch(baseline, run) : undefined;
  if (!baseline && file.state.status !== 'failed') return null;
  return (
    <div className="compare-status">
      {baseline && (
        <p
          className="compare-summary"
          aria-live="polite"
          title={`Baseline: ${baseline.label}, fetched ${when(baseline.fetchedAt)}`}
        >
          {comparison ? formatComparison(comparison) : 'Comparing when the fetch has finished…'}
        </p>
      )}
      {baseline && (
        <p
          className="compare-baseline"
          title={`${baseline.label}, fetched ${when(baseline.fetchedAt)}`}
        >
          Baseline: <strong>{baseline.label}</strong>, fetched {when(baseline.fetchedAt)}
        </p>
      )}
      {warning && <p className="share-warning">{warning}</p>}
      {file.state.status === 'failed' && (
        <FileProblems
          name={file.state.name}
          problems={file.state.problems}
          onDismiss={file.clear}
        />
      )}
    </div>
  );
}
