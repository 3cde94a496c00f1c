// The load runs as a Markdown report: printed, and kept in proxy/load/last-run.md.
import os from 'node:os';
import type { PacedResult } from './paced-run';
import type { PathFigures, ThroughputResult } from './throughput-run';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const statusList = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

export function pacedTable(result: PacedResult): string {
  const { options, memory } = result;
  const rows = [
    [
      'clients',
      `${options.clients}, each sending POST /api/crm/entities (100 ids) one after another`,
    ],
    ['firing / all answered after', `${seconds(options.firingMs)} / ${seconds(result.finishedMs)}`],
    ['requests answered', `${result.requests}: ${statusList(result.statuses)}`],
    ['proxy queue', `${options.maxWaiting} waiting calls at most (503 past that)`],
    ['calls Gong saw', `${result.gongCalls}: ${statusList(result.gongStatuses) || 'none'}`],
    [
      'busiest 1-s window at Gong',
      `${result.busiestSecond} calls arrived (Gong takes 3; ${result.refused} × 429 in all, each retried)`,
    ],
    [
      'proxy RSS start / peak / end',
      `${memory.rss.start} / ${memory.rss.peak} / ${memory.rss.end} MB`,
    ],
    [
      'proxy heap start / peak / end',
      `${memory.heap.start} / ${memory.heap.peak} / ${memory.heap.end} MB (start and end after a full GC; ${memory.samples} samples, 1/s)`,
    ],
    [
      'result',
      result.problems.length === 0
        ? 'held: every check passed'
        : `FAILED: ${result.problems.join('; ')}`,
    ],
  ];
  return table(['measure', 'value'], rows);
}

export function throughputTable(result: ThroughputResult): string {
  const row = (name: string, path: PathFigures) => [
    name,
    String(path.requests),
    String(path.perSecond),
    ...[path.latency.p50, path.latency.p95, path.latency.p99, path.latency.max].map((ms) =>
      ms.toFixed(1),
    ),
    statusList(path.statuses),
  ];
  return table(
    ['path', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'answers'],
    [row('straight to the stand-in', result.direct), row('through the proxy', result.proxied)],
  );
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
