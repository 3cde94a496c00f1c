import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const valid = (env: Record<string, string>) => {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
};

describe('parseConfig', () => {
  it('runs the sandbox on 127.0.0.1:5174 at 3 calls/s when nothing is set', () => {
    expect(valid({})).toEqual({
      host: '127.0.0.1',
      port: 5174,
      upstream: { mode: 'sandbox' },
      rateLimitPerSecond: 3,
      dailyLimit: 10_000,
      timeoutMs: 30_000,
      apiToken: expect.stringMatching(/^[\w-]{43}$/),
      stateDir: expect.stringMatching(/crm-inspector$/),
    });
  });

  it("reads GONG_DAILY_LIMIT, the company's Gong calls a day", () => {
    expect(valid({ GONG_DAILY_LIMIT: '25000' }).dailyLimit).toBe(25_000);
    expect(valid({ GONG_DAILY_LIMIT: '' }).dailyLimit).toBe(10_000);
  });

  it('treats blank lines of a .env as unset', () => {
    expect(valid({ GONG_ACCESS_KEY: '', GONG_ACCESS_KEY_SECRET: '', PORT: '' }).upstream).toEqual({
      mode: 'sandbox',
    });
  });

  it('builds Basic auth from the key pair, against a per-company host', () => {
    const config = valid({
      GONG_ACCESS_KEY: 'key',
      GONG_ACCESS_KEY_SECRET: 'secret',
      GONG_BASE_URL: 'https://us-49467.api.gong.io',
    });
    if (config.upstream.mode !== 'gong') throw new Error('expected gong mode');
    expect(config.upstream.baseUrl.host).toBe('us-49467.api.gong.io');
    expect(config.upstream.authorization.reveal()).toBe(
      `Basic ${Buffer.from('key:secret').toString('base64')}`,
    );
  });

  it('builds Bearer auth from a token, with api.gong.io by default', () => {
    const config = valid({ GONG_BEARER_TOKEN: 'tok' });
    if (config.upstream.mode !== 'gong') throw new Error('expected gong mode');
    expect(config.upstream.baseUrl.href).toBe('https://api.gong.io/');
    expect(config.upstream.authorization.reveal()).toBe('Bearer tok');
  });

  it('never shows the credential when the config is printed or serialised', () => {
    const config = valid({ GONG_ACCESS_KEY: 'key', GONG_ACCESS_KEY_SECRET: 'hunter2-secret' });
    const encoded = Buffer.from('key:hunter2-secret').toString('base64');
    for (const text of [
      JSON.stringify(config),
      String(config.upstream),
      inspect(config, { depth: 9 }),
    ]) {
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain(encoded);
    }
  });

  it('names a credential with a stray character without quoting any of it', () => {
    const result = parseConfig({ GONG_BEARER_TOKEN: 'secret-part\u200b' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).not.toContain('secret-part');
  });

  it('lists every bad variable at once', () => {
    const result = parseConfig({
      PORT: 'eighty',
      HOST: '0.0.0.0',
      GONG_ACCESS_KEY: 'k',
      GONG_BEARER_TOKEN: 't',
      GONG_RATE_LIMIT: '0',
      GONG_DAILY_LIMIT: 'lots',
      GONG_TIMEOUT_MS: '1.5',
      GONG_BASE_URL: 'http://api.gong.io',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.split(':')[0]).sort()).toEqual([
      'GONG_ACCESS_KEY_SECRET',
      'GONG_BASE_URL',
      'GONG_BEARER_TOKEN',
      'GONG_DAILY_LIMIT',
      'GONG_RATE_LIMIT',
      'GONG_TIMEOUT_MS',
      'HOST',
      'PORT',
    ]);
  });

  it.each([
    [{ GONG_ACCESS_KEY_SECRET: 's' }, 'GONG_ACCESS_KEY: is missing'],
    [{ GONG_BASE_URL: 'https://api.gong.io' }, 'GONG_BASE_URL: is set but no credential'],
    [{ GONG_BEARER_TOKEN: 't', GONG_BASE_URL: 'not a url' }, 'is not a URL'],
    [{ GONG_BEARER_TOKEN: 't', GONG_BASE_URL: 'https://api.gong.io/v2' }, 'host only'],
    [{ GONG_BEARER_TOKEN: 't', GONG_BASE_URL: 'https://u:p@api.gong.io' }, 'user name'],
    [{ GONG_BEARER_TOKEN: 't', GONG_BASE_URL: 'ftp://api.gong.io' }, 'must use https://'],
    [{ PORT: '70000' }, 'PORT: must be a port number from 1 to 65535'],
    [{ GONG_DAILY_LIMIT: '0' }, 'GONG_DAILY_LIMIT: must be a whole number of calls a day from 1'],
    [{ GONG_DAILY_LIMIT: '2.5' }, 'GONG_DAILY_LIMIT: must be a whole number of calls a day from 1'],
    [{ ALLOW_REMOTE_HOST: 'yes' }, 'ALLOW_REMOTE_HOST: must be true or false'],
    [{ GONG_BEARER_TOKEN: 'tok\u200bx' }, 'GONG_BEARER_TOKEN: holds a space or a character'],
    [{ GONG_BEARER_TOKEN: 'tok x' }, 'GONG_BEARER_TOKEN: holds a space or a character'],
    [
      { GONG_ACCESS_KEY: 'key\u00a0', GONG_ACCESS_KEY_SECRET: 's' },
      'GONG_ACCESS_KEY: holds a space or a character',
    ],
  ])('refuses %j', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok ? [] : result.errors.join('\n')).toContain(message);
  });

  it('allows http:// only for a loopback upstream, and a remote HOST only when opted in', () => {
    expect(
      valid({ GONG_BEARER_TOKEN: 't', GONG_BASE_URL: 'http://127.0.0.1:9000' }).upstream.mode,
    ).toBe('gong');
    expect(valid({ HOST: '0.0.0.0', ALLOW_REMOTE_HOST: 'true' }).host).toBe('0.0.0.0');
  });
});
