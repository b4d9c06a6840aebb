/**
 * Reads English attribution clauses around each cue of the lexicon: "X said (that) …",
 * "…, X said", "“…,” said X", "according to X, …", "…, according to X", "X told Y that …",
 * "X was quoted by Y as saying …", "Y quoted X as saying …", "…, adding that …", and a block
 * quotation after "X said:".
 * @module
 */
import type { Span } from '../../../core/types.js';
import type { PhraseMatch, Token } from '../../annotators/entities/index.js';
import {
  capStart,
  CLOSING_QUOTES,
  colonEnd,
  contentFrom,
  keyAt as key,
  makeDraft,
  MAX_HEARER_TOKENS,
  OPENING_QUOTES,
  openingQuote,
  plainBefore,
  relaysWithin as relaysIn,
  tokenEnd,
  union,
  type DraftFields,
  type Range,
} from './_clause.js';
import { firstAtLeast, offsetOf } from '../../sorted-search.js';
import { lineEnd, lineStart } from '../../_lines.js';
import type { StatementDocument, Unit } from './_document.js';
import {
  titleCase,
  trimSpan,
  wholeQuote,
  wordCount,
  type Draft,
  type Relay,
  type SubjectVia,
} from './_draft.js';
import { englishLexicon as lex, phraseOpeners, type AccordingCue, type VerbCue } from './_lexicon.js';

/** Longest stretch of words read as a subject, an apposition or a named source. */
const MAX_SUBJECT_TOKENS = 14;
const MAX_APPOSITION_TOKENS = 16;
/** Longest aside in parentheses passed over after a name: "Mary Stone (D-Ohio) said". */
const MAX_PARENTHESIS_TOKENS = 6;
/** How far after the verb "that" or a colon may still open the reported words. */
const MAX_ADJUNCT_TOKENS = 20;
/** How many closing words may hold a trailer such as ", according to X". */
const TRAILER_TOKENS = 30;

const HARD_BREAK = /[.;:!?()[\]]/u;
const HARD_BREAK_NO_PARENS = /[.;:!?]/u;

function range(doc: StatementDocument, r: Range): Span {
  return doc.spanOf(r[0], r[1]);
}

function relaysWithin(doc: StatementDocument, unit: Unit, from: number, to: number, relays: Relay[]): void {
  relaysIn(doc, lex, unit, from, to, relays);
}

function draft(doc: StatementDocument, unit: Unit, fields: DraftFields): Draft {
  return makeDraft(doc, lex, unit, fields);
}

function isCapitalized(doc: StatementDocument, i: number): boolean {
  return doc.tokens[i]?.capitalized ?? false;
}

/** Longest stretch of a list of names read for the "and" that closes it. */
const MAX_LIST_TOKENS = 12;

/** "Tehran, Isfahan, Shiraz and Karaj": a comma inside a list of names. */
function listComma(doc: StatementDocument, i: number): boolean {
  if (!isCapitalized(doc, i) || !isCapitalized(doc, i + 1)) return false;
  for (let k = i + 1; k <= i + MAX_LIST_TOKENS; k++) {
    if (key(doc, k) === 'and' || key(doc, k) === 'or') return true;
    if (doc.gapAfter(k) !== '' && doc.gapAfter(k) !== ',') return false;
  }
  return false;
}

/** "Amnesty International and Human Rights Watch said": "and" between two names. */
function listAnd(doc: StatementDocument, i: number): boolean {
  return isCapitalized(doc, i - 1) && isCapitalized(doc, i + 1);
}

