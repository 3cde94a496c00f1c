// `npm run bench`: measures every figure of the performance budget, prints the table and writes
// it to bench/results/latest.md. A benchmark, not a test: a missed budget is reported, and only a
// measurement that could not be taken makes the exit code non-zero.
// `npm run bench -- --only page,proxy` runs some sections (written to a .tmp file instead).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser';
import { type BenchBuild, buildAll } from './build';
import { measureBundle } from './bundle';
import { measureCliVerify } from './cli-verify';
import { isFailed, type Measurement, type Outcome } from './measure';
import { measurePage } from './page';
import { measureFetchRun, measureLatencyRun, measureProxyOverhead } from './proxy';
import { measureOverheadRatio } from './proxy-process';
import { pureMeasurements } from './pure';
import { describeMachine, markdownReport, markdownTable } from './report';
import { measureStartup } from './startup';
import { measureUploadRead } from './upload-read';
import { measureLintUpload, measureVerifyCompare } from './verify';

type Section = { name: string; run: () => Promise<Outcome[]> | Outcome[] };

const { values } = parseArgs({
  options: { only: { type: 'string' }, port: { type: 'string', default: '5480' } },
});
const only = values.only?.split(',').map((name) => name.trim());
const port = Number(values.port);

let benchBuild: BenchBuild | undefined;
const built = async () => {
  benchBuild ??= await buildAll();
  return benchBuild;
};

const one = (measurement: Measurement): Outcome[] => [measurement];

const sections: Section[] = [
  {
    name: 'pure',
    run: () =>
      pureMeasurements.map((measure): Outcome => {
        try {
          return measure();
        } catch (error) {
          return { what: measure.name, error: String(error) };
        }
      }),
  },
  {
    name: 'verify',
    run: async () => [...(await measureLintUpload()), ...(await measureVerifyCompare())],
  },
  { name: 'upload-read', run: async () => measureUploadRead((await built()).pageDir) },
  { name: 'bundle', run: async () => measureBundle((await built()).pageDir) },
  { name: 'startup', run: async () => one(await measureStartup(await built(), port)) },
  { name: 'proxy', run: async () => one(await measureProxyOverhead()) },
  // As users run it: `npm start` in a process of its own, beside a minimal pass-through.
  { name: 'overhead', run: async () => one(await measureOverheadRatio((await built()).root)) },
  { name: 'page', run: async () => measurePage((await built()).pageDir, { small: 5, large: 3 }) },
  { name: 'cli', run: async () => one(await measureCliVerify()) },
  // Last and alone: ~35 s of waiting on the rate limit, which other work would disturb.
  { name: 'fetch-run', run: async () => one(await measureFetchRun()) },
  // Also alone: ~25 s against a stand-in with Gong's latency and arrival jitter.
  { name: 'latency-run', run: () => measureLatencyRun() },
];

async function chromiumVersion(): Promise<string> {
  try {
    const browser = await launchChromium();
    const version = browser.version();
    await browser.close();
    return version;
  } catch (error) {
    return `unavailable (${String(error).split('\n')[0]})`;
  }
}

const outcomes: Outcome[] = [];
const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
try {
  for (const section of sections) {
    if (only && !only.includes(section.name)) continue;
    const sectionStarted = performance.now();
    try {
      outcomes.push(...(await section.run()));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      outcomes.push({ what: `${section.name} (section)`, error: message ?? 'failed' });
    }
    const seconds = ((performance.now() - sectionStarted) / 1000).toFixed(1);
    console.error(`bench: ${section.name} done in ${seconds} s`);
  }
} finally {
  benchBuild?.remove();
}

const command = `npm run bench${only ? ` -- --only ${only.join(',')}` : ''}`;
const machine = describeMachine(await chromiumVersion(), command, loadAtStart);
const report = markdownReport(outcomes, machine);
const file = path.join(import.meta.dirname, 'results', only ? 'partial.tmp' : 'latest.md');
writeFileSync(file, report);
console.log(markdownTable(outcomes));
console.log(
  `\n${machine.cores} cores, ${machine.cpu}; Node ${machine.node}, Chromium ${machine.chromium}; load ${machine.load}`,
);
console.log(
  `written to ${path.relative(process.cwd(), file)} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = outcomes.some(isFailed) ? 1 : 0;
