import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRawArchive, type RawArchive } from '../archive/index.js';
import { createPipeline, type Pipeline } from '../extract/index.js';
import { DEFAULT_LIMITS } from '../ingest/index.js';
import { openFileLedger } from '../ledger/index.js';
import { openSqliteStore } from '../store/index.js';
import type { ExtractionPool } from './extraction-pool.js';
import { ingestDocuments, type IngestProgress } from './ingest-documents.js';
import { verify } from './index.js';
import { configFromEnv } from './config.js';
import { openSanad, type Sanad } from './sanad.js';
import { samplesFolder } from './samples.js';

const opened: Sanad[] = [];
afterEach(async () => {
  for (const sanad of opened.splice(0)) await sanad.close();
});

describe('ingestDocuments', () => {
  it('adds a text once when it comes back after its batch went to the ledger but before the store took it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sanad-ingest-'));
    const folder = mkdtempSync(join(tmpdir(), 'sanad-ingest-inputs-'));
    const report = (n: number): string =>
      `Report ${n}\n\nWorkers gathered in Ahvaz on the ${n}th day of the strike, witnesses said.\n`;
    // Batches of two: report 1 comes back in the third batch, while the store may still lag.
    const texts = [report(1), report(2), report(3), report(4), report(1), report(5), report(6)];
    texts.forEach((text, i) => writeFileSync(join(folder, `${i}.txt`), text));
    const sanad = await openSanad(configFromEnv({}, { home }));
    opened.push(sanad);

    const summary = await sanad.ingest([folder], { batchSize: 2 });

    expect(summary).toMatchObject({ added: 6, duplicates: 1, rejected: [] });
    const stats = await sanad.stats();
    expect(stats.documents).toBe(6);
    // A document.added and an extraction.added entry for each of the six.
    expect(stats.lastSeq).toBe(12);
    expect(await sanad.listDocuments()).toHaveLength(6);
    expect((await sanad.search('Ahvaz')).documents.length).toBeGreaterThan(0);
    await sanad.close();
    opened.length = 0;
    expect(await verify(configFromEnv({}, { home }))).toMatchObject({ ok: true, head: summary.head });
  });

  it('reads the next batch while the one before waits for the disk, and appends none before its originals are durable', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sanad-ingest-'));
    const folder = mkdtempSync(join(tmpdir(), 'sanad-ingest-inputs-'));
    for (let n = 0; n < 4; n++) {
      writeFileSync(
        join(folder, `${n}.txt`),
        `Report ${n}\n\nTeachers marched in Shiraz for the ${n}th week, a union said.\n`,
      );
    }
    const ledger = openFileLedger(join(home, 'ledger.jsonl'));
    const store = await openSqliteStore(join(home, 'store.sqlite'));
    const disk = openRawArchive(join(home, 'raw'));
    const events: string[] = [];
    // The first batch's originals reach the disk only once the second batch has been read (or
    // after a second, so that an ingest that waits fails here rather than hanging).
    let reachDisk!: () => void;
    const slowDisk = new Promise<void>((resolve) => {
      reachDisk = resolve;
      setTimeout(resolve, 1000);
    });
    let flushes = 0;
    const archive: RawArchive = {
      add: (hash, bytes) => disk.add(hash, bytes),
      async flush() {
        const n = ++flushes;
        const written = disk.flush();
        if (n === 1) await slowDisk;
        await written;
        events.push(`originals ${n} durable`);
      },
      get: (hash) => disk.get(hash),
      close: () => disk.close(),
    };
    const append = ledger.append.bind(ledger);
    ledger.append = (drafts) => {
      events.push(`ledger append`);
      return append(drafts);
    };
    const onProgress = (event: IngestProgress): void => {
      if (event.type !== 'added') return;
      events.push(`read ${basename(event.input)}`);
      if (event.input.endsWith('2.txt')) reachDisk();
    };
    try {
      const parts = { ledger, store, archive, pipeline: createPipeline(), limits: DEFAULT_LIMITS };
      const summary = await ingestDocuments(parts, [folder], { batchSize: 2, onProgress });
      expect(summary).toMatchObject({ added: 4, rejected: [] });
    } finally {
      await archive.close();
      await store.close();
      await ledger.close();
    }
    const at = (event: string, from = 0): number => events.indexOf(event, from);
    // The second batch was read while the first waited for the disk.
    expect(at('read 2.txt')).toBeGreaterThan(-1);
    expect(at('read 2.txt')).toBeLessThan(at('originals 1 durable'));
    // Each batch went to the ledger only after its originals were durable.
    const firstAppend = at('ledger append');
    expect(firstAppend).toBeGreaterThan(at('originals 1 durable'));
    expect(at('ledger append', firstAppend + 1)).toBeGreaterThan(at('originals 2 durable'));
    expect(events.filter((event) => event === 'ledger append')).toHaveLength(2);
    expect(await verify(configFromEnv({}, { home }))).toMatchObject({ ok: true });
  });
});

