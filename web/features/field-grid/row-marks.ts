// Which mark a row and a cell get, from the one GridMarks object and the row model. Pure, so
// each mode (plain, compared to one object, compared with a baseline) is tested without React.
import type { FieldRow } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';

/**
 * A row's mark: `changed` against a baseline, `reference` where some object differs from the
 * reference object, `differs` where the objects disagree, `varying` where each holds its own
 * value (a quiet mark: ids and timestamps always do).
 */
export type RowMark = 'changed' | 'reference' | 'differs' | 'varying';

export interface RowLook {
  readonly mark: RowMark | undefined;
  /** Tinted: the row holds something to look at (outliers, changes, differences from the reference). */
  readonly lit: boolean;
}

const PLAIN: RowLook = { mark: undefined, lit: false };

export function rowLook(row: FieldRow, marks: GridMarks): RowLook {
  if (marks.changes) {
    return marks.changes.field(row.field) ? { mark: 'changed', lit: true } : PLAIN;
  }
  if (marks.reference) {
    return marks.reference.row(row.field) > 0 ? { mark: 'reference', lit: true } : PLAIN;
  }
  if (row.kind === 'varying') return { mark: 'varying', lit: false };
  if (row.kind === 'differing') return { mark: 'differs', lit: row.outliers > 0 };
  return PLAIN;
}

export const OUTLIER_HINT = 'differs from the value 80% of the objects hold';
export const REFERENCE_HINT = 'differs from the reference object';

/** Why a cell is shaded, in words for screen readers; undefined when it is not. */
export function cellOutlier(row: FieldRow, object: number, marks: GridMarks): string | undefined {
  if (marks.changes) return undefined;
  if (marks.reference) {
    return marks.reference.cell(object, row.field) ? REFERENCE_HINT : undefined;
  }
  return row.deviant[object] === 1 ? OUTLIER_HINT : undefined;
}

/** The symbol and the words of each row mark; the legend lists the same. */
export const ROW_MARKS: Record<RowMark, { symbol: string; label: string; meaning: string }> = {
  differs: {
    symbol: '≠',
    label: 'differs',
    meaning: 'the objects hold different values (some share one)',
  },
  varying: {
    symbol: '≈',
    label: 'varying',
    meaning: 'every object holds a value of its own, as ids, names and timestamps do',
  },
  reference: {
    symbol: '≠',
    label: 'differs from reference',
    meaning: 'some object holds another value than the reference object',
  },
  changed: { symbol: 'Δ', label: 'changed', meaning: 'a value changed since the baseline' },
};
