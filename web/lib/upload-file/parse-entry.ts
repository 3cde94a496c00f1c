// One line of an upload file (or one element of a JSON array) parsed losslessly into an entry:
// an object, a JSON value that is no object, text that is no JSON (with its column), or blank.
// Pure; imports web/lib/json and this room's types.
import { parseJsonByHand } from '../json/json-hand-parser';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { parseLossless } from '../json/lossless-json';
import type { UploadEntry, UploadObject } from './upload-entries';

/** Parses one line's text; a fault names its column (JSON.parse in V8 no longer names it). */
export function parseEntry(line: number, raw: string): UploadEntry {
  const text = raw.trim();
  if (text === '') return { type: 'blank', line };
  let value: JsonValue;
  try {
    value = parseLossless(text);
  } catch (error) {
    return { type: 'not-json', line, text, error: jsonFault(text, error) };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if (value instanceof JsonNumber) return { type: 'not-object', line, text, value };
    return { type: 'object', line, text, value: value as UploadObject };
  }
  return { type: 'not-object', line, text, value };
}

function jsonFault(text: string, error: unknown): string {
  try {
    parseJsonByHand(text);
  } catch (handError) {
    if (handError instanceof SyntaxError) {
      return handError.message.replace(
        / at position (\d+) of the JSON text$/,
        (_all, position: string) => ` at column ${Number(position) + 1}`,
      );
    }
  }
  return error instanceof Error ? error.message : String(error);
}
