import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRawArchive } from './raw-archive.js';

function tempFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'sanad-raw-')), 'raw');
}

function original(text: string): { hash: string; bytes: Buffer } {
  const bytes = Buffer.from(text, 'utf8');
  return { hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, bytes };
}

const english = original('<html><body><p>Workers gathered in Ahvaz.</p></body></html>');
const persian = original('کارگران در اهواز تجمع کردند.\n');
const empty = original('');

describe('openRawArchive()', () => {
  it('returns each original added before a flush, byte for byte, from one pack file', async () => {
    const folder = tempFolder();
    const archive = openRawArchive(folder);
    for (const { hash, bytes } of [english, persian, empty]) archive.add(hash, bytes);
    await archive.flush();
    expect(await archive.get(english.hash)).toEqual(english.bytes);
    expect(await archive.get(persian.hash)).toEqual(persian.bytes);
    expect(await archive.get(empty.hash)).toEqual(empty.bytes);
    expect(readdirSync(join(folder, 'packs'))).toHaveLength(1);
  });

  it('names each pack by the SHA-256 of its content and leaves no partial file behind', async () => {
    const folder = tempFolder();
    const archive = openRawArchive(folder);
    archive.add(english.hash, english.bytes);
    await archive.flush();
    const [name] = readdirSync(join(folder, 'packs'));
    const content = readFileSync(join(folder, 'packs', name!));
    expect(name).toBe(`${createHash('sha256').update(content).digest('hex')}.pack`);
    // The header line names the original and its length; the bytes follow as they were read.
    const newline = content.indexOf(0x0a);
    expect(JSON.parse(content.subarray(0, newline).toString('utf8'))).toMatchObject({
      entries: [[english.hash, english.bytes.length]],
    });
    expect(content.subarray(newline + 1)).toEqual(english.bytes);
  });

  it('finds originals across packs and after reopening, and null for what it never stored', async () => {
    const folder = tempFolder();
    const first = openRawArchive(folder);
    first.add(english.hash, english.bytes);
    await first.flush();
    first.add(persian.hash, persian.bytes);
    await first.flush();
    const again = openRawArchive(folder);
    expect(await again.get(english.hash)).toEqual(english.bytes);
    expect(await again.get(persian.hash)).toEqual(persian.bytes);
    expect(await again.get(empty.hash)).toBeNull();
  });

  it('keeps nothing durable until flush(), and flushing nothing writes nothing', async () => {
    const folder = tempFolder();
    const archive = openRawArchive(folder);
    await archive.flush();
    archive.add(english.hash, english.bytes);
    expect(await archive.get(english.hash)).toBeNull();
    await archive.flush();
    await archive.flush();
    expect(readdirSync(join(folder, 'packs'))).toHaveLength(1);
  });

  it('still reads an original stored one file per hash by an earlier version', async () => {
    const folder = tempFolder();
    const hex = persian.hash.slice('sha256:'.length);
    mkdirSync(join(folder, hex.slice(0, 2)), { recursive: true });
    writeFileSync(join(folder, hex.slice(0, 2), hex), persian.bytes);
    expect(await openRawArchive(folder).get(persian.hash)).toEqual(persian.bytes);
  });

  it('refuses a hash that is not a sha256 hash', async () => {
    const archive = openRawArchive(tempFolder());
    expect(() => archive.add('md5:abc', english.bytes)).toThrow(
      'Cannot locate raw original: "md5:abc" is not a sha256 hash',
    );
    await expect(archive.get('../../etc/passwd')).rejects.toThrow(TypeError);
  });
});
