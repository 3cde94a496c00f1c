// The proxy as users run it: `npm start` (proxy/start.mjs, the compiled server) in a process of
// its own, Gong (the stand-in) in another, and next to it a ~30-line Node pass-through
// (minimal-proxy.mjs) in front of the same stand-in. What each adds to a 100-id call over
// calling the stand-in directly; the figure is the proxy's addition over the minimal one's.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_IDS_PER_CALL } from '../proxy/contract';
import { E2E_ACCESS_KEY, E2E_ACCESS_KEY_SECRET } from '../proxy/stand-in/e2e-credentials';
import { SANDBOX_INTEGRATION_ID, sampleIds } from '../proxy/stand-in/stand-in-gong';
import { TEST_API_TOKEN, TOKEN_HEADER } from '../proxy/test-support';
import { ROOT } from './build';
import { keepAliveAgent, timedRequest } from './http-client';
import { type Measurement, median, round } from './measure';

const BASIC = `Basic ${Buffer.from(`${E2E_ACCESS_KEY}:${E2E_ACCESS_KEY_SECRET}`).toString('base64')}`;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Starts a child that prints its URL as the first line of its output. */
async function startPrinting(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line.toString())?.[1];
  if (!url) throw new Error(`no URL from ${args.join(' ')}: ${line}`);
  child.stdout?.resume();
  return { child, url };
}

async function startProxy(root: string, upstream: string, nodeFlags: string[]) {
  const port = await freePort();
  const stateDir = mkdtempSync(path.join(tmpdir(), 'crm-inspector-bench-overhead-'));
  const child = spawn(process.execPath, [...nodeFlags, path.join(ROOT, 'proxy/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      GONG_BASE_URL: upstream,
      GONG_ACCESS_KEY: E2E_ACCESS_KEY,
      GONG_ACCESS_KEY_SECRET: E2E_ACCESS_KEY_SECRET,
      GONG_BEARER_TOKEN: '',
      GONG_RATE_LIMIT: '1000',
      GONG_DAILY_LIMIT: '100000000',
      CRM_INSPECTOR_TOKEN: TEST_API_TOKEN,
      CRM_INSPECTOR_STATE_DIR: stateDir,
    },
    // Its log lines go to a file, written at once as a terminal takes them: a pipe to this
    // busy process would make the proxy wait on the bench's own event loop.
    stdio: ['ignore', openSync(path.join(stateDir, 'stdout.log'), 'w'), 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/api/config`, { headers: TOKEN_HEADER })).ok) break;
    } catch {}
    if (tries > 400 || child.exitCode !== null) throw new Error('the proxy did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = once(child, 'exit').then(() => {});
  child.kill('SIGTERM');
  return exited;
}

export interface OverheadFigures {
  directMs: number;
  proxyMs: number;
  minimalMs: number;
  /** (proxy − direct) ÷ (minimal − direct). */
  ratio: number;
  /** CPU time each process spent per measured call (Linux only): steadier than wall time on a busy machine. */
  proxyCpuMs?: number;
  minimalCpuMs?: number;
}

const TICKS_PER_SECOND = 100;

/** user + system CPU time of a child so far, in ms, from /proc (undefined elsewhere). */
function cpuMs(child: ChildProcess): number | undefined {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after it are space separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * `root` holds a built tree (dist-server/); `nodeFlags` go to the proxy's process, e.g.
 * `--cpu-prof` to profile it.
 */
export async function measureProcessOverhead(
  root: string,
  runs = 500,
  nodeFlags: string[] = [],
): Promise<OverheadFigures> {
  const standIn = await startPrinting([
    '--import',
    'tsx',
    'proxy/stand-in/main.ts',
    '--port',
    '0',
    '--rate-limit',
    'none',
  ]);
  const children: ChildProcess[] = [standIn.child];
  const agent = keepAliveAgent();
  try {
    const proxy = await startProxy(root, standIn.url, nodeFlags);
    children.push(proxy.child);
    const minimal = await startPrinting([
      path.join(ROOT, 'bench/minimal-proxy.mjs'),
      '0',
      standIn.url,
      BASIC,
    ]);
    children.push(minimal.child);

    const ids = sampleIds('DEAL', MAX_IDS_PER_CALL);
    const query = new URLSearchParams({
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL',
    });
    const pageBody = JSON.stringify({
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL',
      objectsCrmIds: ids,
    });
    const json = { 'content-type': 'application/json' };
    const paths = {
      direct: () =>
        timedRequest(new URL(`/v2/crm/entities?${query}`, standIn.url), {
          method: 'GET',
          headers: { ...json, authorization: BASIC },
          body: JSON.stringify(ids),
          agent,
        }),
      proxy: () =>
        timedRequest(new URL('/api/crm/entities', proxy.url), {
          method: 'POST',
          headers: { ...json, ...TOKEN_HEADER },
          body: pageBody,
          agent,
        }),
      minimal: () =>
        timedRequest(new URL('/api/crm/entities', minimal.url), {
          method: 'POST',
          headers: json,
          body: pageBody,
          agent,
        }),
    };
    const names = Object.keys(paths) as (keyof typeof paths)[];
    const times = { direct: [] as number[], proxy: [] as number[], minimal: [] as number[] };
    const warmup = 100;
    const cpuAtStart = { proxy: 0, minimal: 0 };
    for (let i = 0; i < runs + warmup; i++) {
      if (i === warmup) {
        cpuAtStart.proxy = cpuMs(proxy.child) ?? Number.NaN;
        cpuAtStart.minimal = cpuMs(minimal.child) ?? Number.NaN;
      }
      // Rotating which goes first, so none always meets a warmer cache.
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length] as keyof typeof paths;
        const answer = await paths[name]();
        if (answer.status !== 200) throw new Error(`${name} answered ${answer.status}`);
        if (i >= warmup) times[name].push(answer.ms);
      }
    }
    const directMs = median(times.direct);
    const proxyMs = median(times.proxy);
    const minimalMs = median(times.minimal);
    const perCall = (now: number | undefined, start: number) =>
      now === undefined || Number.isNaN(start) ? undefined : (now - start) / runs;
    return {
      directMs,
      proxyMs,
      minimalMs,
      ratio: (proxyMs - directMs) / (minimalMs - directMs),
      proxyCpuMs: perCall(cpuMs(proxy.child), cpuAtStart.proxy),
      minimalCpuMs: perCall(cpuMs(minimal.child), cpuAtStart.minimal),
    };
  } finally {
    agent.destroy();
    for (const child of children.reverse()) await stop(child);
  }
}

/** CPU per call beside the wall-clock figures: it moves less with the machine's other load. */
function cpuComparison(f: OverheadFigures): string {
  if (f.proxyCpuMs === undefined || f.minimalCpuMs === undefined) return '';
  return `; CPU per call ${round(f.proxyCpuMs, 2)} ms in the proxy, ${round(f.minimalCpuMs, 2)} ms in the minimal one (${round(f.proxyCpuMs / f.minimalCpuMs, 2)}×)`;
}

export async function measureOverheadRatio(root: string, runs = 500): Promise<Measurement> {
  const f = await measureProcessOverhead(root, runs);
  return {
    what: 'proxy overhead as users run it (`npm start`, own process) ÷ a minimal pass-through',
    value: f.ratio,
    unit: '×',
    runs,
    budget: 1.5,
    comparison: `a 100-id call gains ${round(f.proxyMs - f.directMs, 2)} ms via the proxy, ${round(f.minimalMs - f.directMs, 2)} ms via the minimal one (direct ${round(f.directMs, 2)} ms)${cpuComparison(f)}`,
  };
}
