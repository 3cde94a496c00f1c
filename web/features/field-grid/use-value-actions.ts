// Opening a cell's full value in the panel, and copying it from the keyboard.
import { useState } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { CellChange, GridChanges } from '../../diff/grid-changes';
import { copyMessage, copyToClipboard } from '../../lib/browser/clipboard';
import { fieldValue, type JsonValue } from '../../lib/json/json-value';
import type { CellPos } from './grid-keyboard';
import { fullText } from './value-text';

export interface OpenedValue {
  readonly field: string;
  readonly crmId: string;
  readonly value: JsonValue | undefined;
  /** When comparing: how the value changed since the baseline. */
  readonly change?: CellChange | undefined;
}

export function useValueActions(
  found: readonly FoundObject[],
  rows: readonly FieldRow[],
  changes?: GridChanges,
) {
  // A snapshot: columns shift while a fetch is still adding objects, the panel must not.
  const [opened, setOpened] = useState<OpenedValue | null>(null);
  const [status, setStatus] = useState('');

  function open(pos: CellPos) {
    const row = rows[pos.row];
    const object = found[pos.col - 1];
    if (row && object) {
      setOpened({
        field: row.field,
        crmId: object.id,
        value: fieldValue(object.fields, row.field),
        change: changes?.cell(object.id, row.field),
      });
    }
  }

  async function copy(pos: CellPos) {
    const row = rows[pos.row];
    const object = found[pos.col - 1];
    if (!row) return;
    if (!object) {
      setStatus(copyMessage(await copyToClipboard(row.field), `field name ${row.field}`));
      return;
    }
    const what = `value of ${row.field} for ${object.id}`;
    const text = fullText(fieldValue(object.fields, row.field));
    if (text === undefined) {
      setStatus(`Nothing to copy: ${row.field} is absent for ${object.id}`);
      return;
    }
    setStatus(copyMessage(await copyToClipboard(text), what));
  }

  return { opened, open, copy, close: () => setOpened(null), status };
}
