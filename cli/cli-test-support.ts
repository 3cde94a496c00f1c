// Runs the command as a CI job would: a child process (the bin's launcher, through tsx) against
// a real stand-in Gong over a socket, with an environment holding nothing but what a test gives.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ObjectType } from '../proxy/contract';
import { toJsonText } from '../proxy/stand-in/json-text';
import { type StandIn, startStandIn } from '../proxy/stand-in/stand-in-gong';

export const REPO = path.resolve(import.meta.dirname, '..');
export const LAUNCHER = path.join(REPO, 'cli', 'crm-inspector.mjs');
export const SANDBOX_ID = '7302198156228391457';

/** Recognisable fake credentials: no output, report or message may ever hold them. */
export const CANARY = {
  token: 'canaryBearerToken-7f3a9c2e5b1d',
  key: 'canaryAccessKey-4e8b2d6f',
  secret: 'canaryKeySecret-9a1c7e3b5d',
};

export const sampleUploadPath = (objectType: ObjectType) =>
  path.join(
    REPO,
    'proxy/stand-in/sample-uploads',
    `sample-upload-${objectType.toLowerCase()}.ldjson`,
  );

/**
 * Where the command counts its calls to Gong (CRM_INSPECTOR_STATE_DIR), one folder per test
 * file: never the user's own count.
 */
export const STATE_DIR = mkdtempSync(path.join(tmpdir(), 'crm-cli-state-'));
afterAll(() => rmSync(STATE_DIR, { recursive: true, force: true }));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node cli/crm-inspector.mjs …args` in `cwd`; stderr is a pipe, so no progress is drawn. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; command?: readonly string[] } = {},
): Promise<CliRun> {
  const [program, ...programArgs] = options.command ?? [process.execPath, LAUNCHER];
  return new Promise((resolve, reject) => {
    const child = spawn(program as string, [...programArgs, ...args], {
      cwd: options.cwd ?? REPO,
      // Only what a test sets: no GONG_* or npm_* of the shell that runs the tests.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        CRM_INSPECTOR_STATE_DIR: STATE_DIR,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A folder of its own for each test file, removed after it. */
export function tempDirForFile(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crm-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/**
 * A stand-in Gong that takes the canary credentials, for the whole file, restored after each
 * test. Unpaced: the command's own limiter does the pacing.
 */
export function standInForFile(): () => StandIn {
  let standIn: StandIn | undefined;
  beforeAll(async () => {
    standIn = await startStandIn({
      auth: {
        bearerToken: CANARY.token,
        basic: { accessKey: CANARY.key, accessKeySecret: CANARY.secret },
      },
      rateLimitPerSecond: null,
    });
  });
  afterEach(() => standIn?.reset());
  afterAll(() => standIn?.close());
  return () => {
    if (!standIn) throw new Error('the stand-in is not running');
    return standIn;
  };
}

/** The environment that points the command at the stand-in with the canary Bearer token. */
export const gongEnv = (standIn: StandIn, more: Record<string, string> = {}) => ({
  GONG_BASE_URL: standIn.url,
  GONG_BEARER_TOKEN: CANARY.token,
  GONG_RATE_LIMIT: '20',
  ...more,
});

/** A deal that lints clean against the sample schema. */
export function cleanDeal(objectId: string, more: Record<string, unknown> = {}) {
  return {
    objectId,
    modifiedDate: '2025-06-01T10:00:00Z',
    isDeleted: false,
    accountId: '0015g00000qqCBUAA2',
    ownerId: '0055g00000n6n38AAA',
    name: `Deal ${objectId}`,
    closeDate: '2025-09-30',
    status: 'OPEN',
    amount: 9007199254740993n,
    ...more,
  };
}

/** Stores each object in the stand-in as is, and returns them as LDJSON lines. */
export function storeAndWrite(standIn: StandIn, objects: readonly Record<string, unknown>[]) {
  for (const object of objects) standIn.setObject('DEAL', String(object.objectId), object);
  return `${objects.map(toJsonText).join('\n')}\n`;
}

/**
 * What the stand-in was asked for on /v2/crm/entities, one list of ids per call; of one object
 * type when given (a verification's own calls, apart from its reference check's).
 */
export const entityCalls = (standIn: StandIn, objectType?: string) =>
  standIn.calls
    .filter(
      (call) =>
        call.path === '/v2/crm/entities' &&
        (objectType === undefined || call.query.objectType === objectType),
    )
    .map((call) => JSON.parse(call.body) as string[]);
