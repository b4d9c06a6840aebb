/**
 * The ledger as a PostgreSQL table, for several writers on several machines. An append takes a
 * transaction-scoped advisory lock, reads the head, chains the drafts after it, inserts them and
 * projects them into the store, all in one transaction: appends are serialized by the database,
 * the chain never forks, and the store never lags the ledger. Documents deduplicate there too:
 * a `document.added` draft for a document the store already holds is dropped, with the
 * extraction drafted beside it, so every document is added once whatever the interleaving.
 * @module
 */
import { chainEncoded, encodeDrafts, entryOfLine, type EncodedDraft } from '../../ledger/index.js';
import type { AppendTimes, EntryDraft, LedgerEntry } from '../../ledger/index.js';
import type { LedgerHead, LedgerRecord, LedgerStore } from '../../ledger/index.js';
import { GENESIS_PREV } from '../../ledger/index.js';
import { applyEntries, prepareRows } from '../sql/_apply-entries.js';
import type { SqlExecutor, SqlDriver } from '../sql/driver.js';
import type { SearchDialect } from '../sql/search-dialect.js';

/** An arbitrary key for the advisory lock every append holds. */
const LEDGER_LOCK = 0x5a4ae;
const PAGE = 500;

async function headOf(executor: SqlExecutor): Promise<LedgerHead> {
  const row = await executor.get<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1',
  );
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_PREV };
}

function documentIdOf(draft: EntryDraft): string | null {
  const payload = draft.payload as { document?: unknown } | null;
  if (draft.kind === 'document.added') {
    const document = payload?.document as { id?: unknown } | undefined;
    return typeof document?.id === 'string' ? document.id : null;
  }
  return draft.kind === 'extraction.added' && typeof payload?.document === 'string' ? payload.document : null;
}

/** The drafts without documents the store already holds (and without the extractions drafted with them). */
async function withoutKnownDocuments(
  tx: SqlExecutor,
  drafts: readonly EncodedDraft[],
): Promise<EncodedDraft[]> {
  const ids = drafts
    .filter(({ draft }) => draft.kind === 'document.added')
    .map(({ draft }) => documentIdOf(draft))
    .filter((id): id is string => id !== null);
  if (ids.length === 0) return [...drafts];
  const rows = await tx.all<{ id: string }>(
    `SELECT id FROM documents WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  // Only documents this batch adds: an extraction alone (a re-extraction) always stays.
  const known = new Set(rows.map((row) => row.id));
  return drafts.filter(({ draft }) => {
    const id = documentIdOf(draft);
    return id === null || !known.has(id);
  });
}

/** Pages through the ledger table from `afterSeq`, in seq order. */
async function* rowsAfter(driver: SqlDriver, afterSeq: number, until: number) {
  let last = afterSeq;
  while (last < until) {
    const rows = await driver.all<{ seq: number; text: string }>(
      'SELECT seq, text FROM ledger WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?',
      [last, until, PAGE],
    );
    if (rows.length === 0) return;
    for (const row of rows) yield { seq: Number(row.seq), text: row.text };
    last = Number(rows[rows.length - 1]!.seq);
  }
}

/**
 * The ledger in the `ledger` table reached through `driver`, projecting appends with `search`.
 * Closing it leaves the driver open: its owner closes that.
 */
export function createPostgresLedger(driver: SqlDriver, search: SearchDialect): LedgerStore {
  const times = { appends: 0, waitingSeconds: 0, holdingSeconds: 0 };
  return {
    head: () => headOf(driver),
    async append(drafts): Promise<readonly LedgerEntry[]> {
      if (drafts.length === 0) return Object.freeze([]);
      // Canonical JSON and projection rows before the lock: holding it, a writer only hashes and writes.
      const encoded = encodeDrafts(drafts);
      const prepared = new Map(
        encoded.map((draft) => [
          draft,
          prepareRows(search, { kind: draft.draft.kind, payload: draft.payload }),
        ]),
      );
      const started = performance.now();
      let locked = started;
      const entries = await driver.transaction(async (tx) => {
        await tx.get('SELECT pg_advisory_xact_lock(?)', [LEDGER_LOCK]);
        locked = performance.now();
        // Queries issued together go out together: each Promise.all is one round trip.
        const [kept, head] = await Promise.all([withoutKnownDocuments(tx, encoded), headOf(tx)]);
        if (kept.length === 0) return Object.freeze([]);
        const { entries, lines } = chainEncoded(head, kept);
        const values = entries.map(() => '(?, ?, ?)').join(', ');
        // Both settled before the transaction ends, whichever fails first.
        const settled = await Promise.allSettled([
          tx.run(
            `INSERT INTO ledger (seq, hash, text) VALUES ${values}`,
            entries.flatMap((entry, index) => [entry.seq, entry.hash, lines[index]!]),
          ),
          applyEntries(
            tx,
            search,
            entries,
            kept.map((draft) => prepared.get(draft) ?? null),
          ),
        ]);
        for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
        return entries;
      });
      // The lock is the transaction's: it is held until the commit has returned.
      times.appends++;
      times.waitingSeconds += (locked - started) / 1000;
      times.holdingSeconds += (performance.now() - locked) / 1000;
      return entries;
    },
    appendTimes: (): AppendTimes => ({ ...times }),
    entries(afterSeq = 0): AsyncIterable<LedgerEntry> {
      if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) {
        throw new RangeError(`Cannot read entries after seq ${afterSeq}: it is not a non-negative integer`);
      }
      return (async function* () {
        const { seq: until } = await headOf(driver);
        for await (const row of rowsAfter(driver, afterSeq, until)) yield entryOfLine(row.text, row.seq);
      })();
    },
    records(): AsyncIterable<LedgerRecord> {
      return (async function* () {
        const { seq: until } = await headOf(driver);
        for await (const row of rowsAfter(driver, 0, until)) {
          yield { line: row.seq, text: row.text, bytes: Buffer.byteLength(row.text), complete: true };
        }
      })();
    },
    // Appends are transactions: no record is ever seen half written.
    writerActive: () => Promise.resolve(false),
    close: () => Promise.resolve(),
  };
}
