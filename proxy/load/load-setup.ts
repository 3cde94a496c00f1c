// What both load runs share: the two child processes and the request a client sends.

import type { MarginSettings } from '../pacing-margin';
import { type Delays, SANDBOX_INTEGRATION_ID, sampleIds } from '../stand-in/stand-in-gong';
import { TOKEN_HEADER } from '../test-support';
import { type Child, startChild } from './child';
import type { ClientRequest } from './clients';

const TOKEN = 'load-token';
/** The stand-in's 1,000 deals as 10 calls of 100 ids, as the page sends them. */
const ID_SETS = Array.from({ length: 10 }, (_, set) =>
  sampleIds('DEAL', 1000).slice(set * 100, set * 100 + 100),
);
const idsFor = (client: number, sequence: number) =>
  ID_SETS[(client + sequence) % ID_SETS.length] as string[];

export interface Servers {
  standIn: Child;
  proxy: Child;
  standInUrl: string;
  proxyUrl: string;
  stop: () => Promise<void>;
}

export async function startServers(options: {
  standInRate: number | null;
  proxyRate: number;
  maxWaiting?: number;
  /** Gong's latency and arrival jitter; none by default. */
  delays?: Delays;
  margin?: MarginSettings;
}): Promise<Servers> {
  const standIn = await startChild(new URL('./stand-in-process.ts', import.meta.url), {
    rateLimitPerSecond: options.standInRate,
    token: TOKEN,
    delays: options.delays,
  });
  const standInUrl = String(standIn.ready.url);
  const proxy = await startChild(new URL('./proxy-process.ts', import.meta.url), {
    upstreamUrl: standInUrl,
    authorization: `Bearer ${TOKEN}`,
    rateLimitPerSecond: options.proxyRate,
    maxWaiting: options.maxWaiting,
    margin: options.margin,
    timeoutMs: 10_000,
  }).catch(async (error: unknown) => {
    await standIn.stop();
    throw error;
  });
  return {
    standIn,
    proxy,
    standInUrl,
    proxyUrl: String(proxy.ready.url),
    stop: async () => {
      await proxy.stop();
      await standIn.stop();
    },
  };
}

/** POST /api/crm/entities with 100 ids, as the page sends it. */
export const throughProxy =
  (proxyUrl: string) =>
  (client: number, sequence: number): ClientRequest => ({
    method: 'POST',
    url: `${proxyUrl}/api/crm/entities`,
    headers: { 'content-type': 'application/json', ...TOKEN_HEADER },
    body: JSON.stringify({
      integrationId: SANDBOX_INTEGRATION_ID,
      objectType: 'DEAL',
      objectsCrmIds: idsFor(client, sequence),
    }),
  });

/** The same read sent straight to the stand-in, as the proxy sends it: a GET with the ids as body. */
export const directToStandIn =
  (standInUrl: string) =>
  (client: number, sequence: number): ClientRequest => ({
    method: 'GET',
    url: `${standInUrl}/v2/crm/entities?integrationId=${SANDBOX_INTEGRATION_ID}&objectType=DEAL`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(idsFor(client, sequence)),
  });
