// Whether two different texts could pass for each other on screen even with the marks of
// visibleText (which already shows every invisible character and edge space): é composed
// (U+00E9) and decomposed (e U+0301), a Cyrillic а for a Latin a, full-width letters, ligatures.
// Such changes get "where they differ" (first-difference.ts) beside them. A heuristic that errs
// towards "alike": a false alarm costs one line of detail; a miss hides a change.
import { visibleText } from './visible-text';

// Letters that are drawn the same as a Latin one in most fonts (from Unicode's confusables).
const CONFUSABLE: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'B',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  У: 'Y',
  ο: 'o',
  ν: 'v',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ı: 'i',
  ℓ: 'l',
};
const CONFUSABLE_LETTER = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'gu');
const COMBINING = /\p{M}/gu;

/** What is left of `text` to the eye as the page draws it: no accents, letters as Latin ones. */
export function lookAlikeKey(text: string): string {
  return visibleText(text)
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(CONFUSABLE_LETTER, (letter) => CONFUSABLE[letter] ?? letter);
}

/** True when `a` and `b` differ but could be read as the same text. */
export function looksAlike(a: string, b: string): boolean {
  return a !== b && lookAlikeKey(a) === lookAlikeKey(b);
}
