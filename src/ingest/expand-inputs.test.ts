import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputRejectedError } from '../core/errors.js';
import { expandInputs } from './expand-inputs.js';

async function collect(args: readonly string[]): Promise<Array<string>> {
  const out: string[] = [];
  for await (const item of expandInputs(args)) {
    out.push(
      item instanceof InputRejectedError
        ? `rejected ${item.input}: ${item.message}`
        : item.kind === 'file'
          ? item.path
          : item.url,
    );
  }
  return out;
}

describe('expandInputs()', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sanad-expand-'));
    await mkdir(join(root, 'reports', 'b-dir'), { recursive: true });
    await mkdir(join(root, 'reports', '.git'));
    await writeFile(join(root, 'reports', 'z.txt'), 'z');
    await writeFile(join(root, 'reports', 'a.md'), 'a');
    await writeFile(join(root, 'reports', 'c.HTML'), 'c');
    await writeFile(join(root, 'reports', 'notes.pdf'), '%PDF');
    await writeFile(join(root, 'reports', '.hidden.txt'), 'h');
    await writeFile(join(root, 'reports', '.git', 'config.txt'), 'g');
    await writeFile(join(root, 'reports', 'b-dir', 'inner.htm'), 'i');
    await writeFile(join(root, 'reports', 'b-dir', 'inner.markdown'), 'i');
    // A link back to an ancestor: following it would never end.
    await symlink(join(root, 'reports'), join(root, 'reports', 'b-dir', 'loop'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('walks a folder recursively in name order, keeping only text extensions and skipping hidden entries', async () => {
    const items = await collect([join(root, 'reports')]);
    const files = items.filter((item) => !item.startsWith('rejected'));
    expect(files).toEqual([
      join(root, 'reports', 'a.md'),
      join(root, 'reports', 'b-dir', 'inner.htm'),
      join(root, 'reports', 'b-dir', 'inner.markdown'),
      join(root, 'reports', 'c.HTML'),
      join(root, 'reports', 'z.txt'),
    ]);
  });

  it('reports a symlink loop once and goes on with the walk', async () => {
    const items = await collect([join(root, 'reports')]);
    const loops = items.filter((item) => item.startsWith('rejected'));
    expect(loops).toHaveLength(1);
    expect(loops[0]).toContain(join(root, 'reports', 'b-dir', 'loop'));
    expect(loops[0]).toContain('symbolic link loop');
    expect(items.at(-1)).toBe(join(root, 'reports', 'z.txt'));
  });

  it('passes files given by name through whatever their extension, and URLs as given', async () => {
    const pdf = join(root, 'reports', 'notes.pdf');
    expect(await collect([pdf, 'https://example.org/a?b=1'])).toEqual([pdf, 'https://example.org/a?b=1']);
  });

  it('yields a missing path as SANAD_INPUT_UNREADABLE and goes on to the next argument', async () => {
    const missing = join(root, 'nope.txt');
    const results: Array<unknown> = [];
    for await (const item of expandInputs([missing, join(root, 'reports', 'z.txt')])) results.push(item);
    expect(results[0]).toBeInstanceOf(InputRejectedError);
    expect((results[0] as InputRejectedError).code).toBe('SANAD_INPUT_UNREADABLE');
    expect((results[0] as InputRejectedError).message).toBe(
      `Cannot ingest "${missing}": no such file or directory`,
    );
    expect(results[1]).toEqual({ kind: 'file', path: join(root, 'reports', 'z.txt') });
  });
});
