/**
 * One ledger line ⇄ one entry. A line is the RFC 8785 canonical JSON of the whole entry, so
 * every byte of it is fixed by the entry's content and any edit is detectable.
 * @module
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './_canonical-json.js';
import { sha256Of, type LedgerEntry } from './ledger-entry.js';

const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** An entry with the canonical JSON of its payload, computed once and reused. */
export interface EncodedEntry {
  readonly entry: Omit<LedgerEntry, 'hash'>;
  readonly payloadJson: string;
}

/**
 * The canonical JSON of a payload; throws TypeError when it has none (undefined, NaN,
 * Infinity, a cycle, a lone surrogate).
 */
export function canonicalPayload(payload: unknown, seq: number): string {
  let text: string | undefined;
  try {
    text = canonicalJson(payload);
  } catch (error) {
    throw new TypeError(`Cannot append entry ${seq}: payload is not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (text === undefined)
    throw new TypeError(`Cannot append entry ${seq}: payload is not JSON (it is "${typeof payload}")`);
  return text;
}

// Canonical key order is at, hash, kind, payload, prev, seq; building the text by hand
// lets the payload, by far the largest part, be canonicalized once for hash and line.
function hashHead(entry: Omit<LedgerEntry, 'hash' | 'payload'>): string {
  return `{"at":${JSON.stringify(entry.at)},"kind":${JSON.stringify(entry.kind)},"payload":`;
}

function lineHead(entry: Omit<LedgerEntry, 'hash' | 'payload'>, hash: string): string {
  return `{"at":${JSON.stringify(entry.at)},"hash":${JSON.stringify(hash)},"kind":${JSON.stringify(entry.kind)},"payload":`;
}

function tail(entry: Omit<LedgerEntry, 'hash' | 'payload'>): string {
  return `,"prev":${JSON.stringify(entry.prev)},"seq":${entry.seq}}`;
}

/** The hash of an entry whose payload is already canonical JSON. */
export function hashEncoded({ entry, payloadJson }: EncodedEntry): string {
  return sha256Of(`${hashHead(entry)}${payloadJson}${tail(entry)}`);
}

/** The ledger line of an entry (without the newline). */
export function lineOf({ entry, payloadJson }: EncodedEntry, hash: string): string {
  return `${lineHead(entry, hash)}${payloadJson}${tail(entry)}`;
}

/** An entry's hash and its ledger line as UTF-8 with its newline, in pieces to concatenate. */
export interface EncodedLine {
  readonly hash: string;
  readonly pieces: readonly Buffer[];
}

/**
 * hashEncoded() and lineOf() (with the newline) for a payload whose canonical JSON is already
 * UTF-8: the payload, by far the largest part, is encoded once for both and never copied into a
 * string of the whole line.
 */
export function encodeLine(entry: Omit<LedgerEntry, 'hash' | 'payload'>, payloadBytes: Buffer): EncodedLine {
  const digest = createHash('sha256').update(hashHead(entry)).update(payloadBytes).update(tail(entry));
  const hash = `sha256:${digest.digest('hex')}`;
  return {
    hash,
    pieces: [
      Buffer.from(lineHead(entry, hash), 'utf8'),
      payloadBytes,
      Buffer.from(`${tail(entry)}\n`, 'utf8'),
    ],
  };
}

export type DecodedLine =
  { ok: true; entry: LedgerEntry } | { ok: false; seq: number | null; reason: string };

/**
 * Parses one line and checks its shape (not its hash). Kinds this version does not know
 * pass, so that an older sanad can still verify a ledger written by a newer one.
 */
export function decodeLine(text: string, line: number | null): DecodedLine {
  const where = line === null ? 'the last line' : `line ${line}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      seq: null,
      reason: `Cannot read ${where}: it is not valid JSON (${(error as Error).message})`,
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, seq: null, reason: `Cannot read ${where}: it is not a JSON object` };
  }
  const fields = value as Record<string, unknown>;
  const seq = fields['seq'];
  if (!Number.isSafeInteger(seq) || (seq as number) < 1) {
    return {
      ok: false,
      seq: null,
      reason: `Cannot read ${where}: seq ${JSON.stringify(seq) ?? 'undefined'} is not a positive integer`,
    };
  }
  const problem = shapeProblem(fields);
  if (problem !== null)
    return { ok: false, seq: seq as number, reason: `Cannot read entry ${String(seq)}: ${problem}` };
  return { ok: true, entry: value as LedgerEntry };
}

function shapeProblem(fields: Record<string, unknown>): string | null {
  if (typeof fields['at'] !== 'string') return 'at is not a string';
  if (typeof fields['kind'] !== 'string' || fields['kind'] === '') return 'kind is not a non-empty string';
  if (!('payload' in fields)) return 'it has no payload';
  if (typeof fields['prev'] !== 'string' || !HASH_PATTERN.test(fields['prev']))
    return 'prev is not a "sha256:" hash';
  if (typeof fields['hash'] !== 'string' || !HASH_PATTERN.test(fields['hash']))
    return 'hash is not a "sha256:" hash';
  return null;
}

/** The first reason an entry does not follow `previous` (seq and prev), or null. */
export function linkProblem(entry: LedgerEntry, previous: { seq: number; hash: string }): string | null {
  const expected = previous.seq + 1;
  if (entry.seq !== expected) {
    const why =
      entry.seq > expected
        ? `entry ${expected} is missing or out of order`
        : 'entries are out of order or repeated';
    return `Cannot verify entry ${entry.seq}: expected seq ${expected} at this line (${why})`;
  }
  if (entry.prev !== previous.hash) {
    const before = entry.seq === 1 ? 'the genesis hash' : `the hash of entry ${previous.seq}`;
    return `Cannot verify entry ${entry.seq}: prev does not match ${before}`;
  }
  return null;
}

/** The first reason an entry's bytes do not match its hash, or null. */
export function contentProblem(entry: LedgerEntry, text: string): string | null {
  let payloadJson: string;
  try {
    payloadJson = canonicalPayload(entry.payload, entry.seq);
  } catch (error) {
    return `Cannot verify entry ${entry.seq}: ${(error as Error).message}`;
  }
  const encoded: EncodedEntry = { entry, payloadJson };
  const hash = hashEncoded(encoded);
  if (hash !== entry.hash)
    return `Cannot verify entry ${entry.seq}: hash "${shortHash(entry.hash)}" does not match its content`;
  if (lineOf(encoded, hash) !== text)
    return `Cannot verify entry ${entry.seq}: its line is not in canonical form (bytes were changed)`;
  return null;
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 'sha256:'.length + 8)}…`;
}
