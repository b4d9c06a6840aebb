/**
 * One document as the statement finders read it: tokens, quoted passages, the units cues are
 * read within (sentences, joined where a quotation runs across them, and the inside of long
 * quotations), and lookups into the dates and entities found by the annotators.
 * @module
 */
import type { DateMention, Entity, Span } from '../../../core/types.js';
import { tokenize, type Token } from '../../annotators/entities/index.js';
import { isWhiteSpaceUnit } from '../../_word-chars.js';
import { endsWithNamePrefix } from '../../sentences.js';
import type { WordSet } from '../../word-set.js';
import { findQuotes, type Quote } from './find-quotes.js';
import { firstAtLeast, offsetOf } from '../../sorted-search.js';

/** A stretch of tokens read on its own: a sentence, or the words of a quotation. */
export interface Unit {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The quotation whose words this unit is, or null for running text. */
  readonly quote: Quote | null;
}

const QUESTION_OR_EXCLAMATION_QUOTED = /[?!؟][”"’»]$/u;
const OPENING_QUOTE = /["“«‘']/u;
/** The last characters `QUESTION_OR_EXCLAMATION_QUOTED` accepts, as char codes. */
const CLOSING_MARKS = new Set([0x201d, 0x22, 0x2019, 0xbb]);

/** The first words of a lexicon's phrases, for tokens in Latin letters and in Arabic script. */
export interface Openers {
  readonly latin: WordSet;
  readonly arabic: WordSet;
}

/** Quotations shorter than this are not read for statements nested inside them. */
const MIN_NESTED_QUOTE_TOKENS = 8;

export class StatementDocument {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quote[];
  readonly dates: readonly DateMention[];
  readonly entities: readonly Entity[];
  readonly units: readonly Unit[];
  /** Whether any token is written in Arabic script: only then are Persian cues looked for. */
  readonly hasArabicScript: boolean;
  readonly #closing = new Map<number, Quote>();
  readonly #opening = new Map<Openers, Int32Array>();
  /** Where each token starts and ends: searched without reading the tokens themselves. */
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  /** For each token, the index in `quotes` of the innermost quotation holding it, or -1. */
  readonly quoteOf: Int32Array;
  /** For each token, the index in `entities` of the entity covering it, or -1. */
  readonly entityOf: Int32Array;
  /** For each token, the index in `dates` of the date covering it, or -1. */
  readonly dateOf: Int32Array;

  constructor(
    text: string,
    sentences: readonly Span[],
    dates: readonly DateMention[],
    entities: readonly Entity[],
  ) {
    this.text = text;
    this.tokens = tokenize(text);
    this.#starts = new Int32Array(this.tokens.length);
    this.#ends = new Int32Array(this.tokens.length);
    let arabic = false;
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      this.#starts[i] = token.start;
      this.#ends[i] = token.end;
      if (!token.latin) arabic = true;
    }
    this.hasArabicScript = arabic;
    this.quotes = findQuotes(text);
    for (const quote of this.quotes) this.#closing.set(quote.close, quote);
    this.dates = dates;
    this.entities = entities;
    this.quoteOf = this.#cover(this.quotes.map((q) => q.inner));
    this.entityOf = this.#cover(entities.map((e) => e.span));
    this.dateOf = this.#cover(dates.map((d) => d.span));
    this.units = this.#units(sentences);
  }

  /** Marks each token with the index of the last span (in order) that contains it. */
  #cover(spans: readonly Span[]): Int32Array {
    const owner = new Int32Array(this.tokens.length).fill(-1);
    spans.forEach((span, k) => {
      for (let i = this.firstTokenAtOrAfter(span[0]); i < owner.length; i++) {
        if ((this.#starts[i] as number) >= span[1]) break;
        if ((this.#ends[i] as number) <= span[1]) owner[i] = k;
      }
    });
    return owner;
  }

  /**
   * The indices, in order, of the tokens whose key or base is one of `openers` (by the token's
   * script): the only tokens a phrase of that lexicon can start at. Found once per document.
   */
  tokensOpening(openers: Openers): Int32Array {
    let found = this.#opening.get(openers);
    if (found) return found;
    const indices: number[] = [];
    const { latin, arabic } = openers;
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      const words = token.latin ? latin : arabic;
      if (words.has(token.key) || (token.base !== token.key && words.has(token.base))) indices.push(i);
    }
    found = Int32Array.from(indices);
    this.#opening.set(openers, found);
    return found;
  }
  /**
   * Each token of `tokensOpening(openers)` in a sentence that is not itself a quotation, with
   * its sentence, in order.
   */
  *openingsOutsideQuotes(openers: Openers): Generator<{ readonly unit: Unit; readonly index: number }> {
    const found = this.tokensOpening(openers);
    for (const unit of this.units) {
      if (unit.quote) continue;
      for (let c = firstAtLeast(found, unit.first, offsetOf); c < found.length; c++) {
        const index = found[c] as number;
        if (index > unit.last) break;
        yield { unit, index };
      }
    }
  }

  /** Index of the first token starting at or after `offset` (tokens.length when none). */
  firstTokenAtOrAfter(offset: number): number {
    return firstAtLeast(this.#starts, offset, offsetOf);
  }

  /** Index of the last token ending at or before `offset` (-1 when none). */
  lastTokenEndingBy(offset: number): number {
    return firstAtLeast(this.#ends, offset + 1, offsetOf) - 1;
  }

  #units(sentences: readonly Span[]): Unit[] {
    // Sentences joined wherever a top-level quotation runs across their boundary.
    const merged: [number, number][] = [];
    const topQuotes = this.quotes.filter((q) => q.depth === 0);
    let q = 0;
    for (const [start, end] of sentences) {
      const last = merged[merged.length - 1];
      while (q < topQuotes.length && (topQuotes[q] as Quote).close < start) q++;
      // Top-level quotations do not overlap, so only the first one not closed yet can cross.
      const next = topQuotes[q];
      const crossing = next !== undefined && next.open < start;
      if (last && (crossing || this.#attributionFollows(last[1], start))) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    const units: Unit[] = [];
    // The sentences follow each other, so their first and last tokens are found walking forward.
    let first = 0;
    let afterLast = 0;
    for (const [start, end] of merged) {
      while (first < this.#starts.length && (this.#starts[first] as number) < start) first++;
      while (afterLast < this.#ends.length && (this.#ends[afterLast] as number) <= end) afterLast++;
      if (first <= afterLast - 1) units.push({ first, last: afterLast - 1, start, end, quote: null });
    }
    for (const quote of this.quotes) {
      const unit = this.#unit(quote.inner[0], quote.inner[1], quote);
      if (unit && unit.last - unit.first + 1 >= MIN_NESTED_QUOTE_TOKENS) units.push(unit);
    }
    return units;
  }

  /**
   * "“Why?” she asked.": a quotation ending in a question or exclamation mark ends the
   * sentence for the segmenter, but the attribution after it belongs to it.
   */
  #attributionFollows(previousEnd: number, start: number): boolean {
    if (!CLOSING_MARKS.has(this.text.charCodeAt(previousEnd - 1))) return false;
    return (
      QUESTION_OR_EXCLAMATION_QUOTED.test(this.text.slice(Math.max(0, previousEnd - 2), previousEnd)) &&
      !/\n/u.test(this.text.slice(previousEnd, start)) &&
      !OPENING_QUOTE.test(this.text.slice(start, start + 1))
    );
  }

  #unit(start: number, end: number, quote: Quote | null): Unit | null {
    const first = this.firstTokenAtOrAfter(start);
    const last = this.lastTokenEndingBy(end);
    if (first > last) return null;
    return { first, last, start, end, quote };
  }

  /**
   * The non-space characters between token i and token i+1 (or the unit's end). The point of
   * a title or an initial ("Mr. Obama", "Gregory W. Meeks") is part of the name, not a gap.
   */
  gapAfter(i: number, limit = this.text.length): string {
    const token = this.tokens[i];
    if (!token) return '';
    const next = this.tokens[i + 1];
    const end = Math.min(next ? next.start : this.text.length, limit);
    return this.#withoutNamePoint(token, this.#nonSpace(token.end, end));
  }

  /** The non-space characters between token i-1 (or `limit`) and token i. */
  gapBefore(i: number, limit = 0): string {
    const token = this.tokens[i];
    if (!token) return '';
    const previous = this.tokens[i - 1];
    const start = Math.max(previous ? previous.end : 0, limit);
    const gap = this.#nonSpace(start, token.start);
    return previous && start === previous.end ? this.#withoutNamePoint(previous, gap) : gap;
  }

  /** The characters from `start` to `end` but white space; most gaps between words are only that. */
  #nonSpace(start: number, end: number): string {
    for (let i = start; i < end; i++)
      if (!isWhiteSpaceUnit(this.text.charCodeAt(i))) return this.text.slice(start, end).replace(/\s+/gu, '');
    return '';
  }

  #withoutNamePoint(token: Token, gap: string): string {
    return gap === '.' && endsWithNamePrefix(this.text.slice(token.start, token.end + 1)) ? '' : gap;
  }

  /** Whether token i lies inside a quotation that `unit` itself lies outside of. */
  quotedWithin(i: number, unit: Unit): boolean {
    const k = this.quoteOf[i] ?? -1;
    if (k === -1) return false;
    const quote = this.quotes[k] as Quote;
    return unit.quote === null ? true : quote !== unit.quote && quote.open >= unit.start;
  }

  /** The quotation whose closing mark stands at `offset`, if any. */
  quoteClosingAt(offset: number): Quote | undefined {
    return this.#closing.get(offset);
  }

  entityAt(i: number): Entity | undefined {
    const k = this.entityOf[i] ?? -1;
    return k === -1 ? undefined : this.entities[k];
  }

  dateAt(i: number): DateMention | undefined {
    const k = this.dateOf[i] ?? -1;
    return k === -1 ? undefined : this.dates[k];
  }

  /** The span from the start of token `first` to the end of token `last`. */
  spanOf(first: number, last: number): Span {
    return [(this.tokens[first] as Token).start, (this.tokens[last] as Token).end];
  }
}
