import type { ReactNode } from 'react';
import { PhoneOverflow } from '../../lib/browser/phone-overflow';
import type { GridFilters } from './use-grid-filters';

export interface GridControlsProps {
  filters: GridFilters;
  onChange: (change: Partial<GridFilters>) => void;
  /** Rows left after the filters, and all rows. */
  shown: number;
  total: number;
  /** Actions on the rows shown (exports), at the end of the row. */
  children?: ReactNode;
}

export function fieldCountText(shown: number, total: number): string {
  return `${shown} of ${total} ${total === 1 ? 'field' : 'fields'}`;
}

export function GridControls({ filters, onChange, shown, total, children }: GridControlsProps) {
  // On a phone only Filter fields stays in the row; the options fold behind Filters.
  return (
    <PhoneOverflow className="fg-controls" label="Filters" at="end">
      <label className="fg-filter">
        <span className="fg-filter-label">Filter fields</span>
        <input
          type="text"
          value={filters.text}
          placeholder="part of a field name or label"
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </label>
      <label className="fg-check">
        <input
          type="checkbox"
          checked={filters.valuesToo ?? false}
          onChange={(event) => onChange({ valuesToo: event.target.checked })}
        />
        values too
      </label>
      <label className="fg-check">
        <input
          type="checkbox"
          checked={filters.onlyDiffering}
          onChange={(event) => onChange({ onlyDiffering: event.target.checked })}
        />
        Only differing fields
      </label>
      <label className="fg-check">
        <input
          type="checkbox"
          checked={filters.hideEmpty}
          onChange={(event) => onChange({ hideEmpty: event.target.checked })}
        />
        Hide empty fields
      </label>
      <p className="fg-count" aria-live="polite">
        {fieldCountText(shown, total)}
      </p>
      {children}
    </PhoneOverflow>
  );
}
