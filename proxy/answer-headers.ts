// The headers this server's answers carry, and the fast way to give them. Hono's secureHeaders
// set them on every answer after it was made, as did the API's Cache-Control: that turned each
// answer's few headers into a Headers object and back, CPU spent on every proxied call (the
// README's bench notes say how much). A proxied Gong answer is built with all of them at once as
// one plain object, which @hono/node-server writes out as it is; the middlewares below give
// them to every other answer (the page, error answers) and leave such an answer alone.
import type { MiddlewareHandler } from 'hono';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** What Hono's secureHeaders sent with this server's options, every answer alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  // The same as frame-ancestors 'none', for browsers that predate it.
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  // No Strict-Transport-Security: served over plain http on loopback, HSTS would be ignored at
  // best, and would pin the name to https for other servers on it at worst.
};

const API_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'cache-control': 'no-store',
};

/** Answers made by apiAnswer: they already carry every header. */
const headed = new WeakSet<Response>();

/** An /api answer with all its headers: the security ones, no-store, and `headers`. */
export function apiAnswer(
  body: string | Uint8Array<ArrayBuffer>,
  status: number,
  headers: Record<string, string>,
): Response {
  const response = new Response(body, { status, headers: { ...API_HEADERS, ...headers } });
  headed.add(response);
  return response;
}

/** Every answer of the server carries the security headers. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (headed.has(c.res)) return;
  for (const name in SECURITY_HEADERS) c.res.headers.set(name, SECURITY_HEADERS[name] as string);
};

/** Nothing the API answers may be kept by a cache: each answer is today's data. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (!headed.has(c.res)) c.res.headers.set('cache-control', 'no-store');
};
