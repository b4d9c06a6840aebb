/**
 * The ingest use-case: inputs → cleaned documents → extraction → ledger (in atomic batches)
 * → store. Refused inputs are reported one by one and never stop the batch.
 * @module
 */
import { InputRejectedError, SanadError, messageOf, type SanadErrorCode } from '../core/errors.js';
import type { Extraction, SanadDocument } from '../core/types.js';
import {
  expandInputs,
  prepareDocument,
  readInput,
  type IngestLimits,
  type InputRef,
} from '../ingest/index.js';
import type { Pipeline } from '../extract/index.js';
import type { EntryDraft, LedgerEntry, LedgerStore } from '../ledger/index.js';
import type { ProjectionStore } from '../store/index.js';
import type { RawArchive } from '../archive/index.js';
import { matchDocumentSource, type SourceRecord, type SourceRegistry } from '../sources/index.js';
import type { ExtractionPool } from './extraction-pool.js';
import { currentRegistry } from './register-source.js';

export type IngestProgress =
  | { readonly type: 'added'; readonly input: string; readonly id: string; readonly bytes: number }
  | { readonly type: 'duplicate'; readonly input: string; readonly id: string; readonly bytes: number }
  | { readonly type: 'reextracted'; readonly input: string; readonly id: string; readonly bytes: number }
  | {
      readonly type: 'rejected';
      readonly input: string;
      readonly code: SanadErrorCode;
      readonly message: string;
    };

export interface IngestOptions {
  /**
   * Source from `--source`, by any of its names or domains in the registry, used when the text
   * does not name its outlet; a name the registry does not know is refused before anything is read.
   */
  readonly source?: string | null;
  readonly onProgress?: (event: IngestProgress) => void;
  /** Documents per ledger batch; a batch is appended atomically. */
  readonly batchSize?: number;
  /**
   * What to call an input path in reports and in `document.file`, when the path itself means
   * nothing to the user (an upload is read from a temporary copy named after the uploaded file).
   */
  readonly names?: ReadonlyMap<string, string>;
  /**
   * Regroup propositions after the ingest (default true). Regrouping reads every event in the
   * store, so workers, ingesting batch after batch, leave it to the next command that opens the
   * store (opening regroups when the extractions changed since the last grouping).
   */
  readonly regroup?: boolean;
  /** Documents extracted on this thread before worker threads take over (default 32). */
  readonly inlineExtractions?: number;
  /**
   * Called once every input has been read, with how many documents are being extracted; the last
   * of them are still extracted and stored after it.
   */
  readonly onInputsRead?: (documents: number) => void;
}

export interface IngestSummary {
  readonly added: number;
  readonly duplicates: number;
  readonly reextracted: number;
  readonly rejected: ReadonlyArray<{
    readonly input: string;
    readonly code: SanadErrorCode;
    readonly message: string;
  }>;
  readonly bytes: number;
  readonly seconds: number;
  readonly head: string;
  /** Worker threads that extracted; 0 when every document was extracted on the ingest's own. */
  readonly extractionThreads: number;
  /**
   * Seconds those workers spent extracting during the ingest, summed over them. Against `seconds`
   * it tells what bounds an ingest: workers busy all along mean extraction does.
   */
  readonly extractionBusySeconds: number;
  /**
   * Documents extracted on the ingest's own thread while the workers had their fill: it would
   * otherwise have waited for them.
   */
  readonly extractedHere: number;
}

interface Parts {
  readonly ledger: LedgerStore;
  readonly store: ProjectionStore;
  readonly archive: RawArchive;
  readonly pipeline: Pipeline;
  readonly limits: IngestLimits;
  /**
   * Worker threads to extract on (see extraction-pool.ts), started at the first call and kept
   * for the next; without it, or when it resolves to null, documents are extracted on this thread.
   */
  readonly extractionPool?: () => Promise<ExtractionPool | null>;
}

