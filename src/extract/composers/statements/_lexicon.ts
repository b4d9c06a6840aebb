/**
 * The attribution lexicons (`rules/attribution-en.json`, `rules/attribution-fa.json`) loaded
 * once into phrase tries and sets keyed by token keys.
 * @module
 */
import english from '../../rules/attribution-en.json' with { type: 'json' };
import persian from '../../rules/attribution-fa.json' with { type: 'json' };
import { keyOf, PhraseTrie, tokenize } from '../../annotators/entities/index.js';
import { WordMap, WordSet } from '../../word-set.js';
import type { Openers } from './_document.js';

export interface VerbCue {
  /** The label a statement carries: "said", "claimed", "announced", … */
  readonly lemma: string;
  /** Takes a hearer or target before the reported words ("told Reuters that"). */
  readonly object: boolean;
  /** The word that opens the reported words after the object ("urged states to …"). */
  readonly contentOpener: string | null;
  /** May follow was/were: "was quoted by ISNA as saying". */
  readonly passiveOk: boolean;
  /** The reported words may stand before the verb (Persian "… را عامل اغتشاش دانست"). */
  readonly contentBefore: boolean;
  readonly contentBeforeOnly: boolean;
  /** Reports words after it only when "that", a colon or a quotation opens them ("indicated that"). */
  readonly markedOnly: boolean;
  /** Stricter still: only "that" opens words after it ("found that …", not "found “traces”"). */
  readonly thatOnly: boolean;
}

export interface AccordingCue {
  readonly lemma: string;
  /** Only an attribution when what follows names a source ("بر اساس این بیانیه", not "بر اساس قانون"). */
  readonly needsSource: boolean;
}

export interface RelayCue {
  /** 1: passed the words on ("carried by"); 2: heard them first ("in an interview with"). */
  readonly rank: number;
  /** Counts only when what follows is an outlet. */
  readonly outletOnly: boolean;
}

