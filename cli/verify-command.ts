// `crm-inspector verify FILE --integration ID --type TYPE …`: reads the configuration as
// `npm start` does (environment and .env), opens Gong or the sandbox, verifies, writes the
// results and answers with the exit status. Results go to stdout; errors, notes and progress
// to stderr. The credential is never written anywhere: no message quotes a setting's value,
// and Gong's text is withheld when it echoes any part of the credential (proxy/redact.ts).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openGongCalls } from '../proxy/upstream';
import { writeVerificationReport } from '../web/lib/result-files/verification-report';
import { verificationMarkdown } from '../web/lib/result-files/verification-text';
import { UploadFileError } from '../web/lib/upload-file/upload-entries';
import { EXIT_ERROR, EXIT_PROBLEMS, exitStatus } from './exit-status';
import type { GongFailure } from './gong-reads';
import { createProgress, type ProgressStream, usageText } from './progress';
import { parseCommand, USAGE, userDirectory, type VerifyArgs } from './verify-args';
import { openFile, readConfig } from './verify-inputs';
import { verificationText } from './verify-text';
import { type Verification, verifyUpload } from './verify-upload';

export interface CommandIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdout: (text: string) => Promise<void>;
  readonly stderr: (text: string) => Promise<void>;
  readonly stderrStream: ProgressStream;
}

/** Read in chunks this large: fewer turns of the loop for a 200 MB file, little memory. */
const CHUNK_BYTES = 1024 * 1024;

async function usageError(io: CommandIo, errors: readonly string[]): Promise<number> {
  await io.stderr(`${errors.map((error) => `crm-inspector: ${error}`).join('\n')}\n\n${USAGE}\n`);
  return EXIT_ERROR;
}

function failureText(failure: GongFailure): string {
  const parts = [`${failure.status}`];
  if (failure.requestId !== undefined) parts.push(`requestId ${failure.requestId}`);
  parts.push(`${failure.attempts} attempt${failure.attempts === 1 ? '' : 's'}`);
  if (failure.retryAfter !== undefined) parts.push(`Retry-After ${failure.retryAfter}`);
  const errors = failure.errors.length > 0 ? `: ${failure.errors.join('; ')}` : '';
  return `${parts.join(' · ')}${errors}`;
}

async function writeOutputs(io: CommandIo, args: VerifyArgs, verification: Verification) {
  const { report } = verification;
  const reportText = writeVerificationReport(report);
  if (args.report !== undefined) await writeFile(args.report, reportText);
  if (args.markdown !== undefined) await writeFile(args.markdown, verificationMarkdown(report));
  await io.stdout(args.json ? reportText : verificationText(report, args.fileLabel));
}

export async function runVerifyCommand(io: CommandIo): Promise<number> {
  const parsed = parseCommand(io.argv, userDirectory(io.env, io.cwd));
  if (parsed.kind === 'help') {
    await io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') return usageError(io, parsed.errors);
  const { args } = parsed;
  const { config, errors } = readConfig(io.env, io.cwd);
  if (!config) {
    return usageError(io, [
      'fix these settings (environment or .env):',
      ...errors.map((error) => `  - ${error}`),
    ]);
  }
  const opened = await openFile(args);
  if (!opened.handle) return usageError(io, opened.errors);
  const handle = opened.handle;

  // Counted in the same daily file as `npm start`'s calls: they spend the same allowance.
  const gong = await openGongCalls(config, (line) => void io.stderr(`crm-inspector: ${line}\n`));
  if (config.upstream.mode === 'sandbox') {
    await io.stderr(
      'crm-inspector: sandbox mode: no Gong credential is set (GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET, or GONG_BEARER_TOKEN), so this checks the built-in sample data, not your Gong\n',
    );
  }
  const progress = createProgress(io.stderrStream, config.rateLimitPerSecond);
  let verification: Verification;
  try {
    verification = await verifyUpload(
      {
        deps: gong.deps,
        timeoutMs: config.timeoutMs,
        integrationId: args.integrationId,
        objectType: args.objectType,
      },
      {
        name: path.basename(args.file),
        chunks: handle.createReadStream({ highWaterMark: CHUNK_BYTES }),
      },
      {
        ...(args.sample !== undefined ? { sample: args.sample } : {}),
        // As the page runs: twice the rate in flight, the limiter paces the rest.
        concurrency: config.rateLimitPerSecond * 2,
        onPlan: (calls) => progress.plan(calls),
        onCallDone: (done) => progress.done(done),
      },
    );
  } catch (error) {
    progress.clear();
    if (!(error instanceof UploadFileError)) throw error;
    await io.stderr(`crm-inspector: ${args.fileLabel}: ${error.message}\n`);
    return EXIT_PROBLEMS;
  } finally {
    await handle.close();
    await gong.close();
  }
  progress.clear();
  if (io.stderrStream.isTTY) {
    await io.stderr(`crm-inspector: ${usageText(gong.deps.usage.snapshot(), gong.host)}\n`);
  }

  if (verification.schemaFailure) {
    await io.stderr(
      `crm-inspector: note: the entity schema could not be read (${failureText(verification.schemaFailure)}); the lint skipped the checks against it (undeclared fields, value types, picklists)\n`,
    );
  }
  try {
    await writeOutputs(io, args, verification);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    await io.stderr(`crm-inspector: the results could not be written (${code})\n`);
    return EXIT_ERROR;
  }
  if (verification.failures.length > 0) {
    const { summary } = verification.report;
    const calls = verification.failures.length;
    await io.stderr(
      `crm-inspector: Gong could not be read after the retries (${calls} call${calls === 1 ? '' : 's'} failed; ${summary.failed} of ${summary.sent} objects not checked):\n${verification.failures
        .map((failure) => `  ${failureText(failure)}`)
        .join('\n')}\n`,
    );
  }
  if (verification.referenceFailures.length > 0) {
    const notChecked = verification.report.references?.notChecked ?? 0;
    await io.stderr(
      `crm-inspector: note: the reference check could not read Gong (${notChecked} references not checked; the exit status does not count them):\n${verification.referenceFailures
        .map((failure) => `  ${failureText(failure)}`)
        .join('\n')}\n`,
    );
  }
  return exitStatus(verification, args.strict);
}
