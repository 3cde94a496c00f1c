// Each exit status of `crm-inspector verify`, run as a child process against a stand-in Gong.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingScope } from '../proxy/stand-in/stand-in-gong';
import {
  cleanDeal,
  entityCalls,
  gongEnv,
  runCli,
  sampleUploadPath,
  standInForFile,
  storeAndWrite,
  tempDirForFile,
} from './cli-test-support';

const standIn = standInForFile();
const dir = tempDirForFile();
const ID = '7302198156228391457';

function uploadFile(name: string, text: string): string {
  const file = path.join(dir(), name);
  writeFileSync(file, text);
  return file;
}

const verify = (file: string, ...more: string[]) =>
  runCli(['verify', file, '--integration', ID, '--type', 'DEAL', ...more], {
    env: gongEnv(standIn()),
  });

describe('exit status 0', () => {
  test('every line lints clean and every object is stored as sent', async () => {
    const text = storeAndWrite(standIn(), [cleanDeal('cli-a'), cleanDeal('cli-b')]);
    const file = uploadFile('clean.ldjson', text);
    const run = await verify(file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`${file}: no problems\n`);
    expect(run.stdout).toContain('\n2 sent · 2 stored as sent · 0 differ · 0 not in Gong\n');
    expect(run.stdout).toContain('Fields that differ: none');
    expect(run.code).toBe(0);
    // Read with the credential from the environment: the stand-in refuses any other.
    expect(entityCalls(standIn(), 'DEAL')).toEqual([['cli-a', 'cli-b']]);
    // Then the reference check: their one account, asked once, found; the owner (USER) never.
    expect(entityCalls(standIn(), 'ACCOUNT')).toEqual([['0015g00000qqCBUAA2']]);
    expect(run.stdout).toContain(
      '\nReferences: 2 references · 2 found (in Gong or in the file) · 0 not in Gong\n',
    );
    expect(standIn().calls.every((call) => call.status === 200)).toBe(true);
  });

  test('warnings alone keep it 0; with --strict they make it 1', async () => {
    const { ownerId: _dropped, ...withoutOwner } = cleanDeal('cli-no-owner');
    const file = uploadFile('warning.ldjson', storeAndWrite(standIn(), [withoutOwner]));
    const plain = await verify(file);
    expect(plain.stdout).toContain(`${file}:1: warning: `);
    expect(plain.stdout).toContain('[deal-without-ownerId]');
    expect(plain.stdout).toContain('1 sent · 1 stored as sent · 0 differ · 0 not in Gong');
    expect(plain.code).toBe(0);
    const strict = await verify(file, '--strict');
    expect(strict.stdout).toContain('[deal-without-ownerId]');
    expect(strict.code).toBe(1);
  });
});

describe('exit status 1', () => {
  test('the sample upload: differences, an object not in Gong and lint errors', async () => {
    const file = sampleUploadPath('DEAL');
    const run = await verify(file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`${file}:9: error: Mandatory field objectId is missing`);
    expect(run.stdout).toContain(
      `${file}:25: error: objectId 0065g00000jtCNtAAM is also on line 10`,
    );
    expect(run.stdout).toContain(
      '\n25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong\n',
    );
    const table = run.stdout.slice(run.stdout.indexOf('Fields that differ:'));
    const closeDate = table.split('\n').find((line) => line.startsWith('closeDate '));
    expect(closeDate).toMatch(
      /^closeDate +3 +same instant in another format \(3\) +31752935359 \(line 2\) +"03\/17\/2025" +"2025-03-17"$/,
    );
    expect(table).toMatch(/\nlegacyRegion__c +2 +not stored \(2\) .*\(not stored\)\n/);
    expect(run.stdout).toContain('Not in Gong: never-stored-deal-1 (line 12)');
    expect(run.code).toBe(1);
  });

  test('only an object Gong never stored', async () => {
    const file = uploadFile(
      'missing.ldjson',
      `${JSON.stringify({ ...cleanDeal('cli-never'), amount: 5 })}\n`,
    );
    const run = await verify(file);
    expect(run.stdout).toContain('1 sent · 0 stored as sent · 0 differ · 1 not in Gong');
    expect(run.stdout).toContain('Not in Gong: cli-never (line 1)');
    expect(run.code).toBe(1);
  });

  test('only a lint error: every object stored as sent, one line not JSON', async () => {
    const text = storeAndWrite(standIn(), [cleanDeal('cli-c')]);
    const file = uploadFile('broken.ldjson', `${text}{"objectId": "cli-d",\n`);
    const run = await verify(file);
    expect(run.stdout).toMatch(
      new RegExp(`${file.replace(/[.]/g, '\\.')}:2: error: Not JSON: .*\\[not-json\\]`),
    );
    expect(run.stdout).toContain('1 sent · 1 stored as sent · 0 differ · 0 not in Gong');
    expect(run.code).toBe(1);
  });

  test('a file that is no upload file: said on stderr, nothing verified', async () => {
    const file = uploadFile('binary.ldjson', '\u0000\u0001\u0002');
    const run = await verify(file);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('This is not a text file');
    expect(entityCalls(standIn())).toEqual([]);
    expect(run.code).toBe(1);
  });
});

