// Exit status 2 for usage and configuration errors (message and usage on stderr, nothing on
// stdout, no call to Gong), and the configuration read as `npm start` reads it: environment,
// .env, no credential meaning the sandbox; `npm run verify` resolving paths where it was run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CANARY,
  cleanDeal,
  entityCalls,
  gongEnv,
  REPO,
  runCli,
  SANDBOX_ID,
  sampleUploadPath,
  standInForFile,
  storeAndWrite,
  tempDirForFile,
} from './cli-test-support';

const standIn = standInForFile();
const dir = tempDirForFile();
const DEAL_FILE = sampleUploadPath('DEAL');
const USAGE_LINE = 'usage: crm-inspector verify FILE --integration ID --type TYPE';

describe('usage errors: exit 2, the message and the usage on stderr, no call to Gong', () => {
  test.each([
    ['no command', [], 'crm-inspector: no command given'],
    ['another command', ['check', DEAL_FILE], 'crm-inspector: unknown command "check"'],
    [
      'no FILE, no --integration, no --type',
      ['verify'],
      'crm-inspector: FILE: the upload file is missing\ncrm-inspector: --integration is missing\ncrm-inspector: --type is missing',
    ],
    [
      'a misspelt flag',
      ['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL', '--sampel', '5'],
      "Unknown option '--sampel'",
    ],
    [
      'an integration id that is no int64',
      ['verify', DEAL_FILE, '--integration', '9223372036854775808', '--type', 'DEAL'],
      '--integration is above the largest int64',
    ],
    [
      'an unknown type',
      ['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'OPPORTUNITY'],
      '--type must be one of ACCOUNT, CONTACT, DEAL, LEAD',
    ],
    [
      'a sample of 0',
      ['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL', '--sample', '0'],
      '--sample must be a whole number of objects, 1 or more',
    ],
    [
      'a FILE that does not exist',
      ['verify', 'no-such-upload.ldjson', '--integration', SANDBOX_ID, '--type', 'DEAL'],
      `FILE ${path.join(REPO, 'no-such-upload.ldjson')} does not exist`,
    ],
    [
      'a report into a folder that does not exist',
      [
        'verify',
        DEAL_FILE,
        '--integration',
        SANDBOX_ID,
        '--type',
        'DEAL',
        '--report',
        '/no/such/folder/r.json',
      ],
      '--report: the folder /no/such/folder does not exist',
    ],
    [
      'a report that would overwrite FILE',
      ['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL', '--report', DEAL_FILE],
      '--report would overwrite FILE itself',
    ],
    [
      'a report and a Markdown of the same name',
      [
        'verify',
        DEAL_FILE,
        '--integration',
        SANDBOX_ID,
        '--type',
        'DEAL',
        '--report',
        'out.txt',
        '--markdown',
        './out.txt',
      ],
      '--markdown and --report name the same file',
    ],
  ])('%s', async (_name, args, message) => {
    const run = await runCli(args, { env: gongEnv(standIn()) });
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(USAGE_LINE);
    expect(run.stdout).toBe('');
    expect(standIn().calls).toEqual([]);
    expect(run.code).toBe(2);
  });

  test('--help prints the usage on stdout, exit 0', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toContain(USAGE_LINE);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('configuration, as npm start reads it', () => {
  test('a bad setting: exit 2, named, its value never quoted', async () => {
    const run = await runCli(['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL'], {
      env: {
        GONG_ACCESS_KEY: CANARY.key,
        GONG_BASE_URL: 'ftp://example.com',
        GONG_RATE_LIMIT: 'fast',
      },
    });
    expect(run.stderr).toContain('GONG_ACCESS_KEY_SECRET: is missing');
    expect(run.stderr).toContain('GONG_BASE_URL: must use https://');
    expect(run.stderr).toContain('GONG_RATE_LIMIT: must be a whole number of calls per second');
    expect(run.stderr).toContain(USAGE_LINE);
    expect(run.stderr).not.toContain(CANARY.key);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  test('settings only the server uses (HOST, PORT) do not stop the command', async () => {
    const text = storeAndWrite(standIn(), [cleanDeal('cli-host')]);
    const file = path.join(dir(), 'host.ldjson');
    writeFileSync(file, text);
    const run = await runCli(['verify', file, '--integration', SANDBOX_ID, '--type', 'DEAL'], {
      env: gongEnv(standIn(), { HOST: '0.0.0.0', PORT: 'none' }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  test('the credential and GONG_BASE_URL from .env in the folder it runs in', async () => {
    const project = path.join(dir(), 'project');
    mkdirSync(project);
    writeFileSync(
      path.join(project, '.env'),
      `GONG_BASE_URL=${standIn().url}\nGONG_BEARER_TOKEN=${CANARY.token}\n`,
    );
    writeFileSync(
      path.join(project, 'upload.ldjson'),
      storeAndWrite(standIn(), [cleanDeal('cli-dotenv')]),
    );
    const run = await runCli(
      ['verify', 'upload.ldjson', '--integration', SANDBOX_ID, '--type', 'DEAL'],
      { cwd: project },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 sent · 1 stored as sent · 0 differ · 0 not in Gong');
    expect(entityCalls(standIn(), 'DEAL')).toEqual([['cli-dotenv']]);
    expect(run.code).toBe(0);
  });

  test('no credential: the sandbox, in which the sample upload files verify as planted', async () => {
    const run = await runCli(
      ['verify', sampleUploadPath('CONTACT'), '--integration', SANDBOX_ID, '--type', 'CONTACT'],
      { cwd: dir() },
    );
    expect(run.stderr).toContain('crm-inspector: sandbox mode: no Gong credential is set');
    expect(run.stdout).toContain(
      '\n25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong\n',
    );
    expect(standIn().calls).toEqual([]);
    expect(run.code).toBe(1);
  });

  test("package.json's bin: npx crm-inspector verify …", async () => {
    const run = await runCli(
      ['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL', '--sample', '3'],
      { command: ['npx', '--no-install', 'crm-inspector'], env: gongEnv(standIn()) },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^3 sent · \d+ stored as sent · \d+ differ · \d+ not in Gong/m);
    expect(entityCalls(standIn(), 'DEAL')).toHaveLength(1);
    // The lint covers the whole file, and the sample file has lint errors.
    expect(run.code).toBe(1);
  });

  test('npm run verify -- FILE resolves FILE from the folder npm was run in', async () => {
    const run = await runCli(
      [
        'run',
        '--silent',
        'verify',
        '--',
        path.join('..', path.relative(REPO, DEAL_FILE)),
        '--integration',
        SANDBOX_ID,
        '--type',
        'DEAL',
        '--json',
      ],
      { command: ['npm'], cwd: path.join(REPO, 'cli'), env: gongEnv(standIn()) },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).file.name).toBe('sample-upload-deal.ldjson');
    expect(run.code).toBe(1);
  });
});
