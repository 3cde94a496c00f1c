// Feature upload-status: where a CRM upload stands at Gong; imports web/lib and
// proxy/contract.ts, never another feature.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { type RequestStatusQuery, requestStatusQuerySchema } from '../../../proxy/contract';
import { ApiError } from '../../lib/api/api-client';
import { useDismissWhileOpen } from '../../lib/browser/use-light-dismiss';
import { CHECK_STATUS, requestStatusQuery } from './request-status-query';
import { UploadStatusResult } from './upload-status-result';
import './upload-status.css';

const LABELS: Readonly<Record<string, string>> = {
  integrationId: 'Integration ID',
  clientRequestId: 'Client request ID',
};

// Only read while no check was asked for: the query is disabled then.
const NOTHING_ASKED: RequestStatusQuery = { integrationId: '', clientRequestId: '' };

/**
 * Where an upload stands: the clientRequestId it was sent with, for the integration in the
 * query form. Each Check status asks Gong again, since an upload moves on.
 */
export function UploadStatusPanel({
  integrationId,
  describeLine,
}: {
  integrationId: string;
  /** With an upload file open: its line and objectId for each line Gong names. */
  describeLine?: ((line: number) => string) | undefined;
}) {
  const headingId = useId();
  const inputId = useId();
  const [clientRequestId, setClientRequestId] = useState('');
  const [asked, setAsked] = useState<RequestStatusQuery | null>(null);
  const [problem, setProblem] = useState<string>();
  const query = useQuery({ ...requestStatusQuery(asked ?? NOTHING_ASKED), enabled: !!asked });
  // With a result on screen the answer opens over the grid: it closes after use (Escape, a press
  // elsewhere) and opens again with the next Check status.
  const [answerShown, setAnswerShown] = useState(true);
  const section = useRef<HTMLElement>(null);
  const hideAnswer = useCallback(() => setAnswerShown(false), []);
  useDismissWhileOpen(section, answerShown && asked !== null, hideAnswer);

  const check = (event: FormEvent) => {
    event.preventDefault();
    setAnswerShown(true);
    const parsed = requestStatusQuerySchema.safeParse({
      integrationId,
      clientRequestId: clientRequestId.trim(),
    });
    if (!parsed.success) {
      const said = parsed.error.issues.map((issue) =>
        issue.path[0] === 'integrationId' && integrationId === ''
          ? 'Enter the Integration ID above first'
          : `${LABELS[String(issue.path[0])] ?? 'The query'} ${issue.message}`,
      );
      setProblem(said.join('. '));
      return;
    }
    setProblem(undefined);
    const same =
      asked?.integrationId === parsed.data.integrationId &&
      asked.clientRequestId === parsed.data.clientRequestId;
    if (same) void query.refetch();
    else setAsked(parsed.data);
  };

  const error = asked && !problem ? query.error : null;
  return (
    <section className="upload-panel" aria-labelledby={headingId} ref={section}>
      <form className="upload-form" onSubmit={check}>
        <h2 id={headingId} className="upload-title">
          Upload status
        </h2>
        <label htmlFor={inputId}>Client request ID</label>
        <input
          id={inputId}
          autoComplete="off"
          spellCheck={false}
          value={clientRequestId}
          onChange={(event) => setClientRequestId(event.target.value)}
          aria-invalid={problem !== undefined}
        />
        <button type="submit" disabled={query.isFetching}>
          {CHECK_STATUS}
        </button>
      </form>
      <div className="upload-answer" aria-live="polite" hidden={!answerShown}>
        {problem && <p className="field-error">{problem}</p>}
        {!problem && query.isFetching && <p className="hint">Asking Gong…</p>}
        {error && (
          <p className="field-error">
            {error.message}
            {error instanceof ApiError && error.requestId && ` (Gong requestId ${error.requestId})`}
          </p>
        )}
        {asked && !problem && !error && query.data && (
          <UploadStatusResult answer={query.data} describeLine={describeLine} />
        )}
      </div>
    </section>
  );
}
