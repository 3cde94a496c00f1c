// Guards for a local server that holds a Gong credential. A web page the user happens to visit
// can reach 127.0.0.1 too: through DNS rebinding (its own name resolving to 127.0.0.1, so the
// Host header is foreign) or through a cross-site request (a foreign Origin, or a "simple"
// form POST that skips CORS preflight). Each is refused before any route runs.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { LOOPBACK_HOSTNAMES } from './config';
import { API_TOKEN_HEADER } from './contract';
import { headerOf } from './request-headers';

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
    const host = headerOf(c, 'host')?.toLowerCase();
    if (host === undefined || !allowed.has(host)) {
      const expected = [...allowed][0];
      const message = `Host ${JSON.stringify(host ?? '')} is not this server: open http://${expected}`;
      return c.json({ errors: [message] }, 403);
    }
    await next();
  };

/**
 * For /api: only the page this server served may call it. A foreign Origin or a cross-site
 * fetch is refused, and so is anything a browser sends without a script asking for it:
 * navigations, prefetches and prerenders (speculation rules send `Sec-Fetch-Site: none` and no
 * Origin), images, frames, forms. The token check behind this is the root fix; these are the
 * second wall, for a browser that one day sends such a request with a custom header.
 */
export const checkApiOrigin: MiddlewareHandler = async (c, next) => {
  const origin = headerOf(c, 'origin');
  const ownOrigin = `http://${headerOf(c, 'host')?.toLowerCase()}`;
  if (origin !== undefined && origin.toLowerCase() !== ownOrigin) {
    return c.json(
      { errors: [`requests from ${origin} are not accepted; use the page this server serves`] },
      403,
    );
  }
  const refusal = browserInitiatedReason((name) => headerOf(c, name));
  if (refusal) return c.json({ errors: [`${refusal} requests are not accepted`] }, 403);
  await next();
};

function browserInitiatedReason(header: (name: string) => string | undefined): string | undefined {
  const purpose = `${header('sec-purpose') ?? ''} ${header('purpose') ?? ''}`.toLowerCase();
  if (/prefetch|prerender/.test(purpose)) return 'prefetch and prerender';
  const site = header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return 'cross-site';
  if (site === 'none') return 'address-bar and browser-initiated';
  if (header('sec-fetch-mode') === 'navigate') return 'navigation';
  const dest = header('sec-fetch-dest');
  if (dest !== undefined && dest !== 'empty') return `${dest} (Sec-Fetch-Dest)`;
  return undefined;
}

/**
 * For /api: the caller proves it is this server's page (which read the token from its HTML) or
 * a deliberate client (curl with the token printed at start). Loopback curl without it is
 * refused too: older browsers (Safari before 16.4, Firefox before 90) send no fetch metadata,
 * so "no metadata" cannot tell a script from a hostile page there.
 */
export const checkApiToken = (token: string): MiddlewareHandler => {
  const expected = Buffer.from(token);
  return async (c, next) => {
    const sent = Buffer.from(headerOf(c, API_TOKEN_HEADER) ?? '');
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      return c.json(
        {
          errors: [
            'this API answers only the page this server serves, or a client that sends the X-CRM-Inspector-Token header (printed when the server starts)',
          ],
        },
        403,
      );
    }
    await next();
  };
};

/** A JSON content type forces a CORS preflight, which no foreign page can pass here. */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const type = headerOf(c, 'content-type') ?? '';
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