/** Words leftwards from token `last` that can be the subject of a reporting verb. */
function subjectLeft(doc: StatementDocument, unit: Unit, last: number): Range | null {
  let first = -1;
  for (let j = last; j >= unit.first; j--) {
    if (j < last) {
      const gap = doc.gapAfter(j);
      if (/["“”«»‘’]/u.test(gap) || HARD_BREAK_NO_PARENS.test(gap)) break;
      if (gap.includes(',') && !listComma(doc, j)) break;
    }
    const k = key(doc, j);
    if (lex.clauseBreakWords.has(k) && !(k === 'and' && listAnd(doc, j))) break;
    if (lex.verbs.matchesAt(doc.text, doc.tokens, j).length > 0) break;
    if (doc.quotedWithin(j, unit)) break;
    first = j;
    if (last - first + 1 > MAX_SUBJECT_TOKENS) return null;
  }
  if (first === -1) return null;
  return dropLeadingAdjuncts(doc, [first, last]);
}

/** Longest subject read before "who" or "which" when no entity ends there. */
const MAX_ANTECEDENT_TOKENS = 6;

/**
 * The subject a relative pronoun after token `last` stands for: the entity ending there ("…
 * from the Mexican president, who said"), else a short subject ("the panel, which said").
 */
function antecedent(doc: StatementDocument, unit: Unit, last: number): Range | null {
  const entity = doc.entityAt(last);
  if (entity && entity.span[1] === (doc.tokens[last] as Token).end) {
    const first = doc.firstTokenAtOrAfter(entity.span[0]);
    if (first >= unit.first) return [first, last];
  }
  const subject = subjectLeft(doc, unit, last);
  return subject && subject[1] - subject[0] < MAX_ANTECEDENT_TOKENS ? subject : null;
}

/** "On 27 November the Interior Minister": a date or a sentence adverb before the subject. */
function dropLeadingAdjuncts(doc: StatementDocument, r: Range): Range | null {
  let [first] = r;
  const last = r[1];
  while (first <= last) {
    const date = doc.dateAt(first);
    if (date) {
      first = doc.lastTokenEndingBy(date.span[1]) + 1;
      continue;
    }
    const k = key(doc, first);
    const next = first + 1 <= last ? doc.dateAt(first + 1) : undefined;
    if (lex.adjunctStarters.has(k) && next) {
      first++;
      continue;
    }
    if (lex.coordinators.has(k) || k === 'meanwhile' || k === 'however') {
      first++;
      continue;
    }
    break;
  }
  return first <= last ? [first, last] : null;
}

/** "X, deputy governor of Tehran, told": the apposition and the subject before it. */
function apposition(
  doc: StatementDocument,
  unit: Unit,
  last: number,
): { subject: Range; apposition: Range } | null {
  for (let j = last; j >= unit.first && last - j < MAX_APPOSITION_TOKENS; j--) {
    if (j < last) {
      const gap = doc.gapAfter(j);
      if (/["“”«»‘’]/u.test(gap) || HARD_BREAK.test(gap)) return null;
      if (gap.includes(',')) {
        if (listComma(doc, j)) continue;
        // "Mousavi, the former premier, is under house arrest, said …": a predicate, not an apposition.
        if (lex.auxiliaries.has(key(doc, j + 1))) return null;
        const subject = subjectLeft(doc, unit, j);
        return subject ? { subject, apposition: [j + 1, last] } : null;
      }
    }
    // "in a message posted on her account" is an apposition; "…, the council said" is a clause.
    if (lex.verbs.matchesAt(doc.text, doc.tokens, j).length > 0) {
      const previous = doc.tokens[j - 1];
      if (!previous || previous.capitalized || lex.pronouns.has(previous.key)) return null;
    }
  }
  return null;
}

/**
 * "Mary Stone (D-Ohio)": the last token of an aside in parentheses opening right after token
 * `j`, or `j` when none does.
 */
function parenthesisAfter(doc: StatementDocument, unit: Unit, j: number): number {
  if (doc.gapAfter(j) !== '(') return j;
  for (let e = j + 1; e <= unit.last && e - j <= MAX_PARENTHESIS_TOKENS; e++) {
    const gap = doc.gapAfter(e);
    if (gap.includes('(')) return j;
    if (gap.includes(')')) return e;
  }
  return j;
}

/** The token before an aside in parentheses that token `j` closes, or `j` when it closes none. */
function parenthesisBefore(doc: StatementDocument, unit: Unit, j: number): number {
  if (!/^\.?\)/u.test(doc.gapAfter(j))) return j;
  for (let i = j; i > unit.first && j - i < MAX_PARENTHESIS_TOKENS; i--) {
    const gap = doc.gapBefore(i);
    if (gap.includes(')')) return j;
    if (gap === '(') return i - 1;
  }
  return j;
}

/** What follows the closing parenthesis in a gap: "," in ".),". */
function afterParenthesis(gap: string): string {
  return gap.slice(gap.indexOf(')') + 1);
}

/** A dash standing alone between words: "—", "–" or " - ". */
const DASH = /^[\u2014\u2013-]$/u;

/**
 * "Jason Sims — a teacher from Karaj — says": the apposition between two dashes closing at
 * token `last`, and the subject before it.
 */
function dashAside(
  doc: StatementDocument,
  unit: Unit,
  last: number,
): { subject: Range; apposition: Range } | null {
  for (let j = last - 1; j >= unit.first && last - j < MAX_APPOSITION_TOKENS; j--) {
    const gap = doc.gapAfter(j);
    if (DASH.test(gap)) {
      const subject = subjectLeft(doc, unit, j);
      return subject ? { subject, apposition: [j + 1, last] } : null;
    }
    if (gap !== '' && gap !== ',') return null;
  }
  return null;
}

/**
 * "Mohammad Atrianfar, a former vice president who once …, queried, “…”": the person or
 * organization named at the start of the sentence, up to its comma, when the words between it
 * and the verb are too long or too quoted to read as one apposition. Leading prepositional
 * phrases ("In a 1980 speech, X, …") are passed over.
 */
function leadSubject(doc: StatementDocument, unit: Unit, before: number): Range | null {
  let from = unit.first;
  for (let j = unit.first; j < before && j - from < MAX_SUBJECT_TOKENS; j++) {
    const close = parenthesisAfter(doc, unit, j);
    const gap = close === j ? doc.gapAfter(j) : afterParenthesis(doc.gapAfter(close));
    if (/["“”«»]/u.test(gap) || HARD_BREAK_NO_PARENS.test(gap)) return null;
    if (lex.verbs.matchesAt(doc.text, doc.tokens, j).length > 0) return null;
    if (!gap.includes(',') || listComma(doc, j)) {
      j = close;
      continue;
    }
    if (lex.adjunctStarters.has(key(doc, from)) || doc.dateAt(from)) {
      from = j + 1;
      continue;
    }
    const entity = doc.entityAt(j);
    const named = entity
      ? (doc.tokens[j] as Token).end === entity.span[1]
      : j > from && capitalizedRun(doc, from, j) === j;
    if (!named) return null;
    const subject = subjectLeft(doc, unit, j);
    return subject && subject[0] === from ? subject : null;
  }
  return null;
}

/**
 * Whether token `j` reads as a main clause's verb: a cue, an auxiliary, an irregular past tense
 * or a lower-case word ending in -ed that no article or possessive makes an adjective ("the
 * wounded", "the regime's armed forces").
 */
function readsAsVerb(doc: StatementDocument, j: number): boolean {
  const token = doc.tokens[j] as Token;
  if (token.capitalized || !token.latin) return false;
  const k = token.key;
  if (lex.auxiliaries.has(k) || lex.pastForms.has(k)) return true;
  if (lex.verbs.matchesAt(doc.text, doc.tokens, j).length > 0) return true;
  if (!k.endsWith('ed') || k.length < 4) return false;
  const previous = doc.tokens[j - 1];
  return !previous || (!lex.nounMarkers.has(previous.key) && previous.base === previous.key);
}

/**
 * Whether tokens `r` name a speaker: a subject pronoun, a name, or words whose head (the last
 * word before a preposition) is a person, role or group noun ("local representatives of X").
 */
function namesSpeaker(doc: StatementDocument, r: Range): boolean {
  const [first, last] = r;
  if (first === last && lex.subjectPronouns.has(key(doc, first))) return true;
  let head = first;
  for (let j = first + 1; j <= last && !lex.prepositions.has(key(doc, j)); j++) head = j;
  while (head > first && lex.emphatics.has(key(doc, head))) head--;
  const entity = doc.entityAt(head);
  if (entity && (doc.tokens[head] as Token).end === entity.span[1]) return true;
  const token = doc.tokens[head] as Token;
  return lex.speakerNouns.has(token.key) || lex.speakerNouns.has(token.base);
}

/**
 * "At Friday prayers, local representatives of X took aim at …, warning …": the main clause's
 * subject, from the sentence's start past its leading adjuncts up to the first word that reads
 * as its verb, when it names a speaker.
 */
function mainClauseSubject(doc: StatementDocument, unit: Unit, before: number): Range | null {
  let from = unit.first;
  // "At Friday prayers in major cities,": a leading prepositional phrase up to its comma.
  if (lex.adjunctStarters.has(key(doc, from)) && !doc.entityAt(from)) {
    while (from < before && !doc.gapAfter(from).includes(',')) from++;
    from++;
  }
  const start = from <= before ? dropLeadingAdjuncts(doc, [from, before]) : null;
  if (!start) return null;
  const first = start[0];
  for (let j = first + 1; j <= before && j - first <= MAX_SUBJECT_TOKENS; j++) {
    if (!plainBefore(doc, j) || doc.quotedWithin(j, unit)) return null;
    if (readsAsVerb(doc, j)) return namesSpeaker(doc, [first, j - 1]) ? [first, j - 1] : null;
    if (lex.clauseBreakWords.has(key(doc, j)) && !(key(doc, j) === 'and' && listAnd(doc, j))) return null;
  }
  return null;
}

/**
 * "…, said Larry Sabato, director of …": a person or organization named right after the verb,
 * ending the sentence or followed by a comma, is the speaker and no start of reported words.
 */
function namedAfter(doc: StatementDocument, unit: Unit, from: number): boolean {
  if (from > unit.last || !plainBefore(doc, from)) return false;
  const entity = doc.entityAt(from);
  if (!entity || entity.span[0] !== (doc.tokens[from] as Token).start) return false;
  const end = doc.lastTokenEndingBy(entity.span[1]);
  if (end >= unit.last) return true;
  return doc.gapAfter(end).startsWith(',') && !listComma(doc, end);
}

/**
 * Whether the words after a verb that follows a comma can be its speaker ("…, said the
 * minister"): not "that", nor a pronoun or words opening a clause ("…, said he already
 * received …", "…, said the plan would fail").
 */
function speakerCanFollow(doc: StatementDocument, unit: Unit, from: number): boolean {
  if (from > unit.last || !plainBefore(doc, from) || !opensSpeaker(doc, from)) return false;
  if (lex.subjectPronouns.has(key(doc, from)) && from < unit.last && plainBefore(doc, from + 1)) return false;
  // "…, said the plan would fail": a clause, not a speaker.
  for (let j = from; j <= unit.last && j - from < MAX_SUBJECT_TOKENS; j++) {
    if (j > from && !plainBefore(doc, j)) break;
    const k = key(doc, j);
    if (lex.clauseBreakWords.has(k) || lex.complementizers.has(k)) break;
    if (lex.auxiliaries.has(k) || (j > from && readsAsVerb(doc, j))) return false;
  }
  return true;
}

/** Most lower-case words of a title read before a name: "master of ceremonies". */
const MAX_TITLE_WORDS = 3;

/**
 * "“…,” said campaign manager Jo Brand": lower-case words of a title from token `from`, then a
 * capitalized name, all by token `last`.
 */
function titleBeforeName(doc: StatementDocument, from: number, last: number): boolean {
  for (let j = from; j <= last && j - from <= MAX_TITLE_WORDS; j++) {
    const token = doc.tokens[j] as Token;
    if (!token.latin || (j > from && !plainBefore(doc, j))) return false;
    if (token.capitalized) return j > from;
    if (lex.complementizers.has(token.key) || lex.auxiliaries.has(token.key)) return false;
  }
  return false;
}

/** Whether token `i` may open a speaker named after the verb: a name, an article, a pronoun. */
function opensSpeaker(doc: StatementDocument, i: number): boolean {
  const k = key(doc, i);
  if (lex.complementizers.has(k)) return false;
  return (
    isCapitalized(doc, i) ||
    lex.determiners.has(k) ||
    lex.invertedSubjectOpeners.has(k) ||
    lex.pronouns.has(k)
  );
}

/** The words from token `from` up to the first comma, at most up to token `last`. */
function firstApposition(doc: StatementDocument, from: number, last: number): Range {
  let end = from;
  while (end < last && !doc.gapAfter(end).includes(',')) end++;
  return [from, end];
}

/** Whether reported words open right after token `at`: a quotation mark, a colon or "that". */
function opensWords(doc: StatementDocument, unit: Unit, at: number): boolean {
  if (at + 1 > unit.last) return false;
  const gap = doc.gapBefore(at + 1);
  return gap.includes(':') || OPENING_QUOTES.test(gap) || lex.complementizers.has(key(doc, at + 1));
}

/** The subject of the clause holding token `at`: its first entity or pronoun ("… and told them"). */
function clauseSubject(doc: StatementDocument, unit: Unit, at: number): Range | null {
  let start = unit.first;
  for (let j = at; j > unit.first; j--) {
    const gap = doc.gapBefore(j);
    if (/[,;:«»]/u.test(gap)) {
      start = j;
      break;
    }
  }
  const r = dropLeadingAdjuncts(doc, [start, at]);
  if (!r || doc.quotedWithin(r[0], unit)) return null;
  const entity = doc.entityAt(r[0]);
  if (entity) return [r[0], doc.lastTokenEndingBy(entity.span[1])];
  if (lex.pronouns.has(key(doc, r[0]))) return [r[0], r[0]];
  // "Rubio thanked the crowd and said": a name no list knows, right before the clause's verb.
  const name = capitalizedRun(doc, r[0], at);
  return name !== -1 && name < at && readsAsVerb(doc, name + 1) ? [r[0], name] : null;
}

/** Whether only spaces, or the point of an initial, stand between token `j` and the one before. */
function nameGap(doc: StatementDocument, j: number): boolean {
  return (
    doc.gapBefore(j) === '' &&
    !doc.text.slice((doc.tokens[j - 1] as Token).end, (doc.tokens[j] as Token).start).includes('\n')
  );
}

/** Most words read as a name that no list knows. */
const MAX_NAME_TOKENS = 4;

/**
 * The last token of a run of capitalized words opening at token `first` and ending by token
 * `last`, joined by spaces or an initial's point on one line, such as a name no list knows
 * ("Tobin J. Arkwright"); -1 when token `first` is no such word or an adverb or adjunct that
 * opens sentences ("Later", "On").
 */
function capitalizedRun(doc: StatementDocument, first: number, last: number): number {
  let end = -1;
  for (let j = first; j <= last && j - first < MAX_NAME_TOKENS; j++) {
    const token = doc.tokens[j] as Token;
    if (!token.capitalized || !token.latin || (j > first && !nameGap(doc, j))) break;
    if (
      lex.skipBeforeVerb.has(token.key) ||
      lex.adjunctStarters.has(token.key) ||
      lex.determiners.has(token.key)
    )
      break;
    end = j;
  }
  return end;
}

const CONTRACTED_AUXILIARY = /'(?:s|ll|d|re|ve|m)$/u;

/**
 * "told Reuters he's …" and "told the AP his firm …": a subject pronoun with its auxiliary, or a
 * possessive not governed by a preposition ("the wife of his friend"), opens the reported words.
 */
function opensClauseAfterHearer(doc: StatementDocument, j: number): boolean {
  const k = key(doc, j);
  if (lex.possessives.has(k)) return !lex.prepositions.has(key(doc, j - 1));
  const pronoun = k.replace(CONTRACTED_AUXILIARY, '');
  return pronoun !== k && lex.subjectPronouns.has(pronoun);
}

/**
 * "who asked not to be named": words that are only "to be" and a participle, a request for
 * anonymity or the like, report nothing.
 */
function bareRequest(doc: StatementDocument, content: Span, cue: VerbCue): boolean {
  let j = doc.firstTokenAtOrAfter(content[0]);
  const last = doc.lastTokenEndingBy(content[1]);
  if (lex.negators.has(key(doc, j))) j++;
  return (
    cue.contentOpener !== null &&
    j + 2 === last &&
    key(doc, j) === cue.contentOpener &&
    key(doc, j + 1) === 'be' &&
    key(doc, last).endsWith('ed')
  );
}

/** "urged them not to vote": "not" or "never" before the word that opens the reported words. */
function negatedOpener(doc: StatementDocument, j: number, cue: VerbCue): boolean {
  return cue.contentOpener !== null && lex.negators.has(key(doc, j)) && key(doc, j + 1) === cue.contentOpener;
}

/** Words right after the verb naming the hearer or target: "told the ILNA news agency". */
function hearerAfter(doc: StatementDocument, unit: Unit, from: number, cue: VerbCue): Range | null {
  let last = -1;
  // "asked him how she'd …", "told him and his aides": past such a word the hearer is no noun.
  let clause = false;
  for (let j = from; j <= unit.last && j - from < MAX_HEARER_TOKENS; j++) {
    if (j > from && !plainBefore(doc, j)) break;
    if (j === from && doc.gapBefore(j) !== '') break;
    const k = key(doc, j);
    if (lex.complementizers.has(k) || k === cue.contentOpener || k === 'as') break;
    if (negatedOpener(doc, j, cue)) break;
    if (lex.adjunctStarters.has(k) || doc.dateAt(j)) break;
    if (j > from && lex.subjectPronouns.has(k)) break;
    if (j > from && !clause && opensClauseAfterHearer(doc, j)) break;
    clause ||= lex.clauseBreakWords.has(k) || lex.questionWords.has(k);
    if (lex.asSaying.matchesAt(doc.text, doc.tokens, j).length > 0) break;
    last = j;
  }
  return last === -1 ? null : [from, titleAfterPossessive(doc, unit, last)];
}

/** Longest quotation read as the title of a programme or a paper ("Meet the Press"). */
const MAX_TITLE_TOKENS = 8;

/**
 * "told NBC's “Meet the Press”": a quotation after a possessive whose words are capitalized
 * but for little words is a title, part of the hearer.
 */
function titleAfterPossessive(doc: StatementDocument, unit: Unit, last: number): number {
  const token = doc.tokens[last] as Token;
  if (token.base === token.key || !token.key.endsWith("'s") || last + 1 > unit.last) return last;
  if (!OPENING_QUOTES.test(doc.gapBefore(last + 1))) return last;
  const quote = doc.quotes[doc.quoteOf[last + 1] ?? -1];
  if (!quote) return last;
  const end = Math.min(unit.last, doc.lastTokenEndingBy(quote.inner[1]));
  if (end - last > MAX_TITLE_TOKENS) return last;
  for (let j = last + 1; j <= end; j++) {
    const k = key(doc, j);
    if (
      !isCapitalized(doc, j) &&
      !lex.prepositions.has(k) &&
      !lex.determiners.has(k) &&
      !lex.coordinators.has(k)
    )
      return last;
  }
  return end;
}

interface Opening {
  /** Where the reported words start, or -1 when nothing follows the attribution. */
  readonly start: number;
  /** The token after the last attribution word. */
  readonly next: number;
}

/**
 * "quoted Isfahan's chief justice, Asadollah Jafari, as saying": after the hearer, a name set off
 * by commas right before "as saying"; its tokens, or null.
 */
function nameBeforeAsSaying(doc: StatementDocument, unit: Unit, from: number): Range | null {
  if (from > unit.last || !doc.gapBefore(from).includes(',') || doc.entityAt(from)?.kind !== 'person')
    return null;
  for (let j = from + 1; j <= unit.last && j - from <= MAX_APPOSITION_TOKENS; j++) {
    if (doc.gapBefore(j).includes(','))
      return lex.asSaying.matchesAt(doc.text, doc.tokens, j).length > 0 ? [from, j - 1] : null;
    if (!plainBefore(doc, j)) return null;
  }
  return null;
}

/** Whether "as saying" and the like follow within a few words of token `from`. */
function asSayingWithin(doc: StatementDocument, unit: Unit, from: number): boolean {
  for (let j = from; j <= unit.last && j - from <= MAX_ADJUNCT_TOKENS; j++)
    if (lex.asSaying.matchesAt(doc.text, doc.tokens, j).length > 0) return true;
  return false;
}

/**
 * "said, however, that …" and "said, in a statement on Monday, that …": an aside set off by
 * commas between the verb and the "that" opening its words.
 */
function parentheticalThat(doc: StatementDocument, unit: Unit, from: number): Opening | null {
  for (let j = from + 1; j <= unit.last && j - from <= MAX_ADJUNCT_TOKENS; j++) {
    const between = doc.gapBefore(j);
    if (HARD_BREAK.test(between) || /["“”«»]/u.test(between)) return null;
    if (!between.includes(',')) continue;
    return lex.complementizers.has(key(doc, j)) ? { start: tokenEnd(doc, j), next: j + 1 } : null;
  }
  return null;
}

/** Whether a word opens a clause of its own: an article, a possessive, a subject pronoun. */
function opensClause(k: string): boolean {
  return lex.determiners.has(k) || lex.invertedSubjectOpeners.has(k) || lex.subjectPronouns.has(k);
}

/** Where the reported words open after the verb and its adjuncts ("on Tuesday that …"). */
function openingAfter(doc: StatementDocument, unit: Unit, from: number, cue: VerbCue): Opening {
  const none: Opening = { start: -1, next: from };
  if (from > unit.last) {
    // "X said:" closing its paragraph: a block quotation follows.
    const tail = doc.text.slice((doc.tokens[from - 1] as Token).end, unit.end);
    return tail.includes(':') ? { start: unit.end, next: from } : none;
  }
  const gap = doc.gapBefore(from);
  if (gap.includes(':')) return { start: colonEnd(doc, from), next: from };
  if (OPENING_QUOTES.test(gap)) return { start: openingQuote(doc, from), next: from };
  // "quoted the chief justice, Asadollah Jafari, as saying": a comma may close an apposition.
  const saying = lex.asSaying.matchesAt(doc.text, doc.tokens, from)[0];
  if (gap.includes(',') && !saying) return parentheticalThat(doc, unit, from) ?? none;
  if (saying) {
    const after = saying.last + 1;
    if (lex.complementizers.has(key(doc, after))) return { start: tokenEnd(doc, after), next: after + 1 };
    return { start: tokenEnd(doc, saying.last), next: after };
  }
  const k = key(doc, from);
  if (lex.complementizers.has(k)) return { start: tokenEnd(doc, from), next: from + 1 };
  if ((cue.contentOpener && k === cue.contentOpener) || negatedOpener(doc, from, cue))
    return { start: (doc.tokens[from] as Token).start, next: from };
  const exception = lex.adjunctExceptions.matchesAt(doc.text, doc.tokens, from).length > 0;
  if (exception || (!lex.adjunctStarters.has(k) && !doc.dateAt(from)))
    return { start: (doc.tokens[from] as Token).start, next: from };
  const leading = doc.dateAt(from) ?? doc.dateAt(from + 1);
  const afterLeading = leading ? doc.lastTokenEndingBy(leading.span[1]) + 1 : afterTimeWords(doc, from);
  for (let j = from + 1; j <= unit.last && j - from <= MAX_ADJUNCT_TOKENS; j++) {
    // "on December 31, 2017": a date's own comma does not end the adjuncts.
    const date = doc.dateAt(j - 1);
    if (date && doc.dateAt(j) === date) continue;
    const between = doc.gapBefore(j);
    if (between.includes(':')) return { start: colonEnd(doc, j), next: j };
    if (OPENING_QUOTES.test(between)) return { start: openingQuote(doc, j), next: j };
    if (between.includes(',') || HARD_BREAK_NO_PARENS.test(between)) return { start: -1, next: j };
    const kj = key(doc, j);
    if (lex.complementizers.has(kj)) return { start: tokenEnd(doc, j), next: j + 1 };
    if (cue.contentOpener && kj === cue.contentOpener)
      return { start: (doc.tokens[j] as Token).start, next: j };
    // "said Thursday his worry is that …": a clause opening right after the date, not its "that".
    if (j === afterLeading && between === '' && opensClause(kj))
      return { start: (doc.tokens[j] as Token).start, next: j };
    // Another verb before any "that": the adjunct was the start of the reported words.
    if (lex.verbs.matchesAt(doc.text, doc.tokens, j).length > 0)
      return { start: (doc.tokens[from] as Token).start, next: from };
  }
  // "said on Monday the protests were over": the words start after the date, when a clause
  // opens there ("insisted Thursday during an interview" reports the words before it).
  if (
    afterLeading !== -1 &&
    afterLeading <= unit.last &&
    doc.gapBefore(afterLeading) === '' &&
    (isCapitalized(doc, afterLeading) || opensClause(key(doc, afterLeading)))
  )
    return { start: (doc.tokens[afterLeading] as Token).start, next: afterLeading };
  return none;
}

/**
 * The token after a time phrase the lexicon knows at token `from`, whether or not a date was
 * resolved there (a text without a publication date resolves no "last week"): "Thursday", "on
 * Monday", "last week", "earlier this month"; -1 when none opens there.
 */
function afterTimeWords(doc: StatementDocument, from: number): number {
  let j = from;
  if (lex.timePrefixes.has(key(doc, j))) j++;
  if (lex.dayWords.has(key(doc, j)) && j === from) return lex.dayWords.has(key(doc, j + 1)) ? -1 : j + 1;
  if (key(doc, j) === 'on' && j === from && lex.dayWords.has(key(doc, j + 1))) return j + 2;
  if (lex.periodOpeners.has(key(doc, j)) && lex.periodWords.has(key(doc, j + 1))) return j + 2;
  return -1;
}

/** "As X noted in May, the dam …": the words after the clause that "as" opens the sentence with. */
function asClauseAfter(doc: StatementDocument, unit: Unit, clauseFirst: number, next: number): Span | null {
  const as = clauseFirst - 1;
  if (as !== unit.first || !lex.asOpeners.has(key(doc, as))) return null;
  if (next > unit.last || !doc.gapBefore(next).includes(',')) return null;
  const span = trimSpan(doc.text, [(doc.tokens[next] as Token).start, unit.end]);
  return wordCount(doc, span) >= lex.minContentWords ? span : null;
}

/**
 * "While X said …, Y …": whether the clause whose subject opens at token `clauseFirst` is a
 * subordinate clause opening the sentence (after a coordinator at most), so that its reported
 * words end where the main clause begins.
 */
function opensSubordinateClause(doc: StatementDocument, unit: Unit, clauseFirst: number): boolean {
  const at = clauseFirst - 1;
  if (at < unit.first || !lex.subordinators.has(key(doc, at)) || !plainBefore(doc, clauseFirst)) return false;
  return at === unit.first || (at - 1 === unit.first && lex.coordinators.has(key(doc, unit.first)));
}

const THOUSANDS = /^\d{3}(?!\d)/u;

/** "2,400": a comma between the digits of one number. */
function digitComma(doc: StatementDocument, j: number): boolean {
  const previous = doc.tokens[j - 1] as Token;
  return (
    doc.gapBefore(j) === ',' && /\d$/u.test(previous.text) && THOUSANDS.test((doc.tokens[j] as Token).text)
  );
}

/** `content` up to its first comma outside quotation marks, when words stand before it. */
function untilComma(doc: StatementDocument, unit: Unit, content: Span): Span {
  const first = doc.firstTokenAtOrAfter(content[0]);
  const last = doc.lastTokenEndingBy(content[1]);
  for (let j = first + lex.minContentWords; j <= last; j++)
    if (doc.gapBefore(j).includes(',') && !doc.quotedWithin(j, unit) && !digitComma(doc, j))
      return trimSpan(doc.text, [content[0], (doc.tokens[j - 1] as Token).end]);
  return content;
}

/** "…, according to X" and ", in a statement …" closing the reported words. */
function trimTrailers(doc: StatementDocument, unit: Unit, content: Span, relays: Relay[]): Span {
  const first = doc.firstTokenAtOrAfter(content[0]);
  const last = doc.lastTokenEndingBy(content[1]);
  // Trailers close the words: only the last stretch of them is read.
  for (let j = Math.max(first + lex.minContentWords, last - TRAILER_TOKENS); j <= last; j++) {
    if (!doc.gapBefore(j).includes(',') || doc.quotedWithin(j, unit)) continue;
    const trailer = lex.contentTrailers.matchesAt(doc.text, doc.tokens, j)[0];
    if (!trailer) continue;
    const according = lex.according.matchesAt(doc.text, doc.tokens, j)[0];
    if (according && according.last < last)
      relays.push({ span: doc.spanOf(according.last + 1, last), rank: 0 });
    return trimSpan(doc.text, [content[0], (doc.tokens[j - 1] as Token).end]);
  }
  return content;
}

/**
 * "The museum, he said, would open in May": the token where the reported words go on after an
 * attribution set between commas, or -1. Not when what follows opens a trailer of its own
 * ("…, he said, citing …", "…, she said, adding that …", "…, he said on Monday").
 */
function restAfterParenthesis(doc: StatementDocument, unit: Unit, clauseFirst: number, next: number): number {
  if (clauseFirst <= unit.first || next > unit.last) return -1;
  if (!doc.gapBefore(clauseFirst, unit.start).includes(',') || doc.gapBefore(next) !== ',') return -1;
  const token = doc.tokens[next] as Token;
  if (!token.latin || token.key.endsWith('ing') || lex.adjunctStarters.has(token.key)) return -1;
  if (lex.coordinators.has(token.key) || lex.conjunctions.has(token.key)) return -1;
  if (lex.contentTrailers.matchesAt(doc.text, doc.tokens, next).length > 0) return -1;
  if (lex.verbs.matchesAt(doc.text, doc.tokens, next).length > 0 || doc.quotedWithin(next, unit)) return -1;
  return next;
}

/** "Said Comey, “The thought …”": a quotation right after the speaker that follows an opening verb. */
function quotationAfter(
  doc: StatementDocument,
  unit: Unit,
  last: number,
): { span: Span; direct: boolean } | null {
  if (last + 1 > unit.last) return null;
  const gap = doc.gapBefore(last + 1);
  if (!/^[,:]/u.test(gap) || !OPENING_QUOTES.test(gap)) return null;
  const quote = wholeQuote(doc, [openingQuote(doc, last + 1), unit.end]);
  return quote ? { span: quote.inner, direct: true } : null;
}

/** Reported words standing before the subject: "…, X said" and "“…,” said X". */
function wordsBefore(
  doc: StatementDocument,
  unit: Unit,
  firstOfClause: number,
): { span: Span; direct: boolean } | null {
  const gap = doc.gapBefore(firstOfClause, unit.start);
  if (!gap.includes(',') && !CLOSING_QUOTES.test(gap)) return null;
  const previous = doc.tokens[firstOfClause - 1];
  const end =
    previous && firstOfClause - 1 >= unit.first ? doc.text.indexOf(gap[0] as string, previous.end) : -1;
  if (end === -1) return null;
  let stop = end;
  // The closing mark of a quotation belongs to the words: “…,” said X.
  const closing = doc.text
    .slice(previous!.end, (doc.tokens[firstOfClause] as Token).start)
    .search(CLOSING_QUOTES);
  if (closing !== -1) stop = Math.max(stop, previous!.end + closing + 1);
  const span = trimSpan(doc.text, [capStart(doc, unit.start, stop), stop]);
  const quote = wholeQuote(doc, span);
  if (quote) return { span: quote.inner, direct: true };
  return wordCount(doc, span) >= lex.minContentWords ? { span, direct: false } : null;
}

/**
 * "“You bet,” Christie said when asked …": a quotation closing with its comma or mark right
 * before the subject is what the verb reports; words after the verb are the occasion, unless
 * "that", a colon or a quotation marks them as reported words too.
 */
function quotationStandsBefore(
  doc: StatementDocument,
  unit: Unit,
  via: SubjectVia,
  clauseFirst: number,
  next: number,
): boolean {
  if (via !== 'subject' || next > unit.last) return false;
  if (!CLOSING_QUOTES.test(doc.gapBefore(clauseFirst, unit.start))) return false;
  const gap = doc.gapBefore(next);
  if (gap.includes(':') || OPENING_QUOTES.test(gap) || lex.complementizers.has(key(doc, next))) return false;
  if (lex.asSaying.matchesAt(doc.text, doc.tokens, next).length > 0) return false;
  return wordsBefore(doc, unit, clauseFirst)?.direct ?? false;
}

function readVerb(doc: StatementDocument, unit: Unit, m: PhraseMatch<VerbCue>): Draft | null {
  const cue = m.values[0] as VerbCue;
  const c = m.first;
  const cueSpan = doc.spanOf(m.first, m.last);
  // "the claim", "Trump's claim": a noun, not a verb.
  if (
    c > unit.first &&
    plainBefore(doc, c) &&
    (lex.nounMarkers.has(key(doc, c - 1)) || endsInApostropheS(doc, c - 1))
  )
    return null;
  let k = c - 1;
  let passive = false;
  // "is saying", "were warning": before a form in -ing, "be" makes the progressive, not a passive.
  const progressive = (doc.tokens[m.first] as Token).key.endsWith('ing');
  while (k >= unit.first && plainBefore(doc, k + 1)) {
    if (lex.skipBeforeVerb.has(key(doc, k)) || lex.isAdverb(doc.tokens[k] as Token)) k--;
    else if (lex.passiveMarkers.has(key(doc, k))) {
      passive = !progressive;
      k--;
    } else break;
  }
  if (passive && !cue.passiveOk) return null;
  const relays: Relay[] = [];
  let leftGap = k >= unit.first ? doc.gapAfter(k) : '';
  // "Mary Stone (D-Ohio) said", "Mary Stone (D-Ohio), a senator, said": the aside is no part of the name.
  const beforeAside = k >= unit.first ? parenthesisBefore(doc, unit, k) : k;
  if (beforeAside !== k) {
    leftGap = afterParenthesis(leftGap);
    k = beforeAside;
  }
  const participle = (doc.tokens[m.first] as Token).key.endsWith('ing');
  let subject: Range | null = null;
  let appos: Range | null = null;
  let via: SubjectVia = 'subject';
  /** "X, who said …, left": the words end with the aside. */
  let relativeAside = false;
  if (k < unit.first) {
    via = 'inverted';
  } else if (participle && leftGap.includes(',')) {
    via = 'participle';
    // The speaker when no statement before it in the sentence lends one.
    subject = leadSubject(doc, unit, k) ?? mainClauseSubject(doc, unit, k);
  } else if (CLOSING_QUOTES.test(leftGap) || OPENING_QUOTES.test(leftGap)) {
    via = 'inverted';
  } else if (leftGap.includes(',')) {
    const named = namedAfter(doc, unit, m.last + 1);
    const found = named ? null : apposition(doc, unit, k);
    const speakerAfter = speakerCanFollow(doc, unit, m.last + 1);
    const lead =
      found || named || (speakerAfter && !opensWords(doc, unit, m.last)) ? null : leadSubject(doc, unit, k);
    const first = found && found.subject[0] > unit.first ? leadSubject(doc, unit, k) : null;
    if (first && first[1] < found!.subject[0]) {
      // "Ali Rezaei, head of the union, who was arrested in May, said": the name opening the sentence.
      subject = first;
      appos = firstApposition(doc, first[1] + 1, k);
    } else if (found) {
      subject = found.subject;
      appos = found.apposition;
    } else if (lead) subject = lead;
    else if (speakerAfter) via = 'inverted';
    else return null;
  } else if (DASH.test(leftGap)) {
    const aside = dashAside(doc, unit, k);
    if (!aside) return null;
    subject = aside.subject;
    appos = aside.apposition;
  } else if (leftGap === '' || /^[()]+$/u.test(leftGap)) {
    if (lex.coordinators.has(key(doc, k))) {
      via = 'coordination';
      // "Gary Emineth, a former chairman, became a delegate and said": else the name opening the sentence.
      subject =
        clauseSubject(doc, unit, k - 1) ??
        leadSubject(doc, unit, k - 1) ??
        mainClauseSubject(doc, unit, k - 1);
      if (!subject) return null;
    } else if (lex.relativePronouns.has(key(doc, k)) && k > unit.first && doc.gapAfter(k - 1) === ',') {
      // "Amnesty International, which said …, called": the words before the pronoun speak, and
      // their words end with the aside.
      subject = antecedent(doc, unit, k - 1);
      relativeAside = true;
    } else {
      subject = subjectLeft(doc, unit, k);
    }
  }
  if (via === 'subject' && !subject) return null;
  // "…, the survey found." and "…,” found X": a verb that needs "that" reads no words before it.
  if (cue.thatOnly && via === 'inverted') return null;

  if (via === 'inverted') {
    // "“…,” said Philip Luther, Amnesty International's director": the subject follows.
    const from = m.last + 1;
    if (from > unit.last || !plainBefore(doc, from)) return null;
    let last = from;
    while (last + 1 <= unit.last && plainBefore(doc, last + 1) && last - from < MAX_SUBJECT_TOKENS) {
      if (lex.clauseBreakWords.has(key(doc, last + 1)) || lex.complementizers.has(key(doc, last + 1))) break;
      last++;
    }
    const afterQuote = CLOSING_QUOTES.test(leftGap);
    if (!opensSpeaker(doc, from) && !(afterQuote && titleBeforeName(doc, from, last))) return null;
    const words = wordsBefore(doc, unit, k + 1) ?? (k < unit.first ? quotationAfter(doc, unit, last) : null);
    if (!words || (cue.contentBeforeOnly && !words.direct)) return null;
    if (words.span[0] > cueSpan[1])
      return draft(doc, unit, {
        cue: cueSpan,
        lemma: cue.lemma,
        kind: 'verb',
        subject: [from, last],
        apposition: null,
        via,
        content: words.span,
        direct: true,
        relays,
        attribution: union(cueSpan, doc.spanOf(from, last)),
      });
    let apposEnd = -1;
    if (doc.gapAfter(last).startsWith(',')) {
      for (let j = last + 1; j <= unit.last && j - last <= MAX_APPOSITION_TOKENS; j++) {
        if (j > last + 1 && !plainBefore(doc, j)) break;
        apposEnd = j;
      }
    }
    return draft(doc, unit, {
      cue: cueSpan,
      lemma: cue.lemma,
      kind: 'verb',
      subject: [from, last],
      apposition: apposEnd === -1 ? null : [last + 1, apposEnd],
      via,
      content: words.span,
      direct: words.direct,
      relays,
      attribution: union(cueSpan, doc.spanOf(from, apposEnd === -1 ? last : apposEnd)),
    });
  }

  let next = m.last + 1;
  let hearer: Range | null = null;
  if (cue.object && !passive) {
    hearer = hearerAfter(doc, unit, next, cue);
    if (hearer) next = hearer[1] + 1;
  }
  const quoting = (cue.lemma === 'quoted' || cue.lemma === 'cited') && !passive;
  // The quoted speaker's own apposition, not the apposition of the outlet that quoted them.
  let quotedAppos: Range | null = null;
  const quotedName = quoting && hearer ? nameBeforeAsSaying(doc, unit, next) : null;
  if (quotedName) {
    quotedAppos = hearer;
    hearer = quotedName;
    next = quotedName[1] + 1;
  }
  if (passive && key(doc, next) === 'by') {
    const by = hearerAfter(doc, unit, next + 1, cue);
    if (by) {
      relays.push({ span: range(doc, by), rank: 1 });
      next = by[1] + 1;
    }
  }
  // "These examples are cited not to …": a passive reports words only when "as saying" follows.
  if (passive && relays.length === 0 && !asSayingWithin(doc, unit, next)) return null;
  const clauseFirst = subject ? subject[0] : c;
  const opening = quotationStandsBefore(doc, unit, via, clauseFirst, next)
    ? { start: -1, next }
    : openingAfter(doc, unit, next, cue);
  relaysWithin(doc, unit, m.last + 1, opening.next - 1, relays);

  // "Reuters quoted officials as saying …": the object speaks, the subject passed it on.
  if (quoting) {
    if (!hearer || opening.start === -1 || !subject) return null;
    relays.push({ span: range(doc, subject), rank: 1 });
    subject = hearer;
    appos = quotedAppos;
    via = 'object';
    hearer = null;
  }
  if (hearer) relays.push({ span: range(doc, hearer), rank: 3 });

  let content: Span;
  let direct = false;
  let attributionEnd = opening.next - 1 >= m.last ? opening.next - 1 : m.last;
  // "Records show he …", "…, figures from the group show": records and counts report words unmarked.
  const recordsSpeak = cue.thatOnly && namesRecords(doc, subject);
  const markedOnly = cue.markedOnly && !recordsSpeak;
  if (opening.start !== -1) {
    // "He continued: …" and "He continued, “…”": a colon or a whole quotation are words after a
    // verb of going on.
    const colon = doc.gapBefore(opening.next).includes(':');
    if (cue.contentBeforeOnly && !colon && !OPENING_QUOTES.test(doc.gapBefore(opening.next))) return null;
    // "maintained control of the city": words after such a verb need "that", a colon or quotation marks.
    const unmarked = opening.start === (doc.tokens[opening.next] as Token | undefined)?.start;
    if (markedOnly && unmarked) return null;
    if (cue.thatOnly && !lex.complementizers.has(key(doc, opening.next - 1)) && !recordsSpeak) return null;
    const found = contentFrom(doc, unit, opening.start);
    if (!found) return null;
    content = found.block ? found.span : trimTrailers(doc, unit, found.span, relays);
    if (cue.contentBeforeOnly && !colon && !wholeQuote(doc, content)) return null;
    if (found.block) direct = true;
    else if (relativeAside || opensSubordinateClause(doc, unit, clauseFirst))
      content = untilComma(doc, unit, content);
  } else {
    // Nothing after the verb: the reported words stand before the subject ("…, X said"),
    // or around it ("The museum, he said, would open in May").
    if (via !== 'subject' || (cue.thatOnly && !recordsSpeak)) return null;
    // "…,” he shouted": a verb that needs its words marked reports only a quotation before it.
    const quotedOnly = cue.contentBeforeOnly || markedOnly;
    const following = markedOnly ? null : asClauseAfter(doc, unit, clauseFirst, opening.next);
    const words = following ? null : wordsBefore(doc, unit, clauseFirst);
    const rest =
      words?.direct || markedOnly ? -1 : restAfterParenthesis(doc, unit, clauseFirst, opening.next);
    if (following) {
      if (cue.contentBeforeOnly) return null;
      content = following;
      attributionEnd = opening.next - 1;
    } else if (rest !== -1) {
      content = trimSpan(doc.text, [words ? words.span[0] : capStart(doc, unit.start, unit.end), unit.end]);
      attributionEnd = opening.next - 1;
    } else {
      if (!words || (quotedOnly && !words.direct)) return null;
      content = words.span;
      direct = words.direct;
      attributionEnd = Math.max(attributionEnd, doc.lastTokenEndingBy(unit.end));
    }
  }
  if (!direct && wordCount(doc, content) < lex.minContentWords) return null;
  if (!direct && bareRequest(doc, content, cue)) return null;
  // "recorded themselves burning …": an object, not reported words.
  if (!direct && lex.emphatics.has(key(doc, doc.firstTokenAtOrAfter(content[0])))) return null;
  const attributionStart = (doc.tokens[clauseFirst] as Token).start;
  const attribution = union(
    [attributionStart, cueSpan[1]],
    attributionEnd >= m.last ? doc.spanOf(m.last, Math.min(attributionEnd, doc.tokens.length - 1)) : null,
  );
  return draft(doc, unit, {
    cue: cueSpan,
    lemma: cue.lemma,
    kind: 'verb',
    subject,
    apposition: appos,
    via,
    content,
    direct,
    relays,
    attribution,
  });
}

/**
 * "Court records compiled by the group show …", "A poll of likers showed …": a subject whose head,
 * the word before any preposition or participle after it, is a noun of records or counts.
 */
function namesRecords(doc: StatementDocument, subject: Range | null): boolean {
  if (!subject) return false;
  let head = -1;
  for (let j = subject[0]; j <= subject[1]; j++) {
    const k = key(doc, j);
    if (j > subject[0] && (lex.prepositions.has(k) || (k.endsWith('ed') && !isCapitalized(doc, j)))) break;
    head = j;
    if (doc.gapAfter(j) !== '') break;
  }
  return head !== -1 && lex.recordNouns.has(key(doc, head));
}

/** "according to X, …" and "…, according to X". */
function readAccording(doc: StatementDocument, unit: Unit, m: PhraseMatch<AccordingCue>): Draft | null {
  const cue = m.values[0] as AccordingCue;
  const cueSpan = doc.spanOf(m.first, m.last);
  let last = -1;
  for (let j = m.last + 1; j <= unit.last && j - m.last <= MAX_APPOSITION_TOKENS; j++) {
    if (j > m.last + 1 && (doc.gapBefore(j).includes(',') || HARD_BREAK_NO_PARENS.test(doc.gapBefore(j))))
      break;
    if (doc.quotedWithin(j, unit)) break;
    last = j;
  }
  if (last === -1) return null;
  let source: Range = [m.last + 1, last];
  const relays: Relay[] = [];
  relaysWithin(doc, unit, m.last + 1, last, relays);
  // "according to reports cited by Deutsche Welle": the source ends where its relay begins.
  for (let j = source[0] + 1; j <= source[1] && relays.length > 0; j++) {
    if (lex.relays.matchesAt(doc.text, doc.tokens, j).length > 0) {
      source = [source[0], j - 1];
      break;
    }
  }
  const leading = dropLeadingAdjuncts(doc, [unit.first, m.first]);
  // "The plan, according to officials, would cost …": an aside inside the clause it reports; a
  // reporting verb there reads its own words ("Clinton, according to aides, said …").
  const verbAfter = last < unit.last && doc.gapAfter(last).includes(',') && readsAsVerb(doc, last + 1);
  const inClause =
    (verbAfter && lex.verbs.matchesAt(doc.text, doc.tokens, last + 1).length === 0) ||
    (last < unit.last && doc.gapAfter(last).includes(',') && frontedAdjunct(doc, unit, m.first));
  const atStart =
    leading !== null && (leading[0] === m.first || (!verbAfter && shortLead(doc, unit, m.first)));
  let content: Span;
  let mergeable = false;
  if (atStart && last < unit.last && doc.gapAfter(last).includes(',')) {
    content = trimSpan(doc.text, [tokenEnd(doc, last) + 1, unit.end]);
    mergeable = leading[0] === m.first;
  } else if (inClause && doc.gapBefore(m.first).includes(',')) {
    content = trimSpan(doc.text, [capStart(doc, unit.start, unit.end), unit.end]);
  } else if (!atStart && doc.gapBefore(m.first).includes(',')) {
    const words = wordsBefore(doc, unit, m.first);
    if (!words) return null;
    content = words.span;
    if (words.direct) {
      const made = draftFromAccording(doc, unit, cue, cueSpan, source, content, relays, true);
      return made;
    }
  } else return null;
  if (wordCount(doc, content) < lex.minContentWords) return null;
  const made = draftFromAccording(doc, unit, cue, cueSpan, source, content, relays, false);
  made.mergeable = mergeable;
  const whole = wholeQuote(doc, content);
  if (whole) {
    made.content = whole.inner;
    made.direct = true;
  }
  return made;
}

/**
 * "Over the long term, according to X, the deficit …": a phrase opening with a preposition and
 * holding no verb before "according to X," is an adjunct of the clause after the aside.
 */
function frontedAdjunct(doc: StatementDocument, unit: Unit, at: number): boolean {
  if (at === unit.first || at - unit.first > MAX_ADJUNCT_TOKENS || !doc.gapBefore(at).includes(','))
    return false;
  const opener = key(doc, unit.first);
  if (!lex.prepositions.has(opener) && !lex.adjunctStarters.has(opener)) return false;
  for (let j = unit.first; j < at; j++) {
    if (doc.quotedWithin(j, unit) || readsAsVerb(doc, j)) return false;
    // "In May, Clinton holds a lead in California, according to …": a clause follows its comma.
    if (j > unit.first && doc.gapBefore(j).includes(',')) return false;
  }
  return true;
}

/** Longest phrase set off by a comma before "according to X, …" ("In addition, …", "Now, …"). */
const MAX_LEAD_TOKENS = 3;

/** Whether a short phrase naming no one and holding no verb opens the sentence before token `at`. */
function shortLead(doc: StatementDocument, unit: Unit, at: number): boolean {
  if (at - unit.first > MAX_LEAD_TOKENS || !doc.gapBefore(at).includes(',')) return false;
  for (let j = unit.first; j < at; j++) {
    if (j > unit.first && !plainBefore(doc, j)) return false;
    const entity = doc.entityAt(j);
    if (entity?.kind === 'person' || entity?.kind === 'organization' || readsAsVerb(doc, j)) return false;
  }
  return true;
}

function draftFromAccording(
  doc: StatementDocument,
  unit: Unit,
  cue: AccordingCue,
  cueSpan: Span,
  source: Range,
  content: Span,
  relays: Relay[],
  direct: boolean,
): Draft {
  return draft(doc, unit, {
    cue: cueSpan,
    lemma: cue.lemma,
    kind: 'according',
    subject: source,
    apposition: null,
    via: 'according',
    content,
    direct,
    relays,
    attribution: union(cueSpan, range(doc, source)),
  });
}

/** The first word after the last comma before token `end`, past adverbs: "…, succinctly captured". */
function clauseVerb(doc: StatementDocument, subject: Range, end: number): number {
  let verb = subject[1] + 1;
  for (let j = subject[1] + 1; j < end; j++) if (doc.gapBefore(j).includes(',')) verb = j;
  while (verb < end && (lex.isAdverb(doc.tokens[verb] as Token) || lex.skipBeforeVerb.has(key(doc, verb))))
    verb++;
  return verb;
}

/**
 * "X, a regime insider, summed up the discussion: “…”": a quotation after a colon, closing a
 * sentence whose subject is a named person or organization, when no reporting verb read it.
 * The verb is the clause's own.
 */
function readColonQuote(doc: StatementDocument, unit: Unit, drafts: readonly Draft[]): Draft | null {
  const colon = doc.text.indexOf(':', unit.start);
  if (colon === -1 || colon >= unit.end) return null;
  for (let i = Math.max(unit.first + 1, doc.firstTokenAtOrAfter(colon)); i <= unit.last; i++) {
    const gap = doc.gapBefore(i);
    if (!gap.includes(':') || !OPENING_QUOTES.test(gap.slice(gap.indexOf(':')))) continue;
    if (doc.quotedWithin(i - 1, unit)) return null;
    const quote = wholeQuote(doc, [openingQuote(doc, i), unit.end]);
    if (!quote || drafts.some((d) => d.content[0] < quote.inner[1] && d.content[1] > quote.inner[0]))
      return null;
    const subject = leadSubject(doc, unit, i - 1);
    if (!subject) return null;
    const verb = clauseVerb(doc, subject, i);
    const word = doc.tokens[verb] as Token;
    if (verb >= i || word.capitalized || !word.latin || lex.adjunctStarters.has(word.key)) return null;
    if (lex.prepositions.has(word.key) || lex.determiners.has(word.key)) return null;
    return draft(doc, unit, {
      cue: doc.spanOf(verb, verb),
      lemma: word.key,
      kind: 'verb',
      subject,
      apposition: null,
      via: 'subject',
      content: quote.inner,
      direct: true,
      relays: [],
      attribution: doc.spanOf(subject[0], i - 1),
    });
  }
  return null;
}

/** "“A,” he said, “B.”": the quotation before the subject, when the verb took the one after it. */
function quotationBefore(doc: StatementDocument, unit: Unit, made: Draft): Draft | null {
  if (made.subjectVia !== 'subject' || !made.subject || made.content[0] < made.cue[1]) return null;
  if (!OPENING_QUOTES.test(doc.text[made.content[0]] ?? '')) return null;
  const words = wordsBefore(doc, unit, doc.firstTokenAtOrAfter(made.subject[0]));
  if (!words?.direct) return null;
  return { ...made, content: words.span, direct: true, relays: [...made.relays] };
}

/**
 * "Khamenei: Enemies are behind the riots", "Amnesty International: …": a line opening with a
 * person or organization and a colon, as headlines and transcripts write who said what.
 */
function readHeadline(doc: StatementDocument, unit: Unit): Draft | null {
  const token = doc.tokens[unit.first] as Token;
  if (!token.latin) return null;
  if (doc.text.slice(lineStart(doc.text, token.start), token.start).trim() !== '') return null;
  const entity = doc.entityAt(unit.first);
  if (!entity || entity.span[0] !== token.start) return null;
  const last = doc.lastTokenEndingBy(entity.span[1]);
  // "Kasich: ‘We Are Going All the Way’": the colon may be followed by a quotation mark.
  if (last >= unit.last || !/^:\s*["“«‘']?$/u.test(doc.gapAfter(last))) return null;
  const colon = doc.text.indexOf(':', entity.span[1]);
  const content = trimSpan(doc.text, [colon + 1, Math.min(lineEnd(doc.text, colon), unit.end)]);
  if (wordCount(doc, content) < lex.minContentWords) return null;
  const quote = wholeQuote(doc, content);
  // A quotation is its speaker's words even in title case; other title-case words are a title.
  if (!quote && titleCase(doc, content)) return null;
  return draft(doc, unit, {
    cue: [colon, colon + 1],
    lemma: 'said',
    kind: 'verb',
    subject: [unit.first, last],
    apposition: null,
    via: 'subject',
    content: quote ? quote.inner : content,
    direct: quote !== undefined,
    relays: [],
    attribution: [token.start, colon + 1],
  });
}

/** Most words between a possessive and the noun of saying it owns ("his repeated claim"). */
const MAX_CLAIM_MODIFIERS = 2;
/** Most words of a name or noun phrase read as the owner of a claim. */
const MAX_OWNER_TOKENS = 5;

/** "Trump's", "the campaign's": a possessive, not "he's", "it's" or "there's" (is, has). */
function endsInApostropheS(doc: StatementDocument, j: number): boolean {
  const token = doc.tokens[j] as Token;
  if (!token.key.endsWith("'s") || token.base === token.key) return false;
  const host = token.base;
  return !(
    lex.pronouns.has(host) ||
    lex.questionWords.has(host) ||
    lex.determiners.has(host) ||
    lex.contractionHosts.has(host)
  );
}

/** "Trump's", "the judges’", "his": a possessive, the owner's name without its "'s". */
function possessiveOwner(doc: StatementDocument, unit: Unit, p: number): Span | null {
  const token = doc.tokens[p] as Token;
  if (lex.possessivePronouns.has(token.key)) return [token.start, token.end];
  const apostropheS = endsInApostropheS(doc, p);
  const pluralApostrophe = token.key.endsWith('s') && /^['’]/u.test(doc.gapAfter(p));
  if (!apostropheS && !pluralApostrophe) return null;
  let first = p;
  for (let j = p - 1; j >= unit.first && p - j < MAX_OWNER_TOKENS && plainBefore(doc, j + 1); j--) {
    const k = key(doc, j);
    if (lex.prepositions.has(k) || lex.clauseBreakWords.has(k) || readsAsVerb(doc, j)) break;
    if (doc.quotedWithin(j, unit)) break;
    first = j;
    if (lex.determiners.has(k)) break;
  }
  const end = apostropheS ? token.start + token.base.length : token.end;
  return [(doc.tokens[first] as Token).start, end];
}

/** "had", "been", "not", "already": a word a verb of the same clause may follow ("had been killed"). */
function leadsToVerb(doc: StatementDocument, j: number): boolean {
  const token = doc.tokens[j] as Token;
  const k = token.key;
  return (
    lex.auxiliaries.has(k) || lex.passiveMarkers.has(k) || lex.skipBeforeVerb.has(k) || lex.isAdverb(token)
  );
}

/**
 * "the dam would fail went unheeded": words reported after a noun end before a verb that follows
 * their own verb with no conjunction or relative word between, the verb of the outer clause.
 */
function untilMainVerb(doc: StatementDocument, content: Span): Span {
  const first = doc.firstTokenAtOrAfter(content[0]);
  const last = doc.lastTokenEndingBy(content[1]);
  let sawVerb = false;
  for (let j = first; j <= last; j++) {
    const k = key(doc, j);
    if (lex.clauseBreakWords.has(k) || lex.complementizers.has(k)) sawVerb = false;
    else if (readsAsVerb(doc, j)) {
      if (sawVerb && j > first && !leadsToVerb(doc, j - 1))
        return trimSpan(doc.text, [content[0], (doc.tokens[j - 1] as Token).end]);
      sawVerb = true;
    }
  }
  return content;
}

/**
 * "Trump's claim that …", "his warning that …": a noun of saying owned by a possessive and
 * followed by "that" reports the clause after it, to its first comma, as its owner's words.
 */
function readOwnedClaim(doc: StatementDocument, unit: Unit, i: number, lemma: string): Draft | null {
  if (i + 1 >= unit.last || !plainBefore(doc, i + 1)) return null;
  if (!lex.complementizers.has(key(doc, i + 1))) return null;
  for (let p = i - 1; p >= unit.first && i - p <= MAX_CLAIM_MODIFIERS + 1; p--) {
    // "the judges’ statement": a plural's apostrophe stands between the owner and the noun.
    const gap = doc.gapBefore(p + 1);
    if (!(plainBefore(doc, p + 1) || /^['’]\s*$/u.test(gap)) || doc.quotedWithin(p, unit)) return null;
    const owner = possessiveOwner(doc, unit, p);
    if (owner) {
      const found = contentFrom(doc, unit, tokenEnd(doc, i + 1));
      if (!found || found.block) return null;
      const content = untilMainVerb(doc, untilComma(doc, unit, found.span));
      if (wordCount(doc, content) < lex.minContentWords) return null;
      const made = draft(doc, unit, {
        cue: doc.spanOf(i, i),
        lemma,
        kind: 'verb',
        subject: null,
        apposition: null,
        via: 'subject',
        content,
        direct: false,
        relays: [],
        attribution: [owner[0], tokenEnd(doc, i + 1)],
      });
      made.subject = owner;
      return made;
    }
    const k = key(doc, p);
    if (isCapitalized(doc, p) || readsAsVerb(doc, p) || lex.prepositions.has(k)) return null;
  }
  return null;
}

/** Every English attribution in `unit`, in text order. */
export function readEnglish(doc: StatementDocument, unit: Unit): Draft[] {
  const drafts: Draft[] = [];
  const openers = doc.tokensOpening(phraseOpeners);
  // The token after the last cue read: a cue's own words open no other.
  let free = unit.first;
  for (let c = firstAtLeast(openers, unit.first, offsetOf); c < openers.length; c++) {
    const i = openers[c] as number;
    if (i > unit.last) break;
    if (i < free || !(doc.tokens[i] as Token).latin || doc.quotedWithin(i, unit)) continue;
    const according = lex.according.matchesAt(doc.text, doc.tokens, i)[0];
    if (according && according.last <= unit.last) {
      const made = readAccording(doc, unit, according);
      if (made) drafts.push(made);
      free = according.last + 1;
      continue;
    }
    const verb = lex.verbs.matchesAt(doc.text, doc.tokens, i)[0];
    if (verb && verb.last <= unit.last) {
      const made = readVerb(doc, unit, verb);
      const before = made ? quotationBefore(doc, unit, made) : null;
      if (before) drafts.push(before);
      if (made) drafts.push(made);
      free = verb.last + 1;
    }
  }
  const colonQuote = unit.quote ? null : readColonQuote(doc, unit, drafts);
  if (colonQuote) drafts.push(colonQuote);
  const headline = unit.quote || drafts.length > 0 ? null : readHeadline(doc, unit);
  if (headline) drafts.push(headline);
  for (let i = unit.first; i < unit.last; i++) {
    const lemma = lex.claimNouns.get(key(doc, i));
    if (lemma === undefined || doc.quotedWithin(i, unit)) continue;
    const owned = readOwnedClaim(doc, unit, i, lemma);
    if (owned) drafts.push(owned);
  }
  return drafts.sort((a, b) => a.cue[0] - b.cue[0]);
}