describe('ingestDocuments on extraction threads', () => {
  it('keeps at most a few million characters of long documents waiting for a worker', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sanad-ingest-'));
    const folder = mkdtempSync(join(tmpdir(), 'sanad-ingest-inputs-'));
    // Each paragraph its own: repeated lines would be cleaned away as page furniture.
    const paragraphs = (n: number): string =>
      Array.from(
        { length: 17_000 },
        (_, k) => `Workers at mill ${n}-${k} struck again over unpaid wages, a union said.`,
      ).join('\n\n');
    for (let n = 0; n < 12; n++) writeFileSync(join(folder, `${n}.txt`), `Report ${n}\n\n${paragraphs(n)}`);
    const ledger = openFileLedger(join(home, 'ledger.jsonl'));
    const store = await openSqliteStore(join(home, 'store.sqlite'));
    const archive = openRawArchive(join(home, 'raw'));
    const pipeline = createPipeline();
    let waiting = 0;
    let mostWaiting = 0;
    // A worker that takes its time: what the ingest sends it piles up unless the ingest waits.
    const pool: ExtractionPool = {
      threads: 1,
      extract(document) {
        waiting += document.text.length;
        mostWaiting = Math.max(mostWaiting, waiting);
        return new Promise((resolve) =>
          setTimeout(() => {
            waiting -= document.text.length;
            resolve(pipeline.run(document));
          }, 20),
        );
      },
      busySeconds: () => 0,
      close: async () => undefined,
    };
    try {
      const parts = {
        ledger,
        store,
        archive,
        pipeline,
        limits: DEFAULT_LIMITS,
        extractionPool: async () => pool,
      };
      const summary = await ingestDocuments(parts, [folder], { inlineExtractions: 0 });
      expect(summary).toMatchObject({ added: 12, rejected: [], extractionThreads: 1 });
    } finally {
      await archive.close();
      await store.close();
      await ledger.close();
    }
    // Eight million characters, and the document that went over them: not all eighteen million.
    expect(mostWaiting).toBeGreaterThan(1_500_000);
    expect(mostWaiting).toBeLessThanOrEqual(8_000_000 + 1_600_000);
  });

  it('extracts short documents itself while the workers have their fill, and appends what extracting alone does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sanad-ingest-inputs-'));
    const long = new Set([290, 300]);
    for (let n = 0; n < 320; n++) {
      const body = long.has(n)
        ? Array.from({ length: 4_000 }, (_, k) => `Paragraph ${k} of the ${n}th long report on the strike.`)
        : [`Security forces arrested ${n + 2} workers in Ahvaz on Monday, a union said.`];
      writeFileSync(join(folder, `${String(n).padStart(3, '0')}.txt`), `Report ${n}\n\n${body.join('\n\n')}`);
    }
    const pipeline = createPipeline();
    const sentToWorker: string[] = [];
    const longText = (n: number): number =>
      readFileSync(join(folder, `${String(n).padStart(3, '0')}.txt`), 'utf8').length;
    // Well over the 100,000 characters this thread takes at most, whatever cleaning removes.
    for (const n of long) expect(longText(n)).toBeGreaterThan(200_000);
    // One worker that gets its fill, then gives nothing back until this thread has extracted ten
    // documents itself: on any machine, it falls behind.
    let extractedHere = 0;
    let openGate = (): void => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const counting: Pipeline = {
      use: (stage) => pipeline.use(stage),
      version: pipeline.version,
      run(document) {
        if (++extractedHere === 10) openGate();
        return pipeline.run(document);
      },
    };
    let queue: Promise<unknown> = gate;
    const pool: ExtractionPool = {
      threads: 1,
      extract(document) {
        sentToWorker.push(document.text.split('\n', 1)[0]!);
        const done = queue.then(() => new Promise((resolve) => setTimeout(resolve, 1)));
        queue = done;
        return done.then(() => pipeline.run(document));
      },
      busySeconds: () => 0,
      close: async () => undefined,
    };
    const ingestInto = async (home: string, extractionPool?: () => Promise<ExtractionPool>) => {
      const ledger = openFileLedger(join(home, 'ledger.jsonl'));
      const store = await openSqliteStore(join(home, 'store.sqlite'));
      const archive = openRawArchive(join(home, 'raw'));
      try {
        const parts = {
          ledger,
          store,
          archive,
          pipeline: counting,
          limits: DEFAULT_LIMITS,
          ...(extractionPool ? { extractionPool } : {}),
        };
        return await ingestDocuments(parts, [folder], { inlineExtractions: 0 });
      } finally {
        await archive.close();
        await store.close();
        await ledger.close();
      }
    };
    const [withWorker, alone] = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'sanad-ingest-')));
    const summary = await ingestInto(withWorker!, async () => pool);
    await ingestInto(alone!);

    expect(summary).toMatchObject({ added: 320, rejected: [], extractionThreads: 1 });
    expect(summary.extractedHere).toBeGreaterThanOrEqual(10);
    expect(sentToWorker.length + summary.extractedHere).toBe(320);
    // The first 256 all went to the worker, and the long ones too: they would hold this thread.
    expect(sentToWorker.slice(0, 256)).toEqual(Array.from({ length: 256 }, (_, n) => `Report ${n}`));
    expect(sentToWorker).toEqual(expect.arrayContaining(['Report 290', 'Report 300']));
    expect(await ledgerContent(withWorker!)).toEqual(await ledgerContent(alone!));
  });

  /** The kinds and payloads of a home's ledger, in order: what the ledger says, times aside. */
  async function ledgerContent(home: string): Promise<Array<[string, unknown]>> {
    const ledger = openFileLedger(join(home, 'ledger.jsonl'));
    const content: Array<[string, unknown]> = [];
    for await (const entry of ledger.entries()) content.push([entry.kind, entry.payload]);
    await ledger.close();
    return content;
  }

  it('appends the same entries in the same order as extracting on its own thread', async () => {
    const homes = [0, 2].map((threads) => ({
      threads,
      home: mkdtempSync(join(tmpdir(), `sanad-threads-${threads}-`)),
    }));
    const events: string[][] = [];
    for (const { threads, home } of homes) {
      const sanad = await openSanad(configFromEnv({}, { home, extractionThreads: threads }));
      opened.push(sanad);
      const seen: string[] = [];
      // Three documents on this thread, then the workers: both ways in one ingest.
      const summary = await sanad.ingest([samplesFolder()], {
        batchSize: 4,
        inlineExtractions: 3,
        onProgress: (event) => seen.push(`${event.type} ${event.input}`),
      });
      expect(summary.rejected).toEqual([]);
      expect(summary.added).toBeGreaterThan(10);
      expect(summary.extractionThreads).toBe(threads);
      if (threads === 0) expect(summary.extractionBusySeconds).toBe(0);
      else {
        expect(summary.extractionBusySeconds).toBeGreaterThan(0);
        expect(summary.extractionBusySeconds).toBeLessThanOrEqual(summary.seconds * threads);
      }
      events.push(seen);
      await sanad.close();
      opened.length = 0;
      expect(await verify(configFromEnv({}, { home }))).toMatchObject({ ok: true, head: summary.head });
    }
    expect(events[1]).toEqual(events[0]);
    const [inline, threaded] = await Promise.all(homes.map(({ home }) => ledgerContent(home)));
    expect(threaded).toEqual(inline);
    expect(threaded!.filter(([kind]) => kind === 'extraction.added').length).toBeGreaterThan(10);
  });
});
