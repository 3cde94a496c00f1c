import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { ReferenceMarks } from '../../diff/reference-marks';
import {
  distinctText,
  summaryEntries,
  summaryText,
  type ValueFilter,
} from '../../diff/value-summary';
import { fieldValue } from '../../lib/json/json-value';

/**
 * The selected row's value summary (`false ×19 · true ×1`); each entry narrows the objects to
 * those holding that value. Beside it, Compare to one object takes the selected column as the
 * reference.
 */
export function RowSummaryBar(props: {
  row: FieldRow | undefined;
  found: readonly FoundObject[];
  /** Index into `found` of the selected column's object; undefined on the field column. */
  object: number | undefined;
  reference: ReferenceMarks | undefined;
  onValueFilter: (filter: ValueFilter) => void;
  onReference: (object: number | undefined) => void;
}) {
  const { row, found, object, reference } = props;
  // Each object holding its own value: listing four of them says nothing.
  const entries = row && row.kind !== 'varying' ? summaryEntries(row, found) : [];
  const more = row ? row.distinct - entries.length : 0;
  const pick = (entryObject: number, text: string) => {
    const holder = found[entryObject];
    if (row && holder)
      props.onValueFilter({ field: row.field, value: fieldValue(holder.fields, row.field), text });
  };
  return (
    <section className="fg-rowbar" aria-label="Selected field">
      {row && (
        <p className="fg-summary" title={summaryText(row, found)}>
          <code className="fg-summary-field">{row.field}</code>
          <span className="fg-summary-count">{distinctText(row)}:</span>
          {entries.map((entry) => (
            <button
              key={entry.object}
              type="button"
              className="fg-summary-entry"
              title={`Show only the objects whose ${row.field} is ${entry.full}`}
              onClick={() => pick(entry.object, entry.full)}
            >
              {entry.text} ×{entry.count}
            </button>
          ))}
          {row.kind === 'varying' && (
            <span className="fg-summary-more">each object holds its own value</span>
          )}
          {more > 0 && entries.length > 0 && (
            <span className="fg-summary-more">
              {more} more {more === 1 ? 'value' : 'values'}
            </span>
          )}
        </p>
      )}
      <button
        type="button"
        className="fg-reference-toggle"
        aria-pressed={reference !== undefined}
        title={
          reference
            ? `Comparing every object to ${reference.id}; press to stop`
            : 'Mark every object where it differs from the selected column'
        }
        onClick={() => props.onReference(reference ? undefined : (object ?? 0))}
      >
        Compare to one object
      </button>
      {reference && (
        <span className="fg-reference-note">
          Reference: <code>{reference.id}</code>
        </span>
      )}
    </section>
  );
}
