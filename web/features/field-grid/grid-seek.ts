// "Next difference" and "next problem": the next cell, in reading order (row by row, left to
// right), that a predicate picks. Pure arithmetic on positions, tested without a browser.
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import { fieldValue } from '../../lib/json/json-value';
import type { CellPos } from './grid-keyboard';
import { cellOutlier, rowLook } from './row-marks';

export type SeekDirection = 1 | -1;

/**
 * The first cell after `from` (before it, going back) for which `picks` holds, wrapping around
 * the grid once; undefined when no cell does.
 */
export function seekCell(
  from: CellPos,
  direction: SeekDirection,
  bounds: { rows: number; cols: number },
  picks: (pos: CellPos) => boolean,
): CellPos | undefined {
  const total = bounds.rows * bounds.cols;
  if (total === 0) return undefined;
  const start = from.row * bounds.cols + from.col;
  for (let step = 1; step <= total; step++) {
    const index = (((start + direction * step) % total) + total) % total;
    const pos = { row: Math.floor(index / bounds.cols), col: index % bounds.cols };
    if (picks(pos)) return pos;
  }
  return undefined;
}

/**
 * The same cell in the other orientation: objects as rows puts object k in row k and field r in
 * column r + 1, the grid the other way round, so the mapping is its own inverse. Column 0 (the
 * field name, the object id) has no counterpart.
 */
export function transposeCell(pos: CellPos): CellPos {
  return { row: pos.col - 1, col: pos.row + 1 };
}

/**
 * A predicate over the grid's cells, asked of objects as rows' cells: seekCell then walks that
 * table's reading order (object by object). A differing row's field name is a column header
 * there, not a cell: its first object's cell stands for it.
 */
export function transposedPicks(picks: (pos: CellPos) => boolean): (pos: CellPos) => boolean {
  return (pos) =>
    pos.col > 0 &&
    (picks(transposeCell(pos)) || (pos.row === 0 && picks({ row: pos.col - 1, col: 0 })));
}

/**
 * A difference: a shaded cell (an outlier, unlike the reference, changed since the baseline);
 * for a differing row where no value dominates, its field name, since no one cell is the odd one.
 */
export function isDifference(
  rows: readonly FieldRow[],
  found: readonly FoundObject[],
  marks: GridMarks,
): (pos: CellPos) => boolean {
  return ({ row, col }) => {
    const field = rows[row];
    if (!field) return false;
    if (col === 0) {
      const look = rowLook(field, marks);
      return look.mark === 'differs' && !look.lit;
    }
    const object = found[col - 1];
    if (!object) return false;
    if (marks.changes) return marks.changes.cell(object.id, field.field) !== undefined;
    return cellOutlier(field, col - 1, marks) !== undefined;
  };
}

/** A problem: a value the schema check says does not fit its field. */
export function isProblem(
  rows: readonly FieldRow[],
  found: readonly FoundObject[],
  marks: GridMarks,
): (pos: CellPos) => boolean {
  const schema = marks.schema;
  return ({ row, col }) => {
    const field = rows[row];
    const object = found[col - 1];
    if (!schema || !field || !object) return false;
    return schema.cell(field.field, fieldValue(object.fields, field.field)) !== undefined;
  };
}

export interface ProblemCell {
  readonly pos: CellPos;
  readonly objectId: string;
  readonly field: string;
  readonly reason: string;
}

/**
 * Every problem cell, in reading order, up to `limit`; `count` counts them all, `fields` the
 * rows the schema check flags.
 */
export function problemCells(
  rows: readonly FieldRow[],
  found: readonly FoundObject[],
  marks: GridMarks,
  limit: number,
): { cells: ProblemCell[]; count: number; fields: number } {
  const cells: ProblemCell[] = [];
  const schema = marks.schema;
  let count = 0;
  let fields = 0;
  if (!schema) return { cells, count, fields };
  for (let row = 0; row < rows.length; row++) {
    const field = (rows[row] as FieldRow).field;
    // A flagged field counts even when no value breaks the schema (undeclared, missing, deleted).
    if (!schema.problemFields.has(field)) continue;
    fields++;
    for (let i = 0; i < found.length; i++) {
      const object = found[i] as FoundObject;
      const reason = schema.cell(field, fieldValue(object.fields, field));
      if (reason === undefined) continue;
      count++;
      if (cells.length < limit)
        cells.push({ pos: { row, col: i + 1 }, objectId: object.id, field, reason });
    }
  }
  return { cells, count, fields };
}

/** "10 fields with problems · 14 values": says what each number counts. */
export function problemsText(fields: number, values: number): string {
  const f = `${fields} ${fields === 1 ? 'field' : 'fields'} with problems`;
  return `${f} · ${values} ${values === 1 ? 'value' : 'values'}`;
}
