// The baseline to compare with (a result file, or an earlier fetch of this page), and the
// comparison with the current result once its fetch has finished.
import { useCallback, useMemo, useState } from 'react';
import type { ObjectType } from '../../../proxy/contract';
import { compareResults, type ResultSide } from '../../diff/compare-results';
import { compareView } from '../../diff/compare-view';
import { type OpenedResult, useResultFile } from '../../lib/result-files/use-result-file';
import type { Run } from '../../model/run';

export interface Baseline {
  /** A file name, or which fetch it was. */
  readonly label: string;
  readonly side: ResultSide;
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly fetchedAt: string;
}

export function baselineOfRun(run: Run, label: string): Baseline {
  return {
    label,
    side: run,
    integrationId: run.integrationId,
    objectType: run.objectType,
    fetchedAt: new Date(run.finishedAt ?? run.startedAt).toISOString(),
  };
}

export function useCompare(run: Run | null) {
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const fromFile = useCallback(({ name, result }: OpenedResult) => {
    // As for a fetch, the ids asked for are compared; objects Gong answered unasked are not.
    const side = { ids: result.requestedIds, results: result.objects };
    setBaseline({ ...result, label: name, side });
  }, []);
  const file = useResultFile(
    { integrationId: run?.integrationId ?? '', objectType: run?.objectType ?? 'DEAL' },
    fromFile,
  );

  // Only a finished fetch is compared: mid-fetch, every unanswered id would look unchanged.
  const finished = run?.finishedAt !== undefined;
  const ids = finished ? run?.ids : undefined;
  const results = finished ? run?.results : undefined;
  const comparison = useMemo(
    () =>
      baseline && ids && results ? compareResults(baseline.side, { ids, results }) : undefined,
    [baseline, ids, results],
  );
  const view = useMemo(
    () =>
      comparison && ids && results
        ? compareView(comparison, { ids, results }, onlyChanges)
        : undefined,
    [comparison, ids, results, onlyChanges],
  );

  const clear = useCallback(() => {
    setBaseline(null);
    file.clear();
  }, [file.clear]);

  return { baseline, setBaseline, clear, comparison, view, onlyChanges, setOnlyChanges, file };
}

export type CompareState = ReturnType<typeof useCompare>;
