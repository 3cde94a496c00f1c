// The exact parse for engines without JSON source text access (Node 20 without its flag, Safari
// before 18.4). Slower than JSON.parse, so parseLossless reaches it only when the text holds a
// number that would lose precision.

import { losesPrecision, MAX_JSON_DEPTH, tooDeepError } from './json-scan';
import { JsonNumber, type JsonValue } from './json-value';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses JSON text as JSON.parse does, keeping lossy numbers as JsonNumber. Throws SyntaxError. */
export function parseJsonByHand(text: string): JsonValue {
  let pos = 0;

  const fail = (problem: string): never => {
    throw new SyntaxError(`${problem} at position ${pos} of the JSON text`);
  };

  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
      pos++;
    }
  };

  const readString = (): string => {
    let out = '';
    let chunkStart = ++pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunkStart, pos++);
        return out;
      }
      if (c === 92) {
        out += text.slice(chunkStart, pos);
        const escaped = text.charAt(pos + 1);
        if (escaped === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!HEX4.test(hex)) fail('Bad \\u escape in a string');
          out += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 6;
        } else {
          const simple = SIMPLE_ESCAPES[escaped];
          if (simple === undefined) fail('Bad escape in a string');
          out += simple;
          pos += 2;
        }
        chunkStart = pos;
      } else if (c >= 32) {
        pos++;
      } else {
        // NaN (past the end) lands here too.
        fail(pos >= text.length ? 'Unterminated string' : 'Control character in a string');
      }
    }
  };

  const readNumber = (): number | JsonNumber => {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (match === null) return fail('Unexpected character');
    const source = match[0];
    pos += source.length;
    return losesPrecision(source) ? new JsonNumber(source) : Number(source);
  };

  const readLiteral = <T>(word: string, value: T): T => {
    if (!text.startsWith(word, pos)) fail('Unexpected character');
    pos += word.length;
    return value;
  };

  const readArray = (depth: number): JsonValue[] => {
    const array: JsonValue[] = [];
    pos++;
    skipWhitespace();
    if (text.charCodeAt(pos) === 93) {
      pos++;
      return array;
    }
    for (;;) {
      array.push(readValue(depth));
      skipWhitespace();
      const c = text.charCodeAt(pos++);
      if (c === 93) return array;
      if (c !== 44) fail("Expected ',' or ']' after an array element");
    }
  };

  const readObject = (depth: number): { [key: string]: JsonValue } => {
    const object: { [key: string]: JsonValue } = {};
    pos++;
    skipWhitespace();
    if (text.charCodeAt(pos) === 125) {
      pos++;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (text.charCodeAt(pos) !== 34) fail('Expected a property name');
      const key = readString();
      skipWhitespace();
      if (text.charCodeAt(pos++) !== 58) fail("Expected ':' after a property name");
      const value = readValue(depth);
      if (key === '__proto__') {
        // Assignment would replace the object's prototype; JSON.parse makes an own property.
        Object.defineProperty(object, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else {
        object[key] = value;
      }
      skipWhitespace();
      const c = text.charCodeAt(pos++);
      if (c === 125) return object;
      if (c !== 44) fail("Expected ',' or '}' after a property value");
    }
  };

  const readValue = (parentDepth: number): JsonValue => {
    skipWhitespace();
    const c = text.charCodeAt(pos);
    if (c === 34) return readString();
    if (c === 123 || c === 91) {
      if (parentDepth >= MAX_JSON_DEPTH) throw tooDeepError();
      return c === 123 ? readObject(parentDepth + 1) : readArray(parentDepth + 1);
    }
    if (c === 116) return readLiteral('true', true);
    if (c === 102) return readLiteral('false', false);
    if (c === 110) return readLiteral('null', null);
    if (pos >= text.length) return fail('Unexpected end of JSON');
    return readNumber();
  };

  const value = readValue(0);
  skipWhitespace();
  if (pos < text.length) fail('Unexpected text after the JSON value');
  return value;
}
