// A file's objects on their way from the worker to the page: their line texts packed as UTF-8 in
// one transferable buffer, handed over without a copy and kept outside the JavaScript heap, and
// decoded one object at a time when its call's answer is compared. As strings, 100 MB of objects
// took seconds to arrive on the page's thread and made its garbage collector pause.
import type { SentObject } from '../../lib/upload-file/upload-lint';

export interface PackedObjects {
  readonly ids: readonly string[];
  readonly lines: Int32Array;
  /** Start of object i's text in `bytes`; the entry after the last is the end. */
  readonly offsets: Uint32Array;
  readonly bytes: Uint8Array;
  /** Objects whose id is on several lines: [index, lines]. */
  readonly repeated: readonly (readonly [number, readonly number[]])[];
}

/** Packs objects whose texts take at most `byteBudget` bytes as UTF-8 (the file's size does). */
export function packObjects(objects: readonly SentObject[], byteBudget: number): PackedObjects {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(Math.max(16, byteBudget));
  const offsets = new Uint32Array(objects.length + 1);
  const lines = new Int32Array(objects.length);
  const ids: string[] = [];
  const repeated: [number, readonly number[]][] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const object = objects[i] as SentObject;
    ids.push(object.objectId);
    lines[i] = object.line;
    if (object.lines) repeated.push([i, object.lines]);
    offsets[i] = at;
    // A UTF-16 unit never takes more than 3 bytes; grow if the budget was too small.
    if (bytes.length - at < object.text.length * 3) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + object.text.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    at += encoder.encodeInto(object.text, bytes.subarray(at)).written;
  }
  offsets[objects.length] = at;
  return { ids, lines, offsets, bytes, repeated };
}

/** The buffers to transfer rather than copy. */
export const transferablesOf = (packed: PackedObjects): ArrayBuffer[] => [
  packed.bytes.buffer as ArrayBuffer,
  packed.offsets.buffer as ArrayBuffer,
  packed.lines.buffer as ArrayBuffer,
];

const decoder = new TextDecoder();

class PackedSentObject implements SentObject {
  constructor(
    readonly objectId: string,
    readonly line: number,
    private readonly packed: PackedObjects,
    private readonly index: number,
    readonly lines?: readonly number[],
  ) {}

  get text(): string {
    const { bytes, offsets } = this.packed;
    return decoder.decode(
      bytes.subarray(offsets[this.index] as number, offsets[this.index + 1] as number),
    );
  }
}

/** The objects again, each decoding its text when asked. */
export function unpackObjects(packed: PackedObjects): SentObject[] {
  const repeated = new Map(packed.repeated);
  return packed.ids.map(
    (objectId, index) =>
      new PackedSentObject(
        objectId,
        packed.lines[index] as number,
        packed,
        index,
        repeated.get(index),
      ),
  );
}
