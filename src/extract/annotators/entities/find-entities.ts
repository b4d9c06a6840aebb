/**
 * The passes that find people and organizations, strongest evidence first: registry
 * aliases, titles and honorifics before names, organization names by their head words,
 * given names, then names in apposition to a role or next to an attribution verb. Each
 * pass only claims tokens no earlier pass took.
 * @module
 */
import { latinLexicon, persianLexicon, type Gender, type TitleEntry } from './_lexicon.js';
import type { Document } from './_mentions.js';
import { newMention, type Mention } from './_mentions.js';
import type { PhraseMatch } from './_phrase-trie.js';
import {
  canonicalName,
  lookupOrganization,
  namedOrganization,
  personsWithSurname,
  registryTrie,
  type RegistryAlias,
} from './registry.js';
import type { Token } from './_tokens.js';
import { WordClass } from './_word-classes.js';
import { lookupPlace } from '../places/index.js';
import { boundedMemo } from '../../bounded-memo.js';

const MAX_NAME_TOKENS = 4;
const REGISTRY_GAPS = new Set(['', '.', '-', '/', '(', ')', "'", '’', '&', '.-']);

function registryGap(gap: string): boolean {
  return REGISTRY_GAPS.has(gap);
}

function nameGap(gap: string | null): boolean {
  return gap === '';
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669)) return true;
  }
  return false;
}

function normalizeApostrophes(word: string): string {
  return word.replaceAll('’', "'");
}

// ───────────────────────── registry ─────────────────────────

function gapsMatch(doc: Document, match: PhraseMatch<RegistryAlias>, alias: RegistryAlias): boolean {
  for (let i = match.first + 1; i <= match.last; i++) {
    if (doc.gapBefore(i) !== alias.gaps[i - match.first - 1]) return false;
  }
  return true;
}

function caseMatches(doc: Document, match: PhraseMatch<RegistryAlias>, alias: RegistryAlias): boolean {
  const first = doc.token(match.first);
  if (!first?.latin) return true;
  for (let i = match.first; i <= match.last; i++) {
    const token = doc.token(i) as Token;
    const word = alias.words[i - match.first] ?? '';
    // "Iranian Resistance" names the coalition, "Iranian resistance to the deal" nobody; a head
    // word may still be written small ("Mizan news agency", "the Tudeh party").
    if (
      i > match.first &&
      alias.initials[i - match.first] === true &&
      !token.capitalized &&
      !alias.lowercaseOk &&
      !doc.baseIs(i, WordClass.orgHead)
    )
      return false;
    if (alias.capitals[i - match.first] === true) {
      const written =
        i === match.last && match.end === token.baseEnd
          ? token.text.slice(0, token.baseEnd - token.start)
          : token.text;
      if (normalizeApostrophes(written) !== normalizeApostrophes(word)) return false;
    }
  }
  const aliasFirst = alias.words[0] ?? '';
  const aliasCapitalized = aliasFirst !== aliasFirst.toLowerCase();
  return first.capitalized || !aliasCapitalized || alias.lowercaseOk;
}

/** "Fars reported", "according to Fars", "Fars news": the frame that makes an ambiguous alias an outlet. */
function inAttributionFrame(doc: Document, first: number, last: number): boolean {
  const lex = doc.lexicon(first);
  const next = doc.token(last + 1);
  if (next && doc.gapBefore(last + 1) === '' && lex.attributionFollowers.has(next.key)) return true;
  const nextTwo = doc.token(last + 2);
  if (next && nextTwo && lex.attributionFollowers.has(`${next.key} ${nextTwo.key}`)) return true;
  for (let n = 1; n <= 3; n++) {
    if (first - n < 0) break;
    if (doc.gapBefore(first) !== '') break;
    for (const m of lex.attributionBefore.matchesAt(doc.text, doc.tokens, first - n, nameGapOrEmpty)) {
      if (m.last === first - 1) return true;
    }
  }
  return false;
}

function nameGapOrEmpty(gap: string): boolean {
  return gap === '';
}

/** "Supreme Leader Ruhollah Khomeini" and "the late Supreme Leader" are not today's Supreme Leader. */
function roleAliasStands(doc: Document, first: number, last: number): boolean {
  const lex = doc.lexicon(first);
  const before = doc.token(first - 1);
  if (before && lex.formerMarkers.has(before.key)) return false;
  const next = doc.token(last + 1);
  if (next && doc.gapBefore(last + 1) === '') {
    if (
      next.latin
        ? next.capitalized && !lex.nonNames.has(next.key) && !lex.functionWords.has(next.key)
        : lex.givenNames.has(next.key)
    ) {
      return false;
    }
    const upcoming = registryTrie.matchesAt(doc.text, doc.tokens, last + 1, registryGap)[0];
    if (upcoming?.values.some((a) => a.record.kind === 'person')) return false;
  }
  return true;
}

/**
 * "Mohammad Jafar Montazeri" is not Hossein-Ali Montazeri: a registered surname right after a
 * given name that is not part of the alias names somebody else.
 */
function followsOtherGivenName(doc: Document, first: number): boolean {
  const before = doc.token(first - 1);
  if (!before || doc.gapBefore(first) !== '' || doc.isTaken(first - 1)) return false;
  const lex = doc.lexicon(first - 1);
  if (!lex.givenNames.has(before.key)) return false;
  return before.latin ? before.capitalized : true;
}

/** "سید عطاءالله مهاجرانی": a Persian name connector before a registered name is part of it. */
function withConnector(doc: Document, first: number): number {
  const before = doc.token(first - 1);
  if (!before || before.latin || doc.isTaken(first - 1) || !nameGap(doc.gapBefore(first))) return first;
  return persianLexicon.nameConnectors.has(before.key) ? first - 1 : first;
}

function findRegistryAliases(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (doc.isTaken(i)) continue;
    if (!doc.keyIs(i, WordClass.registryStart) && !doc.baseIs(i, WordClass.registryStart)) continue;
    const matches = registryTrie.matchesAt(doc.text, tokens, i, registryGap);
    let found: Mention | null = null;
    for (const match of matches) {
      for (const alias of match.values) {
        if (!gapsMatch(doc, match, alias) || !caseMatches(doc, match, alias)) continue;
        // A short alias ("Fars", "Guards") stands once the document has named its holder in full.
        if (
          alias.use === 'contextual' &&
          !inAttributionFrame(doc, match.first, match.last) &&
          !doc.mentions.some((m) => m.name === alias.record.name)
        )
          continue;
        if (alias.use === 'role' && !roleAliasStands(doc, match.first, match.last)) continue;
        if (alias.record.kind === 'person' && followsOtherGivenName(doc, match.first)) continue;
        const record = alias.record;
        const lastToken = tokens[match.last] as Token;
        const first =
          record.kind === 'person' && alias.use === 'name' ? withConnector(doc, match.first) : match.first;
        found = newMention({
          start: (tokens[first] as Token).start,
          end: match.end,
          first,
          last: match.last,
          name: record.name,
          kind: record.kind,
          how: 'registry',
          aliases: alias.aliases,
          gender: record.kind === 'person' ? (record.gender ?? null) : null,
          role: alias.use === 'role' ? doc.text.slice((tokens[match.first] as Token).start, match.end) : null,
          roleHead: alias.use === 'role' ? lastToken.base : null,
          orgType: record.kind === 'organization' ? (record.type ?? null) : null,
        });
        break;
      }
      if (found) break;
    }
    if (found) {
      doc.add(found);
      i = found.last;
    }
  }
}

// ───────────────────────── names ─────────────────────────

interface NameRange {
  readonly first: number;
  readonly last: number;
  readonly end: number;
  readonly gender: Gender | null;
}

const NOT_IN_NAMES = WordClass.nonName | WordClass.functionWord | WordClass.orgHead | WordClass.roleHead;

