import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { Sha256 } from './sha256';

test('matches node:crypto for lengths around the block and padding edges, in any chunking', () => {
  for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_003]) {
    const data = new Uint8Array(length).map((_v, i) => (i * 31 + 7) & 0xff);
    const expected = createHash('sha256').update(data).digest('hex');
    expect(new Sha256().update(data).hex()).toBe(expected);
    const hash = new Sha256();
    for (let i = 0; i < length; i += 37) hash.update(data.subarray(i, i + 37));
    expect(hash.hex()).toBe(expected);
  }
});

test('the known digest of "abc"', () => {
  expect(new Sha256().update(new TextEncoder().encode('abc')).hex()).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});
