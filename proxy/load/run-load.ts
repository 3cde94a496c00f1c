// `npm run load`: the full load run. (a) 200 clients against the proxy paced at Gong's 3 calls/s;
// (b) the proxy's own throughput and latency next to the stand-in's. Prints a report, writes it
// to proxy/load/last-run.md, and exits 1 when a check failed. Loopback only; about 2 minutes.
import { writeFileSync } from 'node:fs';
import { runPacedLoad } from './paced-run';
import { machine, pacedTable, throughputTable } from './report';
import { runThroughput } from './throughput-run';

const PACED = { clients: 200, firingMs: 30_000, drainMs: 75_000 };
const THROUGHPUT = { clients: 50, firingMs: 10_000, warmUpMs: 2_000 };
/** Heap growth between the GC'd samples before and after run (a) that still counts as flat. */
const FLAT_HEAP_MB = 16;

console.log('Load run (a): 200 clients, stand-in and proxy at 3 calls/s…');
const paced = await runPacedLoad(PACED);
const heapGrowth = paced.memory.heap.end - paced.memory.heap.start;
if (heapGrowth > FLAT_HEAP_MB) {
  paced.problems.push(
    `the proxy's heap grew by ${heapGrowth.toFixed(1)} MB (flat: under ${FLAT_HEAP_MB} MB)`,
  );
}
// Timing on a shared machine, not correctness: held to Gong's tolerance, not to zero.
if (paced.refused * 30 > paced.gongCalls) {
  paced.problems.push(
    `Gong refused ${paced.refused} of ${paced.gongCalls} calls with 429 (at most 1 in 30)`,
  );
}
console.log('Load run (b): throughput, stand-in unlimited…');
const throughput = await runThroughput(THROUGHPUT);

const report = `# Load: last run

Produced by \`npm run load\` (proxy/load/run-load.ts) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine()}. The proxy and the stand-in Gong each run in a process of their own; the
clients in a third. All on loopback.

## (a) Paced: stand-in limited to 3 calls/s, proxy paced at 3 calls/s

${pacedTable(paced)}

## (b) Throughput: stand-in unlimited, proxy's limit out of the way

${THROUGHPUT.clients} clients, ${THROUGHPUT.firingMs / 1000} s per path after a ${THROUGHPUT.warmUpMs / 1000} s warm-up of each; each request reads 100 deals (about 63 kB of JSON answered).

${throughputTable(throughput)}
`;
console.log(`\n${report}`);
writeFileSync(new URL('./last-run.md', import.meta.url), report);
const problems = [...paced.problems, ...throughput.problems];
if (problems.length > 0) {
  console.error(`Load run FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Load run held. Written to proxy/load/last-run.md.');