/** A capitalized Latin word that can be part of a person's name here. */
function isLatinNameWord(doc: Document, i: number): boolean {
  const token = doc.token(i);
  if (!token || !token.latin || !token.capitalized || token.allCaps || doc.isTaken(i)) return false;
  if (hasDigit(token.text)) return false;
  if (doc.baseIs(i, NOT_IN_NAMES)) return false;
  const given = doc.baseIs(i, WordClass.givenName);
  if (doc.baseIs(i, WordClass.honorific) && !given) return false;
  if (token.clauseStart && doc.lowercaseWords.has(token.base) && !given) return false;
  return true;
}

/** Up to four name words from token i ("Gholamhossein Mohseni-Ejei", "Osama bin Laden"). */
function readLatinName(doc: Document, i: number): NameRange | null {
  if (!isLatinNameWord(doc, i)) return null;
  let last = i;
  let count = 1;
  for (let j = i; count < MAX_NAME_TOKENS;) {
    if ((doc.token(j) as Token).base !== (doc.token(j) as Token).key) break; // "Alavi's" ends the name
    const next = j + 1;
    if (!nameGap(doc.gapBefore(next))) break;
    const token = doc.token(next);
    if (!token) break;
    if (
      !token.capitalized &&
      latinLexicon.nameParticles.has(token.key) &&
      nameGap(doc.gapBefore(next + 1)) &&
      isLatinNameWord(doc, next + 1)
    ) {
      j = next + 1;
      last = j;
      count += 2;
      continue;
    }
    if (!isLatinNameWord(doc, next)) break;
    j = next;
    last = j;
    count++;
  }
  const lastToken = doc.token(last) as Token;
  const gender = latinLexicon.givenNames.get((doc.token(i) as Token).key) ?? null;
  return { first: i, last, end: lastToken.baseEnd, gender };
}

const PREVERBS = ['', 'بر', 'در', 'فرا', 'باز', 'وا'];

/** "می‌گوید", "نمی‌دهد", and with a preverb "برنمی‌آید", "درمی‌آید": a verb, never a name's word. */
function isPresentOrProgressiveVerb(word: string): boolean {
  const at = word.indexOf('می\u200c');
  if (at === -1) return false;
  for (const preverb of PREVERBS) {
    if (at === preverb.length && word.startsWith(preverb)) return true;
    if (at === preverb.length + 1 && word.startsWith(preverb + 'ن')) return true;
  }
  return false;
}

const NEVER_PERSIAN_NAME_WORDS =
  WordClass.nonName |
  WordClass.functionWord |
  WordClass.roleHead |
  WordClass.orgHead |
  WordClass.honorific |
  WordClass.title |
  WordClass.verbForm;
const NEVER_PERSIAN_ORG_COMPLEMENTS =
  WordClass.functionWord |
  WordClass.roleHead |
  WordClass.orgHead |
  WordClass.orgComplementStop |
  WordClass.verbForm;

/** An Arabic-script word that can be part of a person's name here. */
function isPersianNameWord(doc: Document, i: number): boolean {
  const token = doc.token(i);
  if (!token || token.latin || doc.isTaken(i) || token.key.length < 2 || hasDigit(token.text)) return false;
  if (doc.keyIs(i, NEVER_PERSIAN_NAME_WORDS)) return false;
  return !isPresentOrProgressiveVerb(token.text);
}

/** "برگزار می‌شود", "بازی می‌کنند": token i is the noun of a compound verb, so no surname. */
function beforeCompoundVerb(doc: Document, i: number): boolean {
  const next = doc.token(i + 1);
  return next !== undefined && nameGap(doc.gapBefore(i + 1)) && persianLexicon.compoundVerbs.has(next.key);
}

/** Token i can be the surname of a Persian name. */
function isPersianSurnameWord(doc: Document, i: number): boolean {
  return isPersianNameWord(doc, i) && nameGap(doc.gapBefore(i)) && !beforeCompoundVerb(doc, i);
}

function hasSurnameSuffix(key: string): boolean {
  if (persianLexicon.nonSurnameEndings.some((ending) => key.endsWith(ending))) return false;
  return persianLexicon.surnameSuffixes.some(
    (suffix) => key.length > suffix.length + 1 && key.endsWith(suffix),
  );
}

/** Token k ends a name: punctuation follows it, or a role word or a speech verb. */
function nameEndsAfter(doc: Document, k: number): boolean {
  const next = doc.token(k + 1);
  if (!next) return true;
  const gap = doc.gapBefore(k + 1);
  if (gap !== '') return gap !== '-' && gap !== '(';
  return doc.keyIs(k + 1, WordClass.roleHead) || beforeSpeakerVerb(doc, k);
}

/** Token j is a given name in brackets: "(بهمن)" with the next token right after ")". */
function bracketedGivenName(doc: Document, j: number): boolean {
  const token = doc.token(j);
  if (!token || token.latin || doc.gapBefore(j) !== '(' || doc.gapBefore(j + 1) !== ')') return false;
  return persianLexicon.givenNames.has(token.key);
}

/** Token k looks like a surname ("احمدی", "زین‌العابدین‌زاده") and ends the name. */
function surnameFollows(doc: Document, k: number): boolean {
  const token = doc.token(k);
  if (!token || !isPersianSurnameWord(doc, k) || !hasSurnameSuffix(token.key)) return false;
  if (doc.keyIs(k, WordClass.givenName)) return false;
  // "پورمحمدی", "عباسی‌فر" end a name whatever follows; a word in "ی" only before a break
  // ("حسن مرادی، علی …": a comma ends the name, so the next name word is another name's).
  if (token.key.endsWith(PERSIAN_YE) && nameGap(doc.gapBefore(k + 1)) && isPersianNameWord(doc, k + 1))
    return false;
  return surnameByForm(token.key);
}

/**
 * A word with a surname's ending that is no common word: "احمدی" is "احمد" + "ی" and
 * "شیرازی" "شیراز" + "ی"; "همکاری" and "بیشتری" are other words + "ی".
 */
function surnameByForm(key: string): boolean {
  if (!hasSurnameSuffix(key)) return false;
  if (!key.endsWith(PERSIAN_YE)) return true;
  const stem = key.slice(0, -1);
  return persianLexicon.givenNames.has(stem) || isCity(stem);
}

// A surname's stem is looked up once.
const isCity: (key: string) => boolean = boundedMemo(
  20_000,
  (key: string) => lookupPlace(key)?.kind === 'city',
);

/** Token j is "بن" or "بنت" joined to a name word after it. */
function nameParticleBefore(doc: Document, j: number): boolean {
  const token = doc.token(j);
  if (!token || token.latin || !persianLexicon.nameParticles.has(token.key)) return false;
  return nameGap(doc.gapBefore(j)) && nameGap(doc.gapBefore(j + 1)) && isPersianNameWord(doc, j + 1);
}

/** "فضل الله", "زین العابدین": a given name written in two words, as tokens j and j + 1. */
function splitGivenName(doc: Document, j: number): Gender | undefined {
  const left = doc.token(j);
  const right = doc.token(j + 1);
  if (!left || !right || left.latin || !persianLexicon.givenNameTails.has(right.key)) return undefined;
  if (!nameGap(doc.gapBefore(j + 1))) return undefined;
  return persianLexicon.givenNames.get(left.key + right.key);
}

/**
 * A Persian name from token i: optional connectors (سید), given names, then a surname of
 * one word, or two when the second looks like a surname ("هاشمی رفسنجانی").
 */
