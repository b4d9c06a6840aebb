/**
 * A statement as the clause readers first find it, before its speaker is named and its chain
 * built, and the helpers both languages' readers share: the reported words trimmed, told
 * apart as quoted or not, split where a quotation and reported speech are joined.
 * @module
 */
import type { Span } from '../../../core/types.js';
import type { Token } from '../../annotators/entities/index.js';
import type { StatementDocument, Unit } from './_document.js';
import type { AttributionLexicon } from './_lexicon.js';
import type { Quote } from './find-quotes.js';
import { firstAtLeast } from '../../sorted-search.js';

/** How the speaker's words were found relative to the verb. */
export type SubjectVia =
  | 'subject' // "Jafari said …"
  | 'coordination' // "Khamenei gathered officials and told them …": the clause's subject
  | 'participle' // "…, adding that …": the speaker of the statement before
  | 'inverted' // "“…,” said Philip Luther"
  | 'according' // "according to X, …"
  | 'object'; // "Reuters quoted officials as saying …": the object speaks

/** An outlet or person that passed the words on, where the text names it. */
export interface Relay {
  readonly span: Span;
  /** 0: the report that carries everything ("according to X"); 1: "carried by X"; 2: "told X". */
  readonly rank: number;
}

export interface Draft {
  readonly cue: Span;
  readonly lemma: string;
  readonly kind: 'verb' | 'according';
  subject: Span | null;
  /** "X, deputy governor of Tehran, said": the words set beside the subject. */
  apposition: Span | null;
  subjectVia: SubjectVia;
  content: Span;
  direct: boolean;
  readonly relays: Relay[];
  platform: string | null;
  /** The attribution words (subject, verb, adjuncts), for `when` and the statement's span. */
  attribution: Span;
  readonly unit: Unit;
  /** An "according to X" lead that gives X to a statement reported inside its words. */
  mergeable: boolean;
  parent: Draft | null;
}

