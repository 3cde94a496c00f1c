// What one grid cell shows, says to a screen reader, and links to. Pure, so every kind of value
// (absent, null, "", false, 0, "javascript:…") is checked without a browser.

import type { JsonValue } from '../../lib/json/json-value';
import { cutText } from '../../lib/values/cut-text';
import { describeValue, type ValueKind } from '../../lib/values/value-format';

export interface CellView {
  readonly kind: ValueKind;
  /** One line: line breaks and tabs become visible marks, the rest is exactly what Gong sent. */
  readonly text: string;
  /** Said instead of `text` where the text alone would be ambiguous or empty. */
  readonly spoken: string | undefined;
  /** Hover hint: the whole value (truncated cells show only its start). */
  readonly title: string;
  /** Present only for http(s) URLs; every other string stays text. */
  readonly href: string | undefined;
  readonly className: string;
}

export const DIFFERS_HINT = 'differs from the most common value';

// Values stay one line in the grid; the panel shows them as sent. A carriage return has a mark
// of its own, so a value whose CRLF became LF is seen to differ, not only marked as changed.
const LINE_BREAK = /\r\n|\r|\n/g;
const LINE_BREAK_MARK: Readonly<Record<string, string>> = { '\r\n': '␍↵', '\r': '␍', '\n': '↵' };
const TAB = /\t/g;
// A native tooltip of a 100 kB string helps nobody; the panel has the rest.
const TITLE_LIMIT = 1000;
// A cell shows one line; laying out a 30 MB one froze the page for 4 s (e2e/abuse.spec.ts).
const CELL_TEXT_LIMIT = 10_000;

const SPOKEN: Partial<Record<ValueKind, string>> = {
  absent: 'field absent',
  null: 'null value',
  'empty-string': 'empty string',
};

const SHOWN: Partial<Record<ValueKind, string>> = {
  absent: '—',
};

const TITLE: Partial<Record<ValueKind, string>> = {
  absent: 'field absent',
  null: 'null',
  'empty-string': 'empty string ("")',
};

/** An href for values that are exactly an http: or https: URL; undefined for anything else. */
export function safeHref(text: string): string | undefined {
  // Checked before parsing: URL() would trim surrounding spaces and accept "javascript:".
  if (!/^https?:\/\/\S+$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first `limit` UTF-16 units and `…`, never ending on half of a surrogate pair. */
function clip(text: string, limit = CELL_TEXT_LIMIT): string {
  return text.length <= limit ? text : `${cutText(text, limit)}…`;
}

/** `text` as long as a cell shows it. */
export const clipForCell = (text: string) => clip(text);

export function cellView(value: JsonValue | undefined, deviant: boolean): CellView {
  const { kind, text } = describeValue(value);
  const shown =
    SHOWN[kind] ??
    clip(text, CELL_TEXT_LIMIT)
      .replace(LINE_BREAK, (lineBreak) => LINE_BREAK_MARK[lineBreak] ?? '↵')
      .replace(TAB, '⇥');
  return {
    kind,
    text: shown,
    spoken: SPOKEN[kind],
    title: TITLE[kind] ?? clip(text, TITLE_LIMIT),
    href: kind === 'string' ? safeHref(text) : undefined,
    className: `fg-cell fg-value fg-value--${kind}${deviant ? ' fg-cell--deviant' : ''}`,
  };
}