function readPersianName(doc: Document, i: number, afterTitle: boolean): NameRange | null {
  const lex = persianLexicon;
  let j = i;
  while (
    j - i < 2 &&
    doc.token(j) &&
    lex.nameConnectors.has((doc.token(j) as Token).key) &&
    nameGap(doc.gapBefore(j + 1))
  )
    j++;
  let givens = 0;
  let gender: Gender | null = null;
  while (givens < 2 && isPersianNameWord(doc, j) && (j === i || nameGap(doc.gapBefore(j)))) {
    const key = (doc.token(j) as Token).key;
    let given = lex.givenNames.get(key);
    let width = 1;
    if (!given) {
      given = splitGivenName(doc, j);
      width = 2;
    }
    if (!given) break;
    // "حسن" is also goodness, "امید" hope: such a word opens a name only before a surname.
    if (!afterTitle && givens === 0 && lex.ambiguousGivenNames.has(key) && !surnameFollows(doc, j + width))
      break;
    gender ??= given;
    givens++;
    j += width;
  }
  if (givens === 0 && (!afterTitle || j > i)) return null;
  // "وزیر امور خارجه مصر", "رئیس‌جمهور فرانسه": a place after a title is where the office is.
  if (givens === 0 && placeEnding(doc, j) !== -1) return null;
  let last = j - 1;
  // "حسین (بهمن) عباسی": a second given name in brackets before the surname.
  const bracketed = givens > 0 && bracketedGivenName(doc, j);
  if (bracketed) j++;
  // "محمد بن سلمان", "اسامه بن لادن": the surname is the father's or the family's name after "بن".
  else if (givens > 0 && nameParticleBefore(doc, j)) j++;
  if (
    bracketed
      ? isPersianNameWord(doc, j) && !beforeCompoundVerb(doc, j)
      : j === i
        ? isPersianNameWord(doc, j) && !beforeCompoundVerb(doc, j)
        : isPersianSurnameWord(doc, j)
  ) {
    last = j;
    const second = j + 1;
    if (isPersianSurnameWord(doc, second)) {
      const key = (doc.token(second) as Token).key;
      // "هاشمی رفسنجانی", "شکوری راد"; after a title, any word the name ends with ("دکتر پاتریک شاماش،").
      if ((hasSurnameSuffix(key) || lex.surnameSuffixes.includes(key)) && !lex.givenNames.has(key))
        last = second;
      else if (afterTitle && givens === 0 && nameEndsAfter(doc, second)) last = second;
    }
  } else if (givens < 2 && !afterTitle) {
    return null;
  }
  if (last < i) return null;
  return { first: i, last, end: (doc.token(last) as Token).end, gender };
}

function readName(doc: Document, i: number, afterTitle: boolean): NameRange | null {
  const token = doc.token(i);
  if (!token) return null;
  return token.latin ? readLatinName(doc, i) : readPersianName(doc, i, afterTitle);
}

function nameText(doc: Document, range: NameRange): string {
  return doc.text.slice((doc.token(range.first) as Token).start, range.end);
}

/** The person a lone surname after a title names: a registered one of that gender, else the surname. */
function personFor(
  doc: Document,
  range: NameRange,
  gender: Gender | null,
): { name: string; aliases: readonly string[] | null; gender: Gender | null } {
  const text = nameText(doc, range);
  if (range.first === range.last) {
    const candidates = personsWithSurname((doc.token(range.first) as Token).base).filter(
      (p) => !gender || !p.gender || p.gender === gender,
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) return { name: only.name, aliases: null, gender: only.gender ?? gender };
  }
  return { name: canonicalName(text), aliases: null, gender: gender ?? range.gender };
}

function addPerson(
  doc: Document,
  range: NameRange,
  extra: Partial<Mention> & { gender?: Gender | null },
): Mention {
  const who = personFor(doc, range, extra.gender ?? null);
  return doc.add(
    newMention({
      start: (doc.token(range.first) as Token).start,
      end: range.end,
      first: range.first,
      last: range.last,
      kind: 'person',
      how: 'pattern',
      ...extra,
      name: who.name,
      gender: who.gender,
    }),
  );
}

// ───────────────────────── titles and roles ─────────────────────────

/** The role phrase ending at the head token: "Friday prayer leader", "IRGC commander". */
function rolePhrase(doc: Document, head: number): { text: string; organization: string | null } {
  const lex = doc.lexicon(head);
  let first = head;
  let organization: string | null = null;
  for (let k = head - 1; k >= 0 && head - k <= 4; k--) {
    if (!nameGap(doc.gapBefore(k + 1))) break;
    const token = doc.token(k) as Token;
    const owner = doc.mentionAt(k);
    if (owner) {
      if (owner.kind !== 'organization') break;
      organization ??= owner.name;
      first = owner.first;
      k = owner.first;
      continue;
    }
    if (lex.functionWords.has(token.key) || lex.determiners.has(token.key)) break;
    if (lex.roleModifiers.has(token.key) || (token.latin && token.capitalized && !token.clauseStart)) {
      first = k;
      continue;
    }
    break;
  }
  const start = (doc.token(first) as Token).start;
  const headToken = doc.token(head) as Token;
  return { text: doc.text.slice(start, headToken.end), organization };
}

function applyRole(
  mention: Mention,
  role: string,
  head: string,
  organization: string | null,
  title: TitleEntry | null,
): void {
  if (title?.courtesy) {
    mention.gender ??= title.gender;
    return;
  }
  mention.role ??= role;
  mention.roleHead ??= head;
  mention.organization ??= organization;
  if (title) mention.gender ??= title.gender;
}

/** Honorifics and titles directly before a name: "Mrs. Rajavi", "Ayatollah Ahmad Jannati", "رئیس جمهور خاتمی". */
function findTitledNames(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (doc.isTaken(i)) continue;
    const token = tokens[i] as Token;
    const lex = doc.lexicon(i);
    if (token.latin && !token.capitalized) continue;
    if (!doc.keyIs(i, WordClass.titleStart) && !doc.baseIs(i, WordClass.titleStart)) continue;
    const title =
      lex.honorifics.matchesAt(doc.text, tokens, i)[0] ??
      (token.latin ? undefined : lex.titles.matchesAt(doc.text, tokens, i)[0]);
    if (!title) continue;
    const entry = title.values[0] as TitleEntry;
    let next = title.last + 1;
    const gap = doc.gapBefore(next);
    if (gap !== '' && gap !== '.') continue;
    // "Grand Ayatollah Sayyid …": a second honorific may follow the first.
    const second = lex.honorifics.matchesAt(doc.text, tokens, next)[0];
    if (second && doc.gapBefore(second.last + 1) !== null) next = second.last + 1;
    const headKey = (tokens[title.last] as Token).key;
    const role = doc.text.slice(token.start, (tokens[title.last] as Token).end);
    const registered = doc.mentionAt(next);
    if (registered) {
      if (registered.kind === 'person' && registered.first === next)
        applyRole(registered, role, headKey, null, entry);
      continue;
    }
    const singleWordTitle = title.first === title.last && !lex.honorifics.hasWord(token.key);
    // "غلامحسین محسنی اژه‌ای رئیس قوه قضاییه معترضان را …": a title right after a person's name
    // is that person's; the word after it is a name only when it opens with a given name.
    const previous = i > 0 && nameGap(doc.gapBefore(i)) ? doc.mentionAt(i - 1) : undefined;
    const afterName = !token.latin && previous?.kind === 'person';
    if (afterName) applyRole(previous, role, headKey, null, entry);
    const range = readName(doc, next, !singleWordTitle && !afterName);
    if (!range) continue;
    const mention = addPerson(doc, range, { gender: entry.gender });
    applyRole(mention, role, headKey, null, entry);
    i = mention.last;
  }
}

/** A role word right before a name: "Intelligence Minister Mahmoud Alavi", "prosecutor Ali Salehi". */
function findRoleNames(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (!token.latin || !doc.keyIs(i, WordClass.roleHead) || doc.isTaken(i)) continue;
    const next = i + 1;
    if (!nameGap(doc.gapBefore(next))) continue;
    const registered = doc.mentionAt(next);
    if (registered) {
      if (registered.kind === 'person' && registered.first === next) {
        const phrase = rolePhrase(doc, i);
        applyRole(registered, phrase.text, token.key, phrase.organization, null);
      }
      continue;
    }
    const range = readLatinName(doc, next);
    if (!range) continue;
    const phrase = rolePhrase(doc, i);
    const mention = addPerson(doc, range, {});
    applyRole(mention, phrase.text, token.key, phrase.organization, null);
    i = mention.last;
  }
}

