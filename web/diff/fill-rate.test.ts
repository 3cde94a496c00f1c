import { describe, expect, it } from 'vitest';
import { buildFieldRows } from './field-rows';
import { fillRate, fillRateText, formatFillRate, nextFillSort, sortByFillRate } from './fill-rate';

const objects = Array.from({ length: 1000 }, (_, i) => ({
  id: `o${i}`,
  fields: {
    everywhere: 'x',
    rare: i === 0 ? 'only one' : null,
    mostly: i === 999 ? null : '',
    half: i % 2 === 0 ? i : undefined,
    never: null,
  },
}));

describe('fill rate', () => {
  const { rows } = buildFieldRows(objects as never);
  const row = (field: string) => rows.find((r) => r.field === field) ?? rows[0];

  it('counts non-null values; "" is a value, absent is not', () => {
    expect(rows.map((r) => [r.field, r.filled])).toEqual([
      ['everywhere', 1000],
      ['rare', 1],
      ['mostly', 999],
      ['half', 500],
      ['never', 0],
    ]);
    expect(fillRate(row('half') as never)).toBe(0.5);
  });

  it('never rounds the last few onto 0% or 100%', () => {
    expect(rows.map((r) => formatFillRate(r))).toEqual(['100%', '<1%', '>99%', '50%', '0%']);
    expect(fillRateText(row('rare') as never)).toBe('filled in 1 of 1000 objects (<1%)');
  });

  it('sorts emptiest first, fullest first, or not at all, keeping ties in order', () => {
    const order = (sort: Parameters<typeof sortByFillRate>[1]) =>
      sortByFillRate(rows, sort).map((r) => r.field);
    expect(order('none')).toEqual(['everywhere', 'rare', 'mostly', 'half', 'never']);
    expect(order('ascending')).toEqual(['never', 'rare', 'half', 'mostly', 'everywhere']);
    expect(order('descending')).toEqual(['everywhere', 'mostly', 'half', 'rare', 'never']);
    expect([nextFillSort('none'), nextFillSort('ascending'), nextFillSort('descending')]).toEqual([
      'ascending',
      'descending',
      'none',
    ]);
  });
});
