import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SanadDocument } from '../../core/types.js';
import { loadSourceRegistry } from '../../sources/index.js';
import type { ProjectableEntry, ProjectableKind, ProjectionStore } from '../projection-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

const opened: ProjectionStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function openAt(path: string): Promise<ProjectionStore> {
  const store = await openSqliteStore(path);
  opened.push(store);
  return store;
}

const tempPath = (): string => join(mkdtempSync(join(tmpdir(), 'sanad-sources-')), 'store.sqlite');

function entry(seq: number, kind: ProjectableKind, payload: unknown): ProjectableEntry {
  return { seq, at: '2025-01-01T00:00:00.000Z', kind, payload, prev: 'sha256:x', hash: 'sha256:y' };
}

function documentOf(text: string): SanadDocument {
  return {
    id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    file: null,
    title: null,
    published: null,
    language: 'en',
    source: 'Tasnim News Agency',
    author: null,
    text,
    raw_hash: 'sha256:raw',
    media_type: 'text/plain',
  };
}

const shipped = loadSourceRegistry().all();
const wire = { id: 'daily-planet', name: 'Daily Planet', kind: 'independent_media', group: 'other' };
const irnaAsIrgc = { ...loadSourceRegistry().get('irna')!, group: 'irgc', note: 'Edited for the test.' };
const tasnimDocument = documentOf('Headline\n\nSomething happened, Tasnim reported.');

function entries(): ProjectableEntry[] {
  return [
    entry(1, 'source.registered', { action: 'add', source: wire }),
    entry(2, 'document.added', {
      document: tasnimDocument,
      source_match: { source_id: 'tasnim', how: 'metadata', evidence: 'Tasnim News Agency' },
    }),
    entry(3, 'source.registered', { action: 'edit', source: irnaAsIrgc }),
    // An old-style payload the store cannot read as a source: kept, never blocking replay.
    entry(4, 'source.registered', { name: 'Example Wire', group: 'independent-media' }),
  ];
}

describe('the sources projection', () => {
  it('holds every shipped source in registry order on a fresh store', async () => {
    const store = await openAt(tempPath());
    const sources = await store.listSources();
    expect(sources.map((s) => s.id)).toEqual(shipped.map((s) => s.id));
    expect(sources.every((s) => s.origin === 'registry' && s.seq === null)).toBe(true);
    const rights = await store.listSources({ group: 'rights-ngo' });
    expect(rights.length).toBeGreaterThan(5);
    expect(rights.every((s) => s.group === 'rights-ngo')).toBe(true);
  });

  it('applies added and edited sources and the source of each document', async () => {
    const store = await openAt(tempPath());
    await store.apply(entries());
    const sources = await store.listSources();
    expect(sources).toHaveLength(shipped.length + 1);
    expect(sources.at(-1)).toMatchObject({ ...wire, origin: 'ledger', seq: 1, aliases: [], note: '' });
    const irna = sources.find((s) => s.id === 'irna')!;
    expect(irna).toMatchObject({ group: 'irgc', origin: 'ledger', seq: 3 });
    // An edit keeps the source where the registry lists it.
    expect(sources.findIndex((s) => s.id === 'irna')).toBe(shipped.findIndex((s) => s.id === 'irna'));
    expect(await store.listDocumentSources()).toEqual([
      { document: tasnimDocument.id, source_id: 'tasnim', how: 'metadata', evidence: 'Tasnim News Agency' },
    ]);
    expect(await store.lastSeq()).toBe(4);
  });

  it('keeps registered sources when reopened, and reproduces them after a reset and replay', async () => {
    const path = tempPath();
    const first = await openAt(path);
    await first.apply(entries());
    const before = [await first.listSources(), await first.listDocumentSources()];
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const reopened = await openAt(path);
    expect([await reopened.listSources(), await reopened.listDocumentSources()]).toEqual(before);
    await reopened.reset();
    expect(await reopened.listSources()).toHaveLength(shipped.length);
    expect(await reopened.listDocumentSources()).toEqual([]);
    await reopened.apply(entries());
    expect([await reopened.listSources(), await reopened.listDocumentSources()]).toEqual(before);
  });
});
