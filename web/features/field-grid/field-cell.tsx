import { memo } from 'react';
import type { FieldRow } from '../../diff/field-rows';
import type { RowSchema } from '../../diff/grid-marks';
import './grid-schema.css';

/**
 * The sticky first cell of a row: the field name and ≠ when the objects disagree; when
 * comparing with a baseline (`changed` set), Δ when a value changed instead. With a schema, the
 * declared label and type and a marker per problem follow: the accessible name still starts
 * with the field name.
 */
export const FieldCell = memo(function FieldCell(props: {
  row: FieldRow;
  index: number;
  active: boolean;
  changed?: boolean;
  schema?: RowSchema | undefined;
}) {
  const { row, index, active, changed, schema } = props;
  return (
    <th
      scope="row"
      className={active ? 'fg-cell fg-field fg-cell--active' : 'fg-cell fg-field'}
      data-row={index}
      data-col={0}
      tabIndex={active ? 0 : -1}
      aria-colindex={1}
      title={schema ? titleOf(row.field, schema) : row.field}
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
      {schema?.summary && <span className="fg-field-schema"> {schema.summary}</span>}
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
    </th>
  );
});

function titleOf(field: string, schema: RowSchema): string {
  const lines = [schema.summary ? `${field}: ${schema.summary}` : field];
  for (const flag of schema.flags) lines.push(`${flag.symbol} ${flag.text}`);
  return lines.join('\n');
}
