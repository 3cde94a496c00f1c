// The verification report as text for people: Markdown of the summary and the fields that
// differ (for a ticket or a CI job summary), and CSV of every differing cell (for a
// spreadsheet). Values are written as JSON text, so `7000` and `"7000"` stay apart. Pure;
// imports web/lib and the diff room only.

import { groupProblems } from '../upload-file/upload-problems';
import { typedText } from '../values/value-format';
import { markdownText, type TextTable, toCsv, toMarkdown } from './table-text';
import { DIFFERENCE_KINDS, fieldsThatDiffer, summaryText } from './verification-model';

import type { VerificationReport } from './verification-report';

const NOT_STORED = '(not stored)';

/** The page's summary line for a report, with `· N newer in Gong` counted from its objects. */
export function reportSummaryText(report: VerificationReport): string {
  let storedNewer = 0;
  for (const object of report.objects) if (object.storedNewer) storedNewer++;
  return summaryText({ ...report.summary, storedNewer });
}

/** Markdown: heading, the summary line, the lint by kind, and the "Fields that differ" table. */
export function verificationMarkdown(report: VerificationReport): string {
  const out: string[] = [
    `## Upload verification: ${report.objectType}, integration ${report.integrationId}`,
    '',
    `File ${markdownText(report.file.name)}: ${report.file.lines} lines, ${report.file.objects} objects, SHA-256 ${report.file.sha256}. Verified ${report.verifiedAt}${report.sample ? ` on a sample of ${report.sample.count} (seed ${report.sample.seed})` : ''}.`,
    '',
    `**${reportSummaryText(report)}**`,
    '',
  ];
  const groups = groupProblems(report.problems);
  if (groups.length > 0) {
    out.push('### Problems in the file', '');
    const table: TextTable = {
      header: ['Problem', 'Severity', 'Lines', 'First lines'],
      rows: groups.map((group) => [
        group.title,
        group.severity,
        String(group.count),
        group.problems
          .slice(0, 5)
          .map((item) => String(item.line))
          .join(', ') + (group.count > 5 ? ', …' : ''),
      ]),
    };
    out.push(toMarkdown(table), '');
  }
  const fields = fieldsThatDiffer(report.objects);
  out.push('### Fields that differ', '');
  if (fields.length === 0) {
    out.push('No field differs.', '');
  } else {
    const table: TextTable = {
      header: ['Field', 'Objects', 'Kinds', 'Example (line)', 'Sent', 'Stored'],
      rows: fields.map((row) => [
        row.field,
        String(row.objects),
        row.kinds.map(({ kind, count }) => `${DIFFERENCE_KINDS[kind]} (${count})`).join(', '),
        `${row.example.objectId} (line ${row.example.line})`,
        typedText(row.example.sent),
        row.example.stored === undefined ? NOT_STORED : typedText(row.example.stored),
      ]),
    };
    out.push(toMarkdown(table), '');
  }
  return out.join('\n');
}

/** CSV: one row per differing cell (objectId, line, field, kind, sent, stored). */
export function verificationCsv(report: VerificationReport): string {
  const rows: string[][] = [];
  for (const object of report.objects) {
    for (const field of object.fields) {
      rows.push([
        object.objectId,
        String(object.line),
        field.field,
        field.kind,
        typedText(field.sent),
        field.stored === undefined ? '' : typedText(field.stored),
      ]);
    }
  }
  return toCsv({ header: ['objectId', 'line', 'field', 'kind', 'sent', 'stored'], rows });
}
