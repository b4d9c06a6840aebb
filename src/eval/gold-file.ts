/**
 * Hand-written gold files: their shape and how they are read. Two sets share one shape:
 * the team's gold for `samples/` (test/testdata/gold/*.json) and the gold for the corpus
 * seeds (src/eval/gold-seeds/*.json), which must not copy the seeds' sentences and so
 * gives each statement's quote as character offsets into the raw seed file (`quote_at`)
 * instead of as a string.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountKey, EventType, Interval, Qualifier } from '../core/types.js';

/** Fields every surface-string entry may carry to pick among repeated strings. */
interface Located {
  /** The exact surface string in the document's cleaned text. */
  readonly text: string;
  /**
   * Which occurrence (1-based) of `text` it is, counting only occurrences not inside a
   * longer entry of the same field; when absent, entries of the same string take the
   * occurrences in order.
   */
  readonly nth?: number;
}

export interface GoldQuantity extends Located, Interval {
  readonly qualifier: Qualifier;
  readonly approximate?: boolean;
  readonly unit?: string | null;
  readonly counted?: string | null;
}

export interface GoldDate extends Located {
  readonly start: string;
  readonly end: string;
  readonly precision?: string;
  readonly calendar?: string;
}

export interface GoldName extends Located {
  /** Canonical name (English, also for Persian documents). */
  readonly name: string;
  readonly kind?: string;
  /** Other names that count as the same (a Persian full name not in the registry). */
  readonly aliases?: readonly string[];
}

export interface GoldStatement {
  /** The reported words as they stand in the text (team gold). */
  readonly quote?: string;
  /** `[start, end]` of the reported words in the raw file (seed gold: no copied sentences). */
  readonly quote_at?: readonly [number, number];
  readonly nth?: number;
  readonly direct?: boolean;
  readonly speaker: string;
  readonly verb?: string;
  /** Outermost first: the document's source, each relay, the speaker last. */
  readonly chain: readonly string[];
}

export interface GoldEvent {
  readonly type: EventType;
  readonly where: readonly string[];
  readonly when: { readonly start: string; readonly end: string } | null;
  readonly counts: Partial<Record<CountKey, Interval>>;
  readonly asserted_by?: string | null;
  readonly actors?: readonly string[];
  readonly targets?: readonly string[];
  readonly summary?: string;
}

export interface GoldDocument {
  /** Where the gold file is, for messages. */
  readonly goldFile: string;
  /** The document it annotates: `samples/…` (repository) or `seeds/…` (../shared/corpus). */
  readonly document: string;
  /** SHA-256 (hex) of the raw document, so offsets cannot silently drift. */
  readonly raw_sha256?: string;
  readonly published: string | null;
  readonly quantities: readonly GoldQuantity[];
  readonly dates: readonly GoldDate[];
  readonly places: readonly GoldName[];
  readonly persons: readonly GoldName[];
  readonly organizations: readonly GoldName[];
  readonly statements: readonly GoldStatement[];
  readonly events: readonly GoldEvent[];
}

type Raw = Record<string, unknown>;

function list<T>(raw: Raw, key: string, problems: string[], file: string): T[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`Cannot read "${key}" in ${file}: it is not an array`);
    return [];
  }
  return value as T[];
}

/**
 * Reads one gold file. Problems (a missing field, a wrong type) are returned, not thrown,
 * so one bad file does not hide the figures of the others.
 */
export function readGoldFile(file: string): { gold: GoldDocument | null; problems: string[] } {
  const problems: string[] = [];
  let raw: Raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Raw;
  } catch (error) {
    return {
      gold: null,
      problems: [`Cannot read gold file ${file}: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const document = raw.sample ?? raw.seed;
  if (typeof document !== 'string') {
    return { gold: null, problems: [`Cannot read gold file ${file}: it names no "sample" or "seed"`] };
  }
  const gold: GoldDocument = {
    goldFile: file,
    document,
    ...(typeof raw.raw_sha256 === 'string' ? { raw_sha256: raw.raw_sha256 } : {}),
    published: typeof raw.published === 'string' ? raw.published : null,
    quantities: list(raw, 'quantities', problems, file),
    dates: list(raw, 'dates', problems, file),
    places: list(raw, 'places', problems, file),
    persons: list(raw, 'persons', problems, file),
    organizations: list(raw, 'organizations', problems, file),
    statements: list(raw, 'statements', problems, file),
    events: list(raw, 'events', problems, file),
  };
  for (const s of gold.statements) {
    if (typeof s.quote !== 'string' && !Array.isArray(s.quote_at)) {
      problems.push(`Cannot read a statement in ${file}: it has neither "quote" nor "quote_at"`);
    }
  }
  return { gold, problems };
}

/** Every `*.json` gold file in a folder, sorted by name. */
export function goldFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}
