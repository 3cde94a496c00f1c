import { Fragment, memo } from 'react';
import type { FieldRow } from '../../diff/field-rows';
import { fillRateText, formatFillRate } from '../../diff/fill-rate';
import type { RowFlag, RowSchema } from '../../diff/grid-marks';
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
      {mark && <RowMarkBadge mark={mark} />}
      {schema?.summary && <span className="fg-field-schema"> {schema.summary}</span>}
      <span className="fg-fill" title={fillRateText(row)}>
        <span aria-hidden="true">{formatFillRate(row)}</span>
        <span className="visually-hidden"> {fillRateText(row)}</span>
      </span>
      {schema && <SchemaFlags flags={schema.flags} />}
      <span className="fg-distinct">
        <span aria-hidden="true">{row.distinct}</span>
        <span className="visually-hidden">
          {row.distinct === 1 ? ', 1 value' : `, ${row.distinct} distinct values`}
        </span>
      </span>
    </th>
  );
});

/** A row's mark (≠ ≈ Δ): a symbol for the eye, its word for screen readers. */
export function RowMarkBadge({ mark }: { mark: RowMark }) {
  return (
    <span className={`fg-mark fg-mark--${mark}`} role="img" aria-label={ROW_MARKS[mark].label}>
      {ROW_MARKS[mark].symbol}
    </span>
  );
}

/**
 * A marker per schema problem of the field, its words as its name. A space before each keeps
 * the words apart in a header named from its content (objects as rows); the field cell is a
 * flex box, where the spaces take no room.
 */
export function SchemaFlags({ flags }: { flags: readonly RowFlag[] }) {
  return flags.map((flag) => (
    <Fragment key={flag.kind}>
      {' '}
      <span className={`fg-flag fg-flag--${flag.kind}`} role="img" aria-label={flag.text}>
        {flag.symbol}
      </span>
    </Fragment>
  ));
}

export function titleOf(row: FieldRow, schema: RowSchema | undefined): string {
  const field = visibleText(row.field);
  const lines = [schema?.summary ? `${field}: ${schema.summary}` : field];
  for (const flag of schema?.flags ?? []) lines.push(`${flag.symbol} ${flag.text}`);
  lines.push(row.distinct === 1 ? '1 value' : `${row.distinct} distinct values`);
  return lines.join('\n');
}
