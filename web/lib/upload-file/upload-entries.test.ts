import { describe, expect, test } from 'vitest';
import { JsonNumber } from '../json/json-value';
import {
  readUploadLines,
  type UploadChunk,
  type UploadEntry,
  UploadFileError,
} from './upload-entries';

async function read(chunks: UploadChunk[], maxBytes?: number): Promise<UploadEntry[]> {
  const out: UploadEntry[] = [];
  for await (const entry of readUploadLines(chunks, maxBytes === undefined ? {} : { maxBytes })) {
    out.push(entry);
  }
  return out;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The text cut into chunks of `size` bytes, so lines and characters straddle chunk ends. */
function chunked(text: string, size: number): Uint8Array[] {
  const all = bytes(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.subarray(i, i + size));
  return out;
}

describe('readUploadLines, LDJSON', () => {
  test('numbers each line from 1 and keeps int64 and decimal text exact, whatever the chunking', async () => {
    const text =
      '{"objectId":"a","n":9007199254740993}\r\n{"objectId":"b","amount":7000.50,"name":"Été 東京"}\n';
    for (const size of [1, 2, 3, 7, 1000]) {
      const entries = await read(chunked(text, size));
      expect(entries.map((entry) => [entry.type, entry.line])).toEqual([
        ['object', 1],
        ['object', 2],
      ]);
      const [first, second] = entries;
      if (first?.type !== 'object' || second?.type !== 'object') throw new Error('not objects');
      expect(first.value.n).toEqual(new JsonNumber('9007199254740993'));
      expect(first.text).toBe('{"objectId":"a","n":9007199254740993}');
      expect(second.value.amount).toEqual(new JsonNumber('7000.50'));
      expect(second.value.name).toBe('Été 東京');
    }
  });

  test('a last line without a line break is read; blank lines are entries; a BOM is dropped', async () => {
    const entries = await read(['\uFEFF{"objectId":"a"}\n\n', '{"objectId":"b"}']);
    expect(entries.map((entry) => `${entry.type}@${entry.line}`)).toEqual([
      'object@1',
      'blank@2',
      'object@3',
    ]);
  });

  test('a line that is not JSON names its column; a JSON non-object is not-object', async () => {
    const entries = await read(['{"objectId":"a",}\n[1,2]\n"text"\n12345678901234567890\n']);
    expect(entries[0]).toMatchObject({ type: 'not-json', line: 1 });
    expect(entries[0]?.type === 'not-json' && entries[0].error).toMatch(/column 17/);
    expect(entries.slice(1).map((entry) => entry.type)).toEqual([
      'not-object',
      'not-object',
      'not-object',
    ]);
  });

  test('strings work as chunks too', async () => {
    expect(await read(['{"objectId":', '"a"}\n{"objectId":"b"}\n'])).toHaveLength(2);
  });
});

describe('readUploadLines, JSON array', () => {
  test('each element is an entry numbered by the line it starts on, nested arrays and strings with , ] } intact', async () => {
    const text =
      '[\n  {"objectId":"a","tags":["x,]","y"],"o":{"k":"}"}},\n  {"objectId":"b","n":18446744073709551617}\n]\n';
    for (const size of [1, 5, 1000]) {
      const entries = await read(chunked(text, size));
      expect(entries.map((entry) => `${entry.type}@${entry.line}`)).toEqual([
        'object@2',
        'object@3',
      ]);
      const [first, second] = entries;
      if (first?.type !== 'object' || second?.type !== 'object') throw new Error('not objects');
      expect(first.value.tags).toEqual(['x,]', 'y']);
      expect(second.value.n).toEqual(new JsonNumber('18446744073709551617'));
    }
  });

  test('an array of non-objects gives not-object entries', async () => {
    const entries = await read(['[1, "two", null]']);
    expect(entries.map((entry) => entry.type)).toEqual(['not-object', 'not-object', 'not-object']);
  });

  test('an array never closed, or text after it, is not JSON', async () => {
    expect((await read(['[{"objectId":"a"}'])).at(-1)).toMatchObject({ type: 'not-json' });
    expect((await read(['[{"objectId":"a"}]\nmore'])).at(-1)).toMatchObject({
      type: 'not-json',
      line: 2,
    });
  });
});

describe('readUploadLines, files that are no upload file', () => {
  test.each([
    ['empty', [] as UploadChunk[]],
    ['binary', [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])]],
    ['binary', [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]],
  ])('%s', async (problem, chunks) => {
    const error = await read(chunks).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadFileError);
    expect((error as UploadFileError).problem).toBe(problem);
    expect((error as UploadFileError).message.length).toBeGreaterThan(20);
  });

  test('too large: refused as soon as the bytes pass the limit', async () => {
    const error = await read(['{"objectId":"a"}\n', '{"objectId":"b"}\n'], 20).catch(
      (caught: unknown) => caught,
    );
    expect((error as UploadFileError).problem).toBe('too-large');
    expect((error as UploadFileError).message).toMatch(/200 MB/);
  });
});
