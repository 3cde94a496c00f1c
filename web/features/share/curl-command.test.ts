import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { curlCommands, gongBaseUrl, proxyCurlCommands, shellQuote } from './curl-command';

const QUERY = {
  integrationId: '2271307570613351879',
  objectType: 'DEAL' as const,
  ids: ['0065g00000aACIFAA4', "O'Brien & Sons", 'a b $HOME `x`', '東京'],
};

/** What a POSIX shell makes of a word: the test runs it through sh itself. */
const shellSays = (word: string) => execFileSync('sh', ['-c', `printf %s ${word}`]).toString();

describe('curlCommands', () => {
  test('renders the direct GET with the ids as its body and the credential from the environment', () => {
    const text = curlCommands(QUERY, { baseUrl: 'https://us-49467.api.gong.io', sandbox: false });
    expect(text).toContain(
      "curl -sS -X GET 'https://us-49467.api.gong.io/v2/crm/entities?integrationId=2271307570613351879&objectType=DEAL' \\\n" +
        '  -u "$GONG_ACCESS_KEY:$GONG_ACCESS_KEY_SECRET" \\\n' +
        "  -H 'Content-Type: application/json' \\\n" +
        '  --data \'["0065g00000aACIFAA4","O\'\\\'\'Brien & Sons","a b $HOME `x`","東京"]\'\n',
    );
    expect(text).toContain('Authorization: Bearer $GONG_BEARER_TOKEN');
    expect(text).not.toContain('sandbox');
  });

  test('the --data word reaches curl as exactly the JSON array of ids', () => {
    const text = curlCommands(QUERY, { baseUrl: 'https://api.gong.io', sandbox: false });
    const word = /--data (.*)$/m.exec(text)?.[1] ?? '';
    expect(JSON.parse(shellSays(word))).toEqual(QUERY.ids);
  });

  test('splits more than 100 ids into one command per 100', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `id-${i}`);
    const text = curlCommands(
      { ...QUERY, ids },
      { baseUrl: 'https://api.gong.io', sandbox: false },
    );
    expect(text.match(/^curl /gm)).toHaveLength(3);
    expect(text).toContain('# Call 3 of 3 (ids 201 to 250)');
    const bodies = [...text.matchAll(/--data '(.*)'$/gm)].map((m) => JSON.parse(m[1] ?? ''));
    expect(bodies.map((body) => body.length)).toEqual([100, 100, 50]);
    expect(bodies.flat()).toEqual(ids);
  });

  test('in the sandbox, says the command is for the real Gong', () => {
    const text = curlCommands(QUERY, { baseUrl: gongBaseUrl('sandbox', 'sandbox'), sandbox: true });
    expect(text.split('\n')[0]).toMatch(/sandbox's sample data is not in Gong/);
    expect(text).toContain("'https://api.gong.io/v2/crm/entities?");
  });
});

describe('gongBaseUrl and shellQuote', () => {
  test('https for real hosts, http only for a loopback test server', () => {
    expect(gongBaseUrl('gong', 'us-49467.api.gong.io')).toBe('https://us-49467.api.gong.io');
    expect(gongBaseUrl('gong', '127.0.0.1:5287')).toBe('http://127.0.0.1:5287');
    expect(gongBaseUrl('gong', '127.0.0.1.evil.com')).toBe('https://127.0.0.1.evil.com');
  });

  test.each(["it's", '$(rm -rf /)', '"', "''", '', '\\n'])('quotes %j for the shell', (text) => {
    expect(shellSays(shellQuote(text))).toBe(text);
  });
});

describe('proxyCurlCommands', () => {
  test('calls this proxy with its token from the file, one command per 100 ids, no credential', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `id-${i}`);
    const text = proxyCurlCommands(
      { integrationId: '7302198156228391457', objectType: 'DEAL', ids },
      'http://127.0.0.1:5174',
      '5174',
    );
    expect(text).toContain('TOKEN=$(cat ~/.local/state/crm-inspector/api-token-5174)');
    expect(text.match(/curl -sS 'http:\/\/127\.0\.0\.1:5174\/api\/crm\/entities'/g)).toHaveLength(
      2,
    );
    expect(text).toContain('"integrationId":"7302198156228391457"');
    expect(text).not.toMatch(/GONG_ACCESS_KEY|Authorization/);
  });
});
