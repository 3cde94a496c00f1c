// Guards for a local server that holds a Gong credential. A web page the user happens to visit
// can reach 127.0.0.1 too: through DNS rebinding (its own name resolving to 127.0.0.1, so the
// Host header is foreign) or through a cross-site request (a foreign Origin, or a "simple"
// form POST that skips CORS preflight). Each is refused before any route runs.
import type { MiddlewareHandler } from 'hono';
import { LOOPBACK_HOSTNAMES } from './config';

/** `name:port` pairs a browser may send as Host for this server. */
export function allowedHostsFor(host: string, port: number): ReadonlySet<string> {
  const names = new Set([...LOOPBACK_HOSTNAMES.filter((name) => name !== '::1'), host]);
  const hostName = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  names.add(hostName);
  const withPort = [...names].map((name) => `${name.toLowerCase()}:${port}`);
  // A browser leaves the default port out of Host: on PORT=80 it sends `localhost`, bare.
  const bare = port === 80 || port === 443 ? [...names].map((name) => name.toLowerCase()) : [];
  return new Set([...withPort, ...bare]);
}

/**
 * Refuses request targets the router would otherwise normalise away: absolute-form
 * (`GET http://evil/...`), encoded dots or slashes, backslashes.
 */
export const rejectOddTargets: MiddlewareHandler = async (c, next) => {
  const raw: unknown = (c.env as { incoming?: { url?: unknown } } | undefined)?.incoming?.url;
  const target = typeof raw === 'string' ? raw : new URL(c.req.url).pathname;
  if (!target.startsWith('/')) {
    return c.json({ errors: ['the request target must be a path starting with /'] }, 400);
  }
  const path = target.split('?')[0] ?? '';
  if (/%2e|%2f|%5c|\\|\/\.\.?(\/|$)/i.test(path)) {
    return c.json(
      { errors: ['the path holds dot segments, encoded dots or slashes, or backslashes'] },
      400,
    );
  }
  await next();
};

export const checkHost =
  (allowed: ReadonlySet<string>): MiddlewareHandler =>
  async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !allowed.has(host)) {
      const expected = [...allowed][0];
      const message = `Host ${JSON.stringify(host ?? '')} is not this server: open http://${expected}`;
      return c.json({ errors: [message] }, 403);
    }
    await next();
  };

/** For /api: only the page this server served may call it. */
export const checkApiOrigin: MiddlewareHandler = async (c, next) => {
  const origin = c.req.header('origin');
  const ownOrigin = `http://${c.req.header('host')?.toLowerCase()}`;
  if (origin !== undefined && origin.toLowerCase() !== ownOrigin) {
    return c.json(
      { errors: [`requests from ${origin} are not accepted; use the page this server serves`] },
      403,
    );
  }
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
    return c.json({ errors: ['cross-site requests are not accepted'] }, 403);
  }
  await next();
};

/** A JSON content type forces a CORS preflight, which no foreign page can pass here. */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return c.json(
      {
        errors: [`the body must be sent as Content-Type: application/json (got ${type || 'none'})`],
      },
      415,
    );
  }
  await next();
};
