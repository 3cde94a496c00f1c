// `npm start` on a built tree, to its first answer: the time a person waits after pressing
// Enter. Spawns what the start script runs (proxy/start.mjs, which runs the compiled server),
// in sandbox mode, in the bench's own build (build.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_API_TOKEN, TOKEN_HEADER } from '../proxy/test-support';
import type { BenchBuild } from './build';
import { ROOT } from './build';
import { type Measurement, median, round } from './measure';

const START = path.join(ROOT, 'proxy/start.mjs');
const GIVE_UP_MS = 20_000;
const BLANK_GONG = {
  GONG_ACCESS_KEY: '',
  GONG_ACCESS_KEY_SECRET: '',
  GONG_BEARER_TOKEN: '',
  GONG_BASE_URL: '',
};

async function firstAnswer(url: string, child: ChildProcess, started: number): Promise<number> {
  while (performance.now() - started < GIVE_UP_MS) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { headers: TOKEN_HEADER });
      if (response.status === 200) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no answer from ${url} within ${GIVE_UP_MS} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function timeStart(args: string[], cwd: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      ...BLANK_GONG,
      PORT: String(port),
      HOST: '127.0.0.1',
      CRM_INSPECTOR_TOKEN: TEST_API_TOKEN,
      CRM_INSPECTOR_STATE_DIR: path.join(tmpdir(), 'crm-inspector-bench-state'),
    },
    stdio: 'ignore',
  });
  try {
    return await firstAnswer(`http://127.0.0.1:${port}/api/config`, child, started);
  } finally {
    await stop(child);
  }
}

export async function measureStartup(
  built: BenchBuild,
  port: number,
  runs = 5,
): Promise<Measurement> {
  const compiled: number[] = [];
  // Side by side: the TypeScript sources through tsx, as `npm start` ran before dist-server/.
  const viaTsx: number[] = [];
  const tsx = [
    path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    path.join(ROOT, 'proxy/server.ts'),
  ];
  // The first round warms the disk cache and tsx's compile cache, as earlier starts would have.
  for (let run = 0; run < runs + 1; run++) {
    const a = await timeStart([START], built.root, port);
    const b = await timeStart(tsx, built.root, port);
    if (run === 0) continue;
    compiled.push(a);
    viaTsx.push(b);
  }
  return {
    what: '`npm start` (built tree) to first answer',
    value: median(compiled),
    unit: 'ms',
    runs,
    budget: 1000,
    comparison: `slowest ${round(Math.max(...compiled), 0)} ms; the sources through tsx ${round(median(viaTsx), 0)} ms`,
  };
}
