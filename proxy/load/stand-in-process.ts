// The stand-in Gong in a process of its own, for the load runner. It keeps only when each call
// arrived and what it was answered, so a long run does not fill its memory with request copies.
import { type Delays, startStandIn } from '../stand-in/stand-in-gong';

const { rateLimitPerSecond, token, delays } = JSON.parse(process.argv[2] ?? '{}') as {
  rateLimitPerSecond: number | null;
  token: string;
  delays?: Delays;
};
const standIn = await startStandIn({ auth: { bearerToken: token }, rateLimitPerSecond, delays });
const arrivals: number[] = [];
const statuses: number[] = [];

// With a latency, a recorded call waits for its answer (status 0 until then): it stays listed.
const compact = () => {
  const unanswered = standIn.calls.filter((call) => call.status === 0);
  for (const call of standIn.calls) {
    if (call.status === 0) continue;
    arrivals.push(call.receivedAt);
    statuses.push(call.status);
  }
  standIn.calls.length = 0;
  standIn.calls.push(...unanswered);
};
setInterval(compact, 200).unref();

process.on('message', (message: { type: string }) => {
  compact();
  if (message.type === 'reset') {
    standIn.reset();
    arrivals.length = 0;
    statuses.length = 0;
    process.send?.({ type: 'reset' });
  }
  if (message.type === 'report') process.send?.({ type: 'report', arrivals, statuses });
});
process.on('SIGTERM', () => {
  void standIn.close().finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', url: standIn.url });
