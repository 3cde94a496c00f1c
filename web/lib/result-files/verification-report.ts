// The verification report file, `crm-inspector-verification` version 1: what the page's
// Download report and the command line's --report write. Values are exact (numbers written from
// their source text, big integers as bare digits, as in the result file). Pure; imports web/lib
// and the diff room's types only.
//
// {
//   "format": "crm-inspector-verification", "version": 1,
//   "integrationId": "7302198156228391457",   a string: int64 ids do not survive JS numbers
//   "objectType": "DEAL", "verifiedAt": "2026-12-03T14:00:00.000Z",
//   "file": {"name", "sha256", "lines", "objects"},   objects: unique objectIds in the file
//   "sample": {"count", "seed"},                       only when a sample was verified
//   "summary": {"sent", "storedAsSent", "differ", "notInGong", "failed"},
//   "problems": [{"line", "objectId"?, "kind", "severity", "message"}],   the lint, line order
//   "objects": [{"objectId", "line", "status": "same"|"differ"|"not-in-gong"|"failed",
//                "storedNewer"?: true, "fields": [{"field", "kind", "sent", "stored"?}]}],
//   "references": {"references", "found", "inFile", "notInGong", "notChecked", "unreadable"},
//   "danglingReferences": [{"objectId", "line", "field", "to", "id"}]
// }
// The last two are added to version 1 (a reader of the first v1 files ignores them): present
// only when the references of the verified objects were checked; `found` includes `inFile`.
// `stored` is left out when Gong's object lacks the field (kind "not-stored"): a stored null is
// `"stored": null`. One problem and one object per line keeps the file line-diffable.

import type { ObjectType } from '../../../proxy/contract';
import type { JsonValue } from '../json/json-value';
import { stringifyLossless } from '../json/lossless-json';
import type { ProblemKind, Severity, UploadProblem } from '../upload-file/upload-problems';
import {
  type DifferenceKind,
  type ObjectVerdict,
  summarize,
  type VerifyStatus,
} from './verification-model';

import { compactUtc } from './write-result';

export const VERIFICATION_FORMAT = 'crm-inspector-verification';
export const VERIFICATION_VERSION = 1;

export interface VerifiedFile {
  readonly name: string;
  readonly sha256: string;
  readonly lines: number;
  readonly objects: number;
}

export interface ReportObject {
  readonly objectId: string;
  readonly line: number;
  readonly status: VerifyStatus;
  readonly storedNewer?: true;
  readonly fields: readonly {
    readonly field: string;
    readonly kind: DifferenceKind;
    readonly sent: JsonValue;
    readonly stored?: JsonValue;
  }[];
}

/** The reference check's counts: reference cells with a value, as the page's status counts them. */
export interface ReferenceSummary {
  /** Cells pointing at a type Get CRM objects reads. */
  readonly references: number;
  /** Found in Gong, or held by the file itself (`inFile` of them). */
  readonly found: number;
  readonly inFile: number;
  readonly notInGong: number;
  /** Not answered: a call failed or was canceled. */
  readonly notChecked: number;
  /** Cells pointing at a type Get CRM objects cannot read (USER), per type: never asked. */
  readonly unreadable: Readonly<Record<string, number>>;
}

/** A sent object's reference to an object neither in Gong nor in the file. */
export interface DanglingReference {
  readonly objectId: string;
  readonly line: number;
  readonly field: string;
  /** The referenced object type. */
  readonly to: string;
  readonly id: string;
}

export interface VerificationReport {
  readonly format: typeof VERIFICATION_FORMAT;
  readonly version: typeof VERIFICATION_VERSION;
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly verifiedAt: string;
  readonly file: VerifiedFile;
  readonly sample?: { readonly count: number; readonly seed: number };
  readonly summary: {
    readonly sent: number;
    readonly storedAsSent: number;
    readonly differ: number;
    readonly notInGong: number;
    readonly failed: number;
  };
  readonly problems: readonly {
    readonly line: number;
    readonly objectId?: string;
    readonly kind: ProblemKind;
    readonly severity: Severity;
    readonly message: string;
  }[];
  readonly objects: readonly ReportObject[];
  readonly references?: ReferenceSummary;
  readonly danglingReferences?: readonly DanglingReference[];
}

