import { describe, expect, it } from 'vitest';
import { declaredFields } from '../../lib/values/schema-check';
import { checkObjects } from './schema-report';
import { flagView, gridSchemaOf, MISSING_CELL } from './schema-view';

const declared = declaredFields([
  { name: 'amount', label: 'Amount', type: 'CURRENCY' },
  { name: 'closeDate', label: '', type: 'DATE' },
  { name: 'forecast', label: 'Forecast', type: 'PICKLIST', isDeleted: true },
]);
const report = checkObjects(declared, [
  { id: 'a', fields: { objectId: 'a', amount: 1, closeDate: '2025-01-01', forecast: 'x' } },
  { id: 'b', fields: { objectId: 'b', amount: 'lots', isClosed: true } },
]);
const grid = gridSchemaOf(report);

describe('gridSchemaOf', () => {
  it('shows label and type, the type alone without a label, built-in for Gong’s own fields', () => {
    expect(grid.row('amount')?.summary).toBe('Amount · CURRENCY');
    expect(grid.row('closeDate')?.summary).toBe('DATE');
    expect(grid.row('objectId')?.summary).toBe('built-in');
    expect(grid.row('isClosed')?.summary).toBeUndefined();
  });

  it('words each flag for the row marker', () => {
    expect(grid.row('amount')?.flags.map((flag) => `${flag.symbol} ${flag.text}`)).toEqual([
      "! 1 value doesn't fit CURRENCY",
    ]);
    expect(grid.row('closeDate')?.flags.map((flag) => flag.text)).toEqual([
      'missing in 1 of 2 objects',
    ]);
    expect(grid.row('isClosed')?.flags.map((flag) => flag.text)).toEqual([
      'not declared in the schema',
    ]);
    expect(grid.row('forecast')?.flags.map((flag) => flag.text)).toEqual(['deleted in the schema']);
    expect(flagView({ kind: 'misfit', count: 3, type: 'URL' }, 9).text).toBe(
      "3 values don't fit URL",
    );
  });

  it('says what is wrong with a cell: a misfit, or a declared field absent', () => {
    expect(grid.cell('amount', 'lots')).toBe('not a number (declared CURRENCY)');
    expect(grid.cell('amount', 1)).toBeUndefined();
    expect(grid.cell('closeDate', undefined)).toBe(MISSING_CELL);
    expect(grid.cell('closeDate', null)).toBeUndefined();
    // Deleted fields are expected to be absent; undeclared ones have nothing to miss.
    expect(grid.cell('forecast', undefined)).toBeUndefined();
    expect(grid.cell('isClosed', undefined)).toBeUndefined();
  });

  it('collects the flagged fields for "Only problems"', () => {
    expect([...grid.problemFields].sort()).toEqual(['amount', 'closeDate', 'forecast', 'isClosed']);
  });

  it('hands the grid the same row object on every call, so memoized rows stay put', () => {
    expect(grid.row('amount')).toBe(grid.row('amount'));
  });
});
