import { describe, expect, test } from 'vitest';
import { JsonNumber } from '../json/json-value';
import { lookAlikeDifference, valueDifference } from './value-difference';

describe('valueDifference', () => {
  test('any two different values: where their texts part', () => {
    expect(valueDifference('proposal', 'won')?.summary).toBe(
      'character 1: U+0070 U+0072 U+006F U+0070 U+006F U+0073 … → U+0077 U+006F U+006E',
    );
    expect(
      valueDifference(new JsonNumber('9007199254740993'), new JsonNumber('9007199254740992'))
        ?.summary,
    ).toBe('character 16: U+0033 → U+0032');
  });

  test('values alike as text compare as JSON, so the quote is the difference', () => {
    expect(valueDifference(1, '1')?.summary).toBe('character 1: U+0031 → U+0022 U+0031 U+0022');
    expect(valueDifference(null, 'null')?.codePoints).toBe(
      'U+006E U+0075 U+006C U+006C → U+0022 U+006E U+0075 U+006C U+006C U+0022',
    );
  });

  test('nothing for an absent side or the same text', () => {
    expect(valueDifference(undefined, 'a')).toBeUndefined();
    expect(valueDifference('a', undefined)).toBeUndefined();
    expect(valueDifference('a', 'a')).toBeUndefined();
  });

  test('the panel gets the whole context, a cell a narrow one', () => {
    const before = 'The Acme Café, Paris';
    const after = 'The Acme Cafe\u0301, Paris';
    expect(valueDifference(before, after)?.before).toEqual({
      head: 'The Acme Caf',
      differing: 'é',
      tail: ', Paris',
    });
    expect(lookAlikeDifference(before, after, false)?.before).toEqual({
      head: '…af',
      differing: 'é',
      tail: ', …',
    });
  });
});

describe('lookAlikeDifference', () => {
  test('only for values a person could take for the same', () => {
    expect(lookAlikeDifference('Café', 'Cafe\u0301', false)).toBeDefined();
    expect(lookAlikeDifference('proposal', 'won', false)).toBeUndefined();
    // Cells drawn the same (cut at 10,000 characters): always.
    expect(lookAlikeDifference('xa', 'xb', true)?.codePoints).toBe('U+0061 → U+0062');
  });

  test('very long values are not normalised on every paint: only when drawn alike', () => {
    const long = 'é'.repeat(20_000);
    expect(lookAlikeDifference(long, 'e\u0301'.repeat(20_000), false)).toBeUndefined();
    expect(lookAlikeDifference(long, 'e\u0301'.repeat(20_000), true)).toBeDefined();
  });
});
