// A fetch run as the page makes it (6 calls in flight, 100 ids each) through the proxy, against
// a stand-in Gong that answers like Gong over the internet: 0.2–0.8 s latency, calls counted
// 30–150 ms after they left. Each in a process of its own. The figure is the run's time over
// the floor (calls ÷ rate): what pacing costs at real latency. Used by
// proxy/load/latency-pacing.ts and by `npm run bench`.
import http from 'node:http';
import type { MarginSettings } from '../pacing-margin';
import { SANDBOX_INTEGRATION_ID, sampleIds } from '../stand-in/stand-in-gong';
import { TOKEN_HEADER } from '../test-support';
import { directToStandIn, startServers } from './load-setup';
import { countBy } from './stats';

export interface LatencyRunOptions {
  ids: number;
  rate: number;
  /** Calls in flight from the page: twice the rate, as inspector-page.tsx has it. */
  concurrency: number;
  latency: { min: number; max: number } | null;
  arrivalJitter: { min: number; max: number } | null;
  /** The proxy's pacing margin; its default unless given. */
  margin?: MarginSettings;
}

export const LATENCY_RUN: LatencyRunOptions = {
  ids: 6_000,
  rate: 3,
  concurrency: 6,
  latency: { min: 200, max: 800 },
  arrivalJitter: { min: 30, max: 150 },
};

export interface LatencyRunResult {
  calls: number;
  seconds: number;
  floorSeconds: number;
  /** seconds ÷ floorSeconds. */
  ratio: number;
  /** Calls Gong saw, retries included, and how many of them it refused with 429. */
  gongCalls: number;
  refused: number;
  /** What the page got per call: every one must be 200. */
  statuses: Record<string, number>;
  /** The proxy's pacing margin at the end of the run, ms. */
  marginMs: number;
}

/**
 * A few calls straight to the stand-in first: its first answers take it hundreds of ms to
 * compile, one after another, which real Gong does not, and which would bunch the proxy's first
 * calls at arrival. Then a second for them to leave its rate window.
 */
async function warmUp(standInUrl: string): Promise<void> {
  const request = directToStandIn(standInUrl);
  for (let i = 0; i < 2; i++) {
    const { url, method, headers, body } = request(i, 0);
    await sendWithBody(url, method, headers, body);
  }
  await new Promise((resolve) => setTimeout(resolve, 1100));
}

/** A GET with a body, which fetch refuses to send. */
function sendWithBody(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      { method, headers: { ...headers, 'content-length': Buffer.byteLength(body ?? '') } },
      (incoming) => {
        incoming.resume();
        incoming.on('end', resolve);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** 6,000 ids: the stand-in's 1,000 deals, then ids it does not know (answered null). */
function idBatches(count: number): string[][] {
  const known = sampleIds('DEAL', Math.min(count, 1_000));
  const ids = [...known, ...Array.from({ length: count - known.length }, (_, i) => `gone-${i}`)];
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += 100) batches.push(ids.slice(i, i + 100));
  return batches;
}

export async function runLatencyFetch(
  options: LatencyRunOptions = LATENCY_RUN,
): Promise<LatencyRunResult> {
  const servers = await startServers({
    standInRate: options.rate,
    proxyRate: options.rate,
    delays: { latency: options.latency, arrivalJitter: options.arrivalJitter },
    margin: options.margin,
  });
  try {
    await warmUp(servers.standInUrl);
    await servers.standIn.ask('reset');
    const batches = idBatches(options.ids);
    const calls = batches.length;
    const statuses: number[] = [];
    const url = `${servers.proxyUrl}/api/crm/entities`;
    const headers = { 'content-type': 'application/json', ...TOKEN_HEADER };
    const started = performance.now();
    const worker = async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        const body = JSON.stringify({
          integrationId: SANDBOX_INTEGRATION_ID,
          objectType: 'DEAL',
          objectsCrmIds: batch,
        });
        const response = await fetch(url, { method: 'POST', headers, body });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const gong = await servers.standIn.ask('report');
    const gongStatuses = gong.statuses as number[];
    const margin = await servers.proxy.ask('margin');
    const floorSeconds = calls / options.rate;
    return {
      calls,
      seconds,
      floorSeconds,
      ratio: seconds / floorSeconds,
      gongCalls: gongStatuses.length,
      refused: gongStatuses.filter((status) => status === 429).length,
      statuses: countBy(statuses),
      marginMs: Number(margin.marginMs),
    };
  } finally {
    await servers.stop();
  }
}
