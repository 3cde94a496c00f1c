import { describe, expect, it } from 'vitest';
import { RESIZE_BIG_STEP, RESIZE_STEP, resizeKey } from './resize-keys';

describe('resizeKey', () => {
  it('moves the edge by a step with the arrows, a bigger one with Shift', () => {
    expect(resizeKey({ key: 'ArrowRight' })).toEqual({ kind: 'by', by: RESIZE_STEP });
    expect(resizeKey({ key: 'ArrowLeft' })).toEqual({ kind: 'by', by: -RESIZE_STEP });
    expect(resizeKey({ key: 'ArrowRight', shiftKey: true })).toEqual({
      kind: 'by',
      by: RESIZE_BIG_STEP,
    });
    expect(resizeKey({ key: 'ArrowLeft', shiftKey: true })).toEqual({
      kind: 'by',
      by: -RESIZE_BIG_STEP,
    });
  });

  it('goes to the narrowest and widest with Home and End, and resets with Enter', () => {
    expect(resizeKey({ key: 'Home' })).toEqual({ kind: 'min' });
    expect(resizeKey({ key: 'End' })).toEqual({ kind: 'max' });
    expect(resizeKey({ key: 'Enter' })).toEqual({ kind: 'reset' });
  });

  it('leaves other keys and chords to the page (Tab, vertical arrows, Ctrl+arrow)', () => {
    for (const key of ['Tab', 'ArrowUp', 'ArrowDown', 'PageDown', 'c', ' '])
      expect(resizeKey({ key })).toBeUndefined();
    expect(resizeKey({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
    expect(resizeKey({ key: 'ArrowLeft', metaKey: true })).toBeUndefined();
    expect(resizeKey({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
  });
});
