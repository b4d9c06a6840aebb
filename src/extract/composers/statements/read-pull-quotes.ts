/**
 * Pull quotes, epigraphs and captions: a line that is one quotation followed by the name of
 * who said it, with or without a dash ("“Freedom is won, not given.” — Maryam Rajavi",
 * "«…» سازمان عفو بین‌الملل"). Nothing else may stand on the line: a name that goes on into a
 * sentence is that sentence's subject, which the clause readers handle.
 * @module
 */
import type { Entity } from '../../../core/types.js';
import type { Token } from '../../annotators/entities/index.js';
import { lineEnd, lineStart } from '../../_lines.js';
import { makeDraft } from './_clause.js';
import type { StatementDocument, Unit } from './_document.js';
import { trimSpan, wordCount, type Draft } from './_draft.js';
import { lexiconFor } from './_lexicon.js';
import type { Quote } from './find-quotes.js';

/** Spaces and the dashes that may stand between the closing mark and the name. */
const BEFORE_NAME = /^[ \t\u00A0]*(?:[\u2015\u2014\u2013-][ \t\u00A0]*)?$/u;
/** What may follow the name on its line: spaces and a full stop. */
const AFTER_NAME = /^[ \t\u00A0.]*$/u;
const SPEAKER_KINDS: ReadonlySet<Entity['kind']> = new Set(['person', 'organization']);

/** The running-text unit that holds `offset`. */
function unitAt(doc: StatementDocument, offset: number): Unit | undefined {
  return doc.units.find((u) => u.quote === null && u.start <= offset && offset < u.end);
}

/** Most words a name written alone on the rest of the line may have ("Jorge L. Ortiz Vega"). */
const MAX_NAME_TOKENS = 5;

/**
 * Where the speaker's name that opens at token `first` ends: a person or organization found
 * there, else two to five capitalized words filling the line up to `lineEnd`, the way a
 * signature names someone no list knows. -1 when neither does.
 */
function speakerEnd(doc: StatementDocument, first: number, lineEnd: number): number {
  const token = doc.tokens[first];
  if (!token) return -1;
  const entity = doc.entityAt(first);
  if (entity && entity.span[0] === token.start && SPEAKER_KINDS.has(entity.kind))
    return entity.span[1] <= lineEnd ? entity.span[1] : -1;
  let last = first;
  while (doc.tokens[last + 1] && (doc.tokens[last + 1] as Token).end <= lineEnd) last++;
  if (last === first || last - first >= MAX_NAME_TOKENS) return -1;
  for (let j = first; j <= last; j++) {
    const word = doc.tokens[j] as Token;
    if (!word.capitalized || !word.latin || (j > first && doc.gapBefore(j).trim() !== '')) return -1;
  }
  return (doc.tokens[last] as Token).end;
}

function pullQuote(doc: StatementDocument, quote: Quote): Draft | null {
  const { text } = doc;
  const start = lineStart(text, quote.open);
  if (text.slice(start, quote.open).trim() !== '') return null;
  const end = lineEnd(text, quote.close);
  const nameFirst = doc.firstTokenAtOrAfter(quote.close + 1);
  const token = doc.tokens[nameFirst];
  if (!token || token.start >= end || !BEFORE_NAME.test(text.slice(quote.close + 1, token.start)))
    return null;
  const nameEnd = speakerEnd(doc, nameFirst, end);
  if (nameEnd === -1 || !AFTER_NAME.test(text.slice(nameEnd, end))) return null;
  const lex = lexiconFor(token.latin);
  if (wordCount(doc, trimSpan(text, quote.inner)) < lex.minContentWords) return null;
  const unit = unitAt(doc, quote.open);
  if (!unit) return null;
  return makeDraft(doc, lex, unit, {
    cue: [quote.close, quote.close + 1],
    lemma: 'said',
    kind: 'verb',
    subject: [nameFirst, doc.lastTokenEndingBy(nameEnd)],
    apposition: null,
    via: 'subject',
    content: quote.inner,
    direct: true,
    relays: [],
    attribution: [quote.close + 1, nameEnd],
  });
}

/** Every pull quote of the document, in text order. */
export function readPullQuotes(doc: StatementDocument): Draft[] {
  const drafts: Draft[] = [];
  for (const quote of doc.quotes) {
    if (quote.depth !== 0) continue;
    const made = pullQuote(doc, quote);
    if (made) drafts.push(made);
  }
  return drafts;
}
