// Serves the built page. Unknown paths outside /api get index.html (the page routes itself);
// /api never reaches here, so a mistyped API path is a JSON 404, not a 200 of HTML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { API_TOKEN_META } from './contract';

/** index.html with the API token in a <meta>: readable by this origin's scripts alone. */
export function withApiToken(html: string, token: string): string {
  const meta = `<meta name="${API_TOKEN_META}" content="${token}" />`;
  return html.replace('</head>', `    ${meta}\n  </head>`);
}

export function servePage(root: string, apiToken: string): MiddlewareHandler {
  const indexHtml = withApiToken(readFileSync(path.join(root, 'index.html'), 'utf8'), apiToken);
  const sendIndex = (c: Context) => {
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml, 200);
  };
  const page = new Hono()
    .use(compress())
    .use('/assets/*', async (c, next) => {
      await next();
      // File names carry a content hash, so a cached copy is never stale.
      if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable');
    })
    // Before serveStatic, which would send the file without the token.
    .get('/', sendIndex)
    .get('/index.html', sendIndex)
    .get('*', serveStatic({ root }))
    .get('*', sendIndex)
    .all('*', (c) => {
      c.header('allow', 'GET, HEAD');
      return c.json({ errors: [`${c.req.method} is not served here`] }, 405);
    });
  return async (c) => page.fetch(c.req.raw, c.env);
}
