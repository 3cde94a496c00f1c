// What one grid cell shows, says to a screen reader, and links to. Pure, so every kind of value
// (absent, null, "", false, 0, "javascript:…") is checked without a browser.

import type { JsonValue } from '../../lib/json/json-value';
import { cutText } from '../../lib/values/cut-text';
import { describeValue, type ValueKind } from '../../lib/values/value-format';
import { visibleText } from '../../lib/values/visible-text';

export interface CellView {
  readonly kind: ValueKind;
  /** One line, by the display rule (lib/values/visible-text.ts): invisible characters as marks. */
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
    SHOWN[kind] ?? (kind === 'empty-string' ? text : visibleText(clip(text, CELL_TEXT_LIMIT)));
  return {
    kind,
    text: shown,
    spoken: SPOKEN[kind],
    title: TITLE[kind] ?? visibleText(clip(text, TITLE_LIMIT), { lines: 'lines' }),
    href: kind === 'string' ? safeHref(text) : undefined,
    className: `fg-cell fg-value fg-value--${kind}${deviant ? ' fg-cell--deviant' : ''}`,
  };
}