export interface AttributionLexicon {
  readonly version: string;
  readonly language: string;
  readonly verbs: PhraseTrie<VerbCue>;
  readonly according: PhraseTrie<AccordingCue>;
  /**
   * The first words of `verbs`, `according` and `hostVerbs`: a token that is none of them
   * starts none of those phrases.
   */
  readonly openers: WordSet;
  readonly quotedFrom: PhraseTrie<true>;
  readonly asSaying: PhraseTrie<true>;
  readonly relays: PhraseTrie<RelayCue>;
  readonly outletNouns: PhraseTrie<true>;
  /** Words that may stand before an outlet's name: "the official news agency IRNA". */
  readonly outletAdjectives: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly passiveMarkers: ReadonlySet<string>;
  readonly skipBeforeVerb: ReadonlySet<string>;
  /** "inadvertently", "succinctly": words passed over before a verb like `skipBeforeVerb`. */
  isAdverb(token: { readonly key: string; readonly capitalized: boolean }): boolean;
  readonly clauseBreakWords: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, string>;
  readonly determiners: ReadonlySet<string>;
  /** Words that may open a speaker named after the verb besides determiners ("…,” said a source). */
  readonly invertedSubjectOpeners: ReadonlySet<string>;
  /** Pronouns that open a clause: after a hearer they open the reported words ("told Reuters he …"). */
  readonly subjectPronouns: ReadonlySet<string>;
  /** "his", "their": after a hearer they open the reported words ("told the AP his firm …"). */
  readonly possessives: ReadonlySet<string>;
  /** "how", "whether": words opening an indirect question ("asked him how …"). */
  readonly questionWords: ReadonlySet<string>;
  /** "records", "poll": heading a subject, they report words no "that" opens ("Records show he …"). */
  readonly recordNouns: ReadonlySet<string>;
  /** "claim" → "claimed": nouns of saying whose owner speaks the "that" clause after them. */
  readonly claimNouns: WordMap<string>;
  /** "his" → "person": a possessive standing for the pronoun that owns a claim. */
  readonly possessivePronouns: ReadonlyMap<string, string>;
  /** "there", "let": besides pronouns, words whose "'s" is "is", "has" or "us", not a possessive. */
  readonly contractionHosts: ReadonlySet<string>;
  /** "not", "never": kept with the "to" that opens a request's words ("urged them not to vote"). */
  readonly negators: ReadonlySet<string>;
  /** "last", "this": with one of `periodWords` after them, a time phrase ("last week"). */
  readonly periodOpeners: ReadonlySet<string>;
  readonly periodWords: ReadonlySet<string>;
  /** "earlier", "later": before a time phrase ("earlier this month"). */
  readonly timePrefixes: ReadonlySet<string>;
  /** "would", "is": words of a clause, never of a speaker named after the verb ("…, said the plan would fail"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** "who", "which": before a verb, the words before them are its subject ("Amnesty, which said"). */
  readonly relativePronouns: ReadonlySet<string>;
  /** Words opening a sentence's first clause whose verb reports the clause after it ("As X noted, …"). */
  readonly asOpeners: ReadonlySet<string>;
  /** "While", "After": opening a sentence, they make its first clause subordinate to the next. */
  readonly subordinators: ReadonlySet<string>;
  readonly statementNouns: ReadonlySet<string>;
  /** "the organization", "این سازمان": nouns that refer back to an organization. */
  readonly organizationNouns: ReadonlySet<string>;
  /** "cleric", "officials", "group": nouns that head a descriptive speaker ("The cleric took aim …"). */
  readonly speakerNouns: ReadonlySet<string>;
  /** "took", "made": irregular past tenses that end a main clause's subject as its verb. */
  readonly pastForms: ReadonlySet<string>;
  /** "Monday", "yesterday": a day named without a preposition, as a reporting verb's adjunct. */
  readonly dayWords: ReadonlySet<string>;
  readonly platforms: ReadonlyMap<string, string>;
  readonly platformNeedsFrame: ReadonlySet<string>;
  readonly platformFrames: ReadonlySet<string>;
  readonly contentTrailers: PhraseTrie<true>;
  readonly adjunctStarters: ReadonlySet<string>;
  /** "at least", "up to": words that look like an adjunct but open the reported words. */
  readonly adjunctExceptions: PhraseTrie<true>;
  readonly clauseOpeners: PhraseTrie<true>;
  readonly subjectStops: ReadonlySet<string>;
  /** "conducted", "aired" … "a round table", "a debate": an outlet hosting an occasion. */
  readonly hostVerbs: PhraseTrie<true>;
  readonly hostNouns: PhraseTrie<true>;
  /** "remarks", "comments": nouns for someone's words, as in "His remarks were carried by IRNA". */
  readonly remarksNouns: WordSet;
  /** "the Supreme Leader himself": emphatic words closing a subject, not part of its name. */
  readonly emphatics: ReadonlySet<string>;
  readonly adjunctAfterDar: ReadonlySet<string>;
  readonly hearerMarker: string | null;
  /** Words before which a verb form is a noun: "the claims", "a warning". */
  readonly nounMarkers: ReadonlySet<string>;
  /** Words that join two reported clauses: "and", "but", "و", "اما". */
  readonly conjunctions: ReadonlySet<string>;
  readonly minContentWords: number;
}

interface RawVerb {
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly object?: boolean;
  readonly contentOpener?: string;
  readonly passiveOk?: boolean;
  readonly contentBefore?: boolean;
  readonly contentBeforeOnly?: boolean;
  readonly markedOnly?: boolean;
  readonly thatOnly?: boolean;
}

interface RawAccording {
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly needsSource?: boolean;
}

interface RawRelay {
  readonly forms: readonly string[];
  readonly rank: number;
  readonly outletOnly?: boolean;
}

