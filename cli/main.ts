// The command line's entry: `crm-inspector …` (package.json bin, through crm-inspector.mjs) and
// `npm run verify -- …`. It may import proxy/ and the pure modules of web/.
import { runVerifyCommand } from './verify-command';

/** Written and flushed before the process ends (a pipe may still hold it otherwise). */
const writer = (stream: NodeJS.WriteStream) => (text: string) =>
  new Promise<void>((resolve, reject) =>
    stream.write(text, (error) => (error ? reject(error) : resolve())),
  );

let status: number;
try {
  status = await runVerifyCommand({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    stderrStream: process.stderr,
  });
} catch (error) {
  // Not expected: say so, without a stack that might quote a request's headers.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`crm-inspector: unexpected failure: ${message}\n`);
  status = 2;
}
// Exits rather than waits: an idle keep-alive connection to Gong would hold the process open.
process.exit(status);
