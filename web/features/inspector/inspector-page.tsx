import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { FileProblems } from '../../lib/result-files/file-problems';
import type { CrmQuery } from '../../model/query';
import { objectsOf, type Run, tallyOf } from '../../model/run';
import { baselineOfRun, useCompare } from '../compare/use-compare';
import { RunProgress } from '../fetch-run/run-progress';
import { RunStatus } from '../fetch-run/run-status';
import { useFetchRun } from '../fetch-run/use-fetch-run';
import { useNowWhile } from '../fetch-run/use-now-while';
import { HistoryPanel } from '../history/history-panel';
import { describeEntry, type HistoryEntry } from '../history/query-history';
import { useQueryHistory } from '../history/use-query-history';
import { IntegrationPicker } from '../integration-picker/integration-picker';
import { QueryForm } from '../query-form/query-form';
import { useQueryFields } from '../query-form/use-query-fields';
import { useSchemaCheck } from '../schema/use-schema-check';
import { LinkNoticeView } from '../share/link-notice';
import { OpenedNotice, OpenResult } from '../share/open-result';
import { useLinkFragment } from '../share/use-link-fragment';
import { useOpenResult } from '../share/use-open-result';
import { UploadStatusPanel } from '../upload-status/upload-status-panel';
import { configQuery } from './config-query';
import { emptyResultOf } from './empty-result';
import {
  CompareBar,
  ExportButtons,
  preloadResults,
  ResultsGrid,
  SchemaPanel,
  ShareBar,
} from './lazy-results';
import { ModeBanner } from './mode-banner';
import { ResultsBoundary } from './results-boundary';
import { usePacedValue } from './use-paced-value';
import './inspector.css';

