/**
 * The web app's figures for `npm run bench`: API search and proposition latency over real HTTP, and the
 * JavaScript a browser loads for the first screen, gzipped.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Sanad } from '../app/index.js';
import { DEFAULT_WEB_ROOT, startServer } from '../server/index.js';

/** p50 and p95, in milliseconds, of GET requests to these paths in turn, over real HTTP. */
export async function measureApi(
  sanad: Sanad,
  paths: readonly string[],
  rounds = 200,
): Promise<{ p50: number; p95: number }> {
  if (paths.length === 0) throw new Error('Cannot measure the API: no paths to request');
  const server = await startServer({ sanad, port: 0 });
  try {
    const timings: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const url = new URL(paths[i % paths.length]!, server.url);
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok)
        throw new Error(`Cannot measure the API: "${url.pathname}${url.search}" answered ${response.status}`);
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

/** `GET /api/search` (grouped hits with facet counts) for each query in turn. */
export function measureApiSearch(
  sanad: Sanad,
  queries: readonly string[],
  rounds = 200,
): Promise<{ p50: number; p95: number }> {
  return measureApi(
    sanad,
    queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    rounds,
  );
}

/** `GET /api/propositions/:id`, what the proposition page loads, for up to 200 propositions. */
export async function measureApiProposition(
  sanad: Sanad,
  rounds = 200,
): Promise<{ p50: number; p95: number } | null> {
  const propositions = await sanad.claims({ limit: 200 });
  if (propositions.length === 0) return null;
  return measureApi(
    sanad,
    propositions.map((p) => `/api/propositions/${p.id}`),
    rounds,
  );
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
