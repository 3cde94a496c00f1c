import devServer from '@hono/vite-dev-server';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readConfigFromProcess } from './proxy/config.ts';

export default defineConfig(({ command }) => {
  const settings = readConfigFromProcess();
  const port = settings.ok ? settings.config.port : 5174;
  return {
    plugins: [
      react(),
      // `npm run dev`: one process; Vite serves the page with reload, Hono answers /api.
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
