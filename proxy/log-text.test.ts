import { expect, test } from 'vitest';
import { logText } from './log-text';
import { gongPairForThisFile } from './test-pair';
import { TOKEN_HEADER } from './test-support';

test('escapes control and direction characters, and keeps the rest as it was', () => {
  expect(logText('GET /x\nGET /api 200\u001b]0;pwned\u0007\u202e')).toBe(
    'GET /x\\u000aGET /api 200\\u001b]0;pwned\\u0007\\u202e',
  );
  expect(logText('GET /api/crm/entities 200 3ms requestId=4al018gz é 東京')).toBe(
    'GET /api/crm/entities 200 3ms requestId=4al018gz é 東京',
  );
});

const pair = gongPairForThisFile({ token: 'log-token' });

test('a request path cannot forge a log line or send the terminal escape sequences', async () => {
  const path = '/x%0aGET%20/api/crm/entities%20200%2012ms%20requestId=FORGED%0d%1b]0;pwned%07';
  await fetch(`${pair.proxy.url}${path}`, { headers: TOKEN_HEADER });
  const line = pair.proxy.logs.find((entry) => entry.includes('FORGED'));
  expect(line).toBeDefined();
  for (const raw of ['\n', '\r', '\u001b', '\u0007']) expect(line).not.toContain(raw);
  expect(line).toContain('/x\\u000aGET');
});
