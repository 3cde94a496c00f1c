import { describe, expect, test } from 'vitest';
import { differenceWindows } from './difference-window';
import { describeDifference, firstDifference } from './first-difference';
import { looksAlike } from './look-alike';

const where = (a: string, b: string) => {
  const difference = firstDifference(a, b);
  if (!difference) throw new Error('no difference');
  return difference;
};

describe('firstDifference', () => {
  test('equal texts have none', () => {
    expect(firstDifference('Acme', 'Acme')).toBeUndefined();
    expect(firstDifference('', '')).toBeUndefined();
  });

  test.each([
    ['Acme', 'Acme ', 'character 5: nothing → U+0020'],
    ['Acme Corp', 'Acme\u00a0Corp', 'character 5: U+0020 → U+00A0'],
    ['Café', 'Cafe\u0301', 'character 4: U+00E9 → U+0065 U+0301'],
    ['ab', 'a\u200bb', 'character 2: nothing → U+200B'],
    ['Acme', '\ufeffAcme', 'character 1: nothing → U+FEFF'],
    ['a b', 'a\u2028b', 'character 2: U+0020 → U+2028'],
    [' ', '  ', 'character 2: nothing → U+0020'],
    ['x\ud801y', 'x\ud800y', 'character 2: U+D801 → U+D800'],
    ['Acme', 'Аcme', 'character 1: U+0041 → U+0410'],
    ['a\r\nb', 'a\nb', 'character 2: U+000D → nothing'],
    ['😀', '😁', 'character 1: U+1F600 → U+1F601'],
    ['😀x😀', '😀y😀', 'character 2: U+0078 → U+0079'],
    ['abcdefghij', 'a', 'character 2: U+0062 U+0063 U+0064 U+0065 U+0066 U+0067 … → nothing'],
  ])('%j → %j: %s', (before, after, described) => {
    expect(describeDifference(where(before, after))).toBe(described);
  });

  test('a 100 kB value that differs past what the panel shows: where, with the sides around it', () => {
    const long = 'x'.repeat(100_001);
    const difference = where(`${long}a tail`, `${long}b tail`);
    expect(difference.offset).toBe(100_001);
    expect(describeDifference(difference)).toBe('character 100,002: U+0061 → U+0062');
    expect(difference.before).toMatchObject({
      head: 'x'.repeat(12),
      differing: 'a',
      tail: ' tail',
      cutBefore: true,
      cutAfter: false,
    });
    expect(differenceWindows(difference).after).toEqual({
      head: `…${'x'.repeat(12)}`,
      differing: 'b',
      tail: ' tail',
    });
  });

  test('counts characters, not UTF-16 units, before the difference', () => {
    expect(where('😀😀a', '😀😀b').character).toBe(3);
    expect(where('😀😀a', '😀😀b').offset).toBe(4);
  });

  test('never splits a surrogate pair at either end of the stretch', () => {
    const difference = where('a😀b', 'a😁b');
    expect(difference.before.differing).toBe('😀');
    expect(difference.after.differing).toBe('😁');
    expect(where('😀', '😀x').after.differing).toBe('x');
  });

  test('a narrower window keeps fewer characters around the difference', () => {
    const windows = differenceWindows(where('Hello Acme Café', 'Hello Acme Cafe\u0301!'), 3);
    expect(windows.before).toEqual({ head: '…Caf', differing: 'é', tail: '' });
    expect(windows.after).toEqual({ head: '…Caf', differing: 'e\u0301!', tail: '' });
  });

  test("a space at a cut is not marked as an edge space; one at the value's edge is", () => {
    expect(differenceWindows(where('ab  Café', 'ab  Cafe\u0301'), 5).before.head).toBe('…  Caf');
    expect(differenceWindows(where(' Café', ' Cafe\u0301'), 5).before.head).toBe('␣Caf');
    expect(differenceWindows(where('é  x', 'e\u0301  x'), 5).before.tail).toBe('  x');
    expect(differenceWindows(where('é x ', 'e\u0301 x '), 5).before.tail).toBe(' x␣');
  });

  test('the windows draw invisible characters by the display rule', () => {
    const windows = differenceWindows(where('Acme', 'Ac\u200bme'));
    expect(windows.before).toEqual({ head: 'Ac', differing: '', tail: 'me' });
    expect(windows.after).toEqual({ head: 'Ac', differing: '⟨U+200B⟩', tail: 'me' });
    expect(differenceWindows(where('x\ud801', 'x\ud800')).after.differing).toBe('⟨U+D800⟩');
  });
});

describe('looksAlike', () => {
  test.each([
    ['Café', 'Cafe\u0301'],
    ['Acme', 'Аcme'],
    ['Paypal', 'Pаypal'],
    ['file', 'ﬁle'],
    ['ABC', 'ＡＢＣ'],
    ['naïve', 'naive'],
  ])('%j and %j look alike', (a, b) => {
    expect(looksAlike(a, b)).toBe(true);
  });

  test.each([
    ['Acme', 'Acme'],
    ['Acme', 'Acne'],
    // Told apart by the display rule's marks already.
    ['Acme', 'Acme '],
    ['Acme Corp', 'Acme\u00a0Corp'],
    ['ab', 'a\u200bb'],
    ['x\ud801y', 'x\ud800y'],
    [' ', '  '],
  ])('%j and %j do not', (a, b) => {
    expect(looksAlike(a, b)).toBe(false);
  });
});
