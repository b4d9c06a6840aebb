/**
 * Reads Persian attribution clauses. Persian puts the subject first and the verb last:
 * "X گفت (که) …", "X گفت: «…»", "X … را عامل اغتشاش دانست" (the words before the verb),
 * "به گفته X، …", "به گزارش X به نقل از Y، …", "X به نقل از Y گزارش داد که …", "X به هرانا گفت".
 * @module
 */
import type { Span } from '../../../core/types.js';
import type { PhraseMatch, Token } from '../../annotators/entities/index.js';
import {
  colonEnd,
  contentFrom,
  keyAt as key,
  makeDraft,
  MAX_HEARER_TOKENS,
  OPENING_QUOTES,
  openingQuote,
  plainBefore,
  relaysWithin,
  tokenEnd,
  union,
  type Range,
} from './_clause.js';
import type { StatementDocument, Unit } from './_document.js';
import { trimSpan, wholeQuote, wordCount, type Draft, type Relay } from './_draft.js';
import { persianLexicon as lex, type AccordingCue, type VerbCue } from './_lexicon.js';

const MAX_SUBJECT_TOKENS = 8;
const MAX_SOURCE_TOKENS = 12;
const MAX_APPOSITION_TOKENS = 12;
const COMMA = /[،,]/u;
const BREAK = /[.:;؛!?؟]/u;

/** The first word of the clause, past openers such as "همچنین" and "پیشتر". */
function skipOpeners(doc: StatementDocument, from: number, to: number): number {
  let i = from;
  for (;;) {
    const m = lex.clauseOpeners.matchesAt(doc.text, doc.tokens, i)[0];
    if (!m || m.last >= to) return i;
    i = m.last + 1;
  }
}

/** A descriptive subject stops at a preposition, a date or "در" opening an adjunct ("در گفت‌وگو با"). */
function subjectStops(doc: StatementDocument, j: number): boolean {
  const k = key(doc, j);
  if (lex.subjectStops.has(k) || doc.dateAt(j)) return true;
  if (k === 'در' && lex.adjunctAfterDar.has(key(doc, j + 1))) return true;
  return lex.verbs.matchesAt(doc.text, doc.tokens, j).length > 0;
}

/** The subject at the start of a clause: an entity, a pronoun, "این منبع", or a description. */
function subjectAt(doc: StatementDocument, unit: Unit, s: number, before: number): Range | null {
  if (s >= before || doc.quotedWithin(s, unit)) return null;
  const entity = doc.entityAt(s);
  if (entity && (doc.tokens[s] as Token).start === entity.span[0]) {
    return [s, Math.min(before - 1, doc.lastTokenEndingBy(entity.span[1]))];
  }
  if (lex.pronouns.has(key(doc, s))) return [s, s];
  let last = -1;
  for (let j = s; j < before && j - s < MAX_SUBJECT_TOKENS; j++) {
    if (j > s && (!plainBefore(doc, j) || subjectStops(doc, j))) break;
    if (j === s && subjectStops(doc, j)) break;
    last = j;
  }
  return last === -1 ? null : [s, last];
}

/** "X، وزیر کشور، …": the words between two commas after the subject. */
function appositionAfter(doc: StatementDocument, subject: Range, before: number): Range | null {
  if (!COMMA.test(doc.gapAfter(subject[1]))) return null;
  for (let j = subject[1] + 1; j < before && j - subject[1] <= MAX_APPOSITION_TOKENS; j++) {
    const gap = doc.gapAfter(j);
    if (BREAK.test(gap)) return null;
    if (COMMA.test(gap)) return [subject[1] + 1, j];
  }
  return null;
}