/** A document read, waiting for its extraction before it joins a ledger batch. */
interface Extracting {
  readonly document: SanadDocument;
  readonly raw: Buffer;
  readonly name: string;
  readonly known: boolean;
  readonly extraction: Extraction | Promise<Extraction>;
  /** Whether it went to a worker thread rather than being extracted on this one. */
  readonly onWorker: boolean;
  /** Whether the extraction is done (a worker's may still be under way). */
  settled: boolean;
}

/**
 * Documents extracted on this thread before the worker threads start: starting them costs
 * about half a second, more than a few reports take to extract.
 */
const INLINE_EXTRACTIONS = 32;
/**
 * Documents sent to each worker ahead of the one being stored: enough that none runs dry while
 * this thread commits a batch, which holds it for a few hundred milliseconds. With 8 the worker
 * sat idle for a quarter of the 50 MB bench ingest (1.42 against 1.97 MB/s with 256; 512 was
 * no faster), for about 30 MB more peak RSS.
 * This thread waits for them rather than extract more itself: a second thread that extracts pays
 * V8's warm-up of the whole pipeline again (about 2 CPU s over 10 MB).
 */
const EXTRACTING_PER_THREAD = 256;
/**
 * And at most this many characters of text per worker (one document more when it alone is
 * longer), so that long documents, up to the 20 MB an input may have, do not pile up by the
 * hundred: 256 of the bench's are about a million characters.
 */
const EXTRACTING_CHARS_PER_THREAD = 8_000_000;
/**
 * The longest document this thread extracts while the workers have their fill (under a tenth of a
 * second of work): a server runs ingests on this thread too, and must not stop answering for long.
 * On 2 cores, where the one worker bounds the ingest, this thread took about a tenth of the 50 MB
 * bench corpus so: 22.7-23.2 s against 23.5-23.7 s, for 2-3 CPU s more (its compiler is colder).
 */
const EXTRACTED_HERE_MAX_CHARS = 100_000;

const BATCH_BYTES = 8 * 1024 * 1024;
/**
 * Documents per batch when not told: on the 50 MB bench corpus, 200 a batch peaked at about
 * 300 MB of RSS and 50 at about 230 MB (what a batch holds lives long enough to reach V8's old
 * generation), for 3 to 5% of the speed.
 */
const DEFAULT_BATCH_DOCUMENTS = 50;
/**
 * Documents the store takes in one transaction: FTS5 writes a segment per transaction, so
 * projecting several ledger batches at once costs about a fifth less (1.45 against 1.13 CPU s
 * for the 20 MB bench corpus, 50 documents against 200). The store may lag the ledger by that
 * much: it replays what it has not seen when opened, so a crash in between loses nothing.
 */
const STORE_BATCH_DOCUMENTS = 200;

