// Room web/lib/ids: CRM ids pasted, checked, listed and cut into calls; imports web/lib/json,
// web/lib/values and proxy/contract.ts.
// Turns whatever a developer pastes (a spreadsheet column, CSV, a JSON array, a log line) into
// the list of ids to ask Gong about.

import { checkCrmId, isJsWhitespace, MAX_ID_LENGTH } from '../../../proxy/crm-id-rules';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { parseLossless, stringifyLossless } from '../json/lossless-json';
import { cutText } from '../values/cut-text';

export interface InvalidId {
  /** The pasted text, cut to MAX_SHOWN_LENGTH characters. */
  value: string;
  reason: string;
}

export interface ParsedIds {
  /** Unique valid ids, in the order first pasted. */
  ids: string[];
  /** How many pasted ids (valid or not) repeated one pasted before. */
  duplicates: number;
  /** The first MAX_INVALID_SHOWN invalid ids. */
  invalid: InvalidId[];
  /** How many unique invalid ids there were in all. */
  invalidCount: number;
}

/** A paste of binary garbage yields thousands of invalid "ids"; nobody reads past the first few. */
export const MAX_INVALID_SHOWN = 20;
const MAX_SHOWN_LENGTH = 80;

const QUOTE = 34;
const APOSTROPHE = 39;
const COMMA = 44;
const SEMICOLON = 59;
const LEFT_SINGLE_QUOTE = 0x2018;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LEFT_DOUBLE_QUOTE = 0x201c;
const RIGHT_DOUBLE_QUOTE = 0x201d;

function isSeparator(code: number): boolean {
  return code === COMMA || code === SEMICOLON || isJsWhitespace(code);
}

function shorten(value: string): string {
  return value.length <= MAX_SHOWN_LENGTH ? value : `${cutText(value, MAX_SHOWN_LENGTH)}…`;
}

/** The quote that closes one opened by `code`, or undefined when `code` opens none. */
function closingQuote(code: number): number | undefined {
  if (code === APOSTROPHE) return APOSTROPHE;
  if (code === LEFT_SINGLE_QUOTE) return RIGHT_SINGLE_QUOTE;
  if (code === LEFT_DOUBLE_QUOTE) return RIGHT_DOUBLE_QUOTE;
  return undefined;
}

/**
 * `text` from `start` to `end`, without a matching pair of quotes around it: ids come quoted from
 * SQL IN lists ('a','b') and from text that a word processor gave smart quotes (“a”, ‘a’). Only a
 * pair is taken off, so an apostrophe inside an id (O'Brien@example.com) stays.
 */
function unquotedToken(text: string, start: number, end: number): string {
  const closing = closingQuote(text.charCodeAt(start));
  if (closing === undefined || end - start < 2 || text.charCodeAt(end - 1) !== closing) {
    return text.slice(start, end);
  }
  const inner = text.slice(start + 1, end - 1);
  // SQL writes an apostrophe inside a quoted string twice: 'O''Brien'.
  return closing === APOSTROPHE && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
}

class IdCollector {
  private readonly seen = new Set<string>();
  /** JSON array items that are not ids (null, true, objects), as JSON. */
  private readonly rejected = new Set<string>();
  readonly result: ParsedIds = { ids: [], duplicates: 0, invalid: [], invalidCount: 0 };

  /**
   * `surelyValid`: the caller already saw no control character, no surrogate, no edge space and
   * no excess length.
   */
  add(id: string, surelyValid = false): void {
    if (id === '') return;
    const before = this.seen.size;
    this.seen.add(id);
    if (this.seen.size === before) {
      this.result.duplicates++;
      return;
    }
    const reason = surelyValid ? undefined : checkCrmId(id);
    if (reason === undefined) this.result.ids.push(id);
    else this.report(id, reason);
  }

  /** A JSON array item that is no id at all; repeats count once, as repeated ids do. */
  reject(json: string, reason: string): void {
    const before = this.rejected.size;
    this.rejected.add(json);
    if (this.rejected.size === before) this.result.duplicates++;
    else this.report(json, reason);
  }

  private report(value: string, reason: string): void {
    this.result.invalidCount++;
    if (this.result.invalid.length < MAX_INVALID_SHOWN) {
      this.result.invalid.push({ value: shorten(value), reason });
    }
  }
}

/**
 * The CSV cell whose opening quote is at `start` (`""` is a quote), and where it ends; undefined
 * when no closing quote comes before the line ends, so the quote is taken as part of an id.
 */
function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let chunkStart = start + 1;
  for (let i = chunkStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return undefined;
    if (code !== QUOTE) continue;
    value += text.slice(chunkStart, i);
    if (text.charCodeAt(i + 1) === QUOTE) {
      value += '"';
      chunkStart = ++i + 1;
      continue;
    }
    // Text glued after the closing quote (`"ab"c`) belongs to the same cell, as in spreadsheets.
    let end = i + 1;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    return { value: value + text.slice(i + 1, end), end };
  }
  return undefined;
}

function addSeparated(text: string, ids: IdCollector): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) {
      i++;
      continue;
    }
    if (code === QUOTE) {
      const quoted = readQuoted(text, i);
      if (quoted !== undefined) {
        ids.add(quoted.value.trim());
        i = quoted.end;
        continue;
      }
    }
    // The scan for the token's end also looks for control characters, sparing most ids a
    // second pass through checkCrmId (100,000 ids must parse in well under 50 ms).
    const start = i;
    let clean = true;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      // Printable ASCII other than ',' and ';' is the common case: one comparison each.
      if (c > 32 && c < 127 && c !== COMMA && c !== SEMICOLON) continue;
      if (isSeparator(c)) break;
      // A surrogate may be half of a pair: checkCrmId tells.
      if (c < 32 || c === 127 || (c & 0xf800) === 0xd800) clean = false;
    }
    ids.add(unquotedToken(text, start, i), clean && i - start <= MAX_ID_LENGTH);
  }
}

/** The elements of a JSON array, or undefined when `text` is not one. */
function readJsonArray(text: string): readonly JsonValue[] | undefined {
  try {
    const value = parseLossless(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `text` is one pair of brackets with no others inside: `(a, b)`, not `(a) (b)`. */
function isWrapped(text: string, open: string, close: string): boolean {
  return (
    text.startsWith(open) && text.indexOf(close) === text.length - 1 && !text.includes(open, 1)
  );
}

/**
 * Reads ids separated by lines, commas, semicolons, tabs or spaces; quoted CSV; a JSON array;
 * single or smart quotes around an id.
 */
export function parseIds(text: string): ParsedIds {
  const ids = new IdCollector();
  const trimmed = text.trim();
  const jsonItems = trimmed.startsWith('[') ? readJsonArray(trimmed) : undefined;
  if (jsonItems !== undefined) {
    for (const item of jsonItems) {
      // JSON numbers keep their source digits: an id above 2^53 must not be rounded.
      if (typeof item === 'string') ids.add(item.trim());
      else if (typeof item === 'number') ids.add(String(item));
      else if (item instanceof JsonNumber) ids.add(item.source);
      else ids.reject(stringifyLossless(item), 'is not a string or a number');
    }
  } else if (isWrapped(trimmed, '[', ']') || isWrapped(trimmed, '(', ')')) {
    // Almost JSON (`[a, b]`, a trailing comma) or an SQL IN list (`('a', 'b')`): the brackets
    // are not part of the ids.
    addSeparated(trimmed.slice(1, -1), ids);
  } else {
    addSeparated(text, ids);
  }
  return ids.result;
}
