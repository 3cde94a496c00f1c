// What `crm-inspector verify` prints on stdout: the lint problems by line (as FILE:LINE, the
// form editors and CI log viewers link), the page's summary line, then the "Fields that differ"
// table, then the references of the verified objects. The words and counts come from the page's modules; only the layout is the terminal's.
// Every text from the file or from Gong is escaped: an escape sequence in a value must not
// drive the terminal of whoever reads the log.
import { logText } from '../proxy/log-text';
import { DIFFERENCE_KINDS, fieldsThatDiffer } from '../web/lib/result-files/verification-model';
import type { VerificationReport } from '../web/lib/result-files/verification-report';
import {
  referenceSummaryText,
  reportSummaryText,
  unreadableText,
} from '../web/lib/result-files/verification-text';
import { countBySeverity } from '../web/lib/upload-file/upload-problems';
import { cutText } from '../web/lib/values/cut-text';
import { typedText } from '../web/lib/values/value-format';

/** Longer values are cut in the table; the report holds them whole. */
const MAX_CELL = 48;
/** Not-in-Gong ids listed after the table; the report lists them all. */
const MAX_LISTED = 10;

const cell = (text: string) => {
  const safe = logText(text);
  return safe.length > MAX_CELL ? `${cutText(safe, MAX_CELL - 1)}…` : safe;
};

/** Columns padded to their widest cell, two spaces apart. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function problemLines(report: VerificationReport, fileLabel: string): string[] {
  const label = logText(fileLabel);
  const lines = report.problems.map(
    (item) =>
      `${label}${item.line > 0 ? `:${item.line}` : ''}: ${item.severity}: ${logText(item.message)} [${item.kind}]`,
  );
  const { errors, warnings } = countBySeverity(report.problems);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(
    report.problems.length === 0
      ? `${label}: no problems`
      : `${label}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return lines;
}

function fieldsTable(report: VerificationReport): string {
  const rows = fieldsThatDiffer(report.objects).map((row) => [
    cell(row.field),
    String(row.objects),
    row.kinds.map(({ kind, count }) => `${DIFFERENCE_KINDS[kind]} (${count})`).join(', '),
    `${cell(row.example.objectId)} (line ${row.example.line})`,
    cell(typedText(row.example.sent)),
    row.example.stored === undefined ? '(not stored)' : cell(typedText(row.example.stored)),
  ]);
  if (rows.length === 0) return 'Fields that differ: none';
  const header = ['field', 'objects', 'kinds', 'example (line)', 'sent', 'stored'];
  return `Fields that differ:\n${textTable(header, rows)}`;
}

function notInGong(report: VerificationReport): string[] {
  const missing = report.objects.filter((object) => object.status === 'not-in-gong');
  if (missing.length === 0) return [];
  const listed = missing
    .slice(0, MAX_LISTED)
    .map((object) => `${cell(object.objectId)} (line ${object.line})`);
  const more = missing.length > MAX_LISTED ? `, and ${missing.length - MAX_LISTED} more` : '';
  return ['', `Not in Gong: ${listed.join(', ')}${more}`];
}

/** The reference check's status, the types it cannot read, and the references that dangle. */
function referenceLines(report: VerificationReport): string[] {
  if (!report.references) return [];
  const lines = ['', `References: ${referenceSummaryText(report.references)}`];
  for (const note of unreadableText(report.references)) lines.push(`  ${logText(note)}`);
  const dangling = report.danglingReferences ?? [];
  if (dangling.length > 0) lines.push('Not in Gong nor in the file:');
  for (const item of dangling.slice(0, MAX_LISTED)) {
    lines.push(
      `  ${cell(item.objectId)} (line ${item.line}) · ${cell(item.field)} → ${cell(item.to)} ${cell(item.id)}`,
    );
  }
  if (dangling.length > MAX_LISTED) lines.push(`  and ${dangling.length - MAX_LISTED} more`);
  return lines;
}

/** The whole text, ending in a line break. `fileLabel`: the file as the user named it. */
export function verificationText(report: VerificationReport, fileLabel: string): string {
  return `${[
    ...problemLines(report, fileLabel),
    '',
    reportSummaryText(report),
    '',
    fieldsTable(report),
    ...notInGong(report),
    ...referenceLines(report),
  ].join('\n')}\n`;
}