// ───────────────────────── organizations by head word ─────────────────────────

function isOrgWord(doc: Document, i: number): boolean {
  const token = doc.token(i);
  if (!token || !token.latin || !token.capitalized || doc.isTaken(i)) return false;
  if (doc.keyIs(i, WordClass.functionWord | WordClass.determiner)) return false;
  // "Tehran University on Wednesday": days and months end an organization's name; places do not.
  if (doc.keyIs(i, WordClass.orgNameStop)) return false;
  if (token.clauseStart && doc.lowercaseWords.has(token.key) && !doc.keyIs(i, WordClass.orgHead))
    return false;
  return true;
}

/**
 * "West Bank", "Soviet Union": a head word after words that are never a name (places,
 * directions, "National") names a place or is too generic to be an organization's name.
 */
function onlyNonNamesBefore(doc: Document, first: number, head: number): boolean {
  for (let k = first; k < head; k++)
    if (!latinLexicon.nonNames.has((doc.token(k) as Token).key)) return false;
  return true;
}

/** "Defense Industries Organization of Iran", "African National Congress", "Ministry of Culture". */
function findLatinOrganizations(doc: Document): void {
  const { tokens } = doc;
  const lex = latinLexicon;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.latin || !token.capitalized || !doc.baseIs(i, WordClass.orgHead) || doc.isTaken(i)) continue;
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      if (!nameGap(doc.gapBefore(k + 1)) || !isOrgWord(doc, k)) break;
      if ((doc.token(k) as Token).base !== (doc.token(k) as Token).key) break;
      first = k;
    }
    let last = i;
    let purpose = false;
    // "… of Iran", "… for Human Rights in Iran"
    for (
      let j = last + 1;
      j < tokens.length && j - i <= 8 && (tokens[last] as Token).base === (tokens[last] as Token).key;
    ) {
      const connector = tokens[j] as Token;
      if (!nameGap(doc.gapBefore(j)) || connector.capitalized || !lex.orgConnectors.has(connector.key)) break;
      // "Center for Human Rights in Iran", but "the Budget Organization in Tehran" is where it sits.
      if (connector.key === 'in' && !purpose) break;
      if (connector.key === 'for') purpose = true;
      let k = j + 1;
      if (doc.token(k)?.key === 'the' && nameGap(doc.gapBefore(k))) {
        // "The New York Times and the Guardian": "and the" starts another name.
        if (connector.key === 'and') break;
        k++;
      }
      let end = -1;
      while (k < tokens.length && k - j <= 4 && nameGap(doc.gapBefore(k)) && isOrgWord(doc, k)) {
        end = k;
        if ((tokens[k] as Token).base !== (tokens[k] as Token).key) break;
        k++;
      }
      if (end === -1) break;
      last = end;
      j = end + 1;
    }
    if (first === last || (last === i && onlyNonNamesBefore(doc, first, i))) continue;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).baseEnd;
    const text = doc.text.slice(start, end);
    const record = lookupOrganization(text);
    doc.add(
      newMention({
        start,
        end,
        first,
        last,
        name: record?.name ?? canonicalName(text),
        kind: 'organization',
        how: 'pattern',
        orgType: record?.type ?? null,
      }),
    );
    i = last;
  }
}

function isPersianOrgComplement(doc: Document, i: number): boolean {
  const token = doc.token(i);
  if (!token || token.latin || doc.isTaken(i) || hasDigit(token.text)) return false;
  if (doc.keyIs(i, NEVER_PERSIAN_ORG_COMPLEMENTS)) return false;
  if (isPresentOrProgressiveVerb(token.text)) return false;
  return !isLightVerbNoun(doc, i);
}

/** "وجود ندارد", "شرکت خواهد کرد": token i is the noun of a compound verb, or the verb itself. */
function isLightVerbNoun(doc: Document, i: number): boolean {
  const lex = persianLexicon;
  const token = doc.token(i);
  const next = doc.token(i + 1);
  if (token && lex.lightVerbs.has(token.key)) return true;
  return next !== undefined && !next.latin && nameGap(doc.gapBefore(i + 1)) && lex.lightVerbs.has(next.key);
}

const MAX_PERSIAN_COMPLEMENTS = 4;
const GOVERNMENT = 'government';
const MAX_NESTED_ORGANIZATIONS = 2;
const PERSIAN_AND = 'و';
const PERSIAN_YE = 'ی';

function isAndBetweenComplements(doc: Document, i: number): boolean {
  return (
    doc.token(i)?.key === PERSIAN_AND &&
    nameGap(doc.gapBefore(i)) &&
    nameGap(doc.gapBefore(i + 1)) &&
    isPersianOrgComplement(doc, i + 1) &&
    continuesNameAfterAnd(doc, i + 1)
  );
}

/**
 * "… و نماینده", "… و سازمان", "… و مردم": a head or a common word after "و" starts another
 * phrase, unless names join it to the word before ("دادسرای عمومی و انقلاب").
 */
function continuesNameAfterAnd(doc: Document, k: number): boolean {
  const key = (doc.token(k) as Token).key;
  if (persianLexicon.orgWordsAfterAnd.has(key)) return true;
  return !persianLexicon.nonNames.has(key) && !doc.keyIs(k, WordClass.givenName);
}

const MAX_PLACE_TOKENS = 3;
const NAME_ENDING_PLACES = new Set(['city', 'province', 'country']);
// Looking a place up tokenizes its name: the few words after head words are read once.
const endsName: (text: string) => boolean = boundedMemo(20_000, (text: string) => {
  const kind = lookupPlace(text)?.kind;
  return kind !== undefined && NAME_ENDING_PLACES.has(kind);
});

/**
 * "دادستانی تهران", "دادگستری خراسان رضوی": a city, province or country ends an organization's
 * name in Persian. The last token of the place starting at token i, or -1 when none does.
 */
function placeEnding(doc: Document, i: number): number {
  let end = -1;
  for (let last = i; last < i + MAX_PLACE_TOKENS && doc.token(last); last++) {
    if (last > i && !nameGap(doc.gapBefore(last))) break;
    if (endsName(doc.text.slice((doc.token(i) as Token).start, (doc.token(last) as Token).end))) end = last;
  }
  return end;
}

/**
 * The last token of the name a Persian head word at token i opens: "وزارت نیرو", "حزب
 * کارگزاران سازندگی". `i` itself when no noun completes the head, -1 when it names nothing.
 */
function persianOrganizationEnd(doc: Document, i: number): number {
  const token = doc.token(i) as Token;
  if (isLightVerbNoun(doc, i)) return -1;
  // "دو تیم ایران و اتریش": the place still names the teams a number counts.
  const namedByPlace = persianLexicon.orgHeadsNamedByPlace.has(token.key);
  if (!namedByPlace && afterQuantifier(doc, i)) return -1;
  if (persianLexicon.orgHeadsNotNamedByPlace.has(token.key) && placeFollows(doc, i + 1)) return -1;
  if (commonNounPhrase(doc, i) || participation(doc, i)) return -1;
  let last = i;
  let words = 0;
  let joinedAt = -1;
  let endsInPlace = false;
  while (words < MAX_PERSIAN_COMPLEMENTS) {
    // After "و" one more word at most: "فرهنگ و ارشاد اسلامی", not "… اسلامی مجوز".
    if (joinedAt !== -1 && last - joinedAt >= 1) break;
    if (nameGap(doc.gapBefore(last + 1)) && isPersianOrgComplement(doc, last + 1)) {
      const place = placeEnding(doc, last + 1);
      if (place !== -1) {
        last = place;
        endsInPlace = true;
        break;
      }
      last++;
    }
    // "دادگاه کیفری یک": the number that tells one kind of body from another goes on its name.
    else if (last > i && numberedComplement(doc, last)) last++;
    // "کمیسیون آموزش و تحقیقات", "وزارت فرهنگ و ارشاد اسلامی": nouns joined by one "و" complete it.
    else if (last > i && joinedAt === -1 && isAndBetweenComplements(doc, last + 1)) {
      last += 2;
      joinedAt = last;
    } else break;
    words++;
  }
  // "تیم ملی فوتبال ایران" is a team, "تیم پزشکی" any group of doctors.
  if (!endsInPlace && namedByPlace) return -1;
  return last;
}

