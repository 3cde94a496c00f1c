// The one rule for drawing a value's text so that two different texts never look the same:
// cells, the value panel, compare, upload verification and Markdown exports all call it. Pure,
// no DOM, so a Web Worker and the command line can use it too.
//
// What a person sees (the README's "Exactness" section says the same):
// - an invisible or format character (Unicode Cc, Cf, Zl, Zp, Zs other than the plain space,
//   and the default-ignorable fillers such as U+115F) as its code point: `⟨U+200B⟩`;
// - a line break as `↵` (one-line mode; the value panel breaks the line instead), a carriage
//   return as `␍`, a tab as `⇥`;
// - a plain space at either end of the text as `␣`;
// - a lone surrogate (half of an emoji, which no UTF-8 file can hold) as `⟨U+D800⟩`, never `�`;
// - a direction control (U+202E and friends) as its code point: it is no longer in the text, so
//   it cannot reorder the cell.
// The marks themselves (⟨ ↵ ␍ ⇥ ␣) are written as `⟨U+21B5⟩` when a value holds them, so the
// drawing is one-to-one: every mark on screen stands for exactly one character of the value.

/** `U+00A0`: the code point in Unicode's notation, four hex digits at least. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const LINE_FEED_MARK = '↵';
const CARRIAGE_RETURN_MARK = '␍';
const TAB_MARK = '⇥';
const EDGE_SPACE_MARK = '␣';
const CODE_OPEN = '⟨';
const CODE_CLOSE = '⟩';

const NAMED_MARKS: Readonly<Record<string, string>> = {
  '\n': LINE_FEED_MARK,
  '\r': CARRIAGE_RETURN_MARK,
  '\t': TAB_MARK,
};

// Lone surrogates match \p{Cs} only in `u` mode, where a valid pair is one code point. Variation
// selectors (default-ignorable too) stay: they choose how an emoji looks, and ❤️ must stay ❤️.
// (Built from a string: the linter reads the variation selectors in the class as combining.)
const INVISIBLE_SOURCE = String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u27E8\u21B5\u240D\u21E5\u2423]|(?![ \uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Zs}\p{Default_Ignorable_Code_Point}]`;
const INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_SOURCE, 'gu');
// A zero-width joiner inside an emoji sequence (👨‍👩‍👧) draws as one picture: it stays.
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const ZWJ = '\u200D';

function joinsEmoji(text: string, at: number): boolean {
  return (
    EMOJI_AFTER.test(text.slice(at + 1, at + 3)) &&
    EMOJI_BEFORE.test(text.slice(Math.max(0, at - 3), at))
  );
}

export type LineMode = 'one-line' | 'lines';

export interface VisibleTextOptions {
  /**
   * `one-line` (the default): a line feed is drawn as `↵` (grid cells, one-line exports).
   * `lines`: a line feed stays a line break (the value panel, Markdown's `<br>`).
   */
  readonly lines?: LineMode;
}

function markOf(character: string, lines: LineMode): string {
  if (character === '\n' && lines === 'lines') return character;
  const named = NAMED_MARKS[character];
  if (named !== undefined) return named;
  return `${CODE_OPEN}${codePointName(character.codePointAt(0) ?? 0)}${CODE_CLOSE}`;
}

function countSpaces(text: string, from: number, step: 1 | -1): number {
  let count = 0;
  for (let i = from; i >= 0 && i < text.length && text.charCodeAt(i) === 0x20; i += step) count++;
  return count;
}

function markEdgeSpaces(text: string): string {
  const start = countSpaces(text, 0, 1);
  if (start === text.length) return EDGE_SPACE_MARK.repeat(start);
  const end = countSpaces(text, text.length - 1, -1);
  if (start === 0 && end === 0) return text;
  return (
    EDGE_SPACE_MARK.repeat(start) +
    text.slice(start, text.length - end) +
    EDGE_SPACE_MARK.repeat(end)
  );
}

/**
 * `text` as the page draws it: every character that would be invisible, ambiguous or would
 * reorder its neighbours becomes a visible mark (see the top of this file). One-to-one: two
 * different texts never give the same result. Copying a value copies it as sent, not this.
 */
// Most values are printable ASCII with no space at either end: nothing to mark, and a plain
// range test says so faster than the Unicode property classes (it runs for every cell drawn).
const PLAIN_ASCII = /^(?:[\x21-\x7e][\x20-\x7e]*)?[\x21-\x7e]$/;

export function visibleText(text: string, options: VisibleTextOptions = {}): string {
  if (PLAIN_ASCII.test(text)) return text;
  const lines = options.lines ?? 'one-line';
  const marked = INVISIBLE.test(text)
    ? text.replace(INVISIBLE_ALL, (character: string, at: number) =>
        character === ZWJ && joinsEmoji(text, at) ? character : markOf(character, lines),
      )
    : text;
  return markEdgeSpaces(marked);
}

/** Whether `text` holds anything visibleText would mark (then it cannot be read as it is). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text) || text.startsWith(' ') || text.endsWith(' ');
}

/** One stretch of a visibleText result: plain text, or one mark to draw apart from the text. */
export interface VisiblePiece {
  readonly text: string;
  readonly mark: boolean;
}

const MARK_TOKEN = /⟨U\+[0-9A-F]{4,6}⟩|[↵␍⇥␣]/g;
const ANY_MARK = /[⟨↵␍⇥␣]/;

/**
 * Splits a visibleText result into text and marks, so a view can style the marks (a mark is
 * never a character of the value: visibleText escapes literal ones). At most `maxMarks` marks
 * are split out; the rest stays in the text, still visible, for very long values.
 */
export function visiblePieces(shown: string, maxMarks = 2000): VisiblePiece[] {
  if (!ANY_MARK.test(shown)) return [{ text: shown, mark: false }];
  const pieces: VisiblePiece[] = [];
  let last = 0;
  let marks = 0;
  for (const match of shown.matchAll(MARK_TOKEN)) {
    if (marks++ >= maxMarks) break;
    if (match.index > last) pieces.push({ text: shown.slice(last, match.index), mark: false });
    pieces.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < shown.length) pieces.push({ text: shown.slice(last), mark: false });
  return pieces;
}