export async function ingestDocuments(
  parts: Parts,
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const registry = await currentRegistry(parts.store);
  const hint = resolveHint(registry, options.source);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_DOCUMENTS;
  const report = options.onProgress ?? (() => {});
  const rejected: Array<{ input: string; code: SanadErrorCode; message: string }> = [];
  let added = 0;
  let duplicates = 0;
  let reextracted = 0;
  let bytes = 0;

  let drafts: EntryDraft[] = [];
  let pendingIds = new Set<string>();
  let pendingBytes = 0;
  // Appended to the ledger, not yet projected into the store.
  let unprojected: LedgerEntry[] = [];
  let unprojectedIds = new Set<string>();
  let unprojectedBytes = 0;
  const project = async (): Promise<void> => {
    if (unprojected.length === 0) return;
    await parts.store.apply(unprojected);
    unprojected = [];
    unprojectedIds = new Set();
    unprojectedBytes = 0;
  };
  // Makes one batch durable (originals first: a ledger entry never names raw bytes that a crash
  // could have lost), then projects it when enough has gathered.
  const commit = async (batch: readonly EntryDraft[]): Promise<void> => {
    await parts.archive.flush();
    unprojected.push(...(await parts.ledger.append(batch)));
    if (unprojectedIds.size >= STORE_BATCH_DOCUMENTS || unprojectedBytes >= BATCH_BYTES) await project();
  };
  // One batch commits while the next is read and cleaned: the disk's waits overlap the work.
  let committing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (drafts.length === 0) return;
    const batch = drafts;
    drafts = [];
    await committing;
    for (const id of pendingIds) unprojectedIds.add(id);
    unprojectedBytes += pendingBytes;
    pendingIds = new Set();
    pendingBytes = 0;
    committing = commit(batch);
    // Seen when the next flush or the end awaits it; handled here so that it is never reported unhandled.
    committing.catch(() => undefined);
  };

  // Documents whose extraction is under way, in the order read: on worker threads once more than
  // `inlineExtractions` needed one, so that reading and storing go on meanwhile.
  const inlineExtractions = options.inlineExtractions ?? INLINE_EXTRACTIONS;
  let starting: Promise<ExtractionPool | null> | undefined;
  let pool: ExtractionPool | null | undefined;
  // The pool outlives the ingest: its workers' time before this one is not this ingest's.
  let busyBefore = 0;
  let extractions = 0;
  const extracting: Extracting[] = [];
  const extractingIds = new Set<string>();
  let extractingChars = 0;
  // Sent to a worker and not yet taken; and extracted on this thread once the workers had started.
  let onWorkers = 0;
  let extractedHere = 0;
  const workersFull = (): boolean =>
    pool !== null && pool !== undefined && onWorkers >= pool.threads * EXTRACTING_PER_THREAD;
  /**
   * A document's extraction: on a worker, unless the workers have their fill and the oldest is
   * not back, when this thread would only wait for it; then a short document is extracted here.
   */
  const startExtracting = async (
    item: Omit<Extracting, 'extraction' | 'onWorker' | 'settled'>,
  ): Promise<Extracting> => {
    const { document } = item;
    const here = (): Extracting => ({
      ...item,
      extraction: parts.pipeline.run(document),
      onWorker: false,
      settled: true,
    });
    if (!pool) return here();
    if (workersFull() && document.text.length <= EXTRACTED_HERE_MAX_CHARS) {
      // Replies from the workers are only seen between turns of the event loop.
      await new Promise(setImmediate);
      if (workersFull() && extracting[0]?.settled === false) {
        extractedHere++;
        return here();
      }
    }
    const sent: Extracting = {
      ...item,
      extraction: pool.extract(document).catch(() => parts.pipeline.run(document)),
      onWorker: true,
      settled: false,
    };
    onWorkers++;
    void Promise.resolve(sent.extraction).finally(() => (sent.settled = true));
    return sent;
  };
  // A document with its extraction joins the next ledger batch.
  const take = async ({ document, raw, name, known, extraction, onWorker }: Extracting): Promise<void> => {
    const extracted = await extraction;
    if (onWorker) onWorkers--;
    extractingIds.delete(document.id);
    extractingChars -= document.text.length;
    if (!known) {
      parts.archive.add(document.raw_hash, raw);
      const source_match = matchDocumentSource(document, { registry, hint });
      drafts.push({
        kind: 'document.added',
        payload: { document, ...(source_match ? { source_match } : {}) },
      });
    }
    drafts.push({
      kind: 'extraction.added',
      payload: { document: document.id, extractor: parts.pipeline.version, extraction: extracted },
    });
    pendingIds.add(document.id);
    pendingBytes += raw.length;
    if (known) {
      reextracted++;
      report({ type: 'reextracted', input: name, id: document.id, bytes: raw.length });
    } else {
      added++;
      report({ type: 'added', input: name, id: document.id, bytes: raw.length });
    }
    if (pendingIds.size >= batchSize || pendingBytes >= BATCH_BYTES) await flush();
  };

  const shown = (path: string): string => options.names?.get(path) ?? path;
  const refuse = (error: unknown, path: string): void => {
    const input = shown(path);
    const entry =
      error instanceof InputRejectedError
        ? { input, code: error.code, message: error.message.replace(`"${path}"`, `"${input}"`) }
        : {
            input,
            code: 'SANAD_INPUT_UNREADABLE' as const,
            message: `Cannot ingest "${input}": ${messageOf(error)}`,
          };
    rejected.push(entry);
    report({ type: 'rejected', ...entry });
  };

  try {
    for await (const item of expandInputs(inputs)) {
      if (item instanceof InputRejectedError) {
        refuse(item, item.input);
        continue;
      }
      const path = nameOf(item);
      const name = shown(path);
      let document: SanadDocument;
      let raw: Buffer;
      try {
        const input = await readInput(item, parts.limits);
        raw = input.bytes;
        document = prepareDocument({ ...input, name }, { sourceHint: hint?.name ?? null });
      } catch (error) {
        refuse(error, path);
        continue;
      }
      bytes += raw.length;
      if (extractingIds.has(document.id) || pendingIds.has(document.id) || unprojectedIds.has(document.id)) {
        duplicates++;
        report({ type: 'duplicate', input: name, id: document.id, bytes: raw.length });
        continue;
      }
      const known = await parts.store.hasDocument(document.id);
      const stale =
        known &&
        (await parts.store.getDocument(document.id))?.extraction?.extractor !== parts.pipeline.version;
      if (known && !stale) {
        duplicates++;
        report({ type: 'duplicate', input: name, id: document.id, bytes: raw.length });
        continue;
      }
      // Started halfway through the documents extracted here, so that it is ready when they are done
      // (it takes about a quarter of a second).
      extractions++;
      if (starting === undefined && extractions > inlineExtractions / 2)
        starting = parts.extractionPool?.().catch(() => null) ?? Promise.resolve(null);
      if (pool === undefined && extractions > inlineExtractions) {
        pool = (await starting) ?? null;
        busyBefore = pool?.busySeconds() ?? 0;
      }
      extracting.push(await startExtracting({ document, raw, name, known }));
      extractingIds.add(document.id);
      extractingChars += document.text.length;
      const threads = pool?.threads ?? 0;
      // Taken as soon as it is back (or was extracted here), so that the workers' share refills.
      while (
        extracting[0]?.settled ||
        onWorkers > threads * EXTRACTING_PER_THREAD ||
        (extracting.length > 1 && extractingChars > threads * EXTRACTING_CHARS_PER_THREAD)
      )
        await take(extracting.shift()!);
    }
    options.onInputsRead?.(extractions);
    for (const extracted of extracting.splice(0)) await take(extracted);
    await flush();
    await committing;
  } finally {
    // A batch still committing when the loop failed finishes before the caller goes on.
    await committing.catch(() => undefined);
  }
  await project();

  return {
    added,
    duplicates,
    reextracted,
    rejected,
    bytes,
    seconds: (performance.now() - started) / 1000,
    head: (await parts.ledger.head()).hash,
    extractionThreads: pool?.threads ?? 0,
    extractionBusySeconds: pool ? pool.busySeconds() - busyBefore : 0,
    extractedHere,
  };
}

/** The registry's source for `--source NAME`; an unknown name is an error naming it. */
function resolveHint(registry: SourceRegistry, name: string | null | undefined): SourceRecord | null {
  if (name === null || name === undefined || name.trim() === '') return null;
  const source = registry.resolve(name);
  if (source) return source;
  throw new SanadError(
    'SANAD_INVALID_ARGUMENT',
    `Cannot ingest with --source "${name}": no source of that name or domain in the registry; ` +
      'add it first with sanad sources add (see sanad sources list)',
  );
}

export function nameOf(ref: InputRef): string {
  return ref.kind === 'file' ? ref.path : ref.url;
}
