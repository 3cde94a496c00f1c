import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { OBJECT_TYPES, type ObjectType } from '../../../proxy/contract';
import { useStoredState } from '../../lib/use-stored-state';
import { RunProgress } from '../fetch-run/run-progress';
import { objectsOf, tallyOf } from '../fetch-run/run-state';
import { RunStatus } from '../fetch-run/run-status';
import { useFetchRun } from '../fetch-run/use-fetch-run';
import { ResultsGrid } from '../field-grid/results-grid';
import { QueryForm } from '../query-form/query-form';
import { configQuery } from './config-query';
import { ModeBanner } from './mode-banner';
import './inspector.css';

const isObjectType = (value: string): value is ObjectType =>
  (OBJECT_TYPES as readonly string[]).includes(value);

export function InspectorPage() {
  const config = useQuery(configQuery);
  const [integrationId, setIntegrationId] = useStoredState('crm-inspector.integrationId', '');
  const [storedType, setObjectType] = useStoredState('crm-inspector.objectType', 'DEAL');
  const objectType = isObjectType(storedType) ? storedType : 'DEAL';
  const [idsText, setIdsText] = useState('');
  const concurrency = Math.min(8, Math.max(2, (config.data?.rateLimitPerSecond ?? 3) * 2));
  const { run, start, cancel, retryFailed } = useFetchRun(concurrency);
  const now = useNowWhile(run !== null && run.finishedAt === undefined);

  const tally = useMemo(() => (run ? tallyOf(run) : undefined), [run]);
  // Recomputed only when a call lands: the grid's derivations key on this array's identity.
  const ids = run?.ids;
  const results = run?.results;
  const objects = useMemo(
    () => (ids && results ? objectsOf({ ids, results }) : []),
    [ids, results],
  );

  const fillSamples = () => {
    const sandbox = config.data?.sandbox;
    if (!sandbox) return;
    setIntegrationId(sandbox.integrationId);
    setIdsText(sandbox.sampleIds[objectType].join('\n'));
  };

  return (
    <div className="inspector">
      <header className="inspector-header">
        <h1>CRM Inspector</h1>
        <p className="tagline">What Gong stored for your CRM objects, field by field</p>
      </header>
      <ModeBanner config={config.data} error={config.error} onUseSamples={fillSamples} />
      <QueryForm
        integrationId={integrationId}
        onIntegrationIdChange={setIntegrationId}
        objectType={objectType}
        onObjectTypeChange={setObjectType}
        idsText={idsText}
        onIdsTextChange={setIdsText}
        onFetch={start}
        busy={run !== null && run.finishedAt === undefined}
      />
      {run && tally && (
        <>
          {run.finishedAt === undefined && (
            <RunProgress run={run} tally={tally} now={now} onCancel={cancel} />
          )}
          <RunStatus run={run} tally={tally} onRetryFailed={retryFailed} />
          <ResultsGrid objects={objects} />
        </>
      )}
      {!run && <p className="placeholder">Paste CRM ids above and press Fetch.</p>}
    </div>
  );
}

/** The current time, ticking each second while `active`, for the time-left estimate. */
function useNowWhile(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
