import { memo } from 'react';
import type { FieldRow } from '../../lib/field-diff';

/**
 * The sticky first cell of a row: the field name and ≠ when the objects disagree; when
 * comparing with a baseline (`changed` set), Δ when a value changed instead.
 */
export const FieldCell = memo(function FieldCell(props: {
  row: FieldRow;
  index: number;
  active: boolean;
  changed?: boolean;
}) {
  const { row, index, active, changed } = props;
  return (
    <th
      scope="row"
      className={active ? 'fg-cell fg-field fg-cell--active' : 'fg-cell fg-field'}
      data-row={index}
      data-col={0}
      tabIndex={active ? 0 : -1}
      aria-colindex={1}
      title={row.field}
    >
      <span className="fg-field-name">{row.field}</span>
      {changed && (
        <span className="fg-changed" role="img" aria-label="changed">
          Δ
        </span>
      )}
      {changed === undefined && row.differs && (
        <span className="fg-differs" role="img" aria-label="differs">
          ≠
        </span>
      )}
    </th>
  );
});
