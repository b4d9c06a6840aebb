import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('appends each flush to one pack as a record: a header line naming the originals, then their bytes', async () => {
    const folder = tempFolder();
    const archive = openRawArchive(folder);
    archive.add(english.hash, english.bytes);
    await archive.flush();
    archive.add(persian.hash, persian.bytes);
    await archive.flush();
    const names = readdirSync(join(folder, 'packs'));
    expect(names).toHaveLength(1);
    const content = readFileSync(join(folder, 'packs', names[0]!));
    const firstNewline = content.indexOf(0x0a);
    expect(JSON.parse(content.subarray(0, firstNewline).toString('utf8'))).toMatchObject({
      entries: [[english.hash, english.bytes.length]],
    });
    const second = firstNewline + 1 + english.bytes.length;
    expect(content.subarray(firstNewline + 1, second)).toEqual(english.bytes);
    const secondNewline = content.indexOf(0x0a, second);
    expect(JSON.parse(content.subarray(second, secondNewline).toString('utf8'))).toMatchObject({
      entries: [[persian.hash, persian.bytes.length]],
    });
    expect(content.subarray(secondNewline + 1)).toEqual(persian.bytes);
  });

  it('reads a pack whose last record a crash tore, and never appends after the tear', async () => {
    for (const tornAt of ['header', 'bytes'] as const) {
      const folder = tempFolder();
      const archive = openRawArchive(folder);
      archive.add(english.hash, english.bytes);
      await archive.flush();
      await archive.close();
      const [name] = readdirSync(join(folder, 'packs'));
      const header = `{"format":"sanad-raw-pack","version":1,"entries":[["${persian.hash}",${persian.bytes.length}]]}`;
      const torn =
        tornAt === 'header'
          ? Buffer.from(header.slice(0, 40))
          : Buffer.concat([Buffer.from(`${header}\n`), persian.bytes.subarray(0, 5)]);
      appendFileSync(join(folder, 'packs', name!), torn);

      const reopened = openRawArchive(folder);
      expect(await reopened.get(english.hash)).toEqual(english.bytes);
      expect(await reopened.get(persian.hash)).toBeNull();
      reopened.add(persian.hash, persian.bytes);
      await reopened.flush();
      expect(readdirSync(join(folder, 'packs'))).toHaveLength(2);
      expect(await reopened.get(persian.hash)).toEqual(persian.bytes);
      expect(await reopened.get(english.hash)).toEqual(english.bytes);
    }
  });

  it('writes flushes made without waiting one after the other, and close() waits for them', async () => {
    const folder = tempFolder();
    const archive = openRawArchive(folder);
    archive.add(english.hash, english.bytes);
    const first = archive.flush();
    archive.add(persian.hash, persian.bytes);
    const second = archive.flush();
    const nothing = archive.flush();
    await archive.close();
    await Promise.all([first, second, nothing]);
    const [name] = readdirSync(join(folder, 'packs'));
    const content = readFileSync(join(folder, 'packs', name!));
    expect(content.length).toBeGreaterThan(english.bytes.length + persian.bytes.length);
    expect(content.subarray(content.length - persian.bytes.length)).toEqual(persian.bytes);
    expect(await archive.get(english.hash)).toEqual(english.bytes);
    expect(await archive.get(persian.hash)).toEqual(persian.bytes);
  });

  it('starts a new pack after close(), and reads across both', async () => {
    const folder = tempFolder();
    const archive = openRawArchive(folder);
    archive.add(english.hash, english.bytes);
    await archive.flush();
    await archive.close();
    archive.add(persian.hash, persian.bytes);
    await archive.flush();
    expect(readdirSync(join(folder, 'packs'))).toHaveLength(2);
    expect(await archive.get(english.hash)).toEqual(english.bytes);
    expect(await archive.get(persian.hash)).toEqual(persian.bytes);
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