/** Token k and the number after it are one complement of a name ("کیفری یک"). */
function numberedComplement(doc: Document, k: number): boolean {
  const next = doc.token(k + 1);
  if (!next || next.latin || !nameGap(doc.gapBefore(k + 1))) return false;
  return persianLexicon.numberedOrgComplements.has(`${(doc.token(k) as Token).key} ${next.key}`);
}

/** "یک شرکت بیمه", "این هیأت", "دو کمیته": a head word after a quantifier or determiner is a common noun. */
function afterQuantifier(doc: Document, i: number): boolean {
  const before = doc.token(i - 1);
  if (!before || before.latin || !nameGap(doc.gapBefore(i))) return false;
  return (
    persianLexicon.quantifiers.has(before.key) ||
    doc.keyIs(i - 1, WordClass.determiner) ||
    hasDigit(before.text)
  );
}

/** "نیروی انسانی", "هیأت علمی": the head word at token i and the next word are a common noun. */
function commonNounPhrase(doc: Document, i: number): boolean {
  const next = doc.token(i + 1);
  if (!next || next.latin || !nameGap(doc.gapBefore(i + 1))) return false;
  return persianLexicon.commonOrgHeadPhrases.has(`${(doc.token(i) as Token).key} ${next.key}`);
}

/**
 * "با شرکت بیست گروه", "با شرکت تیمهای …": after "با", a head that is also a verbal noun
 * ("شرکت", taking part) before a count or a plural is the taking part of many, not a company.
 */
function participation(doc: Document, i: number): boolean {
  const lex = persianLexicon;
  const [before, next] = [doc.token(i - 1), doc.token(i + 1)];
  if (!before || !next || next.latin || !nameGap(doc.gapBefore(i)) || !nameGap(doc.gapBefore(i + 1)))
    return false;
  if (!lex.participationHeads.has((doc.token(i) as Token).key) || !lex.participationOpeners.has(before.key))
    return false;
  const plural = lex.pluralEndings.some((ending) => next.key.endsWith(ending));
  return plural || lex.quantifiers.has(next.key) || hasDigit(next.text);
}

/** Token i is a place noun ("استان") or opens a place's name. */
function placeFollows(doc: Document, i: number): boolean {
  const token = doc.token(i);
  if (!token || token.latin || !nameGap(doc.gapBefore(i))) return false;
  return persianLexicon.placeNouns.has(token.key) || placeEnding(doc, i) !== -1;
}

/** Token i opens a Persian organization's name by its head word. */
function isPersianOrgHead(doc: Document, i: number): boolean {
  const token = doc.token(i);
  return token !== undefined && !token.latin && doc.keyIs(i, WordClass.orgHead) && !doc.isTaken(i);
}

/**
 * "وزارت نیرو", "حزب کارگزاران سازندگی": a head word and the nouns that complete it. A name
 * followed by another organization's names a part of it, and the whole is one name:
 * "کمیسیون امنیت ملی مجلس", "کمیته انضباطی فدراسیون فوتبال".
 */
function findPersianOrganizations(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isPersianOrgHead(doc, i)) continue;
    let last = persianOrganizationEnd(doc, i);
    if (last === -1) continue;
    let absorbed: Mention | null = null;
    for (let depth = 0; depth < MAX_NESTED_ORGANIZATIONS && nameGap(doc.gapBefore(last + 1)); depth++) {
      const owner = doc.mentionAt(last + 1);
      if (owner) {
        // "سخنگوی سپاه" is no organization; "ستاد سپاه" names one, but by the registered name alone,
        // while a head before a state's government names a body of that state ("سفارت جمهوری اسلامی ایران").
        if (owner.kind !== 'organization' || owner.first !== last + 1) break;
        if (last === i && owner.orgType !== GOVERNMENT) break;
        absorbed = owner;
        last = owner.last;
        break;
      }
      if (last === i || !isPersianOrgHead(doc, last + 1)) break;
      const inner = persianOrganizationEnd(doc, last + 1);
      if (inner <= last + 1) break;
      last = inner;
    }
    if (last === i) continue;
    const start = (tokens[i] as Token).start;
    const end = (tokens[last] as Token).end;
    const text = doc.text.slice(start, end);
    const record = lookupOrganization(text);
    const mention = newMention({
      start,
      end,
      first: i,
      last,
      name: record?.name ?? canonicalName(text),
      kind: 'organization',
      how: 'pattern',
      orgType: record?.type ?? null,
    });
    if (absorbed) doc.replace(absorbed, mention);
    else doc.add(mention);
    i = last;
  }
}

const PERSIAN_OBJECT_MARKER = 'را';
const IRAN = 'IR';
const MAX_WORDS_BEFORE_OWN_PLACE = 2;

/**
 * The last token of the city, province or country after token `last`, past at most `words`
 * words that complete the name, that names the organization ending there, or -1. A place
 * before "را" is the verb's object, not the body's: "سازمان ملل ایران را محکوم کرد".
 */
function ownPlaceAfter(doc: Document, last: number, words: number): number {
  for (let first = last + 1; first <= last + 1 + words; first++) {
    const token = doc.token(first);
    if (!token || token.latin || !nameGap(doc.gapBefore(first)) || doc.isTaken(first)) return -1;
    const place = placeEnding(doc, first);
    if (place !== -1) return doc.isFree(first, place) && !objectFollows(doc, place) ? place : -1;
    // "… اسلامی استان تهران": a place noun before the place's name is no word of the name's own.
    if (persianLexicon.placeNouns.has(token.key)) words++;
    else if (!isPersianOrgComplement(doc, first)) return -1;
  }
  return -1;
}

function objectFollows(doc: Document, k: number): boolean {
  return nameGap(doc.gapBefore(k + 1)) && doc.token(k + 1)?.key === PERSIAN_OBJECT_MARKER;
}

/**
 * How many words may stand between an organization and the place that ends its name: a
 * registered name of one word is a head its complement may follow ("مجلس سنای هلند").
 */
function wordsBeforeOwnPlace(mention: Mention): number {
  return mention.how === 'registry' && mention.first === mention.last ? MAX_WORDS_BEFORE_OWN_PLACE : 0;
}

/** "مجلس ششم": the term after a legislature's name, or -1. */
function ownTermAfter(doc: Document, last: number): number {
  const next = doc.token(last + 1);
  if (!next || next.latin || !nameGap(doc.gapBefore(last + 1)) || doc.isTaken(last + 1)) return -1;
  const head = (doc.token(last) as Token).key;
  const lex = persianLexicon;
  return lex.orgHeadsNamedByTerm.has(head) && lex.termOrdinals.has(next.key) ? last + 1 : -1;
}

/** The two free tokens right before token `first`, the first in Arabic script, within a name; null otherwise. */
function twoWordsBefore(doc: Document, first: number): readonly [Token, Token] | null {
  const [a, b] = [doc.token(first - 2), doc.token(first - 1)];
  if (!a || !b || a.latin || doc.isTaken(first - 2) || doc.isTaken(first - 1)) return null;
  return nameGap(doc.gapBefore(first)) && nameGap(doc.gapBefore(first - 1)) ? [a, b] : null;
}

/** "روابط عمومی قوه قضائیه": the first token of the office of a body written before its name, or -1. */
function ownOfficeBefore(doc: Document, first: number): number {
  const words = twoWordsBefore(doc, first);
  return words && persianLexicon.orgOfficesBefore.has(`${words[0].key} ${words[1].key}`) ? first - 2 : -1;
}

/** "شعبه ۱۵ دادگاه انقلاب", "شعبه سوم دادگاه": the first token of a numbered branch before a body, or -1. */
function ownBranchBefore(doc: Document, first: number): number {
  const words = twoWordsBefore(doc, first);
  if (!words || !persianLexicon.orgBranchWords.has(words[0].key)) return -1;
  const number = words[1];
  return hasDigit(number.text) || persianLexicon.termOrdinals.has(number.key) ? first - 2 : -1;
}

