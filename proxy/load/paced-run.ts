// Run (a): many clients against the proxy while Gong (the stand-in) allows 3 calls a second.
// What must hold: every request answered (200, or 503 once the bounded queue is full), every
// 429 of Gong's retried to success, the proxy up. What depends on the machine's timing (how many
// calls Gong refused, the busiest second at Gong) are figures: `npm run load` holds them to at
// most 1 in 30 refused; the smoke test does not.

import { TOKEN_HEADER } from '../test-support';
import { runClients } from './clients';
import { type Servers, startServers, throughProxy } from './load-setup';
import { busiestWindow, countBy } from './stats';

const RATE = 3;
const QUEUE_FULL = /^too many calls are already waiting for Gong \(\d+\); try again in a moment$/;

export interface PacedOptions {
  clients: number;
  firingMs: number;
  drainMs: number;
  /** The proxy's queue; by default a minute of calls, as `npm start` has it. */
  maxWaiting?: number;
}

export interface MemoryFigures {
  /** MB; start and end are taken right after a full GC, peak is the largest 1-s sample. */
  rss: { start: number; peak: number; end: number };
  heap: { start: number; peak: number; end: number };
  samples: number;
}

export interface PacedResult {
  options: PacedOptions & { maxWaiting: number };
  finishedMs: number;
  requests: number;
  statuses: Record<string, number>;
  gongCalls: number;
  gongStatuses: Record<string, number>;
  /** The most calls that arrived at Gong within one second, the refused ones included. */
  busiestSecond: number;
  /** Calls Gong refused with 429 (each waited out and retried by the proxy). */
  refused: number;
  memory: MemoryFigures;
  /** Every failed check of what must hold, in words; empty when the run held. */
  problems: string[];
}

const MB = 1024 * 1024;
const mb = (bytes: unknown) => Math.round((Number(bytes) / MB) * 10) / 10;

export async function runPacedLoad(options: PacedOptions): Promise<PacedResult> {
  const maxWaiting = options.maxWaiting ?? RATE * 60;
  const servers = await startServers({ standInRate: RATE, proxyRate: RATE, maxWaiting });
  try {
    return await measure(servers, { ...options, maxWaiting });
  } finally {
    await servers.stop();
  }
}

async function measure(servers: Servers, options: PacedResult['options']): Promise<PacedResult> {
  const start = await servers.proxy.ask('gc-sample');
  const run = await runClients({
    clients: options.clients,
    firingMs: options.firingMs,
    drainMs: options.drainMs,
    maxRequestsPerClient: 10_000,
    pauseAfter503Ms: 250,
    request: throughProxy(servers.proxyUrl),
  });
  const end = await servers.proxy.ask('gc-sample');
  const configStatus = await fetch(`${servers.proxyUrl}/api/config`, {
    headers: TOKEN_HEADER,
  }).then(
    (response) => response.status,
    () => 0,
  );
  const gong = await servers.standIn.ask('report');
  const arrivals = gong.arrivals as number[];
  const gongStatuses = countBy(gong.statuses as number[]);
  const samples = servers.proxy.received('memory');
  const problems: string[] = [];

  const failures = run.answers.filter((answer) => answer.failure !== undefined);
  if (failures.length > 0) {
    const reasons = Object.entries(countBy(failures.map((answer) => answer.failure ?? '')));
    problems.push(
      `${failures.length} requests got no answer: ${reasons.map(([why, n]) => `${n}× ${why}`).join('; ')}`,
    );
  }
  const odd = run.answers.filter(
    (a) => a.failure === undefined && a.status !== 200 && a.status !== 503,
  );
  if (odd.length > 0)
    problems.push(
      `${odd.length} answers were neither 200 nor 503: ${odd[0]?.status} ${odd[0]?.body}`,
    );
  const unclear = run.answers.filter((a) => a.status === 503 && !QUEUE_FULL.test(errorOf(a.body)));
  if (unclear.length > 0)
    problems.push(`${unclear.length} 503s without the queue-full message: ${unclear[0]?.body}`);
  const busiestSecond = busiestWindow(arrivals);
  const notOk = Object.keys(gongStatuses).filter((status) => status !== '200' && status !== '429');
  if (notOk.length > 0)
    problems.push(`Gong answered ${notOk.map((s) => `${gongStatuses[s]}× ${s}`).join(', ')}`);
  // Each call Gong took is one answered 200: a 429 retried to success, nothing lost or doubled.
  const answered200 = run.answers.filter((a) => a.status === 200).length;
  if ((gongStatuses['200'] ?? 0) !== answered200)
    problems.push(
      `Gong answered ${gongStatuses['200'] ?? 0} calls; clients got ${answered200} × 200`,
    );
  const crash = servers.proxy.crash() ?? servers.standIn.crash();
  if (crash) problems.push(`a server process ${crash}`);
  if (configStatus !== 200) problems.push(`after the run /api/config answered ${configStatus}`);

  const peak = (key: string) =>
    mb(Math.max(Number(start[key]), ...samples.map((s) => Number(s[key]))));
  return {
    options,
    finishedMs: run.finishedMs,
    requests: run.answers.length,
    statuses: countBy(run.answers.map((answer) => answer.failure ?? answer.status)),
    gongCalls: arrivals.length,
    gongStatuses,
    busiestSecond,
    refused: gongStatuses['429'] ?? 0,
    memory: {
      rss: { start: mb(start.rss), peak: peak('rss'), end: mb(end.rss) },
      heap: { start: mb(start.heapUsed), peak: peak('heapUsed'), end: mb(end.heapUsed) },
      samples: samples.length,
    },
    problems,
  };
}

function errorOf(body: string | undefined): string {
  try {
    return String(JSON.parse(body ?? '').errors?.[0] ?? '');
  } catch {
    return '';
  }
}
