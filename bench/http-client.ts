// A plain keep-alive HTTP client for the proxy bench: both sides of a comparison go through
// the same code, so the difference is the proxy's own cost.
import http from 'node:http';

export interface TimedAnswer {
  status: number;
  body: string;
  ms: number;
}

export const keepAliveAgent = () => new http.Agent({ keepAlive: true, maxSockets: 16 });

export function timedRequest(
  url: URL,
  options: { method: string; headers: Record<string, string>; body: string; agent: http.Agent },
): Promise<TimedAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      {
        method: options.method,
        agent: options.agent,
        headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
