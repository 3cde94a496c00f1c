// The grid as a table of text for exports: the same rows and columns the filters leave on
// screen, each value as the grid shows it in full, and before → after when comparing.
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import type { JsonValue } from '../../lib/json/json-value';
import { describeValue, typedText } from '../../lib/values/value-format';
import type { TextCell, TextTable } from './table-text';

/** Inside before → after an absent side needs a mark; an unchanged absent cell stays empty. */
const ABSENT_MARK = '—';

const text = (value: JsonValue | undefined) => describeValue(value).text;
const sideText = (value: JsonValue | undefined) =>
  value === undefined ? ABSENT_MARK : text(value);
const typed = (value: JsonValue | undefined) =>
  value === undefined ? ABSENT_MARK : typedText(value);

function fieldOf(object: FoundObject, field: string): JsonValue | undefined {
  return Object.hasOwn(object.fields, field) ? object.fields[field] : undefined;
}

export function gridTextTable(
  found: readonly FoundObject[],
  rows: readonly FieldRow[],
  changes?: GridChanges,
): TextTable {
  return {
    header: ['Field', ...found.map((object) => object.id)],
    rows: rows.map(({ field }): TextCell[] => [
      field,
      ...found.map((object): TextCell => {
        const value = fieldOf(object, field);
        const change = changes?.cell(object.id, field);
        if (!change) return text(value);
        const before = sideText(change.before);
        const after = sideText(value);
        // Changed, yet alike as text (1 and "1", absent and "—"): quotes tell the strings apart.
        if (before !== after) return { before, after };
        return { before: typed(change.before), after: typed(value) };
      }),
    ]),
  };
}

/**
 * The table with objects as rows and fields as columns ("Objects as rows"), as spreadsheets
 * expect: the export follows the orientation on screen.
 */
export function transposeTextTable(table: TextTable): TextTable {
  const [corner, ...objects] = table.header;
  const fields = table.rows.map((row) => row[0] as string);
  return {
    header: [corner === 'Field' ? 'Object' : String(corner), ...fields],
    rows: objects.map((object, i) => [object, ...table.rows.map((row) => row[i + 1] ?? '')]),
  };
}
