/**
 * Adding and editing sources: each change checked against the registry (a name, alias or
 * domain belongs to one source only) and appended to the ledger as `source.registered`.
 * @module
 */
import { SanadError } from '../core/errors.js';
import type { LedgerStore } from '../ledger/index.js';
import {
  SourceRegistry,
  addressOf,
  nameKey,
  namesOf,
  parseSourceRecord,
  type SourceRecord,
} from '../sources/index.js';
import type { ProjectionStore, StoredSource } from '../store/index.js';

/** The fields a user gives for a new source; `id` is made from the name when left out. */
export interface SourceInput {
  readonly id?: string;
  readonly name?: string;
  readonly name_fa?: string;
  readonly aliases?: readonly string[];
  readonly aliases_fa?: readonly string[];
  readonly domains?: readonly string[];
  readonly kind?: string;
  readonly group?: string;
  readonly note?: string;
}

/** What an edit changes: given scalar fields replace, given names and domains are added. */
export type SourceChanges = Omit<SourceInput, 'id'>;

interface Parts {
  readonly ledger: LedgerStore;
  readonly store: ProjectionStore;
}

/** The registry as the store holds it: shipped sources with every registered change on top. */
export async function currentRegistry(store: ProjectionStore): Promise<SourceRegistry> {
  const stored = await store.listSources();
  return new SourceRegistry(stored.map(({ origin: _origin, seq: _seq, ...record }) => record));
}

function slugOf(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Refuses a record whose id, names or domains another source already has. */
function checkUnique(record: SourceRecord, registry: SourceRegistry, action: string): void {
  const fail = (reason: string): never => {
    throw new SanadError('SANAD_INVALID_ARGUMENT', `Cannot ${action} source "${record.name}": ${reason}`);
  };
  for (const name of namesOf(record)) {
    const owner = registry.findByName(name);
    if (owner && owner.id !== record.id)
      fail(`the name "${name}" is already source "${owner.id}" (${owner.name})`);
  }
  for (const domain of record.domains) {
    if (!addressOf(domain)?.host.includes('.')) fail(`"${domain}" is not a web domain`);
    const owner = registry.all().find((other) => other.id !== record.id && other.domains.includes(domain));
    if (owner) fail(`the domain "${domain}" is already source "${owner.id}" (${owner.name})`);
  }
}

async function register(parts: Parts, action: 'add' | 'edit', source: SourceRecord): Promise<StoredSource> {
  const entries = await parts.ledger.append([{ kind: 'source.registered', payload: { action, source } }]);
  await parts.store.apply(entries);
  const stored = (await parts.store.listSources()).find((s) => s.id === source.id);
  if (!stored)
    throw new SanadError('SANAD_STORE_FAILED', `Cannot read source "${source.id}" back from the store`);
  return stored;
}

export async function addSource(parts: Parts, input: SourceInput): Promise<StoredSource> {
  const name = input.name?.trim();
  if (!name)
    throw new SanadError('SANAD_INVALID_ARGUMENT', 'Cannot add a source without a name: give --name');
  const id = input.id ?? slugOf(name);
  if (!id) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot add source "${name}": no id can be made from its name; give --id`,
    );
  }
  const record = parseSourceRecord({ ...input, id }, `add source "${name}"`);
  const registry = await currentRegistry(parts.store);
  if (registry.get(record.id)) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot add source "${record.name}": the id "${record.id}" is taken; use sanad sources edit ${record.id}`,
    );
  }
  checkUnique(record, registry, 'add');
  return register(parts, 'add', record);
}

const union = (old: readonly string[], added: readonly string[] | undefined): string[] => [
  ...new Set([...old, ...(added ?? [])]),
];

export async function editSource(
  parts: Parts,
  nameOrId: string,
  changes: SourceChanges,
): Promise<StoredSource> {
  const registry = await currentRegistry(parts.store);
  const current = registry.get(nameOrId) ?? registry.resolve(nameOrId);
  if (!current) {
    throw new SanadError(
      'SANAD_NOT_FOUND',
      `Cannot edit source "${nameOrId}": no source of that id, name or domain; see sanad sources list`,
    );
  }
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const record = parseSourceRecord(
    {
      ...current,
      ...defined,
      id: current.id,
      aliases: union(current.aliases, changes.aliases),
      aliases_fa: union(current.aliases_fa, changes.aliases_fa),
      domains: union(current.domains, changes.domains),
    },
    `edit source "${nameOrId}"`,
  );
  if (JSON.stringify(record) === JSON.stringify(parseSourceRecord(current))) {
    throw new SanadError('SANAD_INVALID_ARGUMENT', `Cannot edit source "${nameOrId}": nothing would change`);
  }
  checkUnique(record, registry, 'edit');
  return register(parts, 'edit', record);
}
