import { describe, expect, it } from 'vitest';
import { clampCell, nextCell, withIndex } from './grid-keyboard';

const bounds = { rows: 300, cols: 1001, pageRows: 20 };
const at = (row: number, col: number) => ({ row, col });

describe('nextCell', () => {
  it('moves one cell with the arrows', () => {
    expect(nextCell(at(5, 5), { key: 'ArrowUp' }, bounds)).toEqual(at(4, 5));
    expect(nextCell(at(5, 5), { key: 'ArrowDown' }, bounds)).toEqual(at(6, 5));
    expect(nextCell(at(5, 5), { key: 'ArrowLeft' }, bounds)).toEqual(at(5, 4));
    expect(nextCell(at(5, 5), { key: 'ArrowRight' }, bounds)).toEqual(at(5, 6));
  });

  it('stops at the edges instead of wrapping', () => {
    expect(nextCell(at(0, 0), { key: 'ArrowUp' }, bounds)).toEqual(at(0, 0));
    expect(nextCell(at(0, 0), { key: 'ArrowLeft' }, bounds)).toEqual(at(0, 0));
    expect(nextCell(at(299, 1000), { key: 'ArrowDown' }, bounds)).toEqual(at(299, 1000));
    expect(nextCell(at(299, 1000), { key: 'ArrowRight' }, bounds)).toEqual(at(299, 1000));
  });

  it('moves a page of rows with PageUp/PageDown, clamped', () => {
    expect(nextCell(at(5, 3), { key: 'PageDown' }, bounds)).toEqual(at(25, 3));
    expect(nextCell(at(5, 3), { key: 'PageUp' }, bounds)).toEqual(at(0, 3));
    expect(nextCell(at(290, 3), { key: 'PageDown' }, bounds)).toEqual(at(299, 3));
    expect(nextCell(at(5, 3), { key: 'PageDown' }, { ...bounds, pageRows: 0 })).toEqual(at(6, 3));
  });

  it('goes to the row ends with Home/End and the grid corners with Ctrl or Cmd', () => {
    expect(nextCell(at(7, 40), { key: 'Home' }, bounds)).toEqual(at(7, 0));
    expect(nextCell(at(7, 40), { key: 'End' }, bounds)).toEqual(at(7, 1000));
    expect(nextCell(at(7, 40), { key: 'Home', ctrlKey: true }, bounds)).toEqual(at(0, 0));
    expect(nextCell(at(7, 40), { key: 'End', metaKey: true }, bounds)).toEqual(at(299, 1000));
  });

  it('ignores keys that are not movement', () => {
    expect(nextCell(at(1, 1), { key: 'Enter' }, bounds)).toBeNull();
    expect(nextCell(at(1, 1), { key: 'c', ctrlKey: true }, bounds)).toBeNull();
    expect(nextCell(at(1, 1), { key: 'Tab' }, bounds)).toBeNull();
  });
});

describe('clampCell', () => {
  it('pulls a position back inside after rows were filtered away', () => {
    expect(clampCell(at(250, 3), { rows: 12, cols: 4 })).toEqual(at(11, 3));
    expect(clampCell(at(2, 9), { rows: 12, cols: 4 })).toEqual(at(2, 3));
  });

  it('keeps the same object when nothing changes, so state updates can be skipped', () => {
    const pos = at(2, 2);
    expect(clampCell(pos, { rows: 12, cols: 4 })).toBe(pos);
  });

  it('falls back to the origin for an empty grid', () => {
    expect(clampCell(at(4, 4), { rows: 0, cols: 1 })).toEqual(at(0, 0));
  });
});

describe('withIndex', () => {
  it('adds the active index in order when it is outside the rendered range', () => {
    expect(withIndex([10, 11, 12], 3, 100)).toEqual([3, 10, 11, 12]);
    expect(withIndex([10, 11, 12], 50, 100)).toEqual([10, 11, 12, 50]);
  });

  it('leaves the range alone when the index is already in it or does not exist', () => {
    const range = [10, 11, 12];
    expect(withIndex(range, 11, 100)).toBe(range);
    expect(withIndex(range, -1, 100)).toBe(range);
    expect(withIndex(range, 100, 100)).toBe(range);
  });
});
