import type { ValueFilter } from '../../diff/value-summary';

/** Says that the columns are narrowed to one value of one field, and undoes it. */
export function ValueFilterNote(props: {
  filter: ValueFilter;
  shown: number;
  total: number;
  onClear: () => void;
}) {
  const { filter, shown, total } = props;
  return (
    <p className="fg-value-filter" role="status">
      Showing {shown} of {total} objects: <code>{filter.field}</code> is <code>{filter.text}</code>{' '}
      <button type="button" onClick={props.onClear}>
        Show all objects
      </button>
    </p>
  );
}
