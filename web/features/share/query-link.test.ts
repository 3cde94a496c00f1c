import { describe, expect, test } from 'vitest';
import type { CrmQuery } from '../../model/query';
import {
  decodeQueryFragment,
  encodeQueryFragment,
  fromBase64Url,
  linkProblem,
  toBase64Url,
} from './query-link';

const query = (ids: string[]): CrmQuery => ({
  integrationId: '7302198156228391457',
  objectType: 'DEAL',
  ids,
});

async function roundTrip(ids: string[]) {
  const fragment = await encodeQueryFragment(query(ids));
  return { fragment, decoded: await decodeQueryFragment(fragment) };
}

describe('query link', () => {
  test('a short list stays readable in the link', async () => {
    const { fragment, decoded } = await roundTrip(['0065g00000aACIFAA4', '65796570812']);
    expect(fragment).toBe(
      'integration=7302198156228391457&type=DEAL&ids=0065g00000aACIFAA4,65796570812',
    );
    expect(decoded).toEqual({ ok: true, query: query(['0065g00000aACIFAA4', '65796570812']) });
  });

  test('ids with commas, spaces, quotes, #, & and unicode come back exactly', async () => {
    const ids = [
      'Acme, Inc',
      'a b',
      `it's "x"`,
      'a#b&c=d',
      '東京-🚀',
      'mia.patel@example.com',
      '%41',
    ];
    const { fragment, decoded } = await roundTrip(ids);
    expect(fragment).not.toMatch(/[\s"'#()]/);
    expect(decoded).toEqual({ ok: true, query: query(ids) });
  });

  test('a long list is compressed, far shorter, and comes back in order', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `0065g00000${String(i).padStart(8, '0')}`);
    const { fragment, decoded } = await roundTrip(ids);
    expect(fragment).toMatch(/&zids=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(ids.join(',').length / 4);
    expect(decoded).toEqual({ ok: true, query: query(ids) });
  });

  test('unicode ids survive compression', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `東京オフィス-${i}-🚀`);
    const { fragment, decoded } = await roundTrip(ids);
    expect(fragment).toContain('zids=');
    expect(decoded).toEqual({ ok: true, query: query(ids) });
  });

  test('a fragment without ids is no query; a broken one says why', async () => {
    expect(await decodeQueryFragment('')).toBeUndefined();
    expect(await decodeQueryFragment('section-2')).toBeUndefined();
    expect(await decodeQueryFragment('integration=1&type=DEAL&zids=@@')).toEqual({
      ok: false,
      problem: 'the compressed ids are not base64url',
    });
    expect(await decodeQueryFragment('integration=1&type=DEAL&zids=AAAA')).toMatchObject({
      ok: false,
    });
    expect(await decodeQueryFragment('integration=12ab&type=DEAL&ids=a')).toEqual({
      ok: false,
      problem: 'integration must be 1 to 19 digits',
    });
    expect(await decodeQueryFragment('integration=1&type=deal&ids=a')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^type must be one of/),
    });
  });

  // Found in review: "Compressed input was truncated.." under the notice's own full stop.
  test('a message that ends with a full stop is passed on without it', async () => {
    // Base64url letters, but too short to decode: Node's atob says so in a full sentence.
    expect(await decodeQueryFragment('integration=1&type=DEAL&zids=A')).toEqual({
      ok: false,
      problem: 'The string to be decoded is not correctly encoded',
    });
  });

  test('a query with half of a surrogate pair is named as unlinkable, others are not', () => {
    const query = { integrationId: '1', objectType: 'DEAL' as const, ids: ['a', 'b\ud800'] };
    expect(linkProblem(query)).toMatch(/surrogate pair/);
    expect(linkProblem({ ...query, ids: ['a', '😀', '東京'] })).toBeUndefined();
  });

  test('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });
});
