/**
 * Content-addressed archive of raw originals, as read, before any cleaning: the evidence
 * behind each document. Files are named by their SHA-256 and never overwritten.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RawArchive {
  /** Stores bytes under their hash (`sha256:<hex>`); a no-op when already present. */
  put(hash: string, bytes: Uint8Array): void;
  /** The bytes stored under `hash`, or null. */
  get(hash: string): Buffer | null;
}

export function openRawArchive(folder: string): RawArchive {
  const pathOf = (hash: string): string => {
    const hex = hash.replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(hex))
      throw new TypeError(`Cannot locate raw original: "${hash}" is not a sha256 hash`);
    return join(folder, hex.slice(0, 2), hex);
  };
  return {
    put(hash, bytes) {
      const path = pathOf(hash);
      if (existsSync(path)) return;
      mkdirSync(dirname(path), { recursive: true });
      const partial = `${path}.partial-${process.pid}`;
      writeFileSync(partial, bytes);
      renameSync(partial, path);
    },
    get(hash) {
      const path = pathOf(hash);
      return existsSync(path) ? readFileSync(path) : null;
    },
  };
}
