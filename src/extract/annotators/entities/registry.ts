/**
 * The registry of organizations and well-known persons (`rules/entities.json`): alias
 * lookups by name and a phrase trie for finding aliases in running text.
 * @module
 */
import registry from '../../rules/entities.json' with { type: 'json' };
import { PhraseTrie, shapeOf } from './_phrase-trie.js';
import { tokenize } from './_tokens.js';
import type { Gender } from './_lexicon.js';
import { boundedMemo } from '../../bounded-memo.js';

export type OrganizationType =
  'outlet' | 'agency' | 'party' | 'armed' | 'ngo' | 'un' | 'government' | 'other';

export interface OrganizationRecord {
  readonly name: string;
  readonly kind: 'organization';
  readonly group?: string;
  readonly type?: OrganizationType;
}

export interface PersonRecord {
  readonly name: string;
  readonly kind: 'person';
  readonly group?: string;
  readonly gender?: Gender;
}

export type RegistryRecord = OrganizationRecord | PersonRecord;

/** How an alias may be used in running text. */
export type AliasUse = 'name' | 'contextual' | 'role';

export interface RegistryAlias {
  readonly record: RegistryRecord;
  readonly use: AliasUse;
  /** The alias's words, for exact-case checks of abbreviations ("MEK", not "mek"). */
  readonly words: readonly string[];
  /** For each word, whether it is written in capitals ("MEK") and text must write it so. */
  readonly capitals: readonly boolean[];
  /** For each word, whether it opens with a capital letter ("Resistance" in "Iranian Resistance"). */
  readonly initials: readonly boolean[];
  readonly gaps: readonly string[];
  /** Whether the alias may match text written all in lower case ("the judiciary"). */
  readonly lowercaseOk: boolean;
  /** Every alias of the record, for `Entity.aliases`. */
  readonly aliases: readonly string[];
}

interface RawOrganization {
  readonly name: string;
  readonly type?: string;
  readonly group?: string;
  readonly aliases?: readonly string[];
  readonly contextual?: readonly string[];
}

interface RawPerson {
  readonly name: string;
  readonly gender?: string;
  readonly group?: string;
  readonly surname?: string;
  readonly aliases?: readonly string[];
  readonly roleAliases?: readonly string[];
}

const ORGANIZATION_TYPES = new Set<string>([
  'outlet',
  'agency',
  'party',
  'armed',
  'ngo',
  'un',
  'government',
  'other',
]);

/** The registry's version, part of the annotator's version. */
export const registryVersion: string = registry.version;

const trie = new PhraseTrie<RegistryAlias>();
const byKey = new Map<string, RegistryAlias[]>();
const bySurname = new Map<string, PersonRecord[]>();
const lowercaseOk = new Set(registry.lowercaseAliases.map((a) => shapeOf(a).keys.join(' ')));

