import { describe, expect, it } from 'vitest';
import { JsonNumber } from '../../lib/json/json-value';
import { fullText, MAX_SHOWN_CHARACTERS, shownPart, valueSummary } from './value-text';

describe('fullText', () => {
  it('gives strings raw and structured values as indented JSON with exact numbers', () => {
    expect(fullText('line one\nline two')).toBe('line one\nline two');
    expect(fullText('')).toBe('');
    expect(fullText(null)).toBe('null');
    expect(fullText(false)).toBe('false');
    expect(fullText(new JsonNumber('1.10'))).toBe('1.10');
    expect(fullText({ a: [1, new JsonNumber('9007199254740993')] })).toBe(
      '{\n  "a": [\n    1,\n    9007199254740993\n  ]\n}',
    );
  });

  it('has nothing for an absent field', () => {
    expect(fullText(undefined)).toBeUndefined();
  });
});

describe('valueSummary', () => {
  it('names the JSON type and its size', () => {
    expect(valueSummary('héllo 👋')).toBe('string · 7 characters');
    expect(valueSummary('x')).toBe('string · 1 character');
    expect(valueSummary('')).toBe('empty string');
    expect(valueSummary(undefined)).toBe('absent');
    expect(valueSummary(null)).toBe('null');
    expect(valueSummary(new JsonNumber('1e400'))).toBe('number');
    expect(valueSummary([1, 2])).toBe('array · 2 items');
    expect(valueSummary({ a: 1 })).toBe('object · 1 key');
  });
});

describe('shownPart', () => {
  it('keeps a value the panel can lay out at once whole', () => {
    const text = 'y'.repeat(MAX_SHOWN_CHARACTERS);
    expect(shownPart(text)).toBe(text);
  });

  it('shows the start of a longer one, never half of a surrogate pair', () => {
    expect(shownPart('z'.repeat(MAX_SHOWN_CHARACTERS + 1))).toHaveLength(MAX_SHOWN_CHARACTERS);
    const emojiAtTheCut = `${'a'.repeat(MAX_SHOWN_CHARACTERS - 1)}👋rest`;
    expect(shownPart(emojiAtTheCut)).toBe('a'.repeat(MAX_SHOWN_CHARACTERS - 1));
  });
});
