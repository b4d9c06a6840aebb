import { spawnSync } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputRejectedError } from '../core/errors.js';
import { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
import { readInput } from './read-input.js';
import type { InputRef } from './input-ref.js';

async function refusal(ref: InputRef, limits: IngestLimits = DEFAULT_LIMITS): Promise<InputRejectedError> {
  try {
    await readInput(ref, limits);
  } catch (error) {
    if (error instanceof InputRejectedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readInput() on files', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sanad-read-'));
    await writeFile(join(root, 'report.md'), '# Strike in Abadan\n\nOil workers stopped work on Monday.\n');
    await writeFile(join(root, 'page.dat'), '<!DOCTYPE html><html><body><p>Hi</p></body></html>');
    await writeFile(join(root, 'big.txt'), 'x'.repeat(3000));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads a file with its bytes, its name as given and a media type from the extension', async () => {
    const path = join(root, 'report.md');
    const raw = await readInput({ kind: 'file', path }, DEFAULT_LIMITS);
    expect(raw.name).toBe(path);
    expect(raw.mediaType).toBe('text/markdown');
    expect(raw.url).toBeNull();
    expect(raw.bytes.toString('utf8')).toContain('Oil workers');
  });

  it('sniffs HTML from the content when the extension says nothing', async () => {
    expect((await readInput({ kind: 'file', path: join(root, 'page.dat') }, DEFAULT_LIMITS)).mediaType).toBe(
      'text/html',
    );
  });

  it('refuses a file over the size limit as SANAD_INPUT_TOO_LARGE before reading it', async () => {
    const path = join(root, 'big.txt');
    const error = await refusal({ kind: 'file', path }, { maxBytes: 1024, timeoutMs: 1000 });
    expect(error.code).toBe('SANAD_INPUT_TOO_LARGE');
    expect(error.message).toBe(`Cannot ingest "${path}": 2.9 KB is over the 1 KB limit (set --max-mb)`);
  });

  it('refuses a nonexistent path as SANAD_INPUT_UNREADABLE', async () => {
    const path = join(root, 'missing.txt');
    const error = await refusal({ kind: 'file', path });
    expect(error.code).toBe('SANAD_INPUT_UNREADABLE');
    expect(error.message).toBe(`Cannot ingest "${path}": no such file or directory`);
  });

  // Tests run as root, where chmod 000 does not stop reading; a directory is unreadable as a file for everyone.
  it('refuses a directory given where a file is expected as SANAD_INPUT_UNREADABLE', async () => {
    const error = await refusal({ kind: 'file', path: root });
    expect(error.code).toBe('SANAD_INPUT_UNREADABLE');
    expect(error.message).toBe(`Cannot ingest "${root}": is a directory, not a file`);
  });

  it('refuses a named pipe as SANAD_INPUT_UNSUPPORTED at once, instead of waiting for a writer', async () => {
    const path = join(root, 'pipe.txt');
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    const error = await refusal({ kind: 'file', path });
    expect(error.code).toBe('SANAD_INPUT_UNSUPPORTED');
    expect(error.message).toBe(`Cannot ingest "${path}": not a regular file`);
  });
});

describe('readInput() on URLs', () => {
  let server: Server;
  let base: string;
  const routes: Record<string, (response: ServerResponse) => void> = {
    '/article.html': (response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body><p>Teachers rallied in Mashhad.</p></body></html>');
    },
    '/missing': (response) => {
      response.writeHead(404, 'Not Found');
      response.end('no');
    },
    '/broken': (response) => {
      response.writeHead(503, 'Service Unavailable');
      response.end();
    },
    '/endless': (response) => {
      // No content-length: the limit must be enforced while the body streams.
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('a'.repeat(4096));
      response.end('b'.repeat(4096));
    },
    '/silent': () => {
      // Accepts the request and never answers.
    },
  };

  beforeAll(async () => {
    server = createServer((request, response) => routes[request.url ?? '']?.(response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches a page with its media type from the content-type header and its URL', async () => {
    const raw = await readInput({ kind: 'url', url: `${base}/article.html` }, DEFAULT_LIMITS);
    expect(raw.mediaType).toBe('text/html');
    expect(raw.url).toBe(`${base}/article.html`);
    expect(raw.name).toBe(`${base}/article.html`);
    expect(raw.bytes.toString()).toContain('Teachers rallied');
  });

  it('refuses a 404 as SANAD_FETCH_FAILED naming the status', async () => {
    const error = await refusal({ kind: 'url', url: `${base}/missing` });
    expect(error.code).toBe('SANAD_FETCH_FAILED');
    expect(error.message).toBe(`Cannot ingest "${base}/missing": server answered 404 Not Found`);
  });

  it('refuses a 5xx as SANAD_FETCH_FAILED', async () => {
    const error = await refusal({ kind: 'url', url: `${base}/broken` });
    expect(error.code).toBe('SANAD_FETCH_FAILED');
    expect(error.message).toContain('503 Service Unavailable');
  });

  it('refuses a server that never answers as SANAD_FETCH_TIMEOUT after timeoutMs', async () => {
    const started = performance.now();
    const error = await refusal({ kind: 'url', url: `${base}/silent` }, { maxBytes: 1024, timeoutMs: 300 });
    expect(error.code).toBe('SANAD_FETCH_TIMEOUT');
    expect(error.message).toContain('no complete answer within 300 ms');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a body that grows past the limit while streaming as SANAD_INPUT_TOO_LARGE', async () => {
    const error = await refusal({ kind: 'url', url: `${base}/endless` }, { maxBytes: 5000, timeoutMs: 2000 });
    expect(error.code).toBe('SANAD_INPUT_TOO_LARGE');
    expect(error.message).toBe(
      `Cannot ingest "${base}/endless": grew past the 4.9 KB limit while downloading (set --max-mb)`,
    );
  });

  it('refuses a closed port as SANAD_FETCH_FAILED with the system reason', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await refusal(
      { kind: 'url', url: `http://127.0.0.1:${port}/x` },
      { maxBytes: 1024, timeoutMs: 2000 },
    );
    expect(error.code).toBe('SANAD_FETCH_FAILED');
    expect(error.message).toContain('ECONNREFUSED');
  });
});
