// `npx tsx proxy/load/latency-pacing.ts [--runs 3] [--ids 6000] [--latency 200-800]
// [--arrival-jitter 30-150] [--margin '{"narrowMs":1}']`: the fetch run at Gong's real latency, measured, not guessed.
// Prints each run's time over the floor, Gong's 429s and the proxy's margin at the end.
import { parseArgs } from 'node:util';
import { DEFAULT_MARGIN, type MarginSettings } from '../pacing-margin';
import { parseDelayRange } from '../stand-in/delays';
import { LATENCY_RUN, runLatencyFetch } from './latency-run';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    ids: { type: 'string', default: String(LATENCY_RUN.ids) },
    latency: { type: 'string', default: '200-800' },
    'arrival-jitter': { type: 'string', default: '30-150' },
    /** The margin's settings as JSON, e.g. '{"narrowMs":1}', over the default. */
    margin: { type: 'string', default: '{}' },
  },
});
const latency = parseDelayRange('--latency', values.latency);
const arrivalJitter = parseDelayRange('--arrival-jitter', values['arrival-jitter']);
if (typeof latency === 'string' || typeof arrivalJitter === 'string') {
  console.error(typeof latency === 'string' ? latency : arrivalJitter);
  process.exit(2);
}
const margin = { ...DEFAULT_MARGIN, ...(JSON.parse(values.margin) as Partial<MarginSettings>) };
const options = { ...LATENCY_RUN, ids: Number(values.ids), latency, arrivalJitter, margin };
console.log(`margin ${JSON.stringify(margin)}`);
let held = true;
for (let run = 1; run <= Number(values.runs); run++) {
  const r = await runLatencyFetch(options);
  const lost = r.calls - (r.statuses['200'] ?? 0);
  if (lost > 0 || r.refused * 30 > r.gongCalls) held = false;
  console.log(
    `run ${run}: ${r.seconds.toFixed(2)} s / floor ${r.floorSeconds.toFixed(2)} s = ${r.ratio.toFixed(3)}× · Gong saw ${r.gongCalls} calls, ${r.refused} × 429 · page got ${JSON.stringify(r.statuses)} · margin at end ${r.marginMs} ms`,
  );
}
process.exitCode = held ? 0 : 1;
