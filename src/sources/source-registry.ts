/**
 * The source registry: the sources sanad ships (`registry.json`) with the ones users
 * register on top, looked up by any name or by web address.
 * @module
 */
import shipped from './registry.json' with { type: 'json' };
import { SanadError } from '../core/errors.js';
import { addressOf, domainMatchScore } from './domain-match.js';
import { nameKey } from './name-key.js';
import { OutletMentionFinder } from './outlet-mention.js';
import { namesOf, sourceRecordSchema, type SourceRecord } from './source-record.js';

export class SourceRegistry {
  readonly #byId: ReadonlyMap<string, SourceRecord>;
  readonly #byName: ReadonlyMap<string, SourceRecord>;
  #mentions: OutletMentionFinder | undefined;

  /** Later records replace earlier ones with the same id. */
  constructor(records: Iterable<SourceRecord>) {
    const byId = new Map<string, SourceRecord>();
    for (const record of records) byId.set(record.id, record);
    const byName = new Map<string, SourceRecord>();
    for (const record of byId.values()) {
      for (const name of [record.id, ...namesOf(record)]) {
        const key = nameKey(name);
        if (key && !byName.has(key)) byName.set(key, record);
      }
    }
    this.#byId = byId;
    this.#byName = byName;
  }

  /** Every source, in registry order. */
  all(): SourceRecord[] {
    return [...this.#byId.values()];
  }

  get(id: string): SourceRecord | undefined {
    return this.#byId.get(id);
  }

  /** The source with this name, id or alias, in English or Persian; case, diacritics and letter forms aside. */
  findByName(name: string): SourceRecord | undefined {
    return this.#byName.get(nameKey(name));
  }

  /**
   * The source named by the longest run of leading words of `text`: "NCRI Foreign Affairs
   * Committee" is the NCRI's, "PMOI / MEK Iran" the PMOI's.
   */
  findByLeadingName(text: string): SourceRecord | undefined {
    const words = text.trim().split(/\s+/);
    for (let count = words.length; count > 0; count--) {
      const found = this.findByName(words.slice(0, count).join(' '));
      if (found) return found;
    }
    return undefined;
  }

  /** The finder of outlets a text names as tellers of its news ("Tasnim reported"), built once. */
  mentions(): OutletMentionFinder {
    this.#mentions ??= new OutletMentionFinder(this.#byId.values());
    return this.#mentions;
  }

  /** The source whose domain covers a URL or host name; subdomains match, the most specific domain wins. */
  findByDomain(hostOrUrl: string): SourceRecord | undefined {
    const address = addressOf(hostOrUrl);
    if (!address) return undefined;
    let best: SourceRecord | undefined;
    let bestScore = 0;
    for (const record of this.#byId.values()) {
      for (const domain of record.domains) {
        const score = domainMatchScore(domain, address);
        if (score > bestScore) [best, bestScore] = [record, score];
      }
    }
    return best;
  }

  /** By name first, then by domain: what `sanad ingest --source NAME` accepts. */
  resolve(nameOrDomain: string): SourceRecord | undefined {
    return (
      this.findByName(nameOrDomain) ??
      (nameOrDomain.includes('.') ? this.findByDomain(nameOrDomain) : undefined)
    );
  }

  /** A registry with these records added or replacing those of the same id. */
  with(records: Iterable<SourceRecord>): SourceRegistry {
    return new SourceRegistry([...this.#byId.values(), ...records]);
  }
}

/**
 * Checks one source against the record schema; the error names the source and the field.
 * `action` completes "Cannot …": `add source "Daily Planet"`.
 */
export function parseSourceRecord(value: unknown, action = 'read source'): SourceRecord {
  const parsed = sourceRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'record';
  throw new SanadError(
    'SANAD_INVALID_ARGUMENT',
    `Cannot ${action}: ${field}: ${issue?.message ?? 'invalid'}`,
  );
}

let shippedRegistry: SourceRegistry | undefined;

/** The sources that ship with sanad, checked once. */
export function loadSourceRegistry(): SourceRegistry {
  shippedRegistry ??= new SourceRegistry(
    shipped.sources.map((value, index) =>
      parseSourceRecord(value, `read source ${index + 1} of registry.json`),
    ),
  );
  return shippedRegistry;
}
