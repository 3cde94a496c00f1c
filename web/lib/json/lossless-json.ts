// Room web/lib/json: Gong's JSON read and written exactly; imports nothing outside the room.
// Reads and writes Gong's JSON without rounding numbers (int64 ids and values exceed 2^53).
import { parseJsonByHand } from './json-hand-parser';
import { parseWithMarkers } from './json-markers';
import { JSON_NUMBER, MAX_JSON_DEPTH, scanJson, tooDeepError } from './json-scan';
import { JsonNumber, type JsonValue } from './json-value';

type SourceReviver = (key: string, value: unknown, context?: { source?: string }) => unknown;

/**
 * Whether JSON.parse hands revivers the source text of each value (Chrome 114+, Firefox 135+,
 * Safari 18.4+; Node 20 only with --harmony-json-parse-with-source).
 */
export const hasJsonSource: boolean = (() => {
  try {
    const probe: SourceReviver = (_key, _value, context) => context?.source === '1.0';
    return JSON.parse('1.0', probe) === true;
  } catch {
    return false;
  }
})();

/**
 * How to read a text holding numbers JavaScript would round. `markers` (the default): JSON.parse
 * with those numbers marked as strings, then turned back (json-markers.ts). `source`: JSON.parse
 * with a reviver reading each number's source text, exact but the slowest (it runs for every
 * value), and only where `hasJsonSource`. `hand`: a parser written here, works everywhere.
 * All give the same values; tests hold each against the others.
 */
export type ExactParse = 'markers' | 'source' | 'hand';

const reviveLossyNumber: SourceReviver = (_key, value, context) => {
  if (typeof value !== 'number') return value;
  const source = context?.source;
  return source === undefined || String(value) === source ? value : new JsonNumber(source);
};

/**
 * JSON.parse, except numbers whose JavaScript value would print back as other text (above 2^53,
 * `1.0`, `1e3`, `-0`, long decimals) become JsonNumber holding the text Gong sent. Throws a
 * SyntaxError on malformed JSON and an Error on nesting deeper than MAX_JSON_DEPTH.
 */
export function parseLossless(text: string, exact: ExactParse = 'markers'): JsonValue {
  const { lossySpans, malformed } = scanJson(text);
  // The hand parser names the position of the fault.
  if (malformed) return parseJsonByHand(text);
  // Most answers hold no such number: plain JSON.parse is exact for them.
  if (lossySpans.length === 0) return JSON.parse(text);
  if (exact === 'markers') return parseWithMarkers(text, lossySpans) ?? parseJsonByHand(text);
  if (exact === 'hand') return parseJsonByHand(text);
  if (!hasJsonSource) {
    throw new Error('JSON.parse gives no source text here: parse with markers or by hand instead');
  }
  return JSON.parse(text, reviveLossyNumber);
}

function writeNumber(value: JsonNumber): string {
  // A JsonNumber made elsewhere must not smuggle arbitrary text into the output.
  if (!JSON_NUMBER.test(value.source)) {
    throw new Error(`Not a JSON number: ${JSON.stringify(value.source)}`);
  }
  return value.source;
}

function isPrimitive(value: JsonValue): boolean {
  return typeof value !== 'object' || value === null;
}

function write(value: JsonValue, indent: string, outer: string, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
  }
  if (value instanceof JsonNumber) return writeNumber(value);
  // Also stops cycles, which would otherwise recurse forever.
  if (depth >= MAX_JSON_DEPTH) throw tooDeepError();
  const inner = outer + indent;
  const open = indent === '' ? '' : `\n${inner}`;
  const separator = indent === '' ? ',' : `,\n${inner}`;
  const close = indent === '' ? '' : `\n${outer}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // The grid keys every array cell (often a list of strings): the native writer is far faster.
    if (indent === '' && value.every(isPrimitive)) return JSON.stringify(value);
    const items = value.map((item) =>
      item === undefined ? 'null' : write(item, indent, inner, depth + 1),
    );
    return `[${open}${items.join(separator)}${close}]`;
  }
  const colon = indent === '' ? ':' : ': ';
  const members: string[] = [];
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === undefined) continue;
    members.push(JSON.stringify(key) + colon + write(member, indent, inner, depth + 1));
  }
  return members.length === 0 ? '{}' : `{${open}${members.join(separator)}${close}}`;
}

/** JSON.stringify that writes each JsonNumber as its source text; `indent` as JSON.stringify's. */
export function stringifyLossless(value: JsonValue, indent = 0): string {
  return write(value, ' '.repeat(Math.max(0, Math.min(10, Math.floor(indent)))), '', 0);
}
