/**
 * The pattern lexicons of `rules/entities-patterns.json`, loaded once into Sets, Maps and
 * tries keyed by token keys.
 * @module
 */
import patterns from '../../rules/entities-patterns.json' with { type: 'json' };
import { PhraseTrie, shapeOf } from './_phrase-trie.js';
import { keyOf } from './_tokens.js';

export type Gender = 'male' | 'female';

export interface OrgRoleRule {
  readonly nameWords?: readonly string[];
  readonly types?: readonly string[];
}

/** An honorific or title: "Mrs.", "Ayatollah", "وزیر اطلاعات". */
export interface TitleEntry {
  readonly text: string;
  readonly gender: Gender | null;
  /** Courtesy titles (Mr., Mrs.) say nothing about office. */
  readonly courtesy: boolean;
}

export interface Lexicon {
  readonly version: string;
  readonly honorifics: PhraseTrie<TitleEntry>;
  /** Full titles after which a lone surname is a name ("رئیس جمهور خاتمی"). */
  readonly titles: PhraseTrie<TitleEntry>;
  readonly roleHeads: ReadonlySet<string>;
  readonly roleModifiers: ReadonlySet<string>;
  readonly attributionVerbs: ReadonlySet<string>;
  readonly attributionBefore: PhraseTrie<true>;
  readonly attributionFollowers: ReadonlySet<string>;
  /** What follows a speaker who is the subject ("گفت", "اظهار داشت"): the word before is a name. */
  readonly speakerVerbs: PhraseTrie<true>;
  /** What opens the name of a person words are credited to ("به گفته", "به نقل از"). */
  readonly personSourceCues: PhraseTrie<true>;
  readonly determiners: ReadonlySet<string>;
  readonly formerMarkers: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, Gender | null>;
  readonly orgHeads: ReadonlySet<string>;
  /** Head words that name an organization only when a place ends the name ("تیم ملی ایران"). */
  readonly orgHeadsNamedByPlace: ReadonlySet<string>;
  /** Heads of the names of streets, squares and buildings named after a person ("خیابان شهید بهشتی"). */
  readonly placeNameHeads: ReadonlySet<string>;
  /** Head words a place after names no organization: "جمعیت ایران" is a population, "مرکز استان" a capital. */
  readonly orgHeadsNotNamedByPlace: ReadonlySet<string>;
  /** Nouns that stand for a place ("استان", "شهر"). */
  readonly placeNouns: ReadonlySet<string>;
  /** Words that count or pick out one of a kind ("یک", "هر"): a head word after one is a common noun. */
  readonly quantifiers: ReadonlySet<string>;
  /** A head word and the word after it that together are a common noun ("نیروی انسانی", "هیأت علمی"). */
  readonly commonOrgHeadPhrases: ReadonlySet<string>;
  /** Names of legislatures a term's ordinal goes on ("مجلس ششم"), and those ordinals. */
  readonly orgHeadsNamedByTerm: ReadonlySet<string>;
  readonly termOrdinals: ReadonlySet<string>;
  /** Offices written before the body they speak for, part of its name ("روابط عمومی"). */
  readonly orgOfficesBefore: ReadonlySet<string>;
  /** Words that, with a number or ordinal, name a branch of the body after them ("شعبه ۱۵"). */
  readonly orgBranchWords: ReadonlySet<string>;
  /** Common words that go on an organization's name after "و" ("دادسرای عمومی و انقلاب"). */
  readonly orgWordsAfterAnd: ReadonlySet<string>;
  /** A word and the number after it that together complete a name ("کیفری یک"). */
  readonly numberedOrgComplements: ReadonlySet<string>;
  /** Heads that are also verbal nouns of taking part ("شرکت"), the words before that make them so ("با"), and plural endings. */
  readonly participationHeads: ReadonlySet<string>;
  readonly participationOpeners: ReadonlySet<string>;
  readonly pluralEndings: readonly string[];
  readonly orgOpeners: ReadonlySet<string>;
  readonly orgConnectors: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  /** Words that end an organization's name read from its head word: days, months, function words. */
  readonly orgNameStops: ReadonlySet<string>;
  readonly givenNames: ReadonlyMap<string, Gender>;
  readonly ambiguousGivenNames: ReadonlySet<string>;
  /** Second words of given names written in two ("فضل الله", "زین العابدین"). */
  readonly givenNameTails: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly surnameSuffixes: readonly string[];
  /** Endings that make a word no surname whatever suffix it ends in: the plural "های". */
  readonly nonSurnameEndings: readonly string[];
  readonly orgRoleNouns: ReadonlyMap<string, OrgRoleRule>;
  /** The verbs of compound verbs ("ندارد", "خواهد", "می‌کنند"): the word before one is no name's. */
  readonly lightVerbs: ReadonlySet<string>;
  /** The inflected forms of the light verbs' stems alone, without the copula ("برگزار می‌شود"). */
  readonly compoundVerbs: ReadonlySet<string>;
  /** Every verb form the lexicon knows ("رفت", "نوشته‌اند"): never part of a name. */
  readonly verbForms: ReadonlySet<string>;
  readonly orgComplementStops: ReadonlySet<string>;
}

