import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentDrafts, tempLedgerPath } from './_test-helpers.js';
import { openFileLedger } from './file-ledger-store.js';
import { GENESIS_PREV } from './ledger-entry.js';
import type { LedgerRecords } from './ledger-store.js';
import { verifyLedger } from './verify-ledger.js';

/** A closed ledger of `count` entries appended in batches of 3; returns its path and lines. */
async function ledgerOf(count: number): Promise<{ path: string; lines: string[] }> {
  const path = tempLedgerPath();
  const ledger = openFileLedger(path);
  for (let from = 1; from <= count; from += 3)
    await ledger.append(documentDrafts(from, Math.min(3, count - from + 1)));
  await ledger.close();
  return { path, lines: readFileSync(path, 'utf8').split('\n').slice(0, -1) };
}

function rewrite(path: string, lines: readonly string[]): void {
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe('await verifyLedger()', () => {
  it('passes a fresh ledger and returns its head hash and entry count', async () => {
    const { path, lines } = await ledgerOf(10);
    const last = JSON.parse(lines[9]!) as { hash: string };
    expect(await verifyLedger(path)).toEqual({ ok: true, head: last.hash, count: 10 });
  });

  it('passes a missing or empty ledger with the genesis head', async () => {
    const path = tempLedgerPath();
    expect(await verifyLedger(path)).toEqual({ ok: true, head: GENESIS_PREV, count: 0 });
    await openFileLedger(path).close();
    expect(await verifyLedger(path)).toEqual({ ok: true, head: GENESIS_PREV, count: 0 });
  });

  it('names entry 5 when one byte of its payload was changed', async () => {
    const { path, lines } = await ledgerOf(10);
    lines[4] = lines[4]!.replace('Report 5', 'Report 6');
    rewrite(path, lines);
    const result = await verifyLedger(path);
    expect(result).toMatchObject({ ok: false, count: 4, bad: { seq: 5, line: 5 } });
    expect(!result.ok && result.bad.reason).toMatch(
      /^Cannot verify entry 5: hash "sha256:[0-9a-f]{8}…" does not match its content$/,
    );
  });

  it('names the entry when only the layout of its line was changed', async () => {
    // Extra whitespace leaves the parsed entry and its hash intact; the canonical form
    // check is what catches it.
    const { path, lines } = await ledgerOf(4);
    lines[1] = lines[1]!.replace('"kind":', '"kind": ');
    rewrite(path, lines);
    const result = await verifyLedger(path);
    expect(result).toMatchObject({ ok: false, count: 1, bad: { seq: 2, line: 2 } });
    expect(!result.ok && result.bad.reason).toMatch(/not in canonical form/);
  });

  it('names the line when a changed byte breaks its JSON', async () => {
    const { path, lines } = await ledgerOf(6);
    lines[2] = lines[2]!.replace('{"at"', '{at"');
    rewrite(path, lines);
    const result = await verifyLedger(path);
    expect(result).toMatchObject({ ok: false, count: 2, bad: { seq: null, line: 3 } });
    expect(!result.ok && result.bad.reason).toMatch(/^Cannot read line 3: it is not valid JSON/);
  });

  it('names the entry after a removed one', async () => {
    const { path, lines } = await ledgerOf(10);
    lines.splice(6, 1);
    rewrite(path, lines);
    const result = await verifyLedger(path);
    expect(result).toMatchObject({ ok: false, count: 6, bad: { seq: 8, line: 7 } });
    expect(!result.ok && result.bad.reason).toBe(
      'Cannot verify entry 8: expected seq 7 at this line (entry 7 is missing or out of order)',
    );
  });

  it('names the prev mismatch when a removed entry was renumbered to hide the gap', async () => {
    const { path, lines } = await ledgerOf(5);
    const third = JSON.parse(lines[3]!) as Record<string, unknown>;
    lines.splice(2, 2, JSON.stringify({ ...third, seq: 3 }));
    rewrite(path, lines.slice(0, 3));
    const result = await verifyLedger(path);
    expect(!result.ok && result.bad).toEqual({
      seq: 3,
      line: 3,
      reason: 'Cannot verify entry 3: prev does not match the hash of entry 2',
    });
  });

  it('names the first of two swapped lines', async () => {
    const { path, lines } = await ledgerOf(6);
    [lines[2], lines[3]] = [lines[3]!, lines[2]!];
    rewrite(path, lines);
    const result = await verifyLedger(path);
    expect(result).toMatchObject({ ok: false, count: 2, bad: { seq: 4, line: 3 } });
    expect(!result.ok && result.bad.reason).toMatch(/out of order|missing/);
  });

  it('fails on a torn last line when no writer holds the lock', async () => {
    const { path, lines } = await ledgerOf(4);
    writeFileSync(path, `${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 40)}`);
    const result = await verifyLedger(path);
    expect(result).toMatchObject({ ok: false, count: 3, bad: { seq: 4, line: 4 } });
    expect(!result.ok && result.bad.reason).toBe(
      'Cannot verify entry 4: the last line is incomplete (40 bytes and no newline) and no writer holds the lock',
    );
  });

  it('reports a torn last line as an unfinished append while the writer lock exists', async () => {
    // This is what a writer killed mid-write leaves: its lock file and a partial batch.
    const { path, lines } = await ledgerOf(4);
    const last = JSON.parse(lines[2]!) as { hash: string };
    writeFileSync(path, `${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 40)}`);
    writeFileSync(`${path}.lock`, '999999999\n');
    expect(await verifyLedger(path)).toEqual({
      ok: true,
      head: last.hash,
      count: 3,
      incomplete: { line: 4, bytes: 40 },
    });
  });

  it('fails on an empty line in the middle', async () => {
    const { path } = await ledgerOf(3);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('\n', '\n\n'));
    expect(await verifyLedger(path)).toMatchObject({ ok: false, count: 1, bad: { seq: null, line: 2 } });
  });

  it('passes again once the torn tail is cut by the next open', async () => {
    const { path } = await ledgerOf(3);
    appendFileSync(path, '{"at":');
    const ledger = openFileLedger(path);
    await ledger.close();
    expect(await verifyLedger(path)).toMatchObject({ ok: true, count: 3 });
  });
});

describe('verifyLedger() over the LedgerRecords port', () => {
  it('verifies an open store through its own records', async () => {
    const path = tempLedgerPath();
    const ledger = openFileLedger(path);
    try {
      const entries = await ledger.append(documentDrafts(1, 4));
      expect(await verifyLedger(ledger)).toEqual({ ok: true, head: entries[3]!.hash, count: 4 });
    } finally {
      await ledger.close();
    }
  });

  it('names the first bad record of any store, whatever holds it', async () => {
    // A store that is not a file: records held in memory, one of them altered.
    const { lines } = await ledgerOf(5);
    lines[3] = lines[3]!.replace('Report 4', 'Report 7');
    const inMemory: LedgerRecords = {
      async *records() {
        for (const [index, text] of lines.entries())
          yield { line: index + 1, text, bytes: Buffer.byteLength(text), complete: true };
      },
      writerActive: () => Promise.resolve(false),
    };
    expect(await verifyLedger(inMemory)).toMatchObject({ ok: false, count: 3, bad: { seq: 4, line: 4 } });
  });
});
