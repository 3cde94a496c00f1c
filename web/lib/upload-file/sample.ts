// Which of the file's objects to verify: those whose objectId Gong can be asked for, and a random
// yet reproducible sample of them for files whose full check would eat a large share of Gong's
// 10,000 calls a day. Pure; imports this room and the proxy's contract.
import { crmIdSchema } from '../../../proxy/contract';
import type { SentObject } from './upload-lint';

/** mulberry32: tiny, fast, and the same sequence everywhere for the same seed (bench uses it too). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` objects picked at random with `seed` (the same seed and file give the same sample), in
 * file order. All of them when `count` is at least their number.
 */
export function sampleObjects(
  objects: readonly SentObject[],
  count: number,
  seed = 1,
): SentObject[] {
  if (count >= objects.length) return objects.slice();
  const indexes = Array.from(objects, (_object, index) => index);
  const next = prng(seed);
  const take = Math.max(0, Math.floor(count));
  // A partial Fisher–Yates shuffle: the first `take` places are a uniform sample.
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(next() * (indexes.length - i));
    const swap = indexes[i] as number;
    indexes[i] = indexes[j] as number;
    indexes[j] = swap;
  }
  return indexes
    .slice(0, take)
    .sort((a, b) => a - b)
    .map((index) => objects[index] as SentObject);
}

/**
 * A seed from the file's objectIds (FNV-1a): the same file gives the same sample on any machine,
 * without waiting for its SHA-256.
 */
export function sampleSeed(objects: readonly SentObject[]): number {
  let hash = 0x811c9dc5;
  for (const object of objects) {
    for (let i = 0; i < object.objectId.length; i++) {
      hash = Math.imul(hash ^ object.objectId.charCodeAt(i), 0x01000193);
    }
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return hash >>> 0 || 1;
}

// Nearly every objectId Gong allows passes this at once; only the others meet the contract's
// schema, which costs too much to run 150,000 times on the page's thread.
const PLAINLY_ASKABLE = /^[A-Za-z0-9@._+-]{1,256}$/;

/** The ids Gong can be asked for: a line's id the proxy would refuse is in the lint instead. */
export function askableObjects(objects: readonly SentObject[]): SentObject[] {
  return objects.filter(
    (object) =>
      PLAINLY_ASKABLE.test(object.objectId) || crmIdSchema.safeParse(object.objectId).success,
  );
}
