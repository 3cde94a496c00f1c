import { randomBytes } from 'node:crypto';
import devServer from '@hono/vite-dev-server';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readConfigFromProcess } from './proxy/config.ts';
import { withApiToken } from './proxy/page.ts';

/** `npm run dev`: the page Vite serves carries the same API token as the API it talks to. */
function apiTokenInPage(token: string): Plugin {
  return {
    name: 'crm-inspector-api-token',
    transformIndexHtml: (html) => withApiToken(html, token),
  };
}

export default defineConfig(({ command }) => {
  // proxy/dev-entry.ts reads the configuration again in this process: one token for both.
  if (command === 'serve' && !process.env.CRM_INSPECTOR_TOKEN) {
    process.env.CRM_INSPECTOR_TOKEN = randomBytes(32).toString('base64url');
  }
  const settings = readConfigFromProcess();
  const port = settings.ok ? settings.config.port : 5174;
  return {
    plugins: [
      react(),
      // `npm run dev`: one process; Vite serves the page with reload, Hono answers /api.
      command === 'serve' && settings.ok && apiTokenInPage(settings.config.apiToken),
      command === 'serve' &&
        devServer({
          entry: 'proxy/dev-entry.ts',
          exclude: [/^(?!\/api\/).*/],
          injectClientScript: false,
        }),
    ],
    server: { host: '127.0.0.1', port, strictPort: true },
    build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
  };
});