function isAllCapsWord(word: string): boolean {
  return word.length >= 2 && /^[A-Z][A-Z0-9'’\-.]*$/.test(word) && /[A-Z].*[A-Z]/.test(word);
}

function phraseKey(text: string): string {
  return shapeOf(text).keys.join(' ');
}

function register(
  record: RegistryRecord,
  names: readonly string[],
  use: AliasUse,
  all: readonly string[],
): void {
  for (const name of names) {
    // Persian writes the same word with ZWNJ, with a space or joined; keys drop ZWNJ, a space splits.
    const variants = name.includes('\u200C') ? [name, name.replaceAll('\u200C', ' ')] : [name];
    for (const variant of variants) {
      const shape = shapeOf(variant);
      if (shape.keys.length === 0) continue;
      const key = shape.keys.join(' ');
      const alias: RegistryAlias = {
        record,
        use,
        words: shape.words,
        capitals: shape.words.map(isAllCapsWord),
        initials: shape.words.map((word) => /^\p{Lu}/u.test(word)),
        gaps: shape.gaps,
        lowercaseOk: lowercaseOk.has(key),
        aliases: all,
      };
      trie.add(shape.keys, alias);
      const list = byKey.get(key) ?? [];
      list.push(alias);
      byKey.set(key, list);
    }
  }
}

function organizationRecord(raw: RawOrganization): OrganizationRecord {
  const record: { name: string; kind: 'organization'; group?: string; type?: OrganizationType } = {
    name: raw.name,
    kind: 'organization',
  };
  if (raw.group) record.group = raw.group;
  if (raw.type && ORGANIZATION_TYPES.has(raw.type)) record.type = raw.type as OrganizationType;
  return Object.freeze(record);
}

function personRecord(raw: RawPerson): PersonRecord {
  const record: { name: string; kind: 'person'; group?: string; gender?: Gender } = {
    name: raw.name,
    kind: 'person',
  };
  if (raw.group) record.group = raw.group;
  if (raw.gender === 'male' || raw.gender === 'female') record.gender = raw.gender;
  return Object.freeze(record);
}

for (const raw of registry.organizations as readonly RawOrganization[]) {
  const record = organizationRecord(raw);
  const all = Object.freeze(
    [...(raw.aliases ?? []), ...(raw.contextual ?? [])].filter((a) => a !== raw.name),
  );
  register(record, [raw.name, ...(raw.aliases ?? [])], 'name', all);
  register(record, raw.contextual ?? [], 'contextual', all);
}
for (const raw of registry.persons as readonly RawPerson[]) {
  const record = personRecord(raw);
  const all = Object.freeze([...(raw.aliases ?? [])].filter((a) => a !== raw.name));
  register(record, [raw.name, ...(raw.aliases ?? [])], 'name', all);
  register(record, raw.roleAliases ?? [], 'role', all);
  const surnames = new Set<string>();
  const nameTokens = tokenize(raw.name);
  const last = nameTokens[nameTokens.length - 1];
  if (last) surnames.add(last.key);
  if (raw.surname) surnames.add(phraseKey(raw.surname));
  for (const surname of surnames) {
    const list = bySurname.get(surname) ?? [];
    list.push(record);
    bySurname.set(surname, list);
  }
}

/** The registry's phrase trie, for matching aliases in running text. */
export const registryTrie: PhraseTrie<RegistryAlias> = trie;

/** Registered persons whose surname has this key (one token key, e.g. "rajavi"). */
export function personsWithSurname(key: string): readonly PersonRecord[] {
  return bySurname.get(key) ?? [];
}

// Every mention of a name looks it up again, and names repeat.
const MAX_LOOKUPS = 20_000;

const lookup = boundedMemo(
  MAX_LOOKUPS,
  (name: string): readonly RegistryAlias[] =>
    byKey.get(phraseKey(name.trim().replace(/^the\s+/i, ''))) ?? byKey.get(phraseKey(name)) ?? [],
);

/**
 * The registered organization that `name` names (any alias, English or Persian), or null.
 * @example lookupOrganization('Sepah') // { name: 'Islamic Revolutionary Guard Corps', kind: 'organization', group: 'irgc', type: 'armed' }
 */
export function lookupOrganization(name: string): OrganizationRecord | null {
  for (const alias of lookup(name)) if (alias.record.kind === 'organization') return alias.record;
  return null;
}

/** The registered organization that `name` names by one of its names, not by a contextual alias ("Fars"). */
export function namedOrganization(name: string): OrganizationRecord | null {
  for (const alias of lookup(name))
    if (alias.record.kind === 'organization' && alias.use === 'name') return alias.record;
  return null;
}

/** The registered person that `name` names, or null. Office titles ("Supreme Leader") do not count. */
export function lookupPerson(name: string): PersonRecord | null {
  for (const alias of lookup(name))
    if (alias.record.kind === 'person' && alias.use === 'name') return alias.record;
  return null;
}

const LEADING_TITLE = /^(?:the|mr|mrs|ms|miss|dr|prof)\.?\s+/i;

/**
 * The canonical form of a name: the registry's name when any alias matches, otherwise the
 * text with white space collapsed, a possessive and a leading article or courtesy title removed.
 * Remembered, since every mention found by pattern is named canonically and names repeat.
 * @example canonicalName('Mojahedin-e Khalq') // "People's Mojahedin Organization of Iran"
 */
export const canonicalName: (text: string) => string = boundedMemo(MAX_LOOKUPS, readCanonicalName);

function readCanonicalName(text: string): string {
  const registered = lookup(text).find((a) => a.use !== 'role');
  if (registered) return registered.record.name;
  let name = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  name = name.replace(/[’']s$/, '').replace(/s[’']$/, 's');
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(LEADING_TITLE, '');
  }
  const again = lookup(name).find((a) => a.use !== 'role');
  return again ? again.record.name : name;
}
