// The upload file as entries, read from a stream of chunks: the LDJSON file an integration sends
// to Gong's `POST /v2/crm/entities` (one JSON object per line), or a JSON array of objects.
// Pure: imports only web/lib's lossless JSON, so a Web Worker and the command line (cli/) use it
// as the page does. Values are parsed losslessly: int64 ids and long decimals stay exact.
import { parseJsonByHand } from '../json/json-hand-parser';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { parseLossless } from '../json/lossless-json';

/** One line of an LDJSON file (or one element of a JSON array), numbered from 1. */
export type UploadEntry =
  | {
      readonly type: 'object';
      readonly line: number;
      readonly text: string;
      readonly value: UploadObject;
    }
  | {
      readonly type: 'not-object';
      readonly line: number;
      readonly text: string;
      readonly value: JsonValue;
    }
  | {
      readonly type: 'not-json';
      readonly line: number;
      readonly text: string;
      readonly error: string;
    }
  | { readonly type: 'blank'; readonly line: number };

export type UploadObject = { readonly [field: string]: JsonValue };

/** Gong refuses an upload file over 200 MB. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export type UploadFileProblem = 'empty' | 'binary' | 'too-large';

/** The file as a whole cannot be an upload file; `message` says why in words for a person. */
export class UploadFileError extends Error {
  constructor(
    readonly problem: UploadFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'UploadFileError';
  }
}

export type UploadChunk = Uint8Array | string;

export interface ReadLinesOptions {
  /** Bytes read so far, after each chunk (for a progress bar). */
  readonly onBytes?: (bytes: number) => void;
  /** Called with each chunk's bytes as read (e.g. to hash the file without a second pass). */
  readonly onChunk?: (bytes: Uint8Array) => void;
  readonly maxBytes?: number;
}

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

const encoder = new TextEncoder();

/** Decodes chunks as UTF-8; refuses NUL bytes and invalid UTF-8 (a binary file), and size. */
async function* decodeChunks(
  chunks: AsyncIterable<UploadChunk> | Iterable<UploadChunk>,
  options: ReadLinesOptions,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  let bytes = 0;
  let first = true;
  for await (const chunk of chunks) {
    const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    bytes += data.byteLength;
    if (bytes > maxBytes) {
      throw new UploadFileError(
        'too-large',
        `The file is over ${formatMegabytes(maxBytes)}: Gong refuses upload files over ${formatMegabytes(MAX_UPLOAD_BYTES)}, so this cannot be one. Split it into smaller files.`,
      );
    }
    options.onChunk?.(data);
    let text: string;
    try {
      text = decoder.decode(data, { stream: true });
    } catch {
      throw notText();
    }
    if (text.includes('\u0000')) throw notText();
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    options.onBytes?.(bytes);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch {
    throw notText();
  }
  if (bytes === 0) {
    throw new UploadFileError('empty', 'The file is empty (0 bytes): there is nothing to verify.');
  }
}

function notText(): UploadFileError {
  return new UploadFileError(
    'binary',
    'This is not a text file (it holds bytes that are not UTF-8 text): an upload file is LDJSON, one JSON object per line.',
  );
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Reads an upload file from chunks of bytes or text (`File.stream()`, a Node stream) and yields
 * one entry per line, numbered from 1, lossless. A file whose first character is `[` is read
 * as a JSON array instead: one entry per element, numbered by the line the element starts on.
 * A line break at the end of the file makes no entry. Throws UploadFileError for a file that
 * is empty, binary or over `maxBytes` (200 MB).
 */
export async function* readUploadLines(
  chunks: AsyncIterable<UploadChunk> | Iterable<UploadChunk>,
  options: ReadLinesOptions = {},
): AsyncGenerator<UploadEntry> {
  const texts = decodeChunks(chunks, options);
  let carry = '';
  let line = 0;
  let mode: 'unknown' | 'lines' | 'array' = 'unknown';
  const array = new ArraySplitter();
  for await (const text of texts) {
    if (mode === 'unknown') {
      carry += text;
      const start = carry.search(/\S/);
      if (start === -1) continue;
      mode = carry.charAt(start) === '[' ? 'array' : 'lines';
      if (mode === 'array') {
        yield* array.push(carry);
        carry = '';
        continue;
      }
      const pending = carry;
      carry = '';
      ({ carry, line } = yield* splitLines(pending, line));
      continue;
    }
    if (mode === 'array') {
      yield* array.push(text);
      continue;
    }
    ({ carry, line } = yield* splitLines(carry + text, line));
  }
  if (mode === 'array') {
    yield* array.end();
  } else if (carry.trim() !== '' || (mode === 'unknown' && carry !== '')) {
    yield parseEntry(line + 1, carry.endsWith('\r') ? carry.slice(0, -1) : carry);
  }
}

function* splitLines(
  text: string,
  lineBefore: number,
): Generator<UploadEntry, { carry: string; line: number }> {
  let line = lineBefore;
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    line++;
    yield parseEntry(line, text.slice(start, end));
    start = end + 1;
  }
  return { carry: text.slice(start), line };
}

/** Cuts a streamed JSON array into its top-level elements, each parsed on its own. */
class ArraySplitter {
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private element = '';
  private elementLine = 0;
  private closedAt = 0;
  private trailing: UploadEntry | undefined;

  *push(text: string): Generator<UploadEntry> {
    let sliceStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (this.closedAt > 0) {
        if (c > 32 && this.trailing === undefined) {
          this.trailing = {
            type: 'not-json',
            line: this.line,
            text: text.slice(i, i + 40),
            error: `Text after the closing ] of the JSON array (line ${this.closedAt})`,
          };
        }
        continue;
      }
      if (c === 34) this.inString = true;
      if (this.depth === 1 && this.elementLine === 0 && c > 32 && c !== 44 && c !== 93) {
        this.elementLine = this.line;
      }
      if (c === 91 || c === 123) {
        this.depth++;
        if (this.depth === 1) sliceStart = i + 1;
      } else if (c === 93 || c === 125) {
        this.depth--;
        if (this.depth === 0) {
          this.element += text.slice(sliceStart, i);
          sliceStart = i + 1;
          yield* this.flush();
          this.closedAt = this.line;
        }
      } else if (c === 44 && this.depth === 1) {
        this.element += text.slice(sliceStart, i);
        sliceStart = i + 1;
        yield* this.flush();
      }
    }
    if (this.depth >= 1 && this.closedAt === 0) this.element += text.slice(sliceStart);
  }

  private *flush(): Generator<UploadEntry> {
    const line = this.elementLine;
    const text = this.element;
    this.element = '';
    this.elementLine = 0;
    if (line === 0) return;
    yield parseEntry(line, text);
  }

  *end(): Generator<UploadEntry> {
    if (this.closedAt === 0) {
      yield {
        type: 'not-json',
        line: this.line,
        text: '',
        error: 'The JSON array is not closed: the file ends before its ]',
      };
      return;
    }
    if (this.trailing) yield this.trailing;
  }
}
