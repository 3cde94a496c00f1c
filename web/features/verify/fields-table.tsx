// The "Fields that differ" table: each field with its objects, kinds and an example; a field's
// button filters the grid to it.
import {
  DIFFERENCE_KINDS,
  type FieldDifferenceRow,
} from '../../lib/result-files/verification-model';
import { typedText } from '../../lib/values/value-format';

const exampleText = (value: FieldDifferenceRow['example']['stored']) =>
  value === undefined ? '(not stored)' : typedText(value);

/**
 * Each field that differs, most objects first, with its commonest kinds and an example: usually
 * the whole answer. Choosing a field shows only it, and the objects that differ in it, below.
 */
export function FieldsTable(props: {
  rows: readonly FieldDifferenceRow[];
  chosen: string | null;
  onChoose: (field: string | null) => void;
  /** Under a counter that names it already: the heading is kept for the region's name only. */
  quietHeading?: boolean;
}) {
  const { rows, chosen, onChoose, quietHeading } = props;
  if (rows.length === 0) return null;
  return (
    <section className="verify-fields" aria-labelledby="verify-fields-title">
      <h3 id="verify-fields-title" className={quietHeading ? 'visually-hidden' : undefined}>
        Fields that differ
      </h3>
      <table className="verify-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Objects</th>
            <th scope="col">Kinds</th>
            <th scope="col">Example sent</th>
            <th scope="col">Example stored</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">
                <button
                  type="button"
                  className="verify-field-button"
                  aria-pressed={chosen === row.field}
                  onClick={() => onChoose(chosen === row.field ? null : row.field)}
                >
                  {row.field}
                </button>
              </th>
              <td>{row.objects}</td>
              <td>
                {row.kinds
                  .map(({ kind, count }) => `${DIFFERENCE_KINDS[kind]} (${count})`)
                  .join(', ')}
              </td>
              <td>
                <code>{exampleText(row.example.sent)}</code>
              </td>
              <td>
                <code>{exampleText(row.example.stored)}</code>{' '}
                <span className="verify-example-of">
                  {row.example.objectId}, line {row.example.line}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {chosen !== null && (
        <button type="button" onClick={() => onChoose(null)}>
          Show every field
        </button>
      )}
    </section>
  );
}
