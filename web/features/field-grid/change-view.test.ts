import { describe, expect, test } from 'vitest';
import { JsonNumber } from '../../lib/json/json-value';
import { changeView } from './change-view';

describe('changeView', () => {
  test('a changed value shows both, the old struck through, and says it in words', () => {
    const view = changeView({ kind: 'changed', before: 'proposal' }, 'negotiation');
    expect(view.before?.text).toBe('proposal');
    expect(view.after?.text).toBe('negotiation');
    expect(view.spoken).toBe('changed from proposal to negotiation');
    expect(view.title).toBe('proposal → negotiation');
    expect(view.className).toBe('fg-cell fg-value fg-cell--changed');
  });

  test('numbers keep their exact text; null, "" and absent are named', () => {
    const big = changeView(
      { kind: 'changed', before: new JsonNumber('9007199254740993') },
      new JsonNumber('9007199254740992'),
    );
    expect(big.spoken).toBe('changed from 9007199254740993 to 9007199254740992');
    expect(changeView({ kind: 'changed', before: null }, '').spoken).toBe(
      'changed from null value to empty string',
    );
  });

  test.each([
    [1, '1', '1', '"1"'],
    [null, 'null', 'null', '"null"'],
    [true, 'true', 'true', '"true"'],
    [['a'], '["a"]', '["a"]', '"[\\"a\\"]"'],
    // Alike no more since a carriage return has its own mark: shown as the grid shows them.
    ['a\r\nb', 'a\nb', 'a␍↵b', 'a↵b'],
  ])('%j → %j, alike on screen, shows as %s → %s', (before, after, shownBefore, shownAfter) => {
    const view = changeView({ kind: 'changed', before }, after);
    expect([view.before?.text, view.after?.text]).toEqual([shownBefore, shownAfter]);
    expect(view.spoken).toBe(`changed from ${shownBefore} to ${shownAfter}`);
  });

  test('long values that differ past what a cell shows are not taken as alike', () => {
    const long = 'x'.repeat(20_000);
    const view = changeView({ kind: 'changed', before: `${long}a` }, `${long}b`);
    expect(view.before?.text).toBe(`${'x'.repeat(10_000)}…`);
    expect(view.after?.text).toBe(`${'x'.repeat(10_000)}…`);
  });

  test('a long string alike as text to its JSON neighbour is quoted, and still clipped', () => {
    const digits = '1'.repeat(20_000);
    const view = changeView({ kind: 'changed', before: digits }, new JsonNumber(digits));
    expect(view.before?.text).toBe(`"${'1'.repeat(9_999)}…`);
    expect(view.after?.text.length).toBe(10_001);
  });

  test('added shows only the new value, removed only the old one', () => {
    const added = changeView({ kind: 'added', before: undefined }, 'high');
    expect([added.before, added.after?.text, added.spoken]).toEqual([
      undefined,
      'high',
      'added: high',
    ]);
    const removed = changeView({ kind: 'removed', before: 'Book demo' }, undefined);
    expect([removed.before?.text, removed.after, removed.spoken]).toEqual([
      'Book demo',
      undefined,
      'removed: Book demo',
    ]);
  });

  test('a value that is markup stays text', () => {
    const view = changeView(
      { kind: 'changed', before: '<b>x</b>' },
      '<img src=x onerror=alert(1)>',
    );
    expect(view.after?.href).toBeUndefined();
    expect(view.spoken).toBe('changed from <b>x</b> to <img src=x onerror=alert(1)>');
  });
});
