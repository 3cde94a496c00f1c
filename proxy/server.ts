// `npm start`: validate the configuration, build the page if it was never built, serve both.
import { existsSync } from 'node:fs';
import { writeApiTokenFile } from './api-token-file';
import { isLoopbackHostname, readConfigFromProcess } from './config';
import { createProxyServer, serveApp } from './http-server';
import { lineSink } from './log-sink';
import { servePage } from './page';
import { startRuntime } from './runtime';

const PAGE_ROOT = 'dist';

const result = readConfigFromProcess();
if (!result.ok) {
  console.error('crm-inspector cannot start; fix these settings (environment or .env):');
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
const config = result.config;

if (!existsSync(`${PAGE_ROOT}/index.html`)) {
  console.log('Building the page (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

const runtime = await startRuntime(config, {
  log: lineSink((text) => process.stdout.write(text)),
  page: servePage(PAGE_ROOT, config.apiToken),
});

const server = createProxyServer();
serveApp(server, runtime.app.fetch, (line) => console.error(line));
server.listen(config.port, config.host, async () => {
  const hostPart = config.host.includes(':') ? `[${config.host}]` : config.host;
  const mode =
    config.upstream.mode === 'sandbox'
      ? 'sandbox (built-in sample data; set GONG_ACCESS_KEY/GONG_ACCESS_KEY_SECRET or GONG_BEARER_TOKEN for real Gong)'
      : `gong ${runtime.upstream.baseUrl.host}`;
  console.log(
    `crm-inspector on http://${hostPart}:${config.port} · mode ${mode} · ${config.rateLimitPerSecond} calls/s`,
  );
  const tokenFile = await writeApiTokenFile(config.stateDir, config.port, config.apiToken);
  console.log(
    `API token for curl (header X-CRM-Inspector-Token): ${config.apiToken}${
      tokenFile.ok
        ? ` · also in ${tokenFile.file}`
        : ` · could not be written under CRM_INSPECTOR_STATE_DIR (${tokenFile.reason})`
    }`,
  );
  if (!isLoopbackHostname(config.host)) {
    console.warn(
      `WARNING: listening on ${config.host}, not loopback: anyone who reaches this address can read Gong with your credential.`,
    );
  }
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${config.port} is already in use (another crm-inspector?); set PORT to another port`
      : error.message;
  console.error(`crm-inspector cannot listen on ${config.host}:${config.port}: ${reason}`);
  process.exit(1);
});

const shutdown = () => {
  server.close();
  void runtime.close().finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