/** The text of the place that ends at token `place`, at most MAX_PLACE_TOKENS from `from`. */
function placeTextEndingAt(doc: Document, from: number, place: number): string {
  for (let first = Math.max(from, place - MAX_PLACE_TOKENS + 1); first <= place; first++) {
    if (placeEnding(doc, first) === place) {
      return doc.text.slice((doc.token(first) as Token).start, (doc.token(place) as Token).end);
    }
  }
  return doc.text.slice((doc.token(place) as Token).start, (doc.token(place) as Token).end);
}

/**
 * The name of an organization widened to `text` by a place: a registered Iranian body stays
 * itself ("وزارت اطلاعات ایران"), one abroad is another body ("وزارت کشور روسیه").
 */
function widenedName(mention: Mention, text: string, placeText: string | null): string {
  const registered = lookupOrganization(text)?.name;
  if (registered) return registered;
  const iranian = placeText === null || lookupPlace(placeText)?.country === IRAN;
  return mention.how === 'registry' && iranian ? mention.name : canonicalName(text);
}

/**
 * "وزارت اطلاعات ایران", "مجلس اندونزی", "مجلس ششم", "روابط عمومی قوه قضائیه": a Persian
 * organization found by its registered name or head word is named on by the country or city
 * right after it, by the term of a legislature, and by the office or numbered branch before it.
 */
function widenPersianOrganizations(doc: Document): void {
  for (const mention of [...doc.mentions]) {
    if (mention.kind !== 'organization' || (doc.token(mention.first) as Token).latin) continue;
    const place = ownPlaceAfter(doc, mention.last, wordsBeforeOwnPlace(mention));
    const last = place !== -1 ? place : Math.max(mention.last, ownTermAfter(doc, mention.last));
    const office = Math.max(ownOfficeBefore(doc, mention.first), ownBranchBefore(doc, mention.first));
    const first = office !== -1 ? office : mention.first;
    if (first === mention.first && last === mention.last) continue;
    const start = (doc.token(first) as Token).start;
    const end = (doc.token(last) as Token).end;
    const text = doc.text.slice(start, end);
    const placeText = place === -1 ? null : placeTextEndingAt(doc, mention.last + 1, place);
    doc.replace(mention, {
      ...mention,
      start,
      end,
      first,
      last,
      name: widenedName(mention, text, placeText),
    });
  }
}

// ───────────────────────── names by given name, apposition, attribution ─────────────────────────

function isGivenNameStart(doc: Document, i: number): boolean {
  const token = doc.token(i);
  if (!token || doc.isTaken(i)) return false;
  if (doc.keyIs(i, WordClass.nameConnector)) return true;
  // Most tokens are lower-case words: no need to ask whether they are given names.
  if (token.latin && (!token.capitalized || token.allCaps)) return false;
  if (!doc.keyIs(i, WordClass.givenName)) return !token.latin && splitGivenName(doc, i) !== undefined;
  if (!doc.keyIs(i, WordClass.ambiguousGivenName)) return true;
  return token.latin ? !token.clauseStart : surnameFollows(doc, i + 1);
}

/** Names that open with a known given name: "Mohammad Atrianfar", "محمد خاتمی". */
function findGivenNames(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isGivenNameStart(doc, i)) continue;
    const range = readName(doc, i, false);
    if (!range || range.last === range.first) continue;
    const mention = addPerson(doc, range, {});
    i = mention.last;
  }
}

/** Token i starts a subject: the clause's first word, or after a comma or "و". */
function opensSubject(doc: Document, i: number): boolean {
  const token = doc.token(i) as Token;
  if (token.clauseStart) return true;
  const gap = doc.gapBefore(i);
  if (isComma(gap)) return true;
  return gap === '' && doc.token(i - 1)?.key === PERSIAN_AND;
}

function beforeSpeakerVerb(doc: Document, last: number): boolean {
  const next = last + 1;
  if (!doc.token(next) || !nameGap(doc.gapBefore(next))) return false;
  return persianLexicon.speakerVerbs.matchesAt(doc.text, doc.tokens, next, nameGapOrEmpty).length > 0;
}

const SPEECH_STARTS: ReadonlySet<string> = new Set(persianLexicon.speakerVerbs.firstWords());

function opensSpeech(token: Token | undefined): boolean {
  return token !== undefined && SPEECH_STARTS.has(token.key);
}

/** Token i is a given name that is no common word. */
function givenNameOnly(doc: Document, i: number): boolean {
  return doc.keyIs(i, WordClass.givenName) && !doc.keyIs(i, WordClass.ambiguousGivenName);
}

/** A lone word is a surname when it looks like one, or a given name that is nothing else. */
function loneName(doc: Document, i: number): boolean {
  return hasSurnameSuffix((doc.token(i) as Token).key) || givenNameOnly(doc, i);
}

/**
 * The subject of a speech verb, one or two words without a title: "یونسی گفت", "هاشمی
 * شاهرودی افزود". One word must look like a surname or be a given name.
 */
function findPersianSpeakers(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    // Most words stand two words or more before any speech verb.
    if (token.latin || (!opensSpeech(tokens[i + 1]) && !opensSpeech(tokens[i + 2]))) continue;
    if (doc.isTaken(i) || !opensSubject(doc, i) || !isPersianNameWord(doc, i)) continue;
    let last = -1;
    if (beforeSpeakerVerb(doc, i)) {
      if (loneName(doc, i)) last = i;
    } else if (isPersianSurnameWord(doc, i + 1) && beforeSpeakerVerb(doc, i + 1)) {
      if (loneName(doc, i + 1) || doc.keyIs(i, WordClass.givenName)) last = i + 1;
    }
    if (last === -1) continue;
    const mention = addPerson(doc, { first: i, last, end: (tokens[last] as Token).end, gender: null }, {});
    i = mention.last;
  }
}

/** Tokens i and i + 1 both look like surnames: "موسوی خوئینی", "محمدی راد". */
function twoSurnames(doc: Document, i: number): boolean {
  return hasSurnameSuffix((doc.token(i) as Token).key) && hasSurnameSuffix((doc.token(i + 1) as Token).key);
}

/** Nothing but spaces or a comma stands between token k and the one before. */
function rightAfterOrComma(doc: Document, k: number): boolean {
  const gap = doc.gapBefore(k);
  return gap === '' || isComma(gap);
}

/** Token k is a Persian role word ("رئیس‌جمهور", "سفیر", "معاون"), right after token k - 1 or after a comma. */
function roleFollows(doc: Document, k: number): boolean {
  if (!rightAfterOrComma(doc, k)) return false;
  const token = doc.token(k);
  // "امام" is a role and a title: "X امام" is rather the Imam's X.
  return (
    token !== undefined &&
    !token.latin &&
    doc.keyIs(k, WordClass.roleHead) &&
    !doc.keyIs(k, WordClass.honorific)
  );
}

const AGE_WORD = 'ساله';

/** Token k is a role word or a number of years old: what may describe the name before it. */
function describedAt(doc: Document, k: number): boolean {
  return doc.keyIs(k, WordClass.roleHead) || doc.token(k + 1)?.key === AGE_WORD;
}

/** Tokens k and k + 1 are an age ("۲۳ ساله"), right after token k - 1 or after a comma. */
function ageFollows(doc: Document, k: number): boolean {
  const token = doc.token(k);
  if (!rightAfterOrComma(doc, k) || !token || !hasDigit(token.text)) return false;
  return doc.token(k + 1)?.key === AGE_WORD && nameGap(doc.gapBefore(k + 1));
}

/**
 * A surname or name set before the office its holder holds: "امبکی رئیس‌جمهور آفریقای جنوبی",
 * "نوربخش، رئیس کل بانک مرکزی", or before the age its bearer is ("مهسا امینی ۲۲ ساله"). The
 * name opens a phrase and looks like one.
 */
