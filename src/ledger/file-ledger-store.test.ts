import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SanadError } from '../core/errors.js';
import { collect, documentDraft, documentDrafts, tempLedgerPath } from './_test-helpers.js';
import { openFileLedger, type FileLedgerStore } from './file-ledger-store.js';
import { GENESIS_PREV, hashEntry } from './ledger-entry.js';
import { verifyLedger } from './verify-ledger.js';

const opened: FileLedgerStore[] = [];
function open(path: string): FileLedgerStore {
  const ledger = openFileLedger(path);
  opened.push(ledger);
  return ledger;
}
afterEach(async () => {
  for (const ledger of opened.splice(0)) await ledger.close();
});

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('Cannot check the error: the action did not throw');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Cannot check the error: the promise did not reject');
}

describe('openFileLedger()', () => {
  it('creates the file and its folder, with an empty head', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    expect(existsSync(path)).toBe(true);
    expect(await ledger.head()).toEqual({ seq: 0, hash: GENESIS_PREV });
    expect(ledger.recovered).toBeNull();
  });

  it('cuts a torn last line, reports how many bytes it cut, and leaves whole lines alone', async () => {
    const path = tempLedgerPath();
    const first = open(path);
    await first.append(documentDrafts(1, 3));
    await first.close();
    const whole = statSync(path).size;
    appendFileSync(path, '{"at":"2025-01-01T00:00:00.000Z","hash":"sha256:12');
    const ledger = open(path);
    expect(ledger.recovered).toEqual({ offset: whole, bytes: 50 });
    expect(statSync(path).size).toBe(whole);
    expect((await ledger.head()).seq).toBe(3);
    await ledger.append([documentDraft(4)]);
    expect(await verifyLedger(path)).toMatchObject({ ok: true, count: 4 });
  });

  it('refuses to open a ledger whose last whole line was altered, and does not change it', async () => {
    const path = tempLedgerPath();
    const first = open(path);
    await first.append(documentDrafts(1, 2));
    await first.close();
    const altered = readFileSync(path, 'utf8').replace('Report 2', 'Report 9');
    writeFileSync(path, altered);
    const error = thrown(() => open(path));
    expect(error).toBeInstanceOf(SanadError);
    expect((error as SanadError).code).toBe('SANAD_LEDGER_CORRUPT');
    expect((error as Error).message).toMatch(
      /^Cannot read ledger ".*": its last entry cannot be appended to .*entry 2/,
    );
    expect(readFileSync(path, 'utf8')).toBe(altered);
    // The failed open released its lock.
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('FileLedgerStore.append()', () => {
  it('chains entries from the genesis hash, numbering them from 1', async () => {
    const ledger = open(tempLedgerPath());
    const entries = await ledger.append(documentDrafts(1, 3));
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prev).toBe(GENESIS_PREV);
    expect(entries[1]!.prev).toBe(entries[0]!.hash);
    expect(entries[2]!.prev).toBe(entries[1]!.hash);
    for (const entry of entries) expect(entry.hash).toBe(hashEntry(entry));
    expect(await ledger.head()).toEqual({ seq: 3, hash: entries[2]!.hash });
  });

  it('returns frozen entries holding the payload as it was stored', async () => {
    const ledger = open(tempLedgerPath());
    const [entry] = await ledger.append([
      {
        kind: 'review.recorded',
        at: '2025-02-03T04:05:06.000Z',
        payload: { decision: 'accepted', note: undefined, when: new Date(0) },
      },
    ]);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry!.payload)).toBe(true);
    // undefined drops out and a Date becomes its JSON string, as in the file.
    expect(entry!.payload).toEqual({ decision: 'accepted', when: '1970-01-01T00:00:00.000Z' });
    expect(entry!.at).toBe('2025-02-03T04:05:06.000Z');
  });

  it('writes one canonical JSON line per entry', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    await ledger.append([
      {
        kind: 'source.registered',
        at: '2025-01-01T00:00:00.000Z',
        payload: { name: 'HRANA', group: 'rights-ngo' },
      },
    ]);
    const [line, rest] = readFileSync(path, 'utf8').split('\n');
    expect(rest).toBe('');
    expect(line).toMatch(
      /^\{"at":"2025-01-01T00:00:00\.000Z","hash":"sha256:[0-9a-f]{64}","kind":"source\.registered","payload":\{"group":"rights-ngo","name":"HRANA"\},"prev":"sha256:0{64}","seq":1\}$/,
    );
  });

  it('rejects a whole batch, writing nothing, when one draft has no JSON form', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    const error = await rejection(
      ledger.append([documentDraft(1), { kind: 'document.added', payload: { count: Number.NaN } }]),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('Cannot append entry 2: payload is not JSON (NaN is not allowed)');
    expect(statSync(path).size).toBe(0);
    expect((await ledger.head()).seq).toBe(0);
  });

  it('rejects an unknown kind and a timestamp that is not a date', async () => {
    const ledger = open(tempLedgerPath());
    await expect(
      ledger.append([{ kind: 'document.deleted' as 'document.added', payload: {} }]),
    ).rejects.toThrow('Cannot append entry 1: kind "document.deleted" is not a ledger kind');
    await expect(ledger.append([{ kind: 'document.added', payload: {}, at: 'yesterday' }])).rejects.toThrow(
      /at "yesterday" is not an ISO timestamp/,
    );
  });

  it('refuses to append after another program changed the file', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    await ledger.append([documentDraft(1)]);
    appendFileSync(path, '\n');
    const error = await rejection(ledger.append([documentDraft(2)]));
    expect((error as SanadError).code).toBe('SANAD_LEDGER_CORRUPT');
  });

  it('chains appends made without waiting one after the other, each on the head the one before left', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    const [first, second, third] = await Promise.all([
      ledger.append(documentDrafts(1, 2)),
      ledger.append(documentDrafts(3, 1)),
      ledger.append(documentDrafts(4, 2)),
    ]);
    expect([...first!, ...second!, ...third!].map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(second![0]!.prev).toBe(first![1]!.hash);
    expect(third![0]!.prev).toBe(second![0]!.hash);
    await ledger.close();
    expect(await verifyLedger(path)).toMatchObject({ ok: true, count: 5 });
  });

  it('finishes an append made just before close(), then closes', async () => {
    const ledger = open(tempLedgerPath());
    const appended = ledger.append(documentDrafts(1, 2));
    await ledger.close();
    expect((await appended).map((entry) => entry.seq)).toEqual([1, 2]);
    await expect(ledger.append([documentDraft(3)])).rejects.toThrow(/it is closed$/);
  });

  it('throws once the ledger is closed', async () => {
    const ledger = open(tempLedgerPath());
    await ledger.close();
    await expect(ledger.append([documentDraft(1)])).rejects.toThrow(
      /^Cannot append to ledger ".*": it is closed$/,
    );
  });
});

