import { useId } from 'react';
import type { ObjectType } from '../../../proxy/contract';
import { type OtherType, otherTypeText } from '../../lib/ids/id-type';
import { columnLabels, type PastedTable } from '../../lib/ids/pasted-table';

/**
 * What was understood of a spreadsheet paste (which column is sent, what was skipped), with the
 * choice of another column; and ids that look like another object type than the one chosen.
 */
export function PastePreview(props: {
  table: PastedTable | undefined;
  onColumn: (index: number) => void;
  otherType: OtherType | undefined;
  onOtherType: (type: ObjectType) => void;
}) {
  const selectId = useId();
  const { table, otherType } = props;
  if (!table && !otherType) return null;
  return (
    <div className="paste-preview">
      {table && (
        <p className="paste-table">
          <span title={table.firstId && `First id: ${table.firstId}`}>{table.preview}</span>{' '}
          <label htmlFor={selectId}>Id column</label>{' '}
          <select
            id={selectId}
            value={table.idColumn}
            onChange={(event) => props.onColumn(Number(event.target.value))}
          >
            {columnLabels(table).map((label, index) => (
              <option key={label} value={index}>
                {label}
              </option>
            ))}
          </select>
        </p>
      )}
      {otherType && (
        // Not "… object type": outside checks find the select by its label, Object type.
        <p className="paste-other-type" role="note" aria-label="Ids of another type">
          {otherTypeText(otherType)}{' '}
          <button type="button" onClick={() => props.onOtherType(otherType.type)}>
            {/* Not "Fetch …": the Fetch button's name must stay unique. */}
            Yes, as {otherType.type}
          </button>
        </p>
      )}
    </div>
  );
}
