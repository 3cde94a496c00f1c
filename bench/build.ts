// One build for the whole bench, as `npm run build` makes it (the page, and the server that
// `npm start` runs), in a directory of its own: other engineers rebuild dist/ at any moment.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface BenchBuild {
  /** Laid out like the working tree: dist/, dist-server/, and links to proxy/ and node_modules/. */
  root: string;
  /** The built page. */
  pageDir: string;
  remove: () => void;
}

export async function buildAll(): Promise<BenchBuild> {
  const root = mkdtempSync(path.join(tmpdir(), 'crm-inspector-bench-'));
  const pageDir = path.join(root, 'dist');
  const common = { root: ROOT, logLevel: 'warn' as const };
  await build({ ...common, build: { outDir: pageDir, emptyOutDir: true } });
  const serverDir = path.join(root, 'dist-server');
  await build({
    ...common,
    build: { ssr: 'proxy/server.ts', outDir: serverDir, emptyOutDir: true },
  });
  // The compiled server finds its packages, and `npm start` its sources, as in the tree.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  symlinkSync(path.join(ROOT, 'proxy'), path.join(root, 'proxy'));
  return { root, pageDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
