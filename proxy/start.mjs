// `npm start`: runs proxy/server.ts as compiled by `npm run build` into dist-server/. Loading the
// TypeScript sources through tsx took most of the start-up (1.5 s to the first answer on a busy
// 2-core machine, against 0.7 s compiled; the budget is 1 s, see bench/). Plain JavaScript, so
// that nothing needs compiling before it runs. Compiles first when the server was never built
// or a file under proxy/ changed since, so the server that runs is always the current code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SERVER = path.resolve('dist-server/server.js');

/** The newest modification time of the server's sources (tests excluded). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

if (!existsSync(SERVER) || newestSource('proxy') > statSync(SERVER).mtimeMs) {
  console.log('Compiling the server (first start, or proxy/ changed)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { ssr: 'proxy/server.ts', outDir: 'dist-server' } });
}
// Stack traces in the log point into proxy/*.ts, not the compiled file.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(SERVER).href);
