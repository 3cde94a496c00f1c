// The grid as a table of text for exports: the same rows and columns the filters leave on
// screen, each value in full by the export rule (lib/values/export-text.ts), and before → after
// when comparing.
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import type { JsonValue } from '../../lib/json/json-value';
import type { TextCell, TextTable } from '../../lib/result-files/table-text';
import { asciiJson, exportName, exportSide, exportValue } from '../../lib/values/export-text';
import { looksAlike } from '../../lib/values/look-alike';

function fieldOf(object: FoundObject, field: string): JsonValue | undefined {
  return Object.hasOwn(object.fields, field) ? object.fields[field] : undefined;
}

/** An unchanged cell: the value, or nothing for an absent field. */
const cellText = (value: JsonValue | undefined) => (value === undefined ? '' : exportValue(value));

function changeCell(before: JsonValue | undefined, after: JsonValue | undefined): TextCell {
  // Look-alike strings (é composed and decomposed) would read the same in any file: both sides
  // as JSON with every non-ASCII character escaped show the difference.
  if (typeof before === 'string' && typeof after === 'string' && looksAlike(before, after)) {
    return { before: asciiJson(before), after: asciiJson(after) };
  }
  return { before: exportSide(before), after: exportSide(after) };
}

export function gridTextTable(
  found: readonly FoundObject[],
  rows: readonly FieldRow[],
  changes?: GridChanges,
): TextTable {
  return {
    header: ['Field', ...found.map((object) => exportName(object.id))],
    rows: rows.map(({ field }): TextCell[] => [
      exportName(field),
      ...found.map((object): TextCell => {
        const value = fieldOf(object, field);
        const change = changes?.cell(object.id, field);
        return change ? changeCell(change.before, value) : cellText(value);
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
