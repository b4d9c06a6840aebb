/**
 * The append-only, hash-chained ledger: sanad's only source of truth.
 * @module
 */
export { canonicalJson } from './_canonical-json.js';
export {
  chainDrafts,
  chainEncoded,
  encodeDrafts,
  entryOfLine,
  type ChainedBatch,
  type EncodedDraft,
} from './chain-drafts.js';
export { LedgerCorruptError, LedgerLockedError } from './errors.js';
export { openFileLedger, type FileLedgerStore, type TailRecovery } from './file-ledger-store.js';
export {
  GENESIS_PREV,
  LEDGER_KINDS,
  LedgerEntry,
  hashEntry,
  isLedgerKind,
  type EntryDraft,
  type LedgerKind,
} from './ledger-entry.js';
export type { AppendTimes, LedgerHead, LedgerRecord, LedgerRecords, LedgerStore } from './ledger-store.js';
export { readFileLedger } from './read-file-ledger.js';
export { verifyLedger, type VerifyResult } from './verify-ledger.js';