function findPersianAppositions(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    // Most words stand two words or more before any role word or age.
    if (token.latin || (!describedAt(doc, i + 1) && !describedAt(doc, i + 2))) continue;
    if (doc.isTaken(i) || !isPersianNameWord(doc, i) || !opensListItem(doc, i)) continue;
    let last = -1;
    if (roleFollows(doc, i + 1)) {
      // "سخنرانی رئیس‌جمهور" is a speech: without a comma the word must be a surname by its form.
      if (
        isComma(doc.gapBefore(i + 1)) ? loneName(doc, i) : surnameByForm(token.key) || givenNameOnly(doc, i)
      )
        last = i;
    } else if (ageFollows(doc, i + 1)) {
      // "کودک ۵ ساله" is a child: the word must be a surname by its form or a given name.
      if (surnameByForm(token.key) || givenNameOnly(doc, i)) last = i;
    } else if (isPersianSurnameWord(doc, i + 1) && roleFollows(doc, i + 2)) {
      // Two words and a comma before the office: "نورمن مینتا، وزیر بازرگانی آمریکا".
      if (doc.keyIs(i, WordClass.givenName) || twoSurnames(doc, i) || isComma(doc.gapBefore(i + 2)))
        last = i + 1;
    } else if (isPersianSurnameWord(doc, i + 1) && ageFollows(doc, i + 2)) {
      if (doc.keyIs(i, WordClass.givenName) || twoSurnames(doc, i)) last = i + 1;
    }
    if (last === -1) continue;
    const mention = addPerson(doc, { first: i, last, end: (tokens[last] as Token).end, gender: null }, {});
    i = mention.last;
  }
}

const SOURCE_STARTS: ReadonlySet<string> = new Set(persianLexicon.personSourceCues.firstWords());

/**
 * The name a source phrase opens: "به گفته رسولی،", "به نقل از جان هاوارد،". One word must be
 * a surname by its form or a given name; two words a given name and a surname, or two surnames.
 */
function findPersianSourcedNames(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).latin || !SOURCE_STARTS.has((tokens[i] as Token).key)) continue;
    const cue = persianLexicon.personSourceCues.matchesAt(doc.text, tokens, i, nameGapOrEmpty)[0];
    if (!cue) continue;
    const first = cue.last + 1;
    if (!nameGap(doc.gapBefore(first))) continue;
    const range = readPersianName(doc, first, true);
    if (!range) continue;
    // "به گفته تلویزیون محلی": outlets are credited the same way, so the words must look like a name.
    const named =
      range.gender !== null ||
      (range.first === range.last
        ? surnameByForm((tokens[first] as Token).key) || givenNameOnly(doc, first)
        : range.last === first + 1 && twoSurnames(doc, first));
    if (!named) continue;
    const mention = addPerson(doc, range, {});
    i = mention.last;
  }
}

// ───────────────────────── Persian names in lists ─────────────────────────

/** Punctuation between two list items: anything but a hyphen or a bracket, which join or aside. */
function separatesListItems(gap: string | null): boolean {
  return gap !== '-' && gap !== '(' && gap !== ')';
}

/** Token i opens an item of a list: the clause's first word, or after punctuation or (unless `punctuationOnly`) "و". */
function opensListItem(doc: Document, i: number, punctuationOnly = false): boolean {
  const token = doc.token(i) as Token;
  if (token.clauseStart) return true;
  const gap = doc.gapBefore(i);
  if (gap === null) return true;
  if (gap !== '') return separatesListItems(gap);
  return !punctuationOnly && doc.token(i - 1)?.key === PERSIAN_AND;
}

/** Token k closes an item of a list: punctuation or "و" follows it, or nothing does. */
function closesListItem(doc: Document, k: number): boolean {
  const next = doc.token(k + 1);
  if (!next) return true;
  const gap = doc.gapBefore(k + 1);
  if (gap !== '') return separatesListItems(gap);
  return next.key === PERSIAN_AND;
}

/** A whole list item from token i that reads as a Persian name, or null. */
function listedName(doc: Document, i: number, punctuationOnly = false): NameRange | null {
  const token = doc.token(i);
  if (!token || token.latin || !opensListItem(doc, i, punctuationOnly)) return null;
  const range = readPersianName(doc, i, true);
  if (!range || !closesListItem(doc, range.last)) return null;
  // One word alone must look like a name, and so must the last of two without a given name.
  if (range.first === range.last) return loneName(doc, i) ? range : null;
  if (range.gender === null && (range.last > range.first + 1 || !twoSurnames(doc, range.first))) return null;
  return range;
}

/** The first token of the list item after the person ending at token `last`, or -1. */
function nextItemStart(doc: Document, last: number): number {
  const gap = doc.gapBefore(last + 1);
  if (isComma(gap)) return last + 1;
  if (gap === '' && doc.token(last + 1)?.key === PERSIAN_AND && doc.gapBefore(last + 2) === '')
    return last + 2;
  return -1;
}

/** The last token of the list item before the person starting at token `first`, or -1. */
function previousItemEnd(doc: Document, first: number): number {
  const gap = doc.gapBefore(first);
  if (isComma(gap)) return first - 1;
  if (gap === '' && doc.token(first - 1)?.key === PERSIAN_AND && doc.gapBefore(first - 1) === '')
    return first - 2;
  return -1;
}

/**
 * The name that fills the list item ending at token `end`. Before a comma the item must follow
 * punctuation too: in "وزیر امور اقتصادی و دارائی، X" the words before the comma are an office.
 */
function listedNameEndingAt(doc: Document, end: number): NameRange | null {
  const punctuationOnly = isComma(doc.gapBefore(end + 1));
  for (let first = Math.max(0, end - 1); first <= end; first++) {
    const range = listedName(doc, first, punctuationOnly);
    if (range && range.last === end) return range;
  }
  return null;
}

/**
 * "رجائی و باهنر", "ستاره اسکندری، شبنم طلوعی و …": the items of a list that names a person
 * are names too, when each reads as one and fills its item.
 */
function findListedNames(doc: Document): void {
  const queue = doc.mentions.filter((m) => m.kind === 'person' && m.how !== 'coreference' && !m.role);
  for (let q = 0; q < queue.length; q++) {
    const m = queue[q] as Mention;
    if ((doc.token(m.first) as Token).latin) continue;
    const start = nextItemStart(doc, m.last);
    const after = start === -1 ? null : listedName(doc, start);
    if (after) queue.push(addPerson(doc, after, {}));
    const end = previousItemEnd(doc, m.first);
    const before = end < 0 ? null : listedNameEndingAt(doc, end);
    if (before) queue.push(addPerson(doc, before, {}));
  }
}

function roleHeadWithin(doc: Document, from: number, to: number, step: 1 | -1): number {
  for (let k = from; step === 1 ? k <= to : k >= to; k += step) {
    const token = doc.token(k);
    if (!token) return -1;
    if (token.latin && doc.baseIs(k, WordClass.roleHead)) return k;
    const gap = step === 1 ? doc.gapBefore(k + 1) : doc.gapBefore(k);
    if (
      gap === null ||
      (gap !== '' && gap !== "'" && gap !== '’' && gap !== '“' && gap !== '”' && gap !== '"')
    )
      return -1;
  }
  return -1;
}

function followsAttributionPhrase(doc: Document, i: number): boolean {
  for (let n = 1; n <= 2; n++) {
    if (i - n < 0) break;
    for (const m of latinLexicon.attributionBefore.matchesAt(doc.text, doc.tokens, i - n, nameGapOrEmpty)) {
      if (m.last === i - 1 && (doc.gapBefore(i) === '' || doc.gapBefore(i) === ',')) return true;
    }
  }
  return false;
}

/**
 * Two to four capitalized words that stand in apposition to a role ("Ebrahim Fayaz, a
 * researcher", "Khamenei's representative in Mashhad, Ahmad Alamalhoda") or next to an
 * attribution verb ("Nasser Kanaani said", "according to Javad Rezaei").
 */
