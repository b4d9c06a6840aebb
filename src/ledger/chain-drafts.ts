/**
 * Turning drafts into entries chained after a head: the one place seq, prev and hash are
 * assigned, shared by every LedgerStore (the file, and a database table).
 * @module
 */
import { canonicalForm, type CanonicalForm } from './_canonical-json.js';
import { canonicalPayload, decodeLine, encodeLine, lineOf } from './_entry-codec.js';
import { deepFreeze, isLedgerKind, type EntryDraft, type LedgerEntry } from './ledger-entry.js';
import type { LedgerHead } from './ledger-store.js';

/** A batch ready to store: each entry and its stored text (canonical JSON, no newline). */
export interface ChainedBatch {
  readonly entries: readonly LedgerEntry[];
  readonly lines: readonly string[];
  /** The lines as UTF-8, each ended by a newline: what a file appends. */
  bytes(): Buffer;
  readonly head: LedgerHead;
}

/** The draft's own `at`, if any; throws TypeError on a draft the ledger cannot hold. */
function checkDraft(draft: EntryDraft, seq: number): string | undefined {
  if (!isLedgerKind(draft.kind)) {
    throw new TypeError(
      `Cannot append entry ${seq}: kind ${JSON.stringify(draft.kind) ?? 'undefined'} is not a ledger kind`,
    );
  }
  if (draft.at === undefined) return undefined;
  if (typeof draft.at !== 'string' || Number.isNaN(Date.parse(draft.at))) {
    throw new TypeError(`Cannot append entry ${seq}: at ${JSON.stringify(draft.at)} is not an ISO timestamp`);
  }
  return draft.at;
}

/**
 * A draft with what chaining it costs before its place in the ledger is known: its payload's
 * canonical JSON and the frozen payload read back from it (null when it has none; chaining
 * then throws the TypeError that names the entry).
 */
export interface EncodedDraft {
  readonly draft: EntryDraft;
  readonly payloadJson: string | null;
  readonly payload: unknown;
}

/** Encodes drafts ahead of chaining, so that a writer holding the ledger's head only hashes. */
export function encodeDrafts(drafts: readonly EntryDraft[]): EncodedDraft[] {
  return drafts.map((draft) => {
    let form: CanonicalForm | undefined;
    try {
      form = canonicalForm(draft.payload);
    } catch {
      form = undefined;
    }
    return form === undefined
      ? { draft, payloadJson: null, payload: null }
      : { draft, payloadJson: form.json, payload: deepFreeze(form.value) };
  });
}

/**
 * The drafts as entries chained after `head`, with their stored text. Entries hold what parsing
 * the canonical JSON yields, so a caller holds exactly what reading the ledger will yield.
 */
export function chainDrafts(
  head: LedgerHead,
  drafts: readonly EntryDraft[],
  now: string = new Date().toISOString(),
): ChainedBatch {
  return chainEncoded(head, encodeDrafts(drafts), now);
}

/** chainDrafts() for drafts encoded beforehand. */
export function chainEncoded(
  head: LedgerHead,
  drafts: readonly EncodedDraft[],
  now: string = new Date().toISOString(),
): ChainedBatch {
  let { seq, hash: prev } = head;
  const lines: string[] = [];
  const pieces: Buffer[] = [];
  const entries: LedgerEntry[] = [];
  for (const { draft, payloadJson: encoded, payload } of drafts) {
    seq += 1;
    const at = checkDraft(draft, seq) ?? now;
    const payloadJson = encoded ?? canonicalPayload(draft.payload, seq);
    const entry = { seq, at, kind: draft.kind, payload: draft.payload, prev };
    const line = encodeLine(entry, Buffer.from(payloadJson, 'utf8'));
    lines.push(lineOf({ entry, payloadJson }, line.hash));
    pieces.push(...line.pieces);
    entries.push(Object.freeze({ seq, at, kind: draft.kind, payload, prev, hash: line.hash }));
    prev = line.hash;
  }
  return {
    entries: Object.freeze(entries),
    lines,
    bytes: () => Buffer.concat(pieces),
    head: { seq, hash: prev },
  };
}

/** The entry a stored line holds; throws TypeError naming the line when it holds none. */
export function entryOfLine(text: string, line: number): LedgerEntry {
  const decoded = decodeLine(text, line);
  if (!decoded.ok) throw new TypeError(decoded.reason);
  return deepFreeze(decoded.entry);
}