export interface ReportInput {
  readonly integrationId: string;
  readonly objectType: ObjectType;
  /** ISO-8601; defaults to now. */
  readonly verifiedAt?: string;
  readonly file: VerifiedFile;
  readonly problems: readonly UploadProblem[];
  /** One per object verified, in file order. */
  readonly verdicts: readonly ObjectVerdict[];
  /** How many objects were to be verified, if more than have verdicts (a cancelled run). */
  readonly sent?: number;
  readonly sample?: { readonly count: number; readonly seed: number };
  /** The reference check of the verified objects, when it ran. */
  readonly references?: {
    readonly summary: ReferenceSummary;
    readonly dangling: readonly DanglingReference[];
  };
}

export function buildVerificationReport(input: ReportInput): VerificationReport {
  const { storedNewer: _storedNewer, ...summary } = summarize(input.verdicts, input.sent);
  return {
    format: VERIFICATION_FORMAT,
    version: VERIFICATION_VERSION,
    integrationId: input.integrationId,
    objectType: input.objectType,
    verifiedAt: input.verifiedAt ?? new Date().toISOString(),
    file: input.file,
    ...(input.sample ? { sample: input.sample } : {}),
    summary,
    problems: input.problems.map(({ line, objectId, kind, severity, message }) =>
      objectId === undefined
        ? { line, kind, severity, message }
        : { line, objectId, kind, severity, message },
    ),
    objects: input.verdicts.map((verdict) => ({
      objectId: verdict.objectId,
      line: verdict.line,
      status: verdict.status,
      ...(verdict.storedNewer ? { storedNewer: true as const } : {}),
      fields: verdict.fields.map(({ field, kind, sent, stored }) =>
        stored === undefined ? { field, kind, sent } : { field, kind, sent, stored },
      ),
    })),
    ...(input.references
      ? { references: input.references.summary, danglingReferences: input.references.dangling }
      : {}),
  };
}

function listLines(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `    ${stringifyLossless(item as JsonValue)}`).join(',\n')}\n  ]`;
}

/** The report as the file's text: header fields one per line, then one problem/object per line. */
export function writeVerificationReport(report: VerificationReport): string {
  const head = [
    `  "format": ${JSON.stringify(report.format)}`,
    `  "version": ${report.version}`,
    `  "integrationId": ${JSON.stringify(report.integrationId)}`,
    `  "objectType": ${JSON.stringify(report.objectType)}`,
    `  "verifiedAt": ${JSON.stringify(report.verifiedAt)}`,
    `  "file": ${JSON.stringify(report.file)}`,
    ...(report.sample ? [`  "sample": ${JSON.stringify(report.sample)}`] : []),
    `  "summary": ${JSON.stringify(report.summary)}`,
    `  "problems": ${listLines(report.problems)}`,
    `  "objects": ${listLines(report.objects)}`,
    ...(report.references ? [`  "references": ${JSON.stringify(report.references)}`] : []),
    ...(report.danglingReferences
      ? [`  "danglingReferences": ${listLines(report.danglingReferences)}`]
      : []),
  ];
  return `{\n${head.join(',\n')}\n}\n`;
}

/** `crm-verification-DEAL-7302198156228391457-20261203T140000Z.json` (or .md, .csv). */
export function verificationFileName(
  report: Pick<VerificationReport, 'objectType' | 'integrationId' | 'verifiedAt'>,
  extension = 'json',
): string {
  const parts = [
    'crm-verification',
    report.objectType,
    report.integrationId,
    compactUtc(report.verifiedAt),
  ];
  return `${parts.filter((part) => part !== '').join('-')}.${extension}`;
}
