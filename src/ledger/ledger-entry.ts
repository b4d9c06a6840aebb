/**
 * Ledger entries: frozen `{seq, at, kind, payload, prev, hash}` values whose hash is the
 * SHA-256 of the RFC 8785 canonical JSON of everything but the hash.
 * @module
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './_canonical-json.js';

/** Every kind of entry the ledger holds; add a member here to add a kind. */
export const LEDGER_KINDS = [
  'document.added',
  'extraction.added',
  'source.registered',
  'review.recorded',
  'entity.merged',
] as const;

export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntry {
  /** 1 for the first entry, then 2, 3, … with no gaps. */
  readonly seq: number;
  /** ISO 8601 timestamp of the append. */
  readonly at: string;
  readonly kind: LedgerKind;
  /** Any JSON value. */
  readonly payload: unknown;
  /** The hash of the entry before; GENESIS_PREV for the first. */
  readonly prev: string;
  /** `'sha256:' + hex(sha256(canonicalize(entry without hash)))`. */
  readonly hash: string;
}

/** What a caller hands to `append`; the ledger assigns seq, prev and hash. */
export interface EntryDraft {
  kind: LedgerKind;
  payload: unknown;
  /** Defaults to the time of the append. */
  at?: string;
}

/** The `prev` of entry 1, and the head of an empty ledger. */
export const GENESIS_PREV = `sha256:${'0'.repeat(64)}`;

const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** The SHA-256 of a string's UTF-8 bytes, as `sha256:<hex>`. */
export function sha256Of(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * The hash an entry must carry: SHA-256 of the canonical JSON of seq, at, kind, payload
 * and prev (any other property, such as an existing hash, is ignored).
 * @example
 * hashEntry({ seq: 1, at: '2025-01-01T00:00:00.000Z', kind: 'document.added', payload: {}, prev: GENESIS_PREV });
 */
export function hashEntry(entry: Omit<LedgerEntry, 'hash'>): string {
  const { seq, at, kind, payload, prev } = entry;
  const text = canonicalJson({ seq, at, kind, payload, prev });
  if (text === undefined) throw new TypeError(`Cannot hash entry ${seq}: it has no JSON form`);
  return sha256Of(text);
}

export function isLedgerKind(value: unknown): value is LedgerKind {
  return typeof value === 'string' && (LEDGER_KINDS as readonly string[]).includes(value);
}

/** Freezes a JSON value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Factory and guard for ledger entries. */
export const LedgerEntry = {
  /** A frozen entry with its hash computed; the payload is frozen too. */
  create(fields: Omit<LedgerEntry, 'hash'>): LedgerEntry {
    const { seq, at, kind, payload, prev } = fields;
    return Object.freeze({ seq, at, kind, payload: deepFreeze(payload), prev, hash: hashEntry(fields) });
  },

  /** Whether a value has the shape of a ledger entry (its hash is not recomputed). */
  is(value: unknown): value is LedgerEntry {
    if (value === null || typeof value !== 'object') return false;
    const entry = value as Record<string, unknown>;
    return (
      Number.isSafeInteger(entry['seq']) &&
      (entry['seq'] as number) >= 1 &&
      typeof entry['at'] === 'string' &&
      isLedgerKind(entry['kind']) &&
      'payload' in entry &&
      typeof entry['prev'] === 'string' &&
      HASH_PATTERN.test(entry['prev']) &&
      typeof entry['hash'] === 'string' &&
      HASH_PATTERN.test(entry['hash'])
    );
  },
} as const;