describe('exit status 2: Gong could not be read after the retries', () => {
  test('503 on every attempt: the requestIds are named, the objects are "failed"', async () => {
    const text = storeAndWrite(standIn(), [cleanDeal('cli-e'), cleanDeal('cli-f')]);
    const file = uploadFile('unreadable.ldjson', text);
    const report = path.join(dir(), 'unreadable-report.json');
    const gongError = (requestId: string) => ({
      kind: 'status' as const,
      status: 503,
      body: JSON.stringify({ requestId, errors: ['Service Unavailable'] }),
    });
    standIn().injectFaults(
      missingScope('api:crm:schema'),
      gongError('rid-first'),
      gongError('rid-second'),
      gongError('rid-last'),
    );
    const run = await verify(file, '--report', report);
    expect(run.stderr).toContain('note: the entity schema could not be read (401 · requestId ');
    expect(run.stderr).toContain("You don't have permission to use 'api:crm:schema' in your app.");
    expect(run.stderr).toContain('Gong could not be read after the retries');
    expect(run.stderr).toContain('503 · requestId rid-last · 3 attempts: Service Unavailable');
    expect(run.stdout).toContain('2 sent · 0 stored as sent · 0 differ · 0 not in Gong · 2 failed');
    const written = JSON.parse((await import('node:fs')).readFileSync(report, 'utf8'));
    expect(written.objects.map((object: { status: string }) => object.status)).toEqual([
      'failed',
      'failed',
    ]);
    expect(run.code).toBe(2);
  });

  test('a 429 asking to wait longer than the retries wait: Retry-After is named', async () => {
    const text = storeAndWrite(standIn(), [cleanDeal('cli-g')]);
    const file = uploadFile('limited.ldjson', text);
    // The schema call is refused (no scope, a note); the objects' call is told to wait 20 minutes.
    standIn().injectFaults(missingScope('api:crm:schema'), {
      kind: 'status',
      status: 429,
      body: JSON.stringify({ requestId: 'rid-limit', errors: ['API request limit exceeded'] }),
      headers: { 'retry-after': '1200' },
    });
    const run = await verify(file);
    expect(run.stderr).toContain(
      'requestId rid-limit · 1 attempt · Retry-After 1200: API request limit exceeded',
    );
    expect(run.code).toBe(2);
  });

  test('a refused credential: 401, and no call starts after it', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `cli-many-${i}`);
    const file = uploadFile(
      'refused.ldjson',
      `${ids.map((id) => JSON.stringify({ ...cleanDeal(id), amount: 1 })).join('\n')}\n`,
    );
    const run = await runCli(['verify', file, '--integration', ID, '--type', 'DEAL'], {
      env: {
        ...gongEnv(standIn()),
        GONG_BEARER_TOKEN: 'a-token-the-stand-in-refuses',
        GONG_RATE_LIMIT: '1',
      },
    });
    expect(run.stderr).toMatch(
      /Gong could not be read after the retries \(\d calls? failed; 250 of 250 objects not checked\):\n {2}401 · requestId \S+ · 1 attempt: Invalid or expired access token\n/,
    );
    // Three calls' worth of ids, two in flight at 1 call/s: the third never starts.
    expect(entityCalls(standIn()).length).toBeLessThan(3);
    expect(run.code).toBe(2);
  });
});