interface RawLexicon {
  readonly version: string;
  readonly language: string;
  readonly verbs: readonly RawVerb[];
  readonly accordingTo?: readonly RawAccording[];
  readonly quotedFrom?: readonly string[];
  readonly asSaying?: readonly string[];
  readonly relayCues?: readonly RawRelay[];
  readonly outletNouns?: readonly string[];
  readonly outletAdjectives?: readonly string[];
  readonly complementizers?: readonly string[];
  readonly passiveMarkers?: readonly string[];
  readonly skipBeforeVerb?: readonly string[];
  readonly adverbSuffix?: string;
  readonly notAdverbs?: readonly string[];
  readonly clauseBreakWords?: readonly string[];
  readonly coordinators?: readonly string[];
  readonly prepositions?: readonly string[];
  readonly pronouns?: Readonly<Record<string, string>>;
  readonly determiners?: readonly string[];
  readonly invertedSubjectOpeners?: readonly string[];
  readonly subjectPronouns?: readonly string[];
  readonly possessives?: readonly string[];
  readonly questionWords?: readonly string[];
  readonly recordNouns?: readonly string[];
  readonly claimNouns?: Readonly<Record<string, string>>;
  readonly possessivePronouns?: Readonly<Record<string, string>>;
  readonly contractionHosts?: readonly string[];
  readonly negators?: readonly string[];
  readonly periodOpeners?: readonly string[];
  readonly periodWords?: readonly string[];
  readonly timePrefixes?: readonly string[];
  readonly auxiliaries?: readonly string[];
  readonly relativePronouns?: readonly string[];
  readonly asOpeners?: readonly string[];
  readonly subordinators?: readonly string[];
  readonly statementNouns?: readonly string[];
  readonly organizationNouns?: readonly string[];
  readonly platforms?: Readonly<Record<string, string>>;
  readonly platformNeedsFrame?: readonly string[];
  readonly platformFrames?: readonly string[];
  readonly contentTrailers?: readonly string[];
  readonly adjunctStarters?: readonly string[];
  readonly adjunctExceptions?: readonly string[];
  readonly clauseOpeners?: readonly string[];
  readonly subjectStops?: readonly string[];
  readonly hostVerbs?: readonly string[];
  readonly hostNouns?: readonly string[];
  readonly remarksNouns?: readonly string[];
  readonly emphatics?: readonly string[];
  readonly speakerNouns?: readonly string[];
  readonly pastForms?: readonly string[];
  readonly dayWords?: readonly string[];
  readonly adjunctAfterDar?: readonly string[];
  readonly hearerMarker?: string;
  readonly nounMarkers?: readonly string[];
  readonly conjunctions?: readonly string[];
  readonly minContentWords?: number;
}

/** Lower-case words of at least six letters ending in `suffix`, other than `exceptions`. */
function adverbTest(
  suffix: string | undefined,
  exceptions: ReadonlySet<string>,
): AttributionLexicon['isAdverb'] {
  if (!suffix) return () => false;
  return (token) =>
    !token.capitalized && token.key.length >= 6 && token.key.endsWith(suffix) && !exceptions.has(token.key);
}

/** A phrase as written and, when it has a zero-width non-joiner, also with a space there. */
function variants(phrase: string): string[] {
  return phrase.includes('\u200C') ? [phrase, phrase.replaceAll('\u200C', ' ')] : [phrase];
}

function trie<T>(phrases: readonly string[] | undefined, value: (phrase: string) => T): PhraseTrie<T> {
  const built = new PhraseTrie<T>();
  for (const phrase of phrases ?? []) for (const v of variants(phrase)) built.addPhrase(v, value(phrase));
  return built;
}

/** The keys of the first words of `phrases`, tokenized as a phrase trie tokenizes them. */
function firstWords(phrases: Iterable<string>): WordSet {
  const words = new Set<string>();
  for (const phrase of phrases)
    for (const v of variants(phrase)) {
      const first = tokenize(v)[0];
      if (first) words.add(first.key);
    }
  return new WordSet(words);
}

function keySet(words: readonly string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const word of words ?? [])
    for (const v of variants(word))
      set.add(
        tokenize(v)
          .map((t) => t.key)
          .join(' ') || keyOf(v),
      );
  return set;
}

function keyMap(record: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [word, value] of Object.entries(record ?? {}))
    for (const v of variants(word)) map.set(keyOf(v), value);
  return map;
}

