// Page JavaScript as a browser downloads it: every chunk gzipped (the server compresses), and
// the first load, which is what index.html asks for before the page can draw anything.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './measure';

const gzippedKb = (file: string) => gzipSync(readFileSync(file)).length / 1000;

/** The scripts index.html loads at once: its module script and its modulepreloads. */
export function firstLoadScripts(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  const sources: string[] = [];
  for (const tag of tags) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const source = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && source) sources.push(source);
  }
  return sources;
}

export function measureBundle(distDir: string): Measurement[] {
  const assets = path.join(distDir, 'assets');
  const chunks = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const sizes = new Map(chunks.map((name) => [name, gzippedKb(path.join(assets, name))]));
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const first = firstLoadScripts(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  if (first.length === 0) throw new Error('index.html loads no module script');
  const firstSizes = first.map((source) => {
    const size = sizes.get(path.basename(source));
    if (size === undefined) throw new Error(`index.html loads ${source}, which the build lacks`);
    return size;
  });
  const firstTotal = firstSizes.reduce((sum, size) => sum + size, 0);
  const largest = [...sizes.entries()].sort((a, b) => b[1] - a[1]);
  const listSizes = (entries: [string, number][]) =>
    entries.map(([name, size]) => `${name.replace(/-[\w-]{8}\.js$/, '')} ${size.toFixed(1)}`);
  return [
    {
      what: 'page JavaScript gzipped, all chunks',
      value: total,
      unit: 'kB',
      runs: 1,
      budget: 150,
      comparison: `${chunks.length} chunks: ${listSizes(largest.slice(0, 4)).join(', ')}`,
    },
    {
      what: 'page JavaScript gzipped, first load',
      value: firstTotal,
      unit: 'kB',
      runs: 1,
      budget: 120,
      comparison: `${first.length} scripts: ${listSizes(
        first.map((source) => [path.basename(source), sizes.get(path.basename(source)) ?? 0]),
      ).join(', ')}`,
    },
  ];
}
