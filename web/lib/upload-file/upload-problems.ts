// The kinds of problem the upload lint finds, their severity and their words, and how a list of
// problems is grouped for the page, the report and the command line. Pure; imports web/lib/json.

import { JsonNumber, type JsonValue } from '../json/json-value';

export const PROBLEM_KINDS = {
  'not-json': { severity: 'error', title: 'Not JSON' },
  'not-object': { severity: 'error', title: 'Not a JSON object' },
  'blank-line': { severity: 'error', title: 'Empty line inside the file' },
  'no-objects': { severity: 'error', title: 'No objects in the file' },
  'objectId-missing': { severity: 'error', title: 'objectId missing' },
  'objectId-empty': { severity: 'error', title: 'objectId empty' },
  'objectId-not-string': { severity: 'warning', title: 'objectId not a string' },
  'objectId-too-long': { severity: 'error', title: 'objectId longer than 64 characters' },
  'objectId-characters': {
    severity: 'error',
    title: 'objectId with characters Gong does not allow',
  },
  'objectId-underscore': {
    severity: 'warning',
    title: 'objectId with _ (Gong’s rule is ambiguous)',
  },
  'duplicate-objectId': { severity: 'error', title: 'The same objectId on two lines' },
  'modifiedDate-missing': { severity: 'error', title: 'modifiedDate missing' },
  'modifiedDate-not-iso': { severity: 'error', title: 'modifiedDate not ISO-8601' },
  'modifiedDate-milliseconds': { severity: 'warning', title: 'modifiedDate with milliseconds' },
  'isDeleted-not-boolean': { severity: 'error', title: 'isDeleted not true or false' },
  'deal-without-accountId': {
    severity: 'error',
    title: 'Deal without accountId (will not appear in Gong)',
  },
  'deal-without-ownerId': {
    severity: 'warning',
    title: 'Deal without ownerId (not on the deal board)',
  },
  'deal-without-closeDate': {
    severity: 'warning',
    title: 'Deal without closeDate (not on the deal board)',
  },
  'deal-status': { severity: 'error', title: 'Deal status not WON, LOST or OPEN' },
  'contact-without-accountId': { severity: 'warning', title: 'Contact without accountId' },
  'field-not-declared': {
    severity: 'warning',
    title: 'Field not declared in the entity schema (Gong does not display it)',
  },
  'value-type': { severity: 'error', title: 'Value does not fit the declared type' },
  'picklist-value': { severity: 'error', title: 'PICKLIST value outside its list' },
  'percent-range': { severity: 'error', title: 'PERCENT outside 0–100' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type Severity = 'error' | 'warning';
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** One problem of the upload file. `line` is 1-based; 0 means the file as a whole. */
export interface UploadProblem {
  readonly line: number;
  readonly objectId?: string;
  readonly kind: ProblemKind;
  readonly severity: Severity;
  readonly message: string;
}

export function problem(
  kind: ProblemKind,
  line: number,
  message: string,
  objectId?: string,
): UploadProblem {
  const severity = PROBLEM_KINDS[kind].severity;
  return objectId === undefined
    ? { line, kind, severity, message }
    : { line, objectId, kind, severity, message };
}

export interface ProblemGroup {
  readonly kind: ProblemKind;
  readonly severity: Severity;
  readonly title: string;
  readonly count: number;
  /** In line order. */
  readonly problems: readonly UploadProblem[];
}

/** Problems grouped by kind: errors before warnings, then the commonest kind first. */
export function groupProblems(problems: readonly UploadProblem[]): ProblemGroup[] {
  const byKind = new Map<ProblemKind, UploadProblem[]>();
  for (const item of problems) {
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  const groups = [...byKind].map(([kind, list]) => ({
    kind,
    severity: PROBLEM_KINDS[kind].severity,
    title: PROBLEM_KINDS[kind].title,
    count: list.length,
    problems: list.sort((a, b) => a.line - b.line),
  }));
  return groups.sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      b.count - a.count ||
      a.kind.localeCompare(b.kind),
  );
}

export function countBySeverity(problems: readonly UploadProblem[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  for (const item of problems) if (item.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

/** A value as JSON text, cut for a message. */
export function shortJson(value: JsonValue | undefined): string {
  if (value === undefined) return 'absent';
  const text =
    value instanceof JsonNumber
      ? value.source
      : JSON.stringify(value, (_k, v) => (v instanceof JsonNumber ? v.source : v));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
