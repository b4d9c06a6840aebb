/**
 * The Node flags `bin/sanad` starts the CLI with, read from its `#!/usr/bin/env -S node …` line,
 * so that the bench's ingests run as `sanad ingest` does.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/sanad', import.meta.url));
const SHEBANG = /^#!\/usr\/bin\/env (?:-S )?node((?: --[\w-]+(?:=\S+)?)*)\s*$/;

/** The flags on `bin`'s first line; throws when that line does not start Node. */
export function cliNodeFlags(bin: string = BIN): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '';
  const match = SHEBANG.exec(first);
  if (!match) throw new Error(`Cannot read the Node flags of "${bin}": its first line is "${first}"`);
  return match[1]!
    .trim()
    .split(' ')
    .filter((flag) => flag !== '');
}