export function InspectorPage() {
  const config = useQuery(configQuery);
  const form = useQueryFields();
  const concurrency = Math.min(8, Math.max(2, (config.data?.rateLimitPerSecond ?? 3) * 2));
  const { run, start, cancel, retryFailed, replace } = useFetchRun(concurrency);
  const busy = run !== null && run.finishedAt === undefined;
  useEffect(preloadResults, []);
  const now = useNowWhile(busy);
  const history = useQueryHistory(run);
  const compare = useCompare(run);
  const { fill } = form;
  const link = useLinkFragment(fill);
  const showFile = useCallback(
    (shown: Run) => {
      replace(shown);
      fill(shown);
    },
    [replace, fill],
  );
  const open = useOpenResult(form, showFile);

  const tally = useMemo(() => (run ? tallyOf(run) : undefined), [run]);
  // Recomputed only when a call lands: the grid's derivations key on this array's identity.
  const ids = run?.ids;
  const results = run?.results;
  const extraIds = run?.extraIds;
  const landed = useMemo(
    () => (ids && results && extraIds ? objectsOf({ ids, results, extraIds }) : []),
    [ids, results, extraIds],
  );
  // Rebuilding the grid for each landed call froze the page at 10,000 objects: during a run it
  // follows at a pace it can draw, and the whole result the moment the run ends.
  const objects = usePacedValue(landed, busy, run?.id);

  const gridObjects = compare.view?.objects ?? objects;
  // The result alone, never the view (Only changes, the baseline's columns): findings are about
  // what Gong holds now.
  const schema = useSchemaCheck(run, objects, open.opened !== null);

  // A fetch or a retry calls Gong: the notes about a file or a link no longer hold.
  const startFetch = (query: CrmQuery) => {
    open.forget();
    link.dismiss();
    start(query);
  };
  // Cancel goes away as it is pressed: the focus moves to the tally rather than to the page.
  const tallyRef = useRef<HTMLParagraphElement>(null);
  const cancelRun = () => {
    cancel();
    requestAnimationFrame(() => tallyRef.current?.focus());
  };
  const retry = () => {
    open.forget();
    retryFailed();
  };
  const rerun = (entry: HistoryEntry) => {
    fill(entry);
    startFetch(entry);
  };
  // A fetch that failed as a whole replaced the result on screen; the earlier one is still here.
  const showEarlier = (entry: HistoryEntry) => {
    const earlier = history.resultOf(entry);
    if (!earlier) return;
    open.forget();
    link.dismiss();
    showFile(earlier);
  };
  const compareWith = (entry: HistoryEntry) => {
    const earlier = history.resultOf(entry);
    if (earlier)
      compare.setBaseline(baselineOfRun(earlier, `earlier fetch (${describeEntry(entry)})`));
  };
  const fillSamples = () => {
    const sandbox = config.data?.sandbox;
    if (!sandbox) return;
    form.setIntegrationId(sandbox.integrationId);
    form.setIdsText(sandbox.sampleIds[form.objectType].join('\n'));
  };

  return (
    <div className={run ? 'inspector inspector--results' : 'inspector'} {...open.drop.handlers}>
      <header className="inspector-header">
        <h1>CRM Inspector</h1>
        <p className="tagline">What Gong stored for your CRM objects, field by field</p>
        <ModeBanner config={config.data} error={config.error} onUseSamples={fillSamples} />
      </header>
      <main className="inspector-main">
        {link.notice && <LinkNoticeView notice={link.notice} onDismiss={link.dismiss} />}
        <div className="query-row">
          <QueryForm
            integrationId={form.integrationId}
            onIntegrationIdChange={form.setIntegrationId}
            objectType={form.objectType}
            onObjectTypeChange={form.setObjectType}
            idsText={form.idsText}
            onIdsTextChange={form.setIdsText}
            onFetch={startFetch}
            busy={busy}
            compact={run !== null}
            renderIntegrationInput={(input) => <IntegrationPicker {...input} />}
          />
          <div className="page-tools">
            <OpenResult state={open.file.state} onFile={open.file.open} />
            <UploadStatusPanel integrationId={form.integrationId} />
            <HistoryPanel
              entries={history.entries}
              hasResult={(entry) => history.resultOf(entry) !== undefined}
              isOnScreen={(entry) => run !== null && history.resultOf(entry)?.id === run.id}
              onRerun={rerun}
              onShow={showEarlier}
              onUseAsBaseline={compareWith}
              busy={busy}
            />
          </div>
        </div>
        {open.file.state.status === 'failed' && (
          <FileProblems {...open.file.state} onDismiss={open.file.clear} />
        )}
        {run && tally && (
          <>
            {busy && <RunProgress run={run} tally={tally} now={now} onCancel={cancelRun} />}
            {open.opened && <OpenedNotice {...open.opened} />}
            <div className="run-row">
              <RunStatus run={run} tally={tally} onRetryFailed={retry} tallyRef={tallyRef} />
              <ResultsBoundary resetKey={run.id} quiet>
                <Suspense fallback={null}>
                  <SchemaPanel check={schema} />
                </Suspense>
              </ResultsBoundary>
            </div>
            <ResultsBoundary resetKey={run.id}>
              <Suspense fallback={null}>
                <ResultsGrid
                  objects={gridObjects}
                  schema={schema.grid}
                  changes={compare.view?.changes}
                  onlyFields={compare.view?.onlyFields}
                  empty={emptyResultOf(
                    tally,
                    busy,
                    compare.view !== undefined && compare.onlyChanges,
                  )}
                  toolbar={(view) => (
                    <>
                      <ShareBar run={run} config={config.data} />
                      <CompareBar compare={compare} run={run} />
                      <ExportButtons view={view} run={run} changes={compare.view?.changes} />
                    </>
                  )}
                />
              </Suspense>
            </ResultsBoundary>
          </>
        )}
        {!run && <p className="placeholder">Paste CRM ids above and press Fetch.</p>}
      </main>
      {open.drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a result JSON to open it
        </div>
      )}
    </div>
  );
}
