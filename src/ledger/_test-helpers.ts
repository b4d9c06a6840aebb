/**
 * Shared setup for the ledger's tests: temporary ledger paths and realistic drafts.
 * @module
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntryDraft } from './ledger-entry.js';

/** A path for a ledger file inside a fresh temporary folder (the file does not exist yet). */
export function tempLedgerPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'sanad-ledger-')), 'home', 'ledger.jsonl');
}

/** A document draft with English and Persian text, numbered so entries differ. */
export function documentDraft(
  n: number,
  text = `Report ${n}: workers gathered in Ahvaz; کارگران در اهواز تجمع کردند.`,
): EntryDraft {
  return { kind: 'document.added', payload: { document: { id: `doc-${n}`, language: 'en', text } } };
}

export function documentDrafts(from: number, count: number): EntryDraft[] {
  return Array.from({ length: count }, (_, i) => documentDraft(from + i));
}

/** Every item of an async iterable, in order (Array.fromAsync arrives with Node 22). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
