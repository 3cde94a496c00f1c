// The real proxy (startTestProxy) in a process of its own, for the load runner: it reports
// its memory every second and answers `gc-sample` with a sample taken right after a full GC.
import { startTestProxy, type TestProxyOptions } from '../test-support';

const options = JSON.parse(process.argv[2] ?? '{}') as TestProxyOptions;
const proxy = await startTestProxy(options);
let requests = 0;

const sample = (type: string) => {
  // startTestProxy keeps every log line for tests to read; a long run must not count them as
  // the proxy's memory (in `npm start` they go to stdout).
  requests += proxy.logs.length;
  proxy.logs.length = 0;
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ type, at: Date.now(), rss, heapUsed, requests });
};

setInterval(() => sample('memory'), 1000).unref();
process.on('message', (message: { type: string }) => {
  if (message.type === 'margin')
    process.send?.({ type: 'margin', marginMs: proxy.limiter.marginMs });
  if (message.type === 'gc-sample') {
    (globalThis as { gc?: () => void }).gc?.();
    sample('gc-sample');
  }
});
process.on('SIGTERM', () => {
  void proxy.close().finally(() => process.exit(0));
});
// The runner is gone (killed, crashed): do not live on as an orphan.
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', url: proxy.url });
