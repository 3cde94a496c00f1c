// Feature inspector: the page, which composes the other features; the only folder that may
// import them.
import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { MAX_IDS_PER_CALL } from '../../../proxy/contract';
import { useQuotaConfirm } from '../../lib/api/quota-confirm';
import { useUsage } from '../../lib/api/usage-query';
import { PhoneOverflow } from '../../lib/browser/phone-overflow';
import { FileProblems } from '../../lib/result-files/file-problems';
import { looksLikeUploadFile, SNIFF_BYTES } from '../../lib/upload-file/sniff';
import type { CrmQuery } from '../../model/query';
import { objectsOf, type Run, sumTallies, tallyOf } from '../../model/run';
import { baselineOfRun, useCompare } from '../compare/use-compare';
import { RunLine } from '../fetch-run/run-line';
import { RunProgress } from '../fetch-run/run-progress';
import { RunStatus } from '../fetch-run/run-status';
import { useFetchRun } from '../fetch-run/use-fetch-run';
import { useFetchRuns } from '../fetch-run/use-fetch-runs';
import { useNowWhile } from '../fetch-run/use-now-while';
import type { GridHandle } from '../field-grid/grid-table';
import { HistoryPanel } from '../history/history-panel';
import { describeEntry, type HistoryEntry } from '../history/query-history';
import { useQueryHistory } from '../history/use-query-history';
import { IntegrationPicker } from '../integration-picker/integration-picker';
import { QueryForm } from '../query-form/query-form';
import { useQueryFields } from '../query-form/use-query-fields';
import { useReferenceCheck } from '../references/use-reference-check';
import { useSchemaCheck } from '../schema/use-schema-check';
import { LinkNoticeView } from '../share/link-notice';
import { OpenedNotice, OpenResult } from '../share/open-result';
import { useLinkFragment } from '../share/use-link-fragment';
import { useOpenResult } from '../share/use-open-result';
import { UploadStatusPanel } from '../upload-status/upload-status-panel';
import { lineDescriber } from '../verify/line-describer';
import { useUploadFile } from '../verify/use-upload-file';
import { useVerify } from '../verify/use-verify';
import { useVerifyReferences } from '../verify/use-verify-references';
import { configQuery } from './config-query';
import { emptyResultOf } from './empty-result';
import {
  CompareBar,
  CompareStatus,
  ExportButtons,
  NotFoundList,
  preloadResults,
  ReferencesPanel,
  ResultsGrid,
  SchemaPanel,
  ShareBar,
  VerifyPanel,
  VisibilityPanel,
} from './lazy-results';
import { ModeBanner } from './mode-banner';
import { ResultsBoundary } from './results-boundary';
import { UsageLine } from './usage-line';
import { useBackToResult } from './use-back-to-result';
import { usePacedValue } from './use-paced-value';
import './inspector.css';

const NOTHING_DIFFERS = {
  title: 'No object differs from the file',
  hint: 'Untick Only objects that differ to see every object.',
};