interface RawLanguage {
  readonly honorifics?: Readonly<Record<string, string>>;
  readonly titles?: readonly string[];
  readonly roleHeads?: readonly string[];
  readonly roleModifiers?: readonly string[];
  readonly attributionVerbs?: readonly string[];
  readonly attributionBefore?: readonly string[];
  readonly attributionFollowers?: readonly string[];
  readonly speakerVerbs?: readonly string[];
  readonly personSourceCues?: readonly string[];
  readonly determiners?: readonly string[];
  readonly formerMarkers?: readonly string[];
  readonly nameParticles?: readonly string[];
  readonly nameConnectors?: readonly string[];
  readonly pronouns?: Readonly<Record<string, string>>;
  readonly orgHeads?: readonly string[];
  readonly orgHeadsNamedByPlace?: readonly string[];
  readonly placeNameHeads?: readonly string[];
  readonly orgHeadsNotNamedByPlace?: readonly string[];
  readonly placeNouns?: readonly string[];
  readonly quantifiers?: readonly string[];
  readonly commonOrgHeadPhrases?: readonly string[];
  readonly orgHeadsNamedByTerm?: readonly string[];
  readonly termOrdinals?: readonly string[];
  readonly orgOfficesBefore?: readonly string[];
  readonly orgBranchWords?: readonly string[];
  readonly orgWordsAfterAnd?: readonly string[];
  readonly numberedOrgComplements?: readonly string[];
  readonly participationHeads?: readonly string[];
  readonly participationOpeners?: readonly string[];
  readonly pluralEndings?: readonly string[];
  readonly orgOpeners?: readonly string[];
  readonly orgConnectors?: readonly string[];
  readonly nonNames?: readonly string[];
  readonly orgNameStops?: readonly string[];
  readonly stopwords?: readonly string[];
  readonly functionWords?: readonly string[];
  readonly givenNames?: { readonly male?: readonly string[]; readonly female?: readonly string[] };
  readonly givenNamesAmbiguous?: readonly string[];
  readonly givenNamePrefixes?: readonly string[];
  readonly givenNameTails?: readonly string[];
  readonly givenNameCompounds?: {
    readonly first?: readonly string[];
    readonly second?: readonly string[];
    readonly femaleSuffixes?: readonly string[];
  };
  readonly surnameSuffixes?: readonly string[];
  readonly nonSurnameEndings?: readonly string[];
  readonly orgRoleNouns?: Readonly<Record<string, OrgRoleRule>>;
  readonly lightVerbs?: readonly string[];
  readonly orgComplementStops?: readonly string[];
  readonly lightVerbStems?: VerbStems;
  readonly verbStems?: VerbStems;
  readonly verbAffixes?: VerbAffixes;
}

interface VerbStems {
  readonly past?: readonly string[];
  readonly present?: readonly string[];
}