function findAttributedNames(doc: Document): void {
  const { tokens } = doc;
  const lex = latinLexicon;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.latin || !token.capitalized || doc.isTaken(i)) continue;
    if (i > 0 && isLatinNameWord(doc, i - 1) && nameGap(doc.gapBefore(i))) continue; // not the start of a name
    const range = readLatinName(doc, i);
    if (!range) continue;
    if (range.last === range.first) {
      i = range.last;
      continue;
    }
    const after = range.last + 1;
    const gapAfter = doc.gapBefore(after);
    const nextToken = doc.token(after);
    const possessive = (doc.token(range.last) as Token).base !== (doc.token(range.last) as Token).key;
    let role: number = -1;
    let found = false;
    if (!possessive && nextToken && gapAfter === '' && lex.attributionVerbs.has(nextToken.key)) found = true;
    else if (followsAttributionPhrase(doc, i)) found = true;
    else if (!possessive && gapAfter === ',') {
      let k = after;
      if (
        doc.token(k) &&
        (lex.determiners.has((doc.token(k) as Token).key) ||
          (doc.token(k) as Token).key === 'a' ||
          (doc.token(k) as Token).key === 'an')
      )
        k++;
      role = roleHeadWithin(doc, k, k + 6, 1);
      found = role !== -1;
    }
    if (!found && doc.gapBefore(i) === ',') {
      role = roleHeadWithin(doc, i - 1, i - 8, -1);
      found = role !== -1;
    }
    if (!found) {
      i = range.last;
      continue;
    }
    const mention = addPerson(doc, range, {});
    if (role !== -1) {
      const head = doc.token(role) as Token;
      const phrase = role < i ? rolePhrase(doc, role) : { text: head.text, organization: null };
      applyRole(mention, phrase.text, head.base, phrase.organization, null);
    }
    i = mention.last;
  }
}

// ───────────────────────── roles in apposition ─────────────────────────

const MAX_APPOSITION_TOKENS = 14;

function isComma(gap: string | null): boolean {
  return gap === ',' || gap === '،';
}

/** The tokens of the apposition after a comma following token `last`, up to the next break. */
function appositionAfter(doc: Document, last: number): [number, number] | null {
  if (!isComma(doc.gapBefore(last + 1))) return null;
  let end = -1;
  for (let k = last + 1; k < doc.tokens.length && k - last <= MAX_APPOSITION_TOKENS; k++) {
    if (k > last + 1) {
      const gap = doc.gapBefore(k);
      if (gap === null || (gap !== '' && gap !== "'" && gap !== '’' && gap !== '-')) break;
    }
    const token = doc.token(k) as Token;
    const lex = doc.lexicon(k);
    if (token.latin && lex.attributionVerbs.has(token.key)) return null;
    end = k;
  }
  return end === -1 ? null : [last + 1, end];
}

/** The tokens of the apposition before a comma preceding token `first` ("the Interior Minister, X"). */
function appositionBefore(doc: Document, first: number): [number, number] | null {
  if (!isComma(doc.gapBefore(first))) return null;
  let start = -1;
  for (let k = first - 1; k >= 0 && first - k <= MAX_APPOSITION_TOKENS; k--) {
    const token = doc.token(k) as Token;
    const lex = doc.lexicon(k);
    // "On 27 November the Interior Minister": the role starts after its determiner, and
    // "State television quoted Isfahan's chief justice" after its verb.
    if (lex.determiners.has(token.key) || lex.attributionVerbs.has(token.key)) break;
    if (token.clauseStart && k < first - 1) {
      start = k;
      break;
    }
    start = k;
    if (k < first - 1 && doc.gapBefore(k + 1) !== '') {
      start = k + 1;
      break;
    }
  }
  return start === -1 ? null : [start, first - 2 >= start ? first - 1 : start];
}

function holdsRole(doc: Document, range: [number, number]): boolean {
  for (let k = range[0]; k <= range[1]; k++) {
    if (doc.mentionAt(k)?.kind === 'person') return false;
    if (doc.baseIs(k, WordClass.roleHead)) return true;
  }
  return false;
}

function organizationWithin(doc: Document, range: [number, number]): string | null {
  for (let k = range[0]; k <= range[1]; k++) {
    const owner = doc.mentionAt(k);
    if (owner?.kind === 'organization') return owner.name;
  }
  return null;
}

/**
 * Offices set beside a name by commas: "Philip Luther, Amnesty International's Research
 * Director" and "the Interior Minister, Abdolreza Rahmani Fazli,"; "X of Amnesty" gives X's
 * organization.
 */
function attachRoles(doc: Document): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || m.how === 'coreference') continue;
    if (!m.role) {
      const range = appositionAfter(doc, m.last) ?? null;
      const before = range && holdsRole(doc, range) ? null : appositionBefore(doc, m.first);
      const chosen =
        range && holdsRole(doc, range) ? range : before && holdsRole(doc, before) ? before : null;
      if (chosen) {
        const start = (doc.token(chosen[0]) as Token).start;
        const end = (doc.token(chosen[1]) as Token).end;
        m.role = doc.text.slice(start, end).replace(/^(?:the|a|an)\s+/iu, '');
        m.organization ??= organizationWithin(doc, chosen);
      }
    }
    const of = doc.token(m.last + 1);
    if (!m.organization && of?.key === 'of' && doc.gapBefore(m.last + 1) === '') {
      const owner = doc.mentionAt(m.last + 2);
      if (owner?.kind === 'organization') m.organization = owner.name;
    }
  }
}

/** Shorter than this, a name before a hyphen must be written in capitals ("UN-backed", not "Un-Islamic"). */
const MAX_ABBREVIATION = 4;

/** "IRGC-affiliated", "UN-backed", "Basij-run": a registered organization before a hyphen. */
function findHyphenatedOrganizations(doc: Document): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.latin || !token.capitalized || doc.isTaken(i)) continue;
    const hyphen = token.text.indexOf('-');
    if (hyphen < 2) continue;
    const prefix = token.text.slice(0, hyphen);
    if (prefix.length <= MAX_ABBREVIATION && prefix !== prefix.toUpperCase()) continue;
    const record = namedOrganization(prefix);
    if (!record) continue;
    doc.add(
      newMention({
        start: token.start,
        end: token.start + hyphen,
        first: i,
        last: i,
        name: record.name,
        kind: 'organization',
        how: 'registry',
        orgType: record.type ?? null,
      }),
    );
  }
}

const MAX_WORDS_BEFORE_PLACE_NAME = 2;

/**
 * "خیابان شهید بهشتی", "فرودگاه بین‌المللی امام خمینی": a Persian name, with the titles and
 * adjectives before it, that follows the head of a street's or building's name names the place.
 */
export function namesAPlace(doc: Document, mention: Mention): boolean {
  if (mention.kind !== 'person' || (doc.token(mention.first) as Token).latin) return false;
  for (let k = mention.first - 1; k >= 0 && mention.first - k <= MAX_WORDS_BEFORE_PLACE_NAME + 1; k--) {
    if (!nameGap(doc.gapBefore(k + 1))) return false;
    const token = doc.token(k) as Token;
    if (persianLexicon.placeNameHeads.has(token.key)) return true;
    if (!doc.keyIs(k, WordClass.honorific | WordClass.titleStart | WordClass.nonName)) return false;
  }
  return false;
}

/** Runs every finding pass over a tokenized document, strongest evidence first. */
export function findEntities(doc: Document): void {
  findRegistryAliases(doc);
  findHyphenatedOrganizations(doc);
  findTitledNames(doc);
  findRoleNames(doc);
  findLatinOrganizations(doc);
  findPersianOrganizations(doc);
  widenPersianOrganizations(doc);
  findGivenNames(doc);
  findPersianSpeakers(doc);
  findPersianAppositions(doc);
  findPersianSourcedNames(doc);
  findListedNames(doc);
  findAttributedNames(doc);
  attachRoles(doc);
}