function build(raw: RawLexicon): AttributionLexicon {
  const verbs = new PhraseTrie<VerbCue>();
  for (const verb of raw.verbs) {
    const cue: VerbCue = Object.freeze({
      lemma: verb.lemma,
      object: verb.object ?? false,
      contentOpener: verb.contentOpener ? keyOf(verb.contentOpener) : null,
      passiveOk: verb.passiveOk ?? false,
      contentBefore: verb.contentBefore ?? false,
      contentBeforeOnly: verb.contentBeforeOnly ?? false,
      markedOnly: verb.markedOnly ?? verb.thatOnly ?? false,
      thatOnly: verb.thatOnly ?? false,
    });
    for (const form of verb.forms) for (const v of variants(form)) verbs.addPhrase(v, cue);
  }
  const according = new PhraseTrie<AccordingCue>();
  for (const entry of raw.accordingTo ?? []) {
    const cue: AccordingCue = Object.freeze({ lemma: entry.lemma, needsSource: entry.needsSource ?? false });
    for (const form of entry.forms) for (const v of variants(form)) according.addPhrase(v, cue);
  }
  const relays = new PhraseTrie<RelayCue>();
  for (const entry of raw.relayCues ?? []) {
    const cue: RelayCue = Object.freeze({ rank: entry.rank, outletOnly: entry.outletOnly ?? false });
    for (const form of entry.forms) for (const v of variants(form)) relays.addPhrase(v, cue);
  }
  return {
    version: raw.version,
    language: raw.language,
    verbs,
    according,
    openers: firstWords([
      ...raw.verbs.flatMap((verb) => verb.forms),
      ...(raw.accordingTo ?? []).flatMap((entry) => entry.forms),
      ...(raw.hostVerbs ?? []),
    ]),
    quotedFrom: trie(raw.quotedFrom, () => true as const),
    asSaying: trie(raw.asSaying, () => true as const),
    relays,
    outletNouns: trie(raw.outletNouns, () => true as const),
    outletAdjectives: keySet(raw.outletAdjectives),
    complementizers: keySet(raw.complementizers),
    passiveMarkers: keySet(raw.passiveMarkers),
    skipBeforeVerb: keySet(raw.skipBeforeVerb),
    isAdverb: adverbTest(raw.adverbSuffix, keySet(raw.notAdverbs)),
    clauseBreakWords: keySet(raw.clauseBreakWords),
    coordinators: keySet(raw.coordinators),
    prepositions: keySet(raw.prepositions),
    pronouns: keyMap(raw.pronouns),
    determiners: keySet(raw.determiners),
    invertedSubjectOpeners: keySet(raw.invertedSubjectOpeners),
    subjectPronouns: keySet(raw.subjectPronouns),
    possessives: keySet(raw.possessives),
    questionWords: keySet(raw.questionWords),
    recordNouns: keySet(raw.recordNouns),
    claimNouns: new WordMap(keyMap(raw.claimNouns)),
    possessivePronouns: keyMap(raw.possessivePronouns),
    contractionHosts: keySet(raw.contractionHosts),
    negators: keySet(raw.negators),
    periodOpeners: keySet(raw.periodOpeners),
    periodWords: keySet(raw.periodWords),
    timePrefixes: keySet(raw.timePrefixes),
    auxiliaries: keySet(raw.auxiliaries),
    relativePronouns: keySet(raw.relativePronouns),
    asOpeners: keySet(raw.asOpeners),
    subordinators: keySet(raw.subordinators),
    statementNouns: keySet(raw.statementNouns),
    organizationNouns: keySet(raw.organizationNouns),
    speakerNouns: keySet(raw.speakerNouns),
    pastForms: keySet(raw.pastForms),
    dayWords: keySet(raw.dayWords),
    platforms: keyMap(raw.platforms),
    platformNeedsFrame: keySet(raw.platformNeedsFrame),
    platformFrames: keySet(raw.platformFrames),
    contentTrailers: trie(raw.contentTrailers, () => true as const),
    adjunctStarters: keySet(raw.adjunctStarters),
    adjunctExceptions: trie(raw.adjunctExceptions, () => true as const),
    clauseOpeners: trie(raw.clauseOpeners, () => true as const),
    subjectStops: keySet(raw.subjectStops),
    hostVerbs: trie(raw.hostVerbs, () => true as const),
    hostNouns: trie(raw.hostNouns, () => true as const),
    remarksNouns: firstWords(raw.remarksNouns ?? []),
    emphatics: keySet(raw.emphatics),
    adjunctAfterDar: keySet(raw.adjunctAfterDar),
    hearerMarker: raw.hearerMarker ? keyOf(raw.hearerMarker) : null,
    nounMarkers: keySet(raw.nounMarkers),
    conjunctions: keySet(raw.conjunctions),
    minContentWords: raw.minContentWords ?? 3,
  };
}

export const englishLexicon: AttributionLexicon = build(english as RawLexicon);
export const persianLexicon: AttributionLexicon = build(persian as RawLexicon);

/** The lexicon for a token written in Latin letters or in Arabic script. */
export function lexiconFor(latin: boolean): AttributionLexicon {
  return latin ? englishLexicon : persianLexicon;
}

/**
 * Both lexicons' openers: the statement readers list the tokens that may open a phrase once
 * per document, for cues and hosting verbs alike.
 */
export const phraseOpeners: Openers = { latin: englishLexicon.openers, arabic: persianLexicon.openers };

/** Both lexicons' versions, part of the composer's version. */
export const lexiconVersion = `en.${englishLexicon.version}+fa.${persianLexicon.version}`;
