// The proxy against the stand-in Gong, both in this process on loopback (the latency run and
// the overhead ratio put each in a process of its own): a long fetch run at
// Gong's rate (how close to the 3 calls/s floor, and no 429s), and the proxy's own cost per
// call next to calling the stand-in directly.
import { MAX_IDS_PER_CALL } from '../proxy/contract';
import { LATENCY_RUN, runLatencyFetch } from '../proxy/load/latency-run';
import { SANDBOX_INTEGRATION_ID, sampleIds, startStandIn } from '../proxy/stand-in/stand-in-gong';
import { startTestProxy, TOKEN_HEADER } from '../proxy/test-support';
import { keepAliveAgent, timedRequest } from './http-client';
import { type Measurement, median, round } from './measure';

const KEY = { accessKey: 'bench-key', accessKeySecret: 'bench-secret' };
const BASIC = `Basic ${Buffer.from(`${KEY.accessKey}:${KEY.accessKeySecret}`).toString('base64')}`;
const RATE = 3;
// As the page runs: twice the rate in flight (inspector-page.tsx), the proxy paces the rest.
const CONCURRENCY = RATE * 2;

/** 10,000 ids: the stand-in's 1,000 deals, then ids it does not know (answered null). */
function runIds(count: number): string[] {
  const known = sampleIds('DEAL', 1_000);
  const unknown = Array.from({ length: count - known.length }, (_, i) => `bench-missing-${i}`);
  return [...known, ...unknown];
}

const entitiesBody = (ids: readonly string[]) =>
  JSON.stringify({ integrationId: SANDBOX_INTEGRATION_ID, objectType: 'DEAL', objectsCrmIds: ids });

export async function measureFetchRun(idCount = 10_000): Promise<Measurement> {
  const standIn = await startStandIn({ auth: { basic: KEY }, rateLimitPerSecond: RATE });
  const proxy = await startTestProxy({
    upstreamUrl: standIn.url,
    authorization: BASIC,
    rateLimitPerSecond: RATE,
  });
  const agent = keepAliveAgent();
  try {
    const ids = runIds(idCount);
    const calls: string[][] = [];
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_CALL) {
      calls.push(ids.slice(i, i + MAX_IDS_PER_CALL));
    }
    const statuses: number[] = [];
    const url = new URL('/api/crm/entities', proxy.url);
    const headers = { 'content-type': 'application/json', ...TOKEN_HEADER };
    const started = performance.now();
    const worker = async () => {
      for (let batch = calls.shift(); batch; batch = calls.shift()) {
        const body = entitiesBody(batch);
        const answer = await timedRequest(url, { method: 'POST', headers, body, agent });
        statuses.push(answer.status);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    const callCount = Math.ceil(idCount / MAX_IDS_PER_CALL);
    const floor = callCount / RATE;
    const tooMany = standIn.calls.filter((call) => call.status === 429).length;
    const failed = statuses.filter((status) => status !== 200).length;
    return {
      what: `fetch run of ${idCount.toLocaleString('en')} ids at ${RATE} calls/s ÷ floor`,
      value: seconds / floor,
      unit: '×',
      runs: 1,
      budget: 1.05,
      comparison: `${round(seconds, 2)} s vs ${round(floor, 2)} s; ${tooMany} × 429 at the stand-in, ${failed} calls not 200`,
      conditionMet: tooMany * 30 <= standIn.calls.length && failed === 0,
    };
  } finally {
    agent.destroy();
    await proxy.close();
    await standIn.close();
  }
}

/**
 * The fetch run at Gong's real latency: 6,000 ids through the proxy (its own process) against a
 * stand-in (another) answering in 0.2–0.8 s and counting calls 30–150 ms after they left. And
 * the daily quota: what the proxy's /api/usage counted for it, against the calls Gong saw.
 */
export async function measureLatencyRun(): Promise<Measurement[]> {
  const r = await runLatencyFetch(LATENCY_RUN);
  const lost = r.calls - (r.statuses['200'] ?? 0);
  return [
    {
      what: `fetch run of ${LATENCY_RUN.ids.toLocaleString('en')} ids at 3 calls/s, Gong 0.2–0.8 s latency, 30–150 ms arrival jitter ÷ floor`,
      value: r.ratio,
      unit: '×',
      runs: 1,
      budget: 1.15,
      comparison: `${round(r.seconds, 2)} s vs ${round(r.floorSeconds, 2)} s; ${r.refused} × 429 of ${r.gongCalls} calls at the stand-in (at most 1 in 30), ${lost} calls lost; margin at the end ${round(r.marginMs, 0)} ms`,
      conditionMet: lost === 0 && r.refused * 30 <= r.gongCalls,
    },
    {
      what: 'daily quota: calls counted by /api/usage ÷ calls Gong saw (that run, retries included)',
      value: r.counted / r.gongCalls,
      unit: '×',
      runs: 1,
      comparison: `${r.counted} counted, ${r.gongCalls} at the stand-in; written to gong-usage.json within 1 s`,
      conditionMet: r.counted === r.gongCalls,
    },
  ];
}

export async function measureProxyOverhead(runs = 500): Promise<Measurement> {
  // No pacing on either side: the figure is the proxy's work, not its waiting for a slot.
  const standIn = await startStandIn({ auth: { basic: KEY }, rateLimitPerSecond: null });
  const proxy = await startTestProxy({
    upstreamUrl: standIn.url,
    authorization: BASIC,
    rateLimitPerSecond: 100_000,
  });
  const agent = keepAliveAgent();
  try {
    const ids = sampleIds('DEAL', MAX_IDS_PER_CALL);
    const query = new URLSearchParams({
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL',
    });
    const direct = () =>
      timedRequest(new URL(`/v2/crm/entities?${query}`, standIn.url), {
        method: 'GET',
        headers: { 'content-type': 'application/json', authorization: BASIC },
        body: JSON.stringify(ids),
        agent,
      });
    const viaProxy = () =>
      timedRequest(new URL('/api/crm/entities', proxy.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...TOKEN_HEADER },
        body: entitiesBody(ids),
        agent,
      });
    const times = { direct: [] as number[], proxy: [] as number[] };
    const warmup = 20;
    for (let i = 0; i < runs + warmup; i++) {
      // Alternating which goes first, so neither always meets a warmer cache.
      const order = i % 2 === 0 ? [direct, viaProxy] : [viaProxy, direct];
      for (const call of order) {
        const answer = await call();
        if (answer.status !== 200) throw new Error(`a call answered ${answer.status}`);
        if (i >= warmup) (call === direct ? times.direct : times.proxy).push(answer.ms);
      }
    }
    const viaMs = median(times.proxy);
    const directMs = median(times.direct);
    return {
      what: 'proxy overhead: 100-id call via proxy − direct',
      value: viaMs - directMs,
      unit: 'ms',
      runs,
      budget: 1,
      comparison: `${round(viaMs, 2)} ms vs ${round(directMs, 2)} ms`,
    };
  } finally {
    agent.destroy();
    await proxy.close();
    await standIn.close();
  }
}
