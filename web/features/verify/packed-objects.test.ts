import { expect, test } from 'vitest';
import type { SentObject } from '../../lib/upload-file/upload-lint';
import { packObjects, unpackObjects } from './packed-objects';

test('objects survive packing: ids, lines, repeated lines and every character of their text', () => {
  const objects: SentObject[] = [
    { objectId: 'a', line: 1, text: '{"objectId":"a","n":9007199254740993}' },
    { objectId: 'b', line: 4, text: '{"objectId":"b","name":"Été 東京 🚀"}', lines: [2, 4] },
    { objectId: 'c', line: 5, text: '{"objectId":"c"}' },
  ];
  // A budget far too small still works: the buffer grows.
  for (const budget of [1, 10_000]) {
    const again = unpackObjects(packObjects(objects, budget));
    expect(
      again.map((object) => ({
        objectId: object.objectId,
        line: object.line,
        text: object.text,
        ...(object.lines ? { lines: object.lines } : {}),
      })),
    ).toEqual(objects);
  }
});
