/**
 * The web app's figures for `npm run bench`: API search latency over real HTTP, and the
 * JavaScript a browser loads for the first screen, gzipped.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Sanad } from '../app/index.js';
import { DEFAULT_WEB_ROOT, startServer } from '../server/index.js';

/** p50 and p95 of `GET /api/search` (grouped hits with facet counts), in milliseconds. */
export async function measureApiSearch(
  sanad: Sanad,
  queries: readonly string[],
  rounds = 200,
): Promise<{ p50: number; p95: number }> {
  const server = await startServer({ sanad, port: 0 });
  try {
    const timings: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const url = new URL('/api/search', server.url);
      url.searchParams.set('q', queries[i % queries.length]!);
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok)
        throw new Error(`Cannot measure API search: "${url.search}" answered ${response.status}`);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const at = (p: number): number =>
      timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;
    return { p50: at(50), p95: at(95) };
  } finally {
    await server.close();
  }
}

/**
 * Kilobytes of gzipped JavaScript that web/dist/index.html loads before the first screen: its
 * module scripts and their preloads (screens loaded later, such as the map, are not counted).
 * Null when the web app is not built.
 */
export function firstLoadJsKbGz(webRoot = DEFAULT_WEB_ROOT): number | null {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const bytes = scripts.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(webRoot, path)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}
