import { expect, test } from 'vitest';
import { sampleObjects } from './sample';
import type { SentObject } from './upload-lint';

const objects: SentObject[] = Array.from({ length: 500 }, (_v, i) => ({
  objectId: `id-${i}`,
  line: i + 1,
  text: '{}',
}));

test('the same seed gives the same sample, in file order, without repeats', () => {
  const first = sampleObjects(objects, 50, 42);
  expect(sampleObjects(objects, 50, 42)).toEqual(first);
  expect(first).toHaveLength(50);
  expect(new Set(first.map((object) => object.objectId)).size).toBe(50);
  expect(first.map((object) => object.line)).toEqual(
    [...first.map((object) => object.line)].sort((a, b) => a - b),
  );
  expect(sampleObjects(objects, 50, 43)).not.toEqual(first);
});

test('a sample as large as the file is the file', () => {
  expect(sampleObjects(objects, 500)).toEqual(objects);
  expect(sampleObjects(objects, 9999)).toEqual(objects);
});
