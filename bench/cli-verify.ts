// The command line's verification (`crm-inspector verify`) of a 10,000-object upload file
// against the stand-in Gong answering at once and unpaced, so the figure is the command's own
// work: reading and linting the file, 100 calls through the proxy's call path, the compare, the
// reference check's calls for the deals' accounts, the text and the report. In this process, as cli/verify-upload.ts runs it; once more as the real
// command in a child process for what a CI job waits (tsx's start included).
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verificationText } from '../cli/verify-text';
import { verifyUpload } from '../cli/verify-upload';
import { Secret } from '../proxy/config';
import { toJsonText } from '../proxy/stand-in/json-text';
import { sampleObjects } from '../proxy/stand-in/sample-data';
import { SANDBOX_INTEGRATION_ID, startStandIn } from '../proxy/stand-in/stand-in-gong';
import { openGongCalls } from '../proxy/upstream';
import { writeVerificationReport } from '../web/lib/result-files/verification-report';
import { type Measurement, median, round } from './measure';

const TOKEN = 'bench-cli-token';
const RUNS = 5;
/** High enough that the limiter never waits: pacing is not what is timed. */
const UNPACED = 100_000;

function timedChild(
  file: string,
  baseUrl: string,
  stateDir: string,
): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(import.meta.dirname, '../cli/crm-inspector.mjs'),
        'verify',
        file,
        '--integration',
        SANDBOX_INTEGRATION_ID,
        '--type',
        'DEAL',
      ],
      {
        env: {
          PATH: process.env.PATH ?? '',
          GONG_BASE_URL: baseUrl,
          GONG_BEARER_TOKEN: TOKEN,
          // The most the configuration allows; 100 calls at it never wait for a slot.
          GONG_RATE_LIMIT: '1000',
          CRM_INSPECTOR_STATE_DIR: stateDir,
        },
        stdio: ['ignore', 'ignore', 'ignore'],
      },
    );
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code }));
  });
}

export async function measureCliVerify(count = 10_000): Promise<Measurement> {
  const standIn = await startStandIn({ auth: { bearerToken: TOKEN }, rateLimitPerSecond: null });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
  try {
    // The sandbox's 1,000 deals, ten times under new ids; every 10th sent with its amount as a
    // string, so a tenth of the objects differ as a real upload's might.
    const deals = sampleObjects().DEAL;
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const objectId = `bench-cli-${i}`;
      const fields: Record<string, unknown> = { ...deals[i % deals.length]?.fields, objectId };
      standIn.setObject('DEAL', objectId, fields);
      const sent = i % 10 === 0 ? { ...fields, amount: String(fields.amount) } : fields;
      lines.push(toJsonText(sent));
    }
    const file = path.join(dir, 'upload.ldjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const gong = await openGongCalls(
      {
        upstream: {
          mode: 'gong',
          baseUrl: new URL(standIn.url),
          authorization: new Secret(`Bearer ${TOKEN}`),
        },
        rateLimitPerSecond: UNPACED,
        dailyLimit: 10_000,
        // The count of these calls goes to a folder of the run's own, not the user's.
        stateDir: dir,
      },
      (line) => console.error(line),
    );
    const deps = {
      deps: gong.deps,
      timeoutMs: 30_000,
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL' as const,
    };
    const totals: number[] = [];
    const reads: number[] = [];
    let summary = '';
    let calls = 0;
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      let read = 0;
      const verification = await verifyUpload(
        deps,
        { name: 'upload.ldjson', chunks: createReadStream(file, { highWaterMark: 1024 * 1024 }) },
        {
          concurrency: 6,
          // The first plan is the objects' calls; a second one, the reference check's.
          onPlan: (planned) => {
            if (read > 0) return;
            read = performance.now() - started;
            calls = planned;
          },
        },
      );
      const text = verificationText(verification.report, file);
      const report = writeVerificationReport(verification.report);
      const total = performance.now() - started;
      if (verification.failures.length > 0) throw new Error('a call to the stand-in failed');
      if (text.length === 0 || report.length === 0) throw new Error('no output');
      summary = JSON.stringify(verification.report.summary);
      // The first run warms the JIT and the stand-in's object texts up.
      if (run > 0) {
        totals.push(total);
        reads.push(read);
      }
    }
    await gong.close();
    const child = await timedChild(file, standIn.url, dir);
    if (child.code !== 1) throw new Error(`the command exited ${child.code}, expected 1`);
    const megabytes = (lines.join('\n').length / 1e6).toFixed(1);
    return {
      what: `command line: verify ${count.toLocaleString('en')} objects, stand-in unpaced`,
      value: median(totals),
      unit: 'ms',
      runs: RUNS,
      comparison: `read and lint ${round(median(reads), 0)} ms, then ${calls} calls, compare, text and report; ${megabytes} MB file; ${summary}; as a child process ${round(child.ms / 1000, 2)} s`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await standIn.close();
  }
}
