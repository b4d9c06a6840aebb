/**
 * Reading one input's raw bytes: a local file, or an http(s) URL fetched with a timeout and a
 * size limit enforced while the body streams in.
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputRejectedError } from '../core/errors.js';
import { pathProblem } from './expand-inputs.js';
import {
  extensionOf,
  mediaTypeOfExtension,
  sniffMediaType,
  type InputRef,
  type MediaType,
} from './input-ref.js';
import { tooLargeReason, type IngestLimits } from './limits.js';

export interface RawInput {
  readonly ref: InputRef;
  /** The path or URL string, as given. */
  readonly name: string;
  readonly bytes: Buffer;
  readonly mediaType: MediaType;
  /** The URL the bytes came from (after redirects), or null for files. */
  readonly url: string | null;
}

/**
 * Reads a local file with synchronous calls: a few system calls a file, where the promise API
 * costs ten times as much in thread-pool round trips, and ingest reads one file after another
 * anyway. O_NONBLOCK keeps a FIFO given by mistake from blocking the open; fstat refuses it next.
 */
function readFile(ref: InputRef & { kind: 'file' }, limits: IngestLimits): RawInput {
  const name = ref.path;
  const unreadable = (error: unknown): InputRejectedError =>
    new InputRejectedError('SANAD_INPUT_UNREADABLE', name, pathProblem(error), { cause: error });
  let fd: number;
  try {
    fd = openSync(ref.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory())
      throw new InputRejectedError('SANAD_INPUT_UNREADABLE', name, 'is a directory, not a file');
    if (!info.isFile()) throw new InputRejectedError('SANAD_INPUT_UNSUPPORTED', name, 'not a regular file');
    if (info.size > limits.maxBytes) {
      throw new InputRejectedError('SANAD_INPUT_TOO_LARGE', name, tooLargeReason(info.size, limits));
    }
    const bytes = readUpTo(fd, info.size, limits.maxBytes);
    // The file may have grown between stat and read.
    if (bytes.length > limits.maxBytes) {
      throw new InputRejectedError('SANAD_INPUT_TOO_LARGE', name, tooLargeReason(bytes.length, limits));
    }
    const mediaType = mediaTypeOfExtension(extensionOf(ref.path)) ?? sniffMediaType(bytes);
    return { ref, name, bytes, mediaType, url: null };
  } catch (error) {
    throw error instanceof InputRejectedError ? error : unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes, expected to be `size` long; reads one byte past `max` to notice growth. */
function readUpTo(fd: number, size: number, max: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size, max) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > max) break;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, max + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

function mediaTypeOfResponse(contentType: string | null, url: URL, bytes: Buffer): MediaType {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.includes('html')) return 'text/html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'text/markdown';
  return mediaTypeOfExtension(extensionOf(url.pathname)) ?? sniffMediaType(bytes);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** Words for why a fetch failed: the system error code (ENOTFOUND, ECONNREFUSED…) when there is one. */
function fetchProblem(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = 'code' in current ? String(current.code) : '';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve host name (${code})`;
    if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
    if (code === 'ECONNRESET') return 'connection reset (ECONNRESET)';
    if (code.startsWith('ERR_TLS') || code.includes('CERT')) return `TLS failure (${code})`;
    if (code !== '' && code !== 'undefined') return `request failed (${code})`;
    current = current.cause;
  }
  return `request failed (${error instanceof Error ? error.message : String(error)})`;
}

async function readBody(response: Response, name: string, limits: IngestLimits): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new InputRejectedError('SANAD_INPUT_TOO_LARGE', name, tooLargeReason(declared, limits));
  }
  if (response.body === null) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      throw new InputRejectedError('SANAD_INPUT_TOO_LARGE', name, tooLargeReason(null, limits));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

async function readUrl(ref: InputRef & { kind: 'url' }, limits: IngestLimits): Promise<RawInput> {
  const name = ref.url;
  let url: URL;
  try {
    url = new URL(ref.url);
  } catch (error) {
    throw new InputRejectedError('SANAD_INPUT_UNSUPPORTED', name, 'not a valid URL', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputRejectedError('SANAD_INPUT_UNSUPPORTED', name, `unsupported protocol "${url.protocol}"`);
  }
  const timedOut = (error: unknown): InputRejectedError =>
    new InputRejectedError(
      'SANAD_FETCH_TIMEOUT',
      name,
      `no complete answer within ${limits.timeoutMs} ms (set --timeout)`,
      {
        cause: error,
      },
    );
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(limits.timeoutMs),
      redirect: 'follow',
      headers: { accept: 'text/html, text/plain, text/markdown;q=0.9, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status} ${response.statusText}`.trim();
      throw new InputRejectedError('SANAD_FETCH_FAILED', name, `server answered ${status}`);
    }
    const bytes = await readBody(response, name, limits);
    const finalUrl = response.url === '' ? url.href : response.url;
    return {
      ref,
      name,
      bytes,
      mediaType: mediaTypeOfResponse(response.headers.get('content-type'), new URL(finalUrl), bytes),
      url: finalUrl,
    };
  } catch (error) {
    if (error instanceof InputRejectedError) throw error;
    if (isTimeout(error)) throw timedOut(error);
    throw new InputRejectedError('SANAD_FETCH_FAILED', name, fetchProblem(error), { cause: error });
  }
}

/**
 * Reads a file or fetches a URL, enforcing `limits`.
 * @throws InputRejectedError only
 * @example
 * const raw = await readInput({ kind: 'file', path: 'reports/a.html' }, DEFAULT_LIMITS);
 */
export async function readInput(ref: InputRef, limits: IngestLimits): Promise<RawInput> {
  return ref.kind === 'file' ? readFile(ref, limits) : readUrl(ref, limits);
}
