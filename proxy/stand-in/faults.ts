import { type ServerResponse, STATUS_CODES } from 'node:http';
import { type Answer, errorAnswer, errorBody, jsonAnswer, writeAnswer } from './answers';

export type Fault =
  /** Answer this instead. The body defaults to Gong's error shape. */
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** 429 in Gong's error shape, with Retry-After in seconds. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** Never answer (until the stand-in closes). */
  | { kind: 'hang' }
  /** Destroy the socket before sending any headers. */
  | { kind: 'reset' }
  /** Send the real answer's headers and part of its body, then destroy the socket. */
  | { kind: 'reset-mid-body' }
  /** The real answer, in SLOW_BODY_CHUNKS pieces, each sent chunkDelayMs after the last. */
  | { kind: 'slow-body'; chunkDelayMs: number }
  /** A 200 HTML page, as a proxy or maintenance page in front of Gong would send. */
  | { kind: 'html-200' }
  /** The real answer's status and JSON content type, with its body cut in half. */
  | { kind: 'truncated-json' }
  /** 200 with valid JSON that is not Gong's shape. */
  | { kind: 'wrong-shape' }
  /** 200 JSON streamed with no Content-Length, `megabytes` long unless the reader stops first. */
  | { kind: 'oversized'; megabytes: number };

export const FAULT_KINDS = [
  'status',
  'rate-limit',
  'hang',
  'reset',
  'reset-mid-body',
  'slow-body',
  'html-200',
  'truncated-json',
  'wrong-shape',
  'oversized',
] as const satisfies readonly Fault['kind'][];

export const SLOW_BODY_CHUNKS = 10;

/** Gong's 401 for an OAuth token without the scope a call needs, e.g. `api:crm:schema`. */
export function missingScope(scope: string): Fault {
  const message = `You don't have permission to use '${scope}' in your app.`;
  return { kind: 'status', status: 401, body: errorBody(message) };
}

const MAINTENANCE_PAGE =
  '<!DOCTYPE html><html><head><title>Gong</title></head><body><h1>We&#39;ll be right back</h1><p>Gong is down for maintenance.</p></body></html>';

/** Faults that replace the answer outright: the request itself is never looked at. */
function replacementAnswer(fault: Fault): Answer | undefined {
  switch (fault.kind) {
    case 'status': {
      const answer = errorAnswer(fault.status, STATUS_CODES[fault.status] ?? 'Error');
      const headers = { ...answer.headers, ...fault.headers };
      return { status: fault.status, headers, body: fault.body ?? answer.body };
    }
    case 'rate-limit':
      return errorAnswer(429, 'API request limit exceeded', {
        'retry-after': String(fault.retryAfterSeconds),
      });
    case 'html-200':
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: MAINTENANCE_PAGE,
      };
    case 'wrong-shape':
      return jsonAnswer(200, '{"data":[]}');
    default:
      return undefined;
  }
}

/**
 * Answers one request as `fault` says. Faults that damage the real answer ask `realAnswer`
 * for it (which counts toward the rate limit as usual); the others count the call through
 * `countCall`, since Gong would have received it. Returns the status the client sees, 0 when
 * it gets no status line at all.
 */
export function answerWithFault(
  res: ServerResponse,
  fault: Fault,
  realAnswer: () => Answer,
  countCall: () => void,
): number {
  const replacement = replacementAnswer(fault);
  if (replacement) {
    countCall();
    writeAnswer(res, replacement);
    return replacement.status;
  }
  if (fault.kind === 'oversized') {
    countCall();
    stream(res, fault.megabytes);
    return 200;
  }
  if (fault.kind === 'hang' || fault.kind === 'reset') {
    countCall();
    if (fault.kind === 'reset') res.destroy();
    return 0;
  }
  const answer = realAnswer();
  const bytes = Buffer.from(answer.body);
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  if (fault.kind === 'truncated-json') {
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(half.length) });
    res.end(half);
    return answer.status;
  }
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(bytes.length) });
  if (fault.kind === 'reset-mid-body') res.write(half, () => res.destroy());
  else if (fault.kind === 'slow-body') dribble(res, bytes, fault.chunkDelayMs);
  return answer.status;
}

function dribble(res: ServerResponse, bytes: Buffer, delayMs: number): void {
  const chunkSize = Math.max(1, Math.ceil(bytes.length / SLOW_BODY_CHUNKS));
  let offset = 0;
  let timer: NodeJS.Timeout | undefined;
  const sendNext = () => {
    const chunk = bytes.subarray(offset, offset + chunkSize);
    offset += chunk.length;
    if (offset >= bytes.length) {
      res.end(chunk);
      return;
    }
    res.write(chunk);
    timer = setTimeout(sendNext, delayMs);
  };
  res.on('close', () => clearTimeout(timer));
  timer = setTimeout(sendNext, delayMs);
}

/** `{"requestId":"…","pad":"xxxx…"}`, written as fast as the reader takes it. */
function stream(res: ServerResponse, megabytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = Math.ceil((megabytes * 1024 * 1024) / chunk.length);
  res.write('{"requestId":"oversized","pad":"');
  const more = () => {
    while (left > 0 && !res.destroyed) {
      left -= 1;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end('"}');
  };
  more();
}
