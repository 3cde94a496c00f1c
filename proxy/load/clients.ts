// Many clients, each sending one request after another over loopback, for a bounded time and a
// bounded number of requests. Every request ends in an answer or a recorded failure, never a hang.
import http from 'node:http';

export interface Answered {
  status: number;
  ms: number;
  /** The body, kept only for answers other than 200 (they are few, and read by the checks). */
  body?: string;
  /** Set when no answer came: the connection failed, or the run's last moment passed. */
  failure?: string;
}

export interface ClientRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ClientsOptions {
  clients: number;
  /** New requests start only within this time. */
  firingMs: number;
  /** After firing, how long requests already sent may take to be answered. */
  drainMs: number;
  maxRequestsPerClient: number;
  /** A client told 503 (the proxy's queue is full) waits this long, as the page's user would. */
  pauseAfter503Ms: number;
  request: (client: number, sequence: number) => ClientRequest;
}

export interface ClientsResult {
  answers: Answered[];
  firedMs: number;
  /** From the start until the last answer. */
  finishedMs: number;
}

export async function runClients(options: ClientsOptions): Promise<ClientsResult> {
  // Idle sockets are dropped before the server's 5 s keep-alive ends: reusing one just as the
  // server closes it would fail a request for a reason that is the client's, not the proxy's.
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients, timeout: 4000 });
  const started = performance.now();
  const fireUntil = started + options.firingMs;
  const hardStop = fireUntil + options.drainMs;
  const answers: Answered[] = [];

  const client = async (index: number) => {
    for (let sequence = 0; sequence < options.maxRequestsPerClient; sequence += 1) {
      if (performance.now() >= fireUntil) return;
      const answer = await send(agent, options.request(index, sequence), hardStop);
      answers.push(answer);
      if (answer.status === 503)
        await pause(Math.min(options.pauseAfter503Ms, fireUntil - performance.now()));
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  agent.destroy();
  return { answers, firedMs: options.firingMs, finishedMs: performance.now() - started };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function send(agent: http.Agent, request: ClientRequest, hardStop: number): Promise<Answered> {
  const started = performance.now();
  const headers: Record<string, string | number> = { ...request.headers };
  // Node sends no body on a GET without an explicit length.
  if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: Omit<Answered, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...answer, ms: performance.now() - started });
    };
    const outgoing = http.request(
      request.url,
      { method: request.method, headers, agent },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const status = incoming.statusCode ?? 0;
          finish({
            status,
            body: status === 200 ? undefined : Buffer.concat(chunks).toString('utf8'),
          });
        });
        incoming.on('error', (error) => finish({ status: 0, failure: error.message }));
      },
    );
    const timer = setTimeout(
      () => {
        outgoing.destroy();
        finish({ status: 0, failure: 'no answer before the run ended' });
      },
      Math.max(0, hardStop - started),
    );
    outgoing.on('error', (error) => finish({ status: 0, failure: error.message }));
    outgoing.end(request.body);
  });
}
