// The credential never appears in the command's output, report, Markdown or error messages:
// recognisable fake credentials against the stand-in, every output searched for any part of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  CANARY,
  gongEnv,
  runCli,
  SANDBOX_ID,
  sampleUploadPath,
  standInForFile,
  tempDirForFile,
} from './cli-test-support';

const standIn = standInForFile();
const dir = tempDirForFile();

/** The credential's parts and the forms it travels in (Basic's base64, the header). */
const secretForms = [
  CANARY.token,
  CANARY.key,
  CANARY.secret,
  Buffer.from(`${CANARY.key}:${CANARY.secret}`).toString('base64'),
  `Bearer ${CANARY.token}`,
];

function expectNoCredential(...outputs: string[]) {
  for (const output of outputs) {
    for (const secret of secretForms) {
      // Any 8 characters of it: a message must not quote even a part.
      for (let start = 0; start + 8 <= secret.length; start += 4) {
        expect(output).not.toContain(secret.slice(start, start + 8));
      }
    }
  }
}

test.each([
  ['Bearer', { GONG_BEARER_TOKEN: CANARY.token }],
  ['Basic', { GONG_ACCESS_KEY: CANARY.key, GONG_ACCESS_KEY_SECRET: CANARY.secret }],
])('%s: not in stdout, stderr, the report or the Markdown', async (scheme, credential) => {
  const report = path.join(dir(), `${scheme}.json`);
  const markdown = path.join(dir(), `${scheme}.md`);
  const env = { GONG_BASE_URL: standIn().url, ...credential };
  const run = await runCli(
    [
      'verify',
      sampleUploadPath('LEAD'),
      '--integration',
      SANDBOX_ID,
      '--type',
      'LEAD',
      '--report',
      report,
      '--markdown',
      markdown,
      '--json',
    ],
    { env },
  );
  // It was used: the stand-in answered (it refuses any other credential).
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout).summary.sent).toBe(25);
  expectNoCredential(
    run.stdout,
    run.stderr,
    readFileSync(report, 'utf8'),
    readFileSync(markdown, 'utf8'),
  );
});

test('a Gong error that echoes the credential is withheld, not quoted', async () => {
  const echo = (requestId: string) => ({
    kind: 'status' as const,
    status: 401,
    body: JSON.stringify({ requestId, errors: [`token ${CANARY.token} is not valid here`] }),
  });
  standIn().injectFaults(echo('rid-schema'), echo('rid-objects'));
  const report = path.join(dir(), 'echo.json');
  const run = await runCli(
    [
      'verify',
      sampleUploadPath('DEAL'),
      '--integration',
      SANDBOX_ID,
      '--type',
      'DEAL',
      '--report',
      report,
    ],
    { env: gongEnv(standIn()) },
  );
  expect(run.stderr).toContain(
    '401 · requestId rid-objects · 1 attempt: [withheld: it holds part of the credential]',
  );
  expect(run.code).toBe(2);
  expectNoCredential(run.stdout, run.stderr, readFileSync(report, 'utf8'));
});

test('a bad credential setting is named, never quoted', async () => {
  const run = await runCli(
    ['verify', sampleUploadPath('DEAL'), '--integration', SANDBOX_ID, '--type', 'DEAL'],
    { env: { GONG_BEARER_TOKEN: `${CANARY.token} pasted`, GONG_BASE_URL: standIn().url } },
  );
  expect(run.stderr).toContain('GONG_BEARER_TOKEN: holds a space');
  expect(run.code).toBe(2);
  expectNoCredential(run.stdout, run.stderr);
});
