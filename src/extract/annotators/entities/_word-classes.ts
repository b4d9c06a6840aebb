/**
 * What the lexicons and the registry say about single word keys, as bits read with one lookup
 * per token. The passes ask every token the same few questions ("a role head?", "a given
 * name?"), and a set lookup per question and token costs more than the rest of their work.
 * @module
 */
import { WordMap } from '../../word-set.js';
import { latinLexicon, persianLexicon, type Lexicon } from './_lexicon.js';
import { registryTrie } from './registry.js';

/** One bit per question; a key's class is the union of the bits of the sets that hold it. */
export const WordClass = {
  roleHead: 1 << 0,
  givenName: 1 << 1,
  ambiguousGivenName: 1 << 2,
  nameConnector: 1 << 3,
  nonName: 1 << 4,
  functionWord: 1 << 5,
  orgHead: 1 << 6,
  determiner: 1 << 7,
  orgNameStop: 1 << 8,
  /** First word of a registered name or alias, in any script. */
  registryStart: 1 << 9,
  /** An honorific of one word ("Ayatollah", "Mrs"). */
  honorific: 1 << 10,
  /** First word of an honorific ("Grand" of "Grand Ayatollah") or of a full title. */
  titleStart: 1 << 11,
  /** A full title of one word ("نخست‌وزیر"). */
  title: 1 << 12,
  /** A verb form the lexicon inflects ("رفتند", "می‌کنند"). */
  verbForm: 1 << 13,
  /** A word that ends an organization's name read from its Persian head word ("متعلق"). */
  orgComplementStop: 1 << 14,
} as const;

// Most words of a text are in no class: the WordMap turns them away without hashing them.
function classTable(lexicon: Lexicon): WordMap<number> {
  const table = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const key of keys) table.set(key, (table.get(key) ?? 0) | bit);
  };
  mark(lexicon.roleHeads, WordClass.roleHead);
  mark(lexicon.givenNames.keys(), WordClass.givenName);
  mark(lexicon.ambiguousGivenNames, WordClass.ambiguousGivenName);
  mark(lexicon.nameConnectors, WordClass.nameConnector);
  mark(lexicon.nonNames, WordClass.nonName);
  mark(lexicon.functionWords, WordClass.functionWord);
  mark(lexicon.orgHeads, WordClass.orgHead);
  mark(lexicon.determiners, WordClass.determiner);
  mark(lexicon.orgNameStops, WordClass.orgNameStop);
  mark(registryTrie.firstWords(), WordClass.registryStart);
  mark(lexicon.honorifics.singleWords(), WordClass.honorific);
  mark(lexicon.honorifics.firstWords(), WordClass.titleStart);
  mark(lexicon.titles.firstWords(), WordClass.titleStart);
  mark(lexicon.titles.singleWords(), WordClass.title);
  mark(lexicon.verbForms, WordClass.verbForm);
  mark(lexicon.orgComplementStops, WordClass.orgComplementStop);
  return new WordMap(table);
}

const latinClasses = classTable(latinLexicon);
const persianClasses = classTable(persianLexicon);

/** The class bits of a token key, asked of the lexicon of the token's script. */
export function wordClassOf(key: string, latin: boolean): number {
  if (latin) return latinClasses.get(key) ?? 0;
  const bits = persianClasses.get(key) ?? 0;
  // Given names by prefix ("عبدالصاحب") are in no table.
  return (bits & WordClass.givenName) === 0 && persianLexicon.givenNames.has(key)
    ? bits | WordClass.givenName
    : bits;
}
