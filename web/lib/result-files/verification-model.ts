// What a verification of an upload file is made of, as data: the kinds of difference and their
// words, each object's verdict, the counts of the summary line and its text (the page's status
// and the command line print the same), and the "Fields that differ" table. The report, Markdown
// and CSV (this room) are written from these; web/diff/sent-vs-stored.ts makes the verdicts.
// Pure; imports web/lib/json only.
import type { JsonValue } from '../json/json-value';

/** Each kind of difference, by the id the report uses, and its words for people. */
export const DIFFERENCE_KINDS = {
  'not-stored': 'not stored',
  'other-value': 'other value',
  'same-instant': 'same instant in another format',
  'same-number': 'same number in other text',
  'number-vs-string': 'number against string',
  'case-only': 'case only',
  'whitespace-only': 'whitespace only',
  'array-order': 'array order only',
} as const;

export type DifferenceKind = keyof typeof DIFFERENCE_KINDS;

export type VerifyStatus = 'same' | 'differ' | 'not-in-gong' | 'failed';

export interface FieldDifference {
  readonly field: string;
  readonly kind: DifferenceKind;
  readonly sent: JsonValue;
  /** Undefined when Gong's object lacks the field ('not-stored'). */
  readonly stored?: JsonValue | undefined;
}

export interface ObjectVerdict {
  readonly objectId: string;
  /** The object's line in the file (its last line when the id repeats). */
  readonly line: number;
  readonly status: VerifyStatus;
  /** Only the fields that differ, in the order sent. Empty unless status is 'differ'. */
  readonly fields: readonly FieldDifference[];
  /** Gong's modifiedDate is later than the file's: a later upload won, not this file's fault. */
  readonly storedNewer: boolean;
}

export interface VerificationSummary {
  /** Unique objectIds to verify (the sample's size when sampling). */
  readonly sent: number;
  readonly storedAsSent: number;
  readonly differ: number;
  readonly notInGong: number;
  readonly failed: number;
  /** Objects whose stored modifiedDate is later than the file's. */
  readonly storedNewer: number;
}

export function summarize(
  verdicts: readonly ObjectVerdict[],
  sent = verdicts.length,
): VerificationSummary {
  let storedAsSent = 0;
  let differ = 0;
  let notInGong = 0;
  let failed = 0;
  let storedNewer = 0;
  for (const verdict of verdicts) {
    if (verdict.status === 'same') storedAsSent++;
    else if (verdict.status === 'differ') differ++;
    else if (verdict.status === 'not-in-gong') notInGong++;
    else failed++;
    if (verdict.storedNewer) storedNewer++;
  }
  return { sent, storedAsSent, differ, notInGong, failed, storedNewer };
}

/**
 * `<N> sent · <N> stored as sent · <N> differ · <N> not in Gong`, then `· N failed`,
 * `· N not checked yet` and `· N newer in Gong` when there are any.
 */
export function summaryText(summary: VerificationSummary): string {
  const parts = [
    `${summary.sent} sent`,
    `${summary.storedAsSent} stored as sent`,
    `${summary.differ} differ`,
    `${summary.notInGong} not in Gong`,
  ];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  const pending =
    summary.sent - summary.storedAsSent - summary.differ - summary.notInGong - summary.failed;
  if (pending > 0) parts.push(`${pending} not checked yet`);
  if (summary.storedNewer > 0) parts.push(`${summary.storedNewer} newer in Gong`);
  return parts.join(' · ');
}

export interface FieldDifferenceRow {
  readonly field: string;
  /** Objects in which this field differs. */
  readonly objects: number;
  /** Each kind seen with its count, the commonest first. */
  readonly kinds: readonly { readonly kind: DifferenceKind; readonly count: number }[];
  /** The first object (in file order) where it differs in its commonest kind. */
  readonly example: {
    readonly objectId: string;
    readonly line: number;
    readonly sent: JsonValue;
    readonly stored: JsonValue | undefined;
  };
}

/** Each field that differs in some object, most objects first (then by name). */
export function fieldsThatDiffer(
  verdicts: readonly Pick<ObjectVerdict, 'objectId' | 'line' | 'fields'>[],
): FieldDifferenceRow[] {
  type Tally = {
    objects: number;
    kinds: Map<DifferenceKind, number>;
    examples: Map<DifferenceKind, FieldDifferenceRow['example']>;
  };
  const tallies = new Map<string, Tally>();
  for (const verdict of verdicts) {
    for (const difference of verdict.fields) {
      let tally = tallies.get(difference.field);
      if (!tally) {
        tally = { objects: 0, kinds: new Map(), examples: new Map() };
        tallies.set(difference.field, tally);
      }
      tally.objects++;
      tally.kinds.set(difference.kind, (tally.kinds.get(difference.kind) ?? 0) + 1);
      if (!tally.examples.has(difference.kind)) {
        tally.examples.set(difference.kind, {
          objectId: verdict.objectId,
          line: verdict.line,
          sent: difference.sent,
          stored: difference.stored,
        });
      }
    }
  }
  const rows = [...tallies].map(([field, tally]) => {
    const kinds = [...tally.kinds]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
    const commonest = (kinds[0] as { kind: DifferenceKind }).kind;
    return {
      field,
      objects: tally.objects,
      kinds,
      example: tally.examples.get(commonest) as FieldDifferenceRow['example'],
    };
  });
  return rows.sort((a, b) => b.objects - a.objects || a.field.localeCompare(b.field));
}
