// The report downloads: JSON (crm-inspector-verification v1), Markdown and CSV, built on demand
// in this lazy chunk.
import { downloadText } from '../../lib/browser/download';
import { Fold } from '../../lib/browser/fold';
import {
  buildVerificationReport,
  type ReportInput,
  verificationFileName,
  writeVerificationReport,
} from '../../lib/result-files/verification-report';
import { verificationCsv, verificationMarkdown } from '../../lib/result-files/verification-text';

/** The report as JSON (crm-inspector-verification v1), Markdown for a ticket, CSV of the cells. */
export function VerifyDownloads({
  input,
  sha256,
  compact,
}: {
  input: () => ReportInput | undefined;
  /** The file's fingerprint for the report: undefined while the worker computes it. */
  sha256: string | null | undefined;
  /** A result is on screen: Download report stays in the row, the other formats fold. */
  compact: boolean;
}) {
  const save = (extension: 'json' | 'md' | 'csv') => {
    const made = input();
    if (!made) return;
    const built = buildVerificationReport(made);
    const name = verificationFileName(built, extension);
    if (extension === 'json')
      downloadText(name, writeVerificationReport(built), 'application/json');
    else if (extension === 'md') downloadText(name, verificationMarkdown(built), 'text/markdown');
    else downloadText(name, verificationCsv(built), 'text/csv');
  };
  const waiting = sha256 === undefined;
  return (
    <div className="verify-downloads">
      <button type="button" onClick={() => save('json')} disabled={waiting}>
        Download report
      </button>
      <Fold folded={compact} end summary="Other formats">
        {(close) => (
          <>
            <button
              type="button"
              onClick={() => {
                save('md');
                close();
              }}
              disabled={waiting}
            >
              Download Markdown
            </button>
            <button
              type="button"
              onClick={() => {
                save('csv');
                close();
              }}
              disabled={waiting}
            >
              Download CSV
            </button>
          </>
        )}
      </Fold>
      {waiting && <span className="hint">Fingerprinting the file (SHA-256) for the report…</span>}
      {sha256 === null && (
        <span className="hint">The file could not be read again: the report has no SHA-256.</span>
      )}
    </div>
  );
}
