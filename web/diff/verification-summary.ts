// What a verification comes to: the counts of the summary line, its words (the page's status and
// the command line print the same text), and the "Fields that differ" table. Pure; imports this
// room only.
import type { JsonValue } from '../lib/json-value';
import type { DifferenceKind } from './difference-kind';
import type { ObjectVerdict } from './sent-vs-stored';

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
