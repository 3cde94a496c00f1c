// The Node HTTP server around the app. Some requests never reach Hono: Node drops a CONNECT
// without a word, its parser answers malformed requests with a bare 400 or 431, and
// @hono/node-server answers a missing Host or a backslash in the path with an empty 400. Each
// gets the proxy's own JSON error shape here, so whoever sent it can read what was wrong.
import { createServer, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';
import { logText } from './log-text';

type Fetch = Parameters<typeof getRequestListener>[0];

export interface SocketLimits {
  /** A client has this long to send its whole request line and headers. */
  headersTimeoutMs: number;
  /** ...and this long for the whole request, body included. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** One page needs a handful; a flood of idle sockets must not exhaust file descriptors. */
  maxConnections: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
};

/** Node's own Host check answers an empty 400 first; the request error handler says why. */
export function createProxyServer(limits: Partial<SocketLimits> = {}): Server {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = {
    ...DEFAULT_SOCKET_LIMITS,
    ...limits,
  };
  const server = createServer({
    requireHostHeader: false,
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    // Node checks the two timeouts above only this often (30 s by default).
    connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
  });
  server.maxConnections = maxConnections;
  return server;
}

export function serveApp(server: Server, fetch: Fetch, log: (line: string) => void): void {
  server.on(
    'request',
    getRequestListener(fetch, { errorHandler: (error) => answerError(error, log) }),
  );
  server.on('connect', (_request, socket: Duplex) => {
    writeError(socket, 405, 'CONNECT is not served: this server is not a forward proxy', {
      allow: 'GET, HEAD, POST',
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Node's own rule: no answer on a dead socket or after another answer's headers went out.
    const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      writeError(socket, 431, 'the request line and headers are over 16 kB: send a shorter URL');
    } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      writeError(socket, 408, 'the request took too long to arrive');
    } else if (error.code === 'HPE_INVALID_METHOD') {
      writeError(socket, 400, 'the request does not start with an HTTP method');
    } else {
      writeError(socket, 400, `the request is not valid HTTP (${error.code ?? error.message})`);
    }
  });
}

const REQUEST_ERRORS: Record<string, string> = {
  'Missing host header': 'the request has no Host header',
  'Invalid host header': 'the Host header is not a host name',
  'Backslash in request path':
    'the path holds dot segments, encoded dots or slashes, or backslashes',
  'Invalid URL': 'the request target must be a path starting with /',
  'Invalid absolute URL': 'the request target must be a path starting with /',
};

function answerError(error: unknown, log: (line: string) => void): Response {
  if (error instanceof RequestError) {
    const message =
      REQUEST_ERRORS[error.message] ?? `the request could not be read (${error.message})`;
    return Response.json({ errors: [message] }, { status: 400 });
  }
  log(logText(`unexpected error before routing: ${String(error)}`));
  return Response.json(
    { errors: ['the proxy failed unexpectedly; its log says more'] },
    { status: 500 },
  );
}

function writeError(socket: Duplex, status: number, message: string, headers = {}): void {
  const body = JSON.stringify({ errors: [message] });
  const lines = Object.entries({
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    connection: 'close',
    ...headers,
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
}
