import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliNodeFlags } from './cli-node-flags.js';

function script(firstLine: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sanad-bin-')), 'sanad');
  writeFileSync(file, `${firstLine}\nawait import('./x.js');\n`);
  return file;
}

describe('cliNodeFlags()', () => {
  it('reads the flags a bin script passes Node on its first line', () => {
    expect(cliNodeFlags(script('#!/usr/bin/env node'))).toEqual([]);
    expect(cliNodeFlags(script('#!/usr/bin/env -S node --max-semi-space-size=64 --no-warnings'))).toEqual([
      '--max-semi-space-size=64',
      '--no-warnings',
    ]);
  });

  it('refuses a first line that does not start Node, naming the file', () => {
    const file = script('#!/bin/sh');
    expect(() => cliNodeFlags(file)).toThrow(`Cannot read the Node flags of "${file}"`);
  });

  it('reads flags Node accepts from the real bin/sanad, which runs as a program through that line', () => {
    // A Node flag, or one of V8's (each listed on a line of its own, indented by two spaces).
    const v8Flags = new Set(
      spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout.match(/^ {2}--[\w-]+/gm),
    );
    const known = (flag: string): boolean =>
      process.allowedNodeEnvironmentFlags.has(flag) || v8Flags.has(`  ${flag}`);
    for (const flag of cliNodeFlags()) expect(known(flag.split('=')[0]!), flag).toBe(true);
    const bin = fileURLToPath(new URL('../../bin/sanad', import.meta.url));
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: sanad');
  });
});
