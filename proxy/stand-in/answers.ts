import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** What the stand-in will send: status, headers and the exact JSON text of the body. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const REQUEST_ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Shaped like Gong's request ids, e.g. `4al018gzaztcr8nbukw`: 19 lower-case letters and digits. */
export function newRequestId(): string {
  let id = '';
  for (const byte of randomBytes(19)) id += REQUEST_ID_ALPHABET.charAt(byte % 36);
  return id;
}

export function jsonAnswer(status: number, body: string, headers: Record<string, string> = {}) {
  return { status, body, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers } };
}

/** Gong's one error shape, for every status: `{"requestId":"…","errors":["…"]}`. */
export function errorBody(...errors: string[]): string {
  return JSON.stringify({ requestId: newRequestId(), errors });
}

export function errorAnswer(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Answer {
  return jsonAnswer(status, errorBody(message), headers);
}

export function writeAnswer(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(Buffer.byteLength(answer.body)),
  });
  res.end(answer.body);
}