interface VerbAffixes {
  readonly pastPrefixes?: readonly string[];
  readonly presentPrefixes?: readonly string[];
  readonly pastEndings?: readonly string[];
  readonly presentEndings?: readonly string[];
}

/**
 * Given names by key, and the prefixes that make a word a given name whatever follows
 * ("عبدال" of "عبدالصاحب", "عبدالناصر"): a Map whose `get` and `has` also ask the prefixes.
 */
class GivenNames extends Map<string, Gender> {
  readonly #prefixes: readonly string[];

  constructor(prefixes: readonly string[]) {
    super();
    this.#prefixes = prefixes;
  }

  override get(key: string): Gender | undefined {
    return super.get(key) ?? (this.#byPrefix(key) ? 'male' : undefined);
  }

  override has(key: string): boolean {
    return super.has(key) || this.#byPrefix(key);
  }

  #byPrefix(key: string): boolean {
    for (const prefix of this.#prefixes)
      if (key.length >= prefix.length + 2 && key.startsWith(prefix)) return true;
    return false;
  }
}

/** The keys of every form of the stems: each prefix, stem and ending ("نمی" + "کن" + "ند"). */
function verbForms(stems: VerbStems | undefined, affixes: VerbAffixes | undefined): Set<string> {
  const forms = new Set<string>();
  const inflect = (
    stemList: readonly string[] | undefined,
    prefixes: readonly string[] | undefined,
    endings: readonly string[] | undefined,
  ): void => {
    for (const stem of stemList ?? [])
      for (const prefix of prefixes ?? [])
        for (const ending of endings ?? []) forms.add(keyOf(prefix + stem + ending));
  };
  inflect(stems?.past, affixes?.pastPrefixes, affixes?.pastEndings);
  inflect(stems?.present, affixes?.presentPrefixes, affixes?.presentEndings);
  return forms;
}

const COURTESY = new Set([
  'mr',
  'mister',
  'mrs',
  'ms',
  'miss',
  'madam',
  'mme',
  'sir',
  'lady',
  'آقای',
  'آقا',
  'جناب',
  'خانم',
  'بانو',
  'سرکار',
]);

function genderOf(value: string | undefined): Gender | null {
  return value === 'male' || value === 'female' ? value : null;
}

function keys(words: readonly string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const word of words ?? []) {
    const shape = shapeOf(word);
    set.add(shape.keys.join(' '));
  }
  return set;
}

function titleTrie(entries: Iterable<[string, string]>): PhraseTrie<TitleEntry> {
  const trie = new PhraseTrie<TitleEntry>();
  for (const [text, gender] of entries) {
    const shape = shapeOf(text);
    trie.add(shape.keys, { text, gender: genderOf(gender), courtesy: COURTESY.has(shape.keys.join(' ')) });
  }
  return trie;
}

function phraseSet(phrases: readonly string[] | undefined): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const phrase of phrases ?? []) trie.addPhrase(phrase, true);
  return trie;
}