export function InspectorPage() {
  const config = useQuery(configQuery);
  const form = useQueryFields();
  const concurrency = Math.min(8, Math.max(2, (config.data?.rateLimitPerSecond ?? 3) * 2));
  const usage = useUsage();
  const quota = useQuotaConfirm(usage.usage);
  // Read again once a run's calls have ended: the count on the page follows what was spent.
  // The verification's reference check starts when its run's calls have ended (an event).
  const { run, start, cancel, retryFailed, replace } = useFetchRun(concurrency, (ended) => {
    usage.refresh();
    verifyReferences.runEnded(ended);
  });
  const referenceRuns = useFetchRuns(concurrency, usage.refresh);
  const verifyReferenceRuns = useFetchRuns(concurrency, usage.refresh, 2_000_000);
  const busy = run !== null && run.finishedAt === undefined;
  useEffect(preloadResults, []);
  const history = useQueryHistory(run);
  const compare = useCompare(run);
  const { fill } = form;
  const link = useLinkFragment(fill);
  const clearReferences = referenceRuns.clear;
  const showFile = useCallback(
    (shown: Run) => {
      clearReferences();
      replace(shown);
      fill(shown);
    },
    [replace, fill, clearReferences],
  );
  const uploadFile = useUploadFile(form);
  const openUpload = uploadFile.open;
  // A dropped file is an upload file or a result, told apart by its content, not its name.
  const routeDrop = useCallback(
    (file: File, openResult: (file: File) => void) => {
      file
        .slice(0, SNIFF_BYTES)
        .text()
        .then(
          (head) => (looksLikeUploadFile(head) ? openUpload(file) : openResult(file)),
          () => openResult(file),
        );
    },
    [openUpload],
  );
  const open = useOpenResult(form, showFile, routeDrop);

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
  const notFoundIds = useMemo(
    () => objects.filter((object) => object.fields === null).map((object) => object.id),
    [objects],
  );

  // The verification follows the run at the grid's pace: it rebuilds its view on each change.
  const pacedRun = usePacedValue(run, busy, run?.id);
  const verify = useVerify({
    upload: uploadFile.opened,
    run: pacedRun,
    form,
    start: (query) => startFetch(query, 'This verification'),
  });
  const verifyReferences = useVerifyReferences({
    verify,
    run: pacedRun,
    fetch: verifyReferenceRuns,
    usage: usage.usage,
    confirmThen: quota.confirmThen,
  });
  const verifyReferenceTally = useMemo(
    () => sumTallies(verifyReferenceRuns.runs.map(tallyOf)),
    [verifyReferenceRuns.runs],
  );
  const opened = uploadFile.opened;
  const describeLine = useMemo(
    () => (opened ? lineDescriber(opened.name, opened.read) : undefined),
    [opened],
  );

  const gridObjects = verify.grid?.objects ?? compare.view?.objects ?? objects;
  const gridChanges = verify.grid ? verify.grid.changes : compare.view?.changes;
  const gridOnlyFields = verify.grid ? verify.grid.onlyFields : compare.view?.onlyFields;
  // The result alone, never the view (Only changes, the baseline's columns, a verification):
  // findings are about what Gong holds now.
  const schema = useSchemaCheck(run, objects, open.opened !== null);

  // A fetch or a retry calls Gong: the notes about a file or a link no longer hold. A fetch that
  // needs more than 10% of what is left of today's allowance asks first.
  const startFetch = (query: CrmQuery, what = 'This fetch') => {
    const calls = Math.ceil(query.ids.length / MAX_IDS_PER_CALL);
    quota.confirmThen(what, calls, () => {
      open.forget();
      link.dismiss();
      referenceRuns.clear();
      verifyReferenceRuns.clear();
      start(query);
    });
  };
  // A reference's Open: a new query of its type, the result on screen one Back away.
  const back = useBackToResult(showFile);
  const openReference = (query: CrmQuery) => {
    back.remember(run);
    fill(query);
    startFetch(query);
  };
  const references = useReferenceCheck({
    resultId: run?.id,
    integrationId: run?.integrationId ?? '',
    objectType: run?.objectType ?? 'DEAL',
    objects,
    schema: schema.applicable ? schema.query.data?.fields : undefined,
    fetch: referenceRuns,
    onOpen: openReference,
  });
  const referenceTally = useMemo(() => sumTallies(references.runs.map(tallyOf)), [references.runs]);
  const now = useNowWhile(busy || references.busy || verifyReferences.busy);
  const grid = useRef<GridHandle>(null);
  const { shown: onlyShown } = references;
  const shownObjects = useMemo(() => onlyShown(gridObjects), [onlyShown, gridObjects]);
  // One object, so the grid's memos hold while nothing marked changes.
  const gridMarks = useMemo(
    () => ({ changes: gridChanges, schema: schema.grid, references: references.grid }),
    [gridChanges, schema.grid, references.grid],
  );
  const jumpTo = (objectId: string, field: string) =>
    grid.current?.jumpTo(objectId, field) ?? false;
  // After Cancel the focus moves to the tally, which says what the run came to; so it does when
  // the run's line goes away with the focus on it.
  const tallyRef = useRef<HTMLParagraphElement>(null);
  const focusTally = () => tallyRef.current?.focus();
  const cancelRun = () => {
    cancel();
    requestAnimationFrame(focusTally);
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
        {config.data && <UsageLine usage={usage.usage} mode={config.data.mode} />}
      </header>
      <main className="inspector-main">
        {quota.dialog}
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
          {/* On a phone these fold behind More: the query and the grid keep the first screen. */}
          <PhoneOverflow className="page-tools" label="More">
            <OpenResult state={open.file.state} onFile={open.file.open} />
            <UploadStatusPanel integrationId={form.integrationId} describeLine={describeLine} />
            <HistoryPanel
              entries={history.entries}
              hasResult={(entry) => history.resultOf(entry) !== undefined}
              isOnScreen={(entry) => run !== null && history.resultOf(entry)?.id === run.id}
              onRerun={rerun}
              onShow={showEarlier}
              onUseAsBaseline={compareWith}
              busy={busy}
            />
          </PhoneOverflow>
          <ResultsBoundary resetKey="verify">
            <Suspense fallback={null}>
              <VerifyPanel
                file={uploadFile}
                verify={verify}
                objectType={form.objectType}
                sandbox={config.data?.mode === 'sandbox'}
                busy={busy}
                references={{
                  refs: verifyReferences,
                  onJump: jumpTo,
                  progress: verifyReferenceRuns.runs[0] && (
                    <RunProgress
                      run={verifyReferenceRuns.runs[0]}
                      tally={verifyReferenceTally}
                      now={now}
                      onCancel={verifyReferenceRuns.cancel}
                      label="Verification reference check progress"
                    />
                  ),
                }}
                compact={run !== null}
              />
            </Suspense>
          </ResultsBoundary>
        </div>
        {open.file.state.status === 'failed' && (
          <FileProblems {...open.file.state} onDismiss={open.file.clear} />
        )}
        {run && tally && (
          <>
            {open.opened && <OpenedNotice {...open.opened} />}
            {/* The tally and every check, each a counter in one row that opens its panel. */}
            <div className="run-row">
              <RunStatus
                run={run}
                tally={tally}
                tallyRef={tallyRef}
                besideTally={
                  <ResultsBoundary resetKey={run.id} quiet>
                    <Suspense fallback={null}>
                      <NotFoundList ids={notFoundIds} />
                    </Suspense>
                  </ResultsBoundary>
                }
              />
              <ResultsBoundary resetKey={run.id} quiet>
                <Suspense fallback={null}>
                  <SchemaPanel check={schema} />
                </Suspense>
              </ResultsBoundary>
              <ResultsBoundary resetKey={run.id} quiet>
                <Suspense fallback={null}>
                  <CompareStatus compare={compare} run={run} />
                  {/* References start the second line: their counter grows once checked, and
                      would otherwise move from one line to the other. */}
                  <span className="run-row-break" aria-hidden="true" />
                  <ReferencesPanel
                    check={references}
                    disabled={busy}
                    onJump={jumpTo}
                    progress={
                      references.runs[0] && (
                        <RunProgress
                          run={references.runs[0]}
                          tally={referenceTally}
                          now={now}
                          onCancel={referenceRuns.cancel}
                          label="Reference check progress"
                        />
                      )
                    }
                  />
                  <VisibilityPanel check={references} total={tally.found} onJump={jumpTo} />
                </Suspense>
              </ResultsBoundary>
            </div>
            <ResultsBoundary resetKey={run.id}>
              <Suspense fallback={null}>
                <ResultsGrid
                  handle={grid}
                  objects={shownObjects}
                  marks={gridMarks}
                  onlyFields={gridOnlyFields}
                  empty={
                    verify.grid && verify.onlyDiffering && tally.found > 0
                      ? NOTHING_DIFFERS
                      : emptyResultOf(
                          tally,
                          busy,
                          compare.view !== undefined && compare.onlyChanges,
                        )
                  }
                  toolbar={(view) => (
                    <>
                      <ShareBar run={run} config={config.data} />
                      <CompareBar compare={compare} />
                      <ExportButtons view={view} run={run} changes={gridChanges} />
                    </>
                  )}
                />
              </Suspense>
            </ResultsBoundary>
            <RunLine
              run={run}
              tally={tally}
              now={now}
              busy={busy}
              onCancel={cancelRun}
              onRetry={retry}
              onFocusLeaving={focusTally}
            />
          </>
        )}
        {!run && <p className="placeholder">Paste CRM ids above and press Fetch.</p>}
      </main>
      {open.drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a result JSON or an upload file to open it
        </div>
      )}
    </div>
  );
}
