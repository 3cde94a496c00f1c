import { downloadText } from '../../lib/browser/download';
import {
  buildVerificationReport,
  type ReportInput,
  verificationFileName,
  writeVerificationReport,
} from '../../lib/result-files/verification-report';
import { verificationCsv, verificationMarkdown } from '../../lib/result-files/verification-text';

/** The report as JSON (crm-inspector-verification v1), Markdown for a ticket, CSV of the cells. */
export function VerifyDownloads({ input }: { input: () => ReportInput | undefined }) {
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
  return (
    <div className="verify-downloads">
      <button type="button" onClick={() => save('json')}>
        Download report
      </button>
      <button type="button" onClick={() => save('md')}>
        Download Markdown
      </button>
      <button type="button" onClick={() => save('csv')}>
        Download CSV
      </button>
    </div>
  );
}
