/**
 * Command-line arguments to inputs: files as given, folders walked recursively in a stable
 * order, URLs as given. Problems are yielded, not thrown, so one bad path never stops a batch.
 * @module
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputRejectedError } from '../core/errors.js';
import { extensionOf, FOLDER_EXTENSIONS, isUrl, type InputRef } from './input-ref.js';

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** The reason a path cannot be read, in words, from a Node error. */
export function pathProblem(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'a path component is not a directory';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function rejected(path: string, error: unknown): InputRejectedError {
  return new InputRejectedError('SANAD_INPUT_UNREADABLE', path, pathProblem(error), { cause: error });
}

function byCodePoint(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** State shared by one walk: real paths of folders already entered, to stop loops and repeats. */
interface Walk {
  readonly visited: Set<string>;
}

async function* walkFolder(
  path: string,
  real: string,
  ancestors: readonly string[],
  walk: Walk,
): AsyncGenerator<InputRef | InputRejectedError> {
  walk.visited.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield rejected(path, error);
    return;
  }
  entries.sort(byCodePoint);
  const lineage = [...ancestors, real];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let target: Stats;
      try {
        target = await stat(child);
      } catch (error) {
        yield rejected(child, errorCode(error) === 'ENOENT' ? new Error('broken symbolic link') : error);
        continue;
      }
      isDirectory = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDirectory) {
      let childReal: string;
      try {
        childReal = await realpath(child);
      } catch (error) {
        yield rejected(child, error);
        continue;
      }
      if (lineage.includes(childReal)) {
        yield new InputRejectedError(
          'SANAD_INPUT_UNREADABLE',
          child,
          `symbolic link loop back to "${childReal}" (not followed)`,
        );
        continue;
      }
      // Reached again through another link: already walked once, so not a problem.
      if (walk.visited.has(childReal)) continue;
      yield* walkFolder(child, childReal, lineage, walk);
    } else if (isFile && FOLDER_EXTENSIONS.has(extensionOf(entry.name))) {
      yield { kind: 'file', path: child };
    }
  }
}

/**
 * Expands arguments into inputs, streaming: files as given, folders recursively (sorted by
 * name; only .txt .md .markdown .html .htm; hidden entries skipped; symlink loops reported,
 * never followed), URLs as given. Problems are yielded as `InputRejectedError`s.
 * @example
 * for await (const item of expandInputs(['reports/', 'https://example.org/a'])) {
 *   if (item instanceof InputRejectedError) console.error(item.message);
 * }
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputRef | InputRejectedError> {
  const walk: Walk = { visited: new Set() };
  for (const arg of args) {
    if (isUrl(arg)) {
      yield { kind: 'url', url: arg };
      continue;
    }
    let info: Stats;
    try {
      info = await stat(arg);
    } catch (error) {
      yield rejected(arg, error);
      continue;
    }
    if (info.isDirectory()) {
      let real: string;
      try {
        real = await realpath(arg);
      } catch (error) {
        yield rejected(arg, error);
        continue;
      }
      if (walk.visited.has(real)) continue;
      yield* walkFolder(arg, real, [], walk);
    } else {
      yield { kind: 'file', path: arg };
    }
  }
}