const QUOTE_MARK = /["“”«»‘’']/u;
/** A table of the UTF-16 code units of `chars`: looked up by code, without a string per character. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(Math.max(...[...chars].map((c) => c.charCodeAt(0))) + 1);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const TRIMMED_AT_START = codeTable(' \t\n\r\u00A0,;:،؛-\u2013\u2014\u200F\u200E');
const TRIMMED_AT_END = codeTable(' \t\n\r\u00A0.,;:!?؟،؛\u200F\u200E');

/** `span` without the spaces and punctuation that start or end it. */
export function trimSpan(text: string, span: Span): Span {
  let [start, end] = span;
  while (start < end && TRIMMED_AT_START[text.charCodeAt(start)] === 1) start++;
  while (end > start && TRIMMED_AT_END[text.charCodeAt(end - 1)] === 1) end--;
  return end > start ? [start, end] : [start, start];
}

const openOf = (quote: Quote): number => quote.open;

/** The quotation that opens exactly at `offset`, if any. */
export function quoteOpeningAt(doc: StatementDocument, offset: number): Quote | undefined {
  const quote = doc.quotes[firstAtLeast(doc.quotes, offset, openOf)];
  return quote && quote.open === offset ? quote : undefined;
}

/** When the reported words are one quotation and nothing else, its words. */
export function wholeQuote(doc: StatementDocument, span: Span): Quote | undefined {
  const [start, end] = trimSpan(doc.text, span);
  const quote = quoteOpeningAt(doc, start);
  if (!quote) return undefined;
  const after = doc.text.slice(quote.close + 1, end);
  return /^[\s.,;:!?؟،]*$/u.test(after) ? quote : undefined;
}

/** Number of tokens inside `span`. */
export function wordCount(doc: StatementDocument, span: Span): number {
  const first = doc.firstTokenAtOrAfter(span[0]);
  const last = doc.lastTokenEndingBy(span[1]);
  return Math.max(0, last - first + 1);
}

/** "The Regime’s Most Feared Nightmare": at least half the words past the first capitalized, a title. */
export function titleCase(doc: StatementDocument, span: Span): boolean {
  const first = doc.firstTokenAtOrAfter(span[0]);
  const last = doc.lastTokenEndingBy(span[1]);
  let capitalized = 0;
  for (let j = first + 1; j <= last; j++) if (doc.tokens[j]?.capitalized) capitalized++;
  return capitalized * 2 >= last - first;
}

/** A piece of reported words: quoted or not. */
export interface Piece {
  readonly span: Span;
  readonly direct: boolean;
}

function conjunctionRun(doc: StatementDocument, lex: AttributionLexicon, from: number, to: number): boolean {
  // Between a quotation and reported speech: punctuation, a conjunction, maybe "that"/"که".
  const between = doc.tokens.slice(doc.firstTokenAtOrAfter(from), doc.lastTokenEndingBy(to) + 1);
  if (between.length === 0 || between.length > 2) return false;
  const [first, second] = between as [Token, Token | undefined];
  if (!lex.conjunctions.has(first.key)) return false;
  return second === undefined || lex.complementizers.has(second.key);
}

/**
 * The reported words as one or more pieces: a quotation alone is direct; "“the plot has
 * failed” and that the government would listen" and "…, اما «…»" are a direct piece and an
 * indirect one, since the writer quoted one part and reported the other.
 */
export function splitReportedWords(doc: StatementDocument, lex: AttributionLexicon, span: Span): Piece[] {
  const trimmed = trimSpan(doc.text, span);
  const whole = wholeQuote(doc, trimmed);
  if (whole) return [{ span: whole.inner, direct: true }];
  const leading = quoteOpeningAt(doc, trimmed[0]);
  if (leading && leading.close < trimmed[1]) {
    const restFirst = doc.firstTokenAtOrAfter(leading.close);
    let k = restFirst;
    while (k <= restFirst + 1 && doc.tokens[k] && (doc.tokens[k] as Token).start < trimmed[1]) {
      const token = doc.tokens[k] as Token;
      if (!lex.conjunctions.has(token.key) && !lex.complementizers.has(token.key)) break;
      k++;
    }
    const rest: Span = trimSpan(doc.text, [doc.tokens[k]?.start ?? trimmed[1], trimmed[1]]);
    if (k > restFirst && wordCount(doc, rest) >= lex.minContentWords)
      return [
        { span: leading.inner, direct: true },
        { span: rest, direct: false },
      ];
  }
  // A quotation closing the words, after a conjunction.
  const quote = doc.quoteClosingAt(trimmed[1] - 1);
  if (quote && quote.open > trimmed[0]) {
    const head = trimSpan(doc.text, [trimmed[0], quote.open]);
    const conj = doc.tokens[doc.lastTokenEndingBy(head[1])];
    if (conj && lex.conjunctions.has(conj.key)) {
      const beforeConj = trimSpan(doc.text, [head[0], conj.start]);
      if (
        wordCount(doc, beforeConj) >= lex.minContentWords &&
        wordCount(doc, quote.inner) >= lex.minContentWords &&
        conjunctionRun(doc, lex, beforeConj[1], quote.open)
      )
        return [
          { span: beforeConj, direct: false },
          { span: quote.inner, direct: true },
        ];
    }
  }
  return [{ span: trimmed, direct: false }];
}

/** The paragraph after the one holding `offset` (a block quotation after a colon), trimmed. */
export function nextParagraph(text: string, offset: number): Span | null {
  const lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) return null;
  let start = lineEnd + 1;
  while (start < text.length && /\s/u.test(text[start] as string)) start++;
  if (start >= text.length) return null;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  // Markdown block quotations run over every following line that opens with ">".
  if (text[start] === '>') {
    for (let next = end + 1; text[next] === '>';) {
      end = text.indexOf('\n', next);
      if (end === -1) end = text.length;
      next = end + 1;
    }
    start++;
  }
  // A block quotation keeps its own punctuation; only white space is trimmed.
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  return end > start ? [start, end] : null;
}

export function hasQuoteMark(text: string): boolean {
  return QUOTE_MARK.test(text);
}