function buildLexicon(version: string, raw: RawLanguage): Lexicon {
  const givenNames = new GivenNames((raw.givenNamePrefixes ?? []).map(keyOf));
  for (const name of raw.givenNames?.male ?? []) givenNames.set(keyOf(name), 'male');
  for (const name of raw.givenNames?.female ?? [])
    if (!givenNames.has(keyOf(name))) givenNames.set(keyOf(name), 'female');
  // "امیر" + "حسین", "فاطمه" + "سادات": compound given names are written as one word.
  const compounds = raw.givenNameCompounds;
  for (const first of compounds?.first ?? [])
    for (const second of compounds?.second ?? [])
      if (!givenNames.has(keyOf(first + second))) givenNames.set(keyOf(first + second), 'male');
  for (const name of raw.givenNames?.female ?? [])
    for (const suffix of compounds?.femaleSuffixes ?? [])
      if (!givenNames.has(keyOf(name + suffix))) givenNames.set(keyOf(name + suffix), 'female');
  const pronouns = new Map<string, Gender | null>();
  for (const [word, gender] of Object.entries(raw.pronouns ?? {}))
    pronouns.set(keyOf(word), genderOf(gender));
  const orgRoleNouns = new Map<string, OrgRoleRule>();
  for (const [word, rule] of Object.entries(raw.orgRoleNouns ?? {})) orgRoleNouns.set(keyOf(word), rule);
  const compoundVerbs = verbForms(raw.lightVerbStems, raw.verbAffixes);
  const lightVerbs = keys(raw.lightVerbs);
  for (const form of compoundVerbs) lightVerbs.add(form);
  const allVerbs = verbForms(raw.verbStems, raw.verbAffixes);
  for (const form of lightVerbs) allVerbs.add(form);
  const nonNames = keys(raw.nonNames);
  for (const word of raw.stopwords ?? []) nonNames.add(keyOf(word));
  return {
    version,
    honorifics: titleTrie(Object.entries(raw.honorifics ?? {})),
    titles: titleTrie((raw.titles ?? []).map((t): [string, string] => [t, ''])),
    roleHeads: keys(raw.roleHeads),
    roleModifiers: keys(raw.roleModifiers),
    attributionVerbs: keys(raw.attributionVerbs),
    attributionBefore: phraseSet(raw.attributionBefore),
    attributionFollowers: keys(raw.attributionFollowers),
    speakerVerbs: phraseSet(raw.speakerVerbs),
    personSourceCues: phraseSet(raw.personSourceCues),
    determiners: keys(raw.determiners),
    formerMarkers: keys(raw.formerMarkers),
    nameParticles: keys(raw.nameParticles),
    nameConnectors: keys(raw.nameConnectors),
    pronouns,
    orgHeads: keys(raw.orgHeads),
    orgHeadsNamedByPlace: keys(raw.orgHeadsNamedByPlace),
    placeNameHeads: keys(raw.placeNameHeads),
    orgHeadsNotNamedByPlace: keys(raw.orgHeadsNotNamedByPlace),
    placeNouns: keys(raw.placeNouns),
    quantifiers: keys(raw.quantifiers),
    commonOrgHeadPhrases: keys(raw.commonOrgHeadPhrases),
    orgHeadsNamedByTerm: keys(raw.orgHeadsNamedByTerm),
    termOrdinals: keys(raw.termOrdinals),
    orgOfficesBefore: keys(raw.orgOfficesBefore),
    orgBranchWords: keys(raw.orgBranchWords),
    orgWordsAfterAnd: keys(raw.orgWordsAfterAnd),
    numberedOrgComplements: keys(raw.numberedOrgComplements),
    participationHeads: keys(raw.participationHeads),
    participationOpeners: keys(raw.participationOpeners),
    pluralEndings: (raw.pluralEndings ?? []).map(keyOf),
    orgOpeners: keys(raw.orgOpeners),
    orgConnectors: keys(raw.orgConnectors),
    nonNames,
    orgNameStops: keys(raw.orgNameStops),
    givenNames,
    ambiguousGivenNames: keys(raw.givenNamesAmbiguous),
    givenNameTails: keys(raw.givenNameTails),
    functionWords: keys(raw.functionWords),
    surnameSuffixes: (raw.surnameSuffixes ?? []).map(keyOf),
    nonSurnameEndings: (raw.nonSurnameEndings ?? []).map(keyOf),
    orgRoleNouns,
    lightVerbs,
    compoundVerbs,
    verbForms: allVerbs,
    orgComplementStops: keys(raw.orgComplementStops),
  };
}

/** Lexicon for text in Latin letters. */
export const latinLexicon: Lexicon = buildLexicon(patterns.version, patterns.en);
/** Lexicon for text in Arabic script (Persian). */
export const persianLexicon: Lexicon = buildLexicon(patterns.version, patterns.fa);

export function lexiconFor(latin: boolean): Lexicon {
  return latin ? latinLexicon : persianLexicon;
}
