// Standalone stand-in Gong for Playwright specs: `npm run stand-in -- --port 5180 --control`.
// `--latency 200-800 --arrival-jitter 30-150` makes it answer like Gong over the internet.
import { E2E_ACCESS_KEY, E2E_ACCESS_KEY_SECRET, E2E_BEARER_TOKEN } from './e2e-credentials';
import { parseMainArgs } from './main-args';
import { prepareSampleObjects } from './object-store';
import { startStandIn } from './stand-in-gong';

let args: ReturnType<typeof parseMainArgs>;
try {
  args = parseMainArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

// Written before listening: built on the first call instead, it made the first call of a busy
// e2e run pass the proxy's 3 s timeout now and then.
prepareSampleObjects();
const standIn = await startStandIn({
  auth: {
    basic: { accessKey: E2E_ACCESS_KEY, accessKeySecret: E2E_ACCESS_KEY_SECRET },
    bearerToken: E2E_BEARER_TOKEN,
  },
  rateLimitPerSecond: args.rateLimitPerSecond,
  port: args.port,
  control: args.control,
  delays: args.delays,
});
console.log(`stand-in Gong listening on ${standIn.url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void standIn.close().then(() => process.exit(0));
  });
}
