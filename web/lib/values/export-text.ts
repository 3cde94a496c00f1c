// How a value is written into a CSV or Markdown cell so that two different values never give
// the same cell, and no character is lost on the way to a file. Pure; the README's "Share and
// compare" section states the same rule.
//
// Numbers (as Gong wrote them), true, false, null, arrays and objects are written as JSON. A
// string is written as it is, unless it could be read as something else; then it is written as
// JSON text in double quotes (`"1"`, `"null"`, `"\"\""`). A string could be read as something
// else when it
// - is empty (an absent field is an empty cell), or is `—` (the absent side of before → after);
// - reads as JSON by itself (`1`, `true`, `null`, `""`, `[1]`, `"quoted"`);
// - starts or ends with white space (spreadsheets and Markdown renderers trim it);
// - starts with `'` (the mark a CSV cell gets so that `=1` is not run as a formula);
// - holds ` → ` (the arrow between before and after);
// - holds a carriage return (`\r\n` and `\n` both open as one line break);
// - holds a lone surrogate (half of an emoji: UTF-8 cannot carry it, a Blob would write U+FFFD;
//   JSON writes it as the six characters `\ud800`).

import { hasLoneSurrogate } from '../../../proxy/crm-id-rules';
import type { JsonValue } from '../json/json-value';
import { describeValue } from './value-format';

export const ABSENT_MARK = '—';
export const CHANGE_ARROW = ' → ';

const EDGE_SPACE = /^\s|\s$/;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const JSON_LITERALS = new Set(['true', 'false', 'null']);

/** Whether `text` (no edge white space) is JSON by itself. Dates such as 2022-01-02 are common: a
 * regular expression answers for numbers, since a thrown SyntaxError per cell cost seconds. */
function readsAsJson(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 0x2d || (first >= 0x30 && first <= 0x39)) return JSON_NUMBER.test(text);
  if (first !== 0x22 && first !== 0x5b && first !== 0x7b) return JSON_LITERALS.has(text);
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether `text` written as it is could be read as another value or lose a character. */
export function needsQuotes(text: string): boolean {
  return (
    text === '' ||
    text === ABSENT_MARK ||
    text.startsWith("'") ||
    EDGE_SPACE.test(text) ||
    readsAsJson(text) ||
    text.includes(CHANGE_ARROW) ||
    text.includes('\r') ||
    hasLoneSurrogate(text)
  );
}

/** A string as an export writes it: as it is, or as JSON text when needsQuotes. */
export function exportString(text: string): string {
  return needsQuotes(text) ? JSON.stringify(text) : text;
}

/**
 * An object id or field name as a header or row-name cell. Names are always strings, so `1` or
 * `null` stays as it is (a numeric CRM id is common); only a name that would lose a character,
 * or that starts like a quoted one (`"` or the formula mark `'`), is written as JSON text.
 */
export function exportName(name: string): string {
  const quoted =
    name.startsWith('"') ||
    name.startsWith("'") ||
    EDGE_SPACE.test(name) ||
    name.includes('\r') ||
    hasLoneSurrogate(name);
  return quoted ? JSON.stringify(name) : name;
}

/** A field value as an export cell: strings by exportString, everything else as JSON. */
export function exportValue(value: JsonValue): string {
  return typeof value === 'string' ? exportString(value) : describeValue(value).text;
}

/** One side of before → after: `—` for an absent field. */
export function exportSide(value: JsonValue | undefined): string {
  return value === undefined ? ABSENT_MARK : exportValue(value);
}

const NON_ASCII = /[^\x20-\x7e]/g;

/**
 * JSON text with every character outside printable ASCII as `\u00e9`: for both sides of a change
 * between look-alike values (é composed and decomposed), which would read the same in any file.
 */
export function asciiJson(value: JsonValue): string {
  const json = typeof value === 'string' ? JSON.stringify(value) : describeValue(value).text;
  return json.replace(
    NON_ASCII,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
