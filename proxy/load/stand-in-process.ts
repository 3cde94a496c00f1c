// The stand-in Gong in a process of its own, for the load runner. It keeps only when each call
// arrived and what it was answered, so a long run does not fill its memory with request copies.
import { startStandIn } from '../stand-in/stand-in-gong';

const { rateLimitPerSecond, token } = JSON.parse(process.argv[2] ?? '{}') as {
  rateLimitPerSecond: number | null;
  token: string;
};
const standIn = await startStandIn({ auth: { bearerToken: token }, rateLimitPerSecond });
const arrivals: number[] = [];
const statuses: number[] = [];

// Every recorded call is answered before the event loop turns (its status is already set).
const compact = () => {
  for (const call of standIn.calls) {
    arrivals.push(call.receivedAt);
    statuses.push(call.status);
  }
  standIn.calls.length = 0;
};
setInterval(compact, 200).unref();

process.on('message', (message: { type: string }) => {
  compact();
  if (message.type === 'report') process.send?.({ type: 'report', arrivals, statuses });
});
process.on('SIGTERM', () => {
  void standIn.close().finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', url: standIn.url });
