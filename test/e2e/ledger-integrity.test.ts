import { readFileSync, writeFileSync, mkdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyHome, SAMPLES, sanad, spawnChild, tempHome } from './_cli.js';

function ledgerLines(home: string): string[] {
  return readFileSync(join(home, 'ledger.jsonl'), 'utf8').split('\n').filter(Boolean);
}

describe('sanad verify', () => {
  /** The sample reports ingested once; each test tampers with its own copy. */
  let ingested: string;
  beforeAll(() => {
    ingested = tempHome();
    expect(sanad(ingested, ['ingest', SAMPLES]).status).toBe(0);
  });

  it('prints the head hash and exits 0 on an intact ledger', () => {
    const home = copyHome(ingested);
    const result = sanad(home, ['verify']);
    expect(result.status).toBe(0);
    const last = JSON.parse(ledgerLines(home).at(-1)!) as { hash: string };
    expect(result.stdout.split('\n')[0]).toBe(last.hash);
  });

  it('exits 1 naming the entry whose bytes were changed', () => {
    const home = copyHome(ingested);
    const lines = ledgerLines(home);
    // Change one letter inside the payload of entry 3, keeping the line valid JSON.
    lines[2] = lines[2]!.replace(/"text":"(.)/, (_m, c: string) => `"text":"${c === 'X' ? 'Y' : 'X'}`);
    writeFileSync(join(home, 'ledger.jsonl'), `${lines.join('\n')}\n`);
    const result = sanad(home, ['verify']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/entry 3\b/);
  });

  it('exits 1 when an entry was removed', () => {
    const home = copyHome(ingested);
    const lines = ledgerLines(home);
    lines.splice(4, 1);
    writeFileSync(join(home, 'ledger.jsonl'), `${lines.join('\n')}\n`);
    const result = sanad(home, ['verify']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/entry 6\b|line 5\b/);
  });

  it('exits 1 when two entries were swapped', () => {
    const home = copyHome(ingested);
    const lines = ledgerLines(home);
    [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    writeFileSync(join(home, 'ledger.jsonl'), `${lines.join('\n')}\n`);
    const result = sanad(home, ['verify']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 2\b/);
  });
});

describe('sanad ingest, killed with SIGKILL mid-batch', () => {
  it('leaves a ledger that verifies, and a rerun finishes with no document twice', async () => {
    const home = tempHome();
    const corpus = join(home, 'corpus');
    mkdirSync(corpus);
    // Five batches of 200 documents: the kill lands after the first is on disk, well before the end.
    const count = 1000;
    for (let i = 0; i < count; i++) {
      const body =
        `Report number ${i}. Security forces detained ${i % 97} protesters in Tabriz on the ${i % 28}th day. `.repeat(
          10,
        );
      writeFileSync(join(corpus, `report-${String(i).padStart(5, '0')}.txt`), `Dispatch ${i}\n\n${body}\n`);
    }
    const child = spawnChild(home, ['ingest', corpus, '--no-progress']);
    const ledger = join(home, 'ledger.jsonl');
    // Kill once the first batches are on disk but well before the end.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const timer = setInterval(() => {
        if (existsSync(ledger) && statSync(ledger).size > 200_000) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000) {
          clearInterval(timer);
          reject(new Error('ingest wrote nothing within 60 s'));
        }
      }, 5);
    });
    await new Promise((resolve) => child.on('close', resolve));
    const partial = ledgerLines(home).filter((line) => line.includes('"kind":"document.added"')).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(count);
    expect(sanad(home, ['verify']).status).toBe(0);

    const rerun = sanad(home, ['ingest', corpus, '--json']);
    expect(rerun.status).toBe(0);
    expect(sanad(home, ['verify']).status).toBe(0);
    const ids = ledgerLines(home)
      .map((line) => JSON.parse(line) as { kind: string; payload: { document?: { id: string } } })
      .filter((entry) => entry.kind === 'document.added')
      .map((entry) => entry.payload.document!.id);
    expect(ids.length).toBe(count);
    expect(new Set(ids).size).toBe(count);
  });
});
