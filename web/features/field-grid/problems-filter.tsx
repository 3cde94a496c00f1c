import { useId } from 'react';

export function problemCountText(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'}`;
}

/** Narrows the grid to the fields the schema check flagged; the count says how many there are. */
export function ProblemsFilter(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Fields with at least one flag. */
  count: number;
}) {
  const countId = useId();
  return (
    <span className="fg-problems">
      <label className="fg-check">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
          aria-describedby={countId}
        />
        Only problems
      </label>
      <span
        id={countId}
        className={props.count > 0 ? 'fg-problem-count fg-problem-count--some' : 'fg-problem-count'}
      >
        {problemCountText(props.count)}
      </span>
    </span>
  );
}
