// What `crm-inspector verify` writes: the report and Markdown files, --json on stdout, --sample,
// calls of at most 100 ids, and results on stdout only (stderr, a pipe here, stays empty).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { toJsonText } from '../proxy/stand-in/json-text';
import { sampleObjects as standInObjects } from '../proxy/stand-in/sample-data';
import { readUpload } from '../web/lib/upload-file/read-upload';
import { askableObjects, sampleObjects, sampleSeed } from '../web/lib/upload-file/sample';
import {
  entityCalls,
  gongEnv,
  runCli,
  SANDBOX_ID,
  sampleUploadPath,
  standInForFile,
  tempDirForFile,
} from './cli-test-support';

const standIn = standInForFile();
const dir = tempDirForFile();
const DEAL_FILE = sampleUploadPath('DEAL');

const verify = (file: string, ...more: string[]) =>
  runCli(['verify', file, '--integration', SANDBOX_ID, '--type', 'DEAL', ...more], {
    env: gongEnv(standIn()),
  });

describe('--report and --markdown', () => {
  test('the crm-inspector-verification v1 report, exact, and its Markdown', async () => {
    const report = path.join(dir(), 'report.json');
    const markdown = path.join(dir(), 'summary.md');
    const run = await verify(DEAL_FILE, '--report', report, '--markdown', markdown);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const text = readFileSync(report, 'utf8');
    const written = JSON.parse(text);
    expect(written).toMatchObject({
      format: 'crm-inspector-verification',
      version: 1,
      integrationId: SANDBOX_ID,
      objectType: 'DEAL',
      file: {
        name: 'sample-upload-deal.ldjson',
        sha256: createHash('sha256').update(readFileSync(DEAL_FILE)).digest('hex'),
        lines: 27,
        objects: 25,
      },
      summary: { sent: 25, storedAsSent: 10, differ: 14, notInGong: 1, failed: 0 },
    });
    expect(written.sample).toBeUndefined();
    expect(Date.parse(written.verifiedAt)).not.toBeNaN();
    expect(written.objects).toHaveLength(25);
    expect(written.problems).toContainEqual({
      line: 9,
      kind: 'objectId-missing',
      severity: 'error',
      message: 'Mandatory field objectId is missing',
    });
    expect(written.objects).toContainEqual({
      objectId: 'never-stored-deal-1',
      line: 12,
      status: 'not-in-gong',
      fields: [],
    });
    // Beyond 2^53, as bare digits: one apart, as the file and Gong wrote them.
    const big = text.split('\n').find((line) => line.includes('"line":26,"status"'));
    expect(big).toMatch(
      /"field":"externalNumericId","kind":"other-value","sent":9007199254740992,"stored":9007199254740993/,
    );
    const md = readFileSync(markdown, 'utf8');
    expect(md).toContain(
      '**25 sent · 10 stored as sent · 14 differ · 1 not in Gong · 1 newer in Gong**',
    );
    expect(md).toContain('| closeDate | 3 | same instant in another format (3) |');
    // The reference check: line 17's account is neither in Gong nor in the file.
    expect(written.references).toEqual({
      references: 24,
      found: 23,
      inFile: 0,
      notInGong: 1,
      notChecked: 0,
      unreadable: { USER: 25 },
    });
    expect(written.danglingReferences).toEqual([
      {
        objectId: '0065g00000OrphAAAR',
        line: 17,
        field: 'accountId',
        to: 'ACCOUNT',
        id: '0015g00000GoneAAAR',
      },
    ]);
    expect(md).toContain('| 0065g00000OrphAAAR | 17 | accountId | 0015g00000GoneAAAR | ACCOUNT |');
    expect(run.stdout).toContain(
      'Not in Gong nor in the file:\n  0065g00000OrphAAAR (line 17) · accountId → ACCOUNT 0015g00000GoneAAAR\n',
    );
  });

  test('--json prints the report to stdout, the same text --report writes', async () => {
    const report = path.join(dir(), 'json-report.json');
    const run = await verify(DEAL_FILE, '--json', '--report', report);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const written = readFileSync(report, 'utf8');
    expect(run.stdout).toBe(written);
    expect(JSON.parse(run.stdout).summary.storedAsSent).toBe(10);
    expect(run.stdout).not.toContain('Fields that differ');
  });
});

