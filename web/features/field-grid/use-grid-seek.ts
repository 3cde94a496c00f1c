// Next / previous difference and problem, and the list of problems, for either orientation of
// the grid: what counts and in which order is grid-seek.ts's; objects as rows asks the same
// questions of the transposed cells, so both tables find the same differences and problems.
import { useMemo, useState } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import type { CellPos } from './grid-keyboard';
import type { SeekKind } from './grid-nav';
import {
  isDifference,
  isProblem,
  problemCells,
  problemsText,
  type SeekDirection,
  seekCell,
  transposeCell,
  transposedPicks,
} from './grid-seek';

// The problem list names cells one by one; past this many, the next-problem key goes on.
const PROBLEMS_LISTED = 200;

export function useGridSeek(
  rows: readonly FieldRow[],
  found: readonly FoundObject[],
  marks: GridMarks,
  options: {
    /** Objects as rows: positions are that table's (row = object, column 0 = its id). */
    transposed: boolean;
    /** Moves the focus to a cell of the table shown. */
    moveTo: (pos: CellPos) => void;
  },
) {
  const { transposed, moveTo } = options;
  const [status, setStatus] = useState('');
  const seek = (kind: SeekKind, direction: SeekDirection, from: CellPos) => {
    const picks =
      kind === 'difference' ? isDifference(rows, found, marks) : isProblem(rows, found, marks);
    const next = transposed
      ? seekCell(
          from,
          direction,
          { rows: found.length, cols: rows.length + 1 },
          transposedPicks(picks),
        )
      : seekCell(from, direction, { rows: rows.length, cols: found.length + 1 }, picks);
    setStatus(
      next ? '' : `No ${kind === 'difference' ? 'differences' : 'problems'} in the rows shown`,
    );
    if (next) moveTo(next);
  };
  const schema = marks.schema;
  const problems = useMemo(() => {
    if (!schema) return undefined;
    const { cells, count, fields } = problemCells(rows, found, marks, PROBLEMS_LISTED);
    return { cells, count, text: problemsText(fields, count) };
  }, [rows, found, marks, schema]);
  /** An entry of the problem list names its cell as the grid (fields as rows) places it. */
  const jump = (pos: CellPos) => moveTo(transposed ? transposeCell(pos) : pos);
  return { seek, problems, status, jump };
}
