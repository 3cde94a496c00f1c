// A request header, read the cheap way. Served by @hono/node-server, c.req.header() makes it
// build a web Headers object of every header the request carries, on every call (the README's
// bench notes say what that cost). Node has already parsed them into an object.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * Headers of which Node keeps only the first copy. A Headers object joins the copies with ", ",
 * which the Host and Content-Type guards refuse: a request that names two hosts or two types is
 * refused here too, whichever copy comes first. (Node itself refuses two Content-Lengths.)
 */
const FIRST_COPY_ONLY = new Set(['host', 'content-type']);

/**
 * `name` (lower case) as a Headers object would give it: repeated copies joined with ", ". Apps
 * called without Node (app.request() in tests) read it through Hono.
 */
export function headerOf(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  if (FIRST_COPY_ONLY.has(name)) return everyCopy(incoming.rawHeaders, name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Every copy of `name` in Node's raw list (name, value, name, value…), joined with ", ". */
function everyCopy(raw: readonly string[], name: string): string | undefined {
  let joined: string | undefined;
  for (let i = 0; i < raw.length - 1; i += 2) {
    if ((raw[i] as string).toLowerCase() !== name) continue;
    const value = raw[i + 1] as string;
    joined = joined === undefined ? value : `${joined}, ${value}`;
  }
  return joined;
}
