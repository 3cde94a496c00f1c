// Run (b): Gong (the stand-in) unlimited and the proxy's pacing out of the way, so what is
// measured is the proxy's own cost: the same reads sent straight to the stand-in, then through
// the proxy, by the same clients in the same run.
import { runClients } from './clients';
import { directToStandIn, startServers, throughProxy } from './load-setup';
import { countBy, type Latencies, latencies } from './stats';

export interface ThroughputOptions {
  clients: number;
  firingMs: number;
  warmUpMs: number;
}

export interface PathFigures {
  requests: number;
  perSecond: number;
  /** Milliseconds. */
  latency: Latencies;
  statuses: Record<string, number>;
}

export interface ThroughputResult {
  options: ThroughputOptions;
  direct: PathFigures;
  proxied: PathFigures;
  problems: string[];
}

export async function runThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const servers = await startServers({
    standInRate: null,
    proxyRate: 1_000_000,
    maxWaiting: 1_000_000,
  });
  try {
    const direct = directToStandIn(servers.standInUrl);
    const proxied = throughProxy(servers.proxyUrl);
    const load = (request: typeof direct, firingMs: number) =>
      runClients({
        clients: options.clients,
        firingMs,
        drainMs: 10_000,
        maxRequestsPerClient: 100_000,
        pauseAfter503Ms: 0,
        request,
      });
    // Both paths once first, so neither is measured while V8 is still compiling it.
    await load(direct, options.warmUpMs);
    await load(proxied, options.warmUpMs);
    const figures = [
      await load(direct, options.firingMs),
      await load(proxied, options.firingMs),
    ].map(
      (run): PathFigures => ({
        requests: run.answers.length,
        perSecond: Math.round(run.answers.length / (run.finishedMs / 1000)),
        latency: latencies(run.answers.map((answer) => answer.ms)),
        statuses: countBy(run.answers.map((answer) => answer.failure ?? answer.status)),
      }),
    ) as [PathFigures, PathFigures];
    const problems = figures.flatMap((path, index) => {
      const wrong = Object.entries(path.statuses).filter(([status]) => status !== '200');
      const name = index === 0 ? 'direct' : 'through the proxy';
      return wrong.length === 0
        ? []
        : [`${name}: ${wrong.map(([s, n]) => `${n}× ${s}`).join(', ')}`];
    });
    const crash = servers.proxy.crash() ?? servers.standIn.crash();
    if (crash) problems.push(`a server process ${crash}`);
    return { options, direct: figures[0], proxied: figures[1], problems };
  } finally {
    await servers.stop();
  }
}