/** Dates and words such as "نیز", "امروز" between the subject and what it said. */
function skipAdjuncts(doc: StatementDocument, from: number, before: number): number {
  let i = from;
  while (i < before) {
    const date = doc.dateAt(i);
    if (date) {
      i = doc.lastTokenEndingBy(date.span[1]) + 1;
      continue;
    }
    const k = key(doc, i);
    if (k === 'نیز' || k === 'هم' || k === 'همچنین' || k === 'امروز' || k === 'روز' || k === 'پیشتر') {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** "به هرانا گفت": the hearer named just before the verb. */
function hearerBefore(doc: StatementDocument, from: number, cue: number): Range | null {
  for (let j = cue - 1; j >= from && cue - j <= MAX_HEARER_TOKENS; j--) {
    if (!plainBefore(doc, j + 1)) return null;
    if (key(doc, j) === lex.hearerMarker) return j + 1 <= cue - 1 ? [j + 1, cue - 1] : null;
  }
  return null;
}

/** "X به نقل از Y گزارش داد": Y spoke, X passed it on. */
function quotedFromBefore(
  doc: StatementDocument,
  from: number,
  cue: number,
): { at: number; source: Range } | null {
  for (let j = from; j < cue; j++) {
    const m = lex.quotedFrom.matchesAt(doc.text, doc.tokens, j)[0];
    if (m && m.last + 1 <= cue - 1) return { at: j, source: [m.last + 1, cue - 1] };
  }
  return null;
}

function readVerb(
  doc: StatementDocument,
  unit: Unit,
  m: PhraseMatch<VerbCue>,
  clauseStart: number,
): Draft | null {
  const cue = m.values[0] as VerbCue;
  const cueSpan = doc.spanOf(m.first, m.last);
  const s = skipOpeners(doc, clauseStart, m.first);
  let subject = subjectAt(doc, unit, s, m.first);
  if (!subject) return null;
  const appos = appositionAfter(doc, subject, m.first);
  const afterSubject = (appos ? appos[1] : subject[1]) + 1;
  const relays: Relay[] = [];
  relaysWithin(doc, lex, unit, afterSubject, m.first - 1, relays);
  let via: Draft['subjectVia'] = key(doc, m.first - 1) === 'و' ? 'coordination' : 'subject';
  const quotedFrom = quotedFromBefore(doc, afterSubject, m.first);
  let wordsStart = skipAdjuncts(doc, afterSubject, m.first);
  if (quotedFrom) {
    relays.push({ span: doc.spanOf(subject[0], subject[1]), rank: 1 });
    subject = quotedFrom.source;
    via = 'object';
  } else {
    const hearer = hearerBefore(doc, afterSubject, m.first);
    if (hearer) relays.push({ span: doc.spanOf(hearer[0], hearer[1]), rank: 3 });
  }
  const next = m.last + 1;
  let content: Span | null = null;
  let direct = false;
  const atEnd = next > unit.last;
  if (!atEnd && !cue.contentBeforeOnly) {
    const gap = doc.gapBefore(next);
    let start: number;
    if (gap.includes(':')) start = colonEnd(doc, next);
    else if (OPENING_QUOTES.test(gap)) start = openingQuote(doc, next);
    else if (lex.complementizers.has(key(doc, next))) start = tokenEnd(doc, next);
    else start = (doc.tokens[next] as Token).start;
    const found = contentFrom(doc, unit, start);
    if (found) {
      content = found.span;
      direct = found.block;
    }
  } else if (atEnd && doc.text.slice(cueSpan[1], unit.end).includes(':')) {
    const found = contentFrom(doc, unit, unit.end);
    if (found) {
      content = found.span;
      direct = found.block;
    }
  }
  if (!content && (cue.contentBefore || cue.contentBeforeOnly) && (atEnd || cue.contentBeforeOnly)) {
    if (quotedFrom) wordsStart = m.first;
    if (wordsStart < m.first) content = [(doc.tokens[wordsStart] as Token).start, cueSpan[1]];
  }
  if (!content) return null;
  if (!direct && wordCount(doc, content) < lex.minContentWords) return null;
  const attribution = union(doc.spanOf(subject[0], subject[1]), cueSpan, doc.spanOf(s, m.last));
  return makeDraft(doc, lex, unit, {
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

/** Whether the words after "بر اساس" name a source: an entity, a pronoun or "این بیانیه". */
function namesSource(doc: StatementDocument, source: Range): boolean {
  for (let j = source[0]; j <= source[1]; j++) {
    if (doc.entityAt(j) || lex.pronouns.has(key(doc, j))) return true;
    if (lex.determiners.has(key(doc, j)) && lex.statementNouns.has(key(doc, j + 1))) return true;
  }
  return false;
}

function readAccording(
  doc: StatementDocument,
  unit: Unit,
  m: PhraseMatch<AccordingCue>,
  clauseStart: number,
): { draft: Draft; next: number } | null {
  const cue = m.values[0] as AccordingCue;
  if (skipOpeners(doc, clauseStart, m.first) !== m.first) return null;
  let last = -1;
  for (let j = m.last + 1; j <= unit.last && j - m.last <= MAX_SOURCE_TOKENS; j++) {
    if (doc.quotedWithin(j, unit)) break;
    last = j;
    const gap = doc.gapAfter(j);
    if (COMMA.test(gap) || BREAK.test(gap)) break;
  }
  if (last === -1 || last >= unit.last || !COMMA.test(doc.gapAfter(last))) return null;
  let source: Range = [m.last + 1, last];
  if (cue.needsSource && !namesSource(doc, source)) return null;
  const relays: Relay[] = [];
  for (let j = source[0]; j <= source[1]; j++) {
    const from = lex.quotedFrom.matchesAt(doc.text, doc.tokens, j)[0];
    if (from && from.last < source[1] && j > source[0]) {
      relays.push({ span: doc.spanOf(source[0], j - 1), rank: 0 });
      source = [from.last + 1, source[1]];
      break;
    }
  }
  const content = trimSpan(doc.text, [tokenEnd(doc, last) + 1, unit.end]);
  if (wordCount(doc, content) < lex.minContentWords) return null;
  const cueSpan = doc.spanOf(m.first, m.last);
  const draft = makeDraft(doc, lex, unit, {
    cue: cueSpan,
    lemma: cue.lemma,
    kind: 'according',
    subject: source,
    apposition: null,
    via: 'according',
    content,
    direct: false,
    relays,
    attribution: union(cueSpan, doc.spanOf(source[0], source[1])),
  });
  const whole = wholeQuote(doc, content);
  if (whole) {
    draft.content = whole.inner;
    draft.direct = true;
  }
  draft.mergeable = true;
  return { draft, next: last + 1 };
}

/** Every Persian attribution in `unit`, in text order. */
export function readPersian(doc: StatementDocument, unit: Unit): Draft[] {
  const drafts: Draft[] = [];
  let clauseStart = unit.first;
  for (let i = unit.first; i <= unit.last; i++) {
    const token = doc.tokens[i] as Token;
    if (token.latin || doc.quotedWithin(i, unit)) continue;
    if (i > unit.first && /[;؛]/u.test(doc.gapBefore(i))) clauseStart = i;
    const according = lex.according.matchesAt(doc.text, doc.tokens, i)[0];
    if (according && according.last < unit.last) {
      const made = readAccording(doc, unit, according, clauseStart);
      if (made) {
        drafts.push(made.draft);
        clauseStart = made.next;
        i = made.next - 1;
        continue;
      }
    }
    const verb = lex.verbs.matchesAt(doc.text, doc.tokens, i)[0];
    if (verb && verb.last <= unit.last) {
      const made = readVerb(doc, unit, verb, clauseStart);
      if (made) drafts.push(made);
      i = verb.last;
      // After "…، اما" a new clause with its own subject may start.
      if (made && made.content[1] <= (doc.tokens[verb.last] as Token).end) clauseStart = verb.last + 1;
    }
  }
  return drafts;
}
