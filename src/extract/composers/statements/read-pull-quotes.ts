/**
 * Pull quotes, epigraphs and captions: a line that is one quotation followed by the name of
 * who said it, with or without a dash ("“Freedom is won, not given.” — Maryam Rajavi",
 * "«…» سازمان عفو بین‌الملل"). Nothing else may stand on the line: a name that goes on into a
 * sentence is that sentence's subject, which the clause readers handle.
 * @module
 */
import type { Entity } from '../../../core/types.js';
import { makeDraft } from './_clause.js';
import type { StatementDocument, Unit } from './_document.js';
import { trimSpan, wordCount, type Draft } from './_draft.js';
import { lexiconFor } from './_lexicon.js';
import type { Quote } from './find-quotes.js';

/** Spaces and the dashes that may stand between the closing mark and the name. */
const BEFORE_NAME = /^[ \t\u00A0]*(?:[\u2014\u2013-][ \t\u00A0]*)?$/u;
/** What may follow the name on its line: spaces and a full stop. */
const AFTER_NAME = /^[ \t\u00A0.]*$/u;
const SPEAKER_KINDS: ReadonlySet<Entity['kind']> = new Set(['person', 'organization']);

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The running-text unit that holds `offset`. */
function unitAt(doc: StatementDocument, offset: number): Unit | undefined {
  return doc.units.find((u) => u.quote === null && u.start <= offset && offset < u.end);
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
  const entity = doc.entityAt(nameFirst);
  if (!entity || entity.span[0] !== token.start || !SPEAKER_KINDS.has(entity.kind)) return null;
  if (entity.span[1] > end || !AFTER_NAME.test(text.slice(entity.span[1], end))) return null;
  const lex = lexiconFor(token.latin);
  if (wordCount(doc, trimSpan(text, quote.inner)) < lex.minContentWords) return null;
  const unit = unitAt(doc, quote.open);
  if (!unit) return null;
  return makeDraft(doc, lex, unit, {
    cue: [quote.close, quote.close + 1],
    lemma: 'said',
    kind: 'verb',
    subject: [nameFirst, doc.lastTokenEndingBy(entity.span[1])],
    apposition: null,
    via: 'subject',
    content: quote.inner,
    direct: true,
    relays: [],
    attribution: [quote.close + 1, entity.span[1]],
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
