import { memo } from 'react';
import type { FieldRow } from '../../diff/field-rows';
import { fillRateText, formatFillRate } from '../../diff/fill-rate';
import type { RowSchema } from '../../diff/grid-marks';
import { ROW_MARKS, type RowMark } from './row-marks';
import './grid-schema.css';
import './grid-references.css';
import { VisibleText } from '../../lib/values/visible-marks';
import { visibleText } from '../../lib/values/visible-text';

/**
 * The sticky first cell of a row: the field name and its mark (row-marks.ts: ≠ the objects
 * disagree, ≈ each holds its own value, Δ changed since the baseline). With a schema, the
 * declared label and type and a marker per problem follow; the number of distinct values ends
 * it. The accessible name still starts with the field name.
 */
export const FieldCell = memo(function FieldCell(props: {
  row: FieldRow;
  index: number;
  active: boolean;
  mark: RowMark | undefined;
  schema?: RowSchema | undefined;
}) {
  const { row, index, active, mark, schema } = props;
  return (
    <th
      scope="row"
      className={active ? 'fg-cell fg-field fg-cell--active' : 'fg-cell fg-field'}
      data-row={index}
      data-col={0}
      tabIndex={active ? 0 : -1}
      aria-colindex={1}
      title={titleOf(row, schema)}
    >
      <span className="fg-field-name">
        {/* Field names are Gong's data too: `amount` and `amount\u200b` must not look alike. */}
        <VisibleText text={visibleText(row.field)} />
      </span>
      {mark && (
        <span className={`fg-mark fg-mark--${mark}`} role="img" aria-label={ROW_MARKS[mark].label}>
          {ROW_MARKS[mark].symbol}
        </span>
      )}
      {schema?.summary && <span className="fg-field-schema"> {schema.summary}</span>}
      <span className="fg-fill" title={fillRateText(row)}>
        <span aria-hidden="true">{formatFillRate(row)}</span>
        <span className="visually-hidden"> {fillRateText(row)}</span>
      </span>
      {schema?.flags.map((flag) => (
        <span
          key={flag.kind}
          className={`fg-flag fg-flag--${flag.kind}`}
          role="img"
          aria-label={flag.text}
        >
          {flag.symbol}
        </span>
      ))}
      <span className="fg-distinct">
        <span aria-hidden="true">{row.distinct}</span>
        <span className="visually-hidden">
          {row.distinct === 1 ? ', 1 value' : `, ${row.distinct} distinct values`}
        </span>
      </span>
    </th>
  );
});

function titleOf(row: FieldRow, schema: RowSchema | undefined): string {
  const field = visibleText(row.field);
  const lines = [schema?.summary ? `${field}: ${schema.summary}` : field];
  for (const flag of schema?.flags ?? []) lines.push(`${flag.symbol} ${flag.text}`);
  lines.push(row.distinct === 1 ? '1 value' : `${row.distinct} distinct values`);
  return lines.join('\n');
}
