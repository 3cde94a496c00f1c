// A request header, read the cheap way. Served by @hono/node-server, c.req.header() makes it
// build a web Headers object of every header the request carries, on every call: a tenth of the
// proxy's cost as users run it (bench/, overhead). Node has already parsed them into an object.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * `name` (lower case) as Node parsed it: a repeated header joined with ", " as a Headers object
 * joins it, except that Node keeps the first of a repeated Host, Content-Type or Content-Length
 * (a browser cannot repeat Host, which is what the Host check guards against). Apps called
 * without Node (app.request() in tests) read it through Hono.
 */
export function headerOf(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
