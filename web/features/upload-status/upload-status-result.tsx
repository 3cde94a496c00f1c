import type { RequestStatusResponse } from '../../../proxy/contract';
import { lineText, shownOfTotal, statusText } from './status-words';

const count = (value: number | null | undefined) =>
  value === null || value === undefined ? 'not given' : String(value);

/** One answer of request-status: status, counts, Gong's requestId and the listed error lines. */
export function UploadStatusResult({
  answer,
  describeLine,
}: {
  answer: RequestStatusResponse;
  describeLine?: ((line: number) => string) | undefined;
}) {
  const errors = answer.errors ?? [];
  const more = shownOfTotal(errors.length, answer.totalErrorCount);
  return (
    <div className="upload-result">
      <ul className="upload-facts" aria-label="Upload summary">
        <li className={`upload-status--${answer.status.toLowerCase()}`}>
          Status: <strong>{statusText(answer.status)}</strong>
        </li>
        <li>
          Succeeded: <strong>{count(answer.totalSuccessCount)}</strong>
        </li>
        <li>
          Errors: <strong>{count(answer.totalErrorCount)}</strong>
        </li>
        <li>
          Gong requestId: <code>{answer.requestId}</code>
        </li>
      </ul>
      {errors.length > 0 && (
        <ol className="upload-errors" aria-label="Upload errors">
          {errors.map((error, index) => (
            // Gong may report two errors on one line.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list only changes as a whole.
            <li key={index}>
              <strong>{lineText(error.line)}</strong>: {error.description}
              {describeLine && (
                <span className="upload-line-object"> ({describeLine(error.line)})</span>
              )}
            </li>
          ))}
        </ol>
      )}
      {more && <p className="upload-more">{more}</p>}
    </div>
  );
}