describe('FileLedgerStore.entries()', () => {
  it('reads back exactly the entries append() returned', async () => {
    const ledger = open(tempLedgerPath());
    const appended = [
      ...(await ledger.append(documentDrafts(1, 2))),
      ...(await ledger.append(documentDrafts(3, 3))),
    ];
    const read = await collect(ledger.entries());
    expect(read).toEqual(appended);
    expect(read.every((entry) => Object.isFrozen(entry) && Object.isFrozen(entry.payload))).toBe(true);
  });

  it('starts after the given seq', async () => {
    const ledger = open(tempLedgerPath());
    await ledger.append(documentDrafts(1, 5));
    expect((await collect(ledger.entries(3))).map((entry) => entry.seq)).toEqual([4, 5]);
    expect(await collect(ledger.entries(5))).toEqual([]);
    expect(() => ledger.entries(-1)).toThrow(RangeError);
  });

  it('streams a line longer than its 1 MiB read buffer, with Persian text across chunk boundaries', async () => {
    const ledger = open(tempLedgerPath());
    // About 2.6 MB of two-byte letters with an odd-length prefix, so chunk edges fall
    // inside characters.
    const text = `x${'آزادی زندانیان سیاسی '.repeat(70_000)}`;
    await ledger.append([documentDraft(1), documentDraft(2, text), documentDraft(3)]);
    const read = await collect(ledger.entries());
    expect(read.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect((read[1]!.payload as { document: { text: string } }).document.text).toBe(text);
  });

  it('does not see entries appended after the iteration began', async () => {
    const ledger = open(tempLedgerPath());
    await ledger.append(documentDrafts(1, 2));
    const seen: number[] = [];
    for await (const entry of ledger.entries()) {
      seen.push(entry.seq);
      if (entry.seq === 1) await ledger.append([documentDraft(3)]);
    }
    expect(seen).toEqual([1, 2]);
  });

  it('throws when the file was cut short while open', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    await ledger.append(documentDrafts(1, 3));
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${lines[0]}\n`);
    const error = await rejection(collect(ledger.entries()));
    expect((error as SanadError).code).toBe('SANAD_LEDGER_CORRUPT');
    expect((error as Error).message).toMatch(/it ends at entry 1 but held 3 entries/);
  });

  it('throws a chain error when lines were swapped', async () => {
    const path = tempLedgerPath();
    const ledger = open(path);
    await ledger.append(documentDrafts(1, 3));
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [lines[1], lines[0], lines[2], ''].join('\n'));
    const error = await rejection(collect(ledger.entries()));
    expect((error as SanadError).code).toBe('SANAD_LEDGER_CHAIN_BROKEN');
    expect((error as Error).message).toMatch(/at line 1: .*expected seq 1/);
  });
});

describe('reopening a ledger', () => {
  it('continues the chain from the last entry', async () => {
    const path = tempLedgerPath();
    const first = open(path);
    const before = await first.append(documentDrafts(1, 2));
    await first.close();
    const second = open(path);
    expect(await second.head()).toEqual({ seq: 2, hash: before[1]!.hash });
    const [next] = await second.append([documentDraft(3)]);
    expect(next).toMatchObject({ seq: 3, prev: before[1]!.hash });
    expect(await verifyLedger(path)).toEqual({ ok: true, count: 3, head: next!.hash });
  });
});

describe('the ledger lock', () => {
  it('refuses a second open while the first is open, and allows it after close()', async () => {
    const path = tempLedgerPath();
    const first = open(path);
    const error = thrown(() => openFileLedger(path));
    expect((error as SanadError).code).toBe('SANAD_LEDGER_LOCKED');
    expect((error as Error).message).toContain(`process ${process.pid}`);
    await first.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(() => open(path)).not.toThrow();
  });

  it('refuses a lock held by another live process and names its pid', async () => {
    const path = tempLedgerPath();
    await open(path).close();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(`${path}.lock`, `${holder.pid}\n`);
      const error = thrown(() => openFileLedger(path));
      expect((error as SanadError).code).toBe('SANAD_LEDGER_LOCKED');
      expect((error as Error).message).toBe(
        `Cannot lock ledger "${path}.lock": it is held by process ${holder.pid}; wait for that sanad process to finish, ` +
          'or delete the lock file if no sanad process is running',
      );
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.on('close', resolve));
    }
  });

  it('takes over a lock left by a process that has exited', async () => {
    const path = tempLedgerPath();
    await open(path).close();
    const exited = spawnSync(process.execPath, ['-e', '']);
    writeFileSync(`${path}.lock`, `${exited.pid}\n`);
    const ledger = open(path);
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    await ledger.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
