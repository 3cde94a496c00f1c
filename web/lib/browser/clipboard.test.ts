import { describe, expect, it } from 'vitest';
import { copyMessage, copyToClipboard } from './clipboard';

describe('copyToClipboard', () => {
  it('writes the text', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (text: string) => void written.push(text) };
    expect(await copyToClipboard('abc', clipboard)).toEqual({ ok: true });
    expect(written).toEqual(['abc']);
  });

  it('reports a refusal instead of throwing', async () => {
    const clipboard = {
      writeText: () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    };
    const result = await copyToClipboard('abc', clipboard);
    expect(result).toEqual({ ok: false, message: 'Write permission denied.' });
    expect(copyMessage(result, 'value')).toBe('Could not copy value: Write permission denied.');
  });

  it('reports a missing clipboard (plain http, old browsers)', async () => {
    const result = await copyToClipboard('abc', undefined);
    expect(result.ok).toBe(false);
    expect(copyMessage({ ok: true }, 'value')).toBe('Copied value');
  });
});