describe('--sample', () => {
  test('N objects at random, the same N on every run, in one call', async () => {
    const report = path.join(dir(), 'sample.json');
    const first = await verify(DEAL_FILE, '--sample', '5', '--report', report);
    const sampled = JSON.parse(readFileSync(report, 'utf8'));
    expect(sampled.file.objects).toBe(25);
    expect(sampled.summary.sent).toBe(5);
    const ids = sampled.objects.map((object: { objectId: string }) => object.objectId);
    expect(new Set(ids).size).toBe(5);
    // The page's sample of the same file: its seed from the objectIds, the same five objects.
    const read = await readUpload(createReadStream(DEAL_FILE), { objectType: 'DEAL' });
    const seed = sampleSeed(askableObjects(read.objects));
    expect(sampled.sample).toEqual({ count: 5, seed });
    expect(
      sampleObjects(askableObjects(read.objects), 5, seed).map((object) => object.objectId),
    ).toEqual(ids);
    expect(entityCalls(standIn(), 'DEAL')).toEqual([ids]);
    // The lint still covers the whole file.
    expect(first.stdout).toContain(`${DEAL_FILE}:9: error: Mandatory field objectId is missing`);
    expect(first.stdout).toMatch(/^5 sent · \d+ stored as sent · \d+ differ · \d+ not in Gong/m);

    await verify(DEAL_FILE, '--sample', '5', '--report', report);
    const again = JSON.parse(readFileSync(report, 'utf8'));
    expect(again.objects.map((object: { objectId: string }) => object.objectId)).toEqual(ids);
  });

  test('N at least the objects in the file verifies them all, not as a sample', async () => {
    const run = await verify(DEAL_FILE, '--sample', '1000', '--json');
    expect(JSON.parse(run.stdout).sample).toBeUndefined();
    expect(JSON.parse(run.stdout).summary.sent).toBe(25);
  });
});

test('1,200 objects: calls of at most 100 ids, each id asked once, counts adding up', async () => {
  // 1,000 of the stand-in's deals as stored, then 200 ids it never stored.
  const stored = standInObjects()
    .DEAL.slice(0, 1000)
    .map((object) => object.fields);
  const unknown = Array.from({ length: 200 }, (_, i) => ({
    ...stored[0],
    objectId: `cli-none-${i}`,
  }));
  const objects = [...stored, ...unknown];
  const file = path.join(dir(), 'many.ldjson');
  writeFileSync(file, `${objects.map((object) => toJsonText(object)).join('\n')}\n`);
  // 12 calls in flight at once (twice the rate): no warning reaches stderr either.
  const run = await verify(file, '--json');
  expect(run.stderr).toBe('');
  const calls = entityCalls(standIn(), 'DEAL');
  expect(calls.map((ids) => ids.length)).toEqual(Array(12).fill(100));
  expect(new Set(calls.flat())).toEqual(new Set(objects.map((object) => object.objectId)));
  const { summary } = JSON.parse(run.stdout);
  expect(summary).toEqual({ sent: 1200, storedAsSent: 1000, differ: 0, notInGong: 200, failed: 0 });
  expect(run.code).toBe(1);
});

test("every request to Gong, retries included, counts in the day's usage file", async () => {
  const stateDir = path.join(dir(), 'state');
  // The schema call answers 500 once and is retried: 2 attempts, then 1 call for the objects and
  // 1 for the accounts they reference (the reference check).
  standIn().injectFaults({ kind: 'status', status: 500 });
  const run = await runCli(['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL'], {
    env: gongEnv(standIn(), { CRM_INSPECTOR_STATE_DIR: stateDir }),
  });
  expect(run.code).toBe(1);
  const seen = standIn().calls.length;
  expect(seen).toBe(4);
  const usage = JSON.parse(readFileSync(path.join(stateDir, 'gong-usage.json'), 'utf8'));
  expect(usage).toEqual({ day: new Date().toISOString().slice(0, 10), calls: seen });

  // A second run adds to the same day's count.
  await runCli(['verify', DEAL_FILE, '--integration', SANDBOX_ID, '--type', 'DEAL'], {
    env: gongEnv(standIn(), { CRM_INSPECTOR_STATE_DIR: stateDir }),
  });
  const after = JSON.parse(readFileSync(path.join(stateDir, 'gong-usage.json'), 'utf8'));
  expect(after.calls).toBe(seen + 3);
});
