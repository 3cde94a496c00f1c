// The verification report as text for people: Markdown of the summary and the fields that
// differ (for a ticket or a CI job summary), and CSV of every differing cell (for a
// spreadsheet). Values are written as JSON text, so `7000` and `"7000"` stay apart. Pure;
// imports web/lib and the diff room only.

import { groupProblems } from '../upload-file/upload-problems';
import { typedText } from '../values/value-format';
import { markdownText, type TextTable, toCsv, toMarkdown } from './table-text';
import { DIFFERENCE_KINDS, fieldsThatDiffer, summaryText } from './verification-model';

import type { ReferenceSummary, VerificationReport } from './verification-report';

const NOT_STORED = '(not stored)';

/** The page's summary line for a report, with `· N newer in Gong` counted from its objects. */
export function reportSummaryText(report: VerificationReport): string {
  let storedNewer = 0;
  for (const object of report.objects) if (object.storedNewer) storedNewer++;
  return summaryText({ ...report.summary, storedNewer });
}

/**
 * `26 references · 25 found (in Gong or in the file) · 1 not in Gong`: the References status's
 * words, with found saying that an object the file holds counts too. Then `· N not checked`.
 */
export function referenceSummaryText(summary: ReferenceSummary): string {
  const parts = [
    `${summary.references} references`,
    `${summary.found} found (in Gong or in the file)`,
    `${summary.notInGong} not in Gong`,
  ];
  if (summary.notChecked > 0) parts.push(`${summary.notChecked} not checked`);
  return parts.join(' · ');
}

/** `26 references to USER (not checked: Get CRM objects cannot read USER)`, one per type. */
export function unreadableText(summary: ReferenceSummary): string[] {
  return Object.entries(summary.unreadable).map(
    ([to, count]) =>
      `${count} ${count === 1 ? 'reference' : 'references'} to ${to} not checked: Gong's Get CRM objects cannot read ${to}.`,
  );
}

function referencesMarkdown(report: VerificationReport): string[] {
  const summary = report.references;
  if (!summary) return [];
  const out = ['### References', '', referenceSummaryText(summary), ''];
  for (const note of unreadableText(summary)) out.push(`- ${note}`);
  if (Object.keys(summary.unreadable).length > 0) out.push('');
  const dangling = report.danglingReferences ?? [];
  if (dangling.length > 0) {
    out.push(
      toMarkdown({
        header: ['Object', 'Line', 'Field', 'Points to', 'Type'],
        rows: dangling.map((item) => [
          item.objectId,
          String(item.line),
          item.field,
          item.id,
          item.to,
        ]),
      }),
      '',
    );
  }
  return out;
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
  out.push(...referencesMarkdown(report));
  return out.join('\n');
}

/**
 * CSV: one row per differing cell (objectId, line, field, kind, sent, stored). Dangling references
 * stay out: they are no difference between sent and stored, and a spreadsheet filtering on
 * `kind` would count them as one; the JSON report and the Markdown list them.
 */
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
