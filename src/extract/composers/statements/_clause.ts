/**
 * Helpers both clause readers share: where reported words open after a colon or a quotation
 * mark, relays and platforms named in the attribution words, and building a Draft.
 * @module
 */
import type { Span } from '../../../core/types.js';
import type { Token } from '../../annotators/entities/index.js';
import type { StatementDocument, Unit } from './_document.js';
import { nextParagraph, trimSpan, type Draft, type Relay, type SubjectVia } from './_draft.js';
import type { AttributionLexicon } from './_lexicon.js';

export type Range = readonly [first: number, last: number];

export const OPENING_QUOTES = /["“«‘']/u;
export const CLOSING_QUOTES = /["”»’']/u;
/** Longest stretch of words read as a hearer or relay. */
export const MAX_HEARER_TOKENS = 8;

export function keyAt(doc: StatementDocument, i: number): string {
  return doc.tokens[i]?.key ?? '';
}

export function tokenEnd(doc: StatementDocument, i: number): number {
  return (doc.tokens[i] as Token).end;
}

/** The gap before token i holds only spaces (and parentheses, which names carry: "(IHR)"). */
export function plainBefore(doc: StatementDocument, i: number): boolean {
  return /^[()]*$/u.test(doc.gapBefore(i));
}

/** Just after the colon that stands before token i. */
export function colonEnd(doc: StatementDocument, i: number): number {
  const previous = doc.tokens[i - 1] as Token;
  return doc.text.indexOf(':', previous.end) + 1;
}

/** The opening quotation mark that stands before token i (or the token's start). */
export function openingQuote(doc: StatementDocument, i: number): number {
  const previous = doc.tokens[i - 1];
  const from = previous ? previous.end : 0;
  const gap = doc.text.slice(from, (doc.tokens[i] as Token).start);
  const at = gap.search(OPENING_QUOTES);
  return at === -1 ? (doc.tokens[i] as Token).start : from + at;
}

/** Reported words from `start` to the unit's end, or the next paragraph after "said:". */
export function contentFrom(
  doc: StatementDocument,
  unit: Unit,
  start: number,
): { span: Span; block: boolean } | null {
  const span = trimSpan(doc.text, [start, unit.end]);
  if (span[1] > span[0]) return { span, block: false };
  if (!doc.text.slice(unit.start, unit.end).trimEnd().endsWith(':') || unit.quote) return null;
  const block = nextParagraph(doc.text, unit.end);
  return block ? { span: block, block: true } : null;
}

/** "carried by X", "in an interview with X", "در گفت‌وگو با X" among tokens from..to. */
export function relaysWithin(
  doc: StatementDocument,
  lex: AttributionLexicon,
  unit: Unit,
  from: number,
  to: number,
  relays: Relay[],
): void {
  const stop = Math.min(to, unit.last);
  for (let j = from; j <= stop; j++) {
    const m = lex.relays.matchesAt(doc.text, doc.tokens, j)[0];
    if (!m) continue;
    const cue = m.values[0];
    let last = m.last;
    for (let k = m.last + 1; k <= stop && k - m.last <= MAX_HEARER_TOKENS; k++) {
      const key = keyAt(doc, k);
      if (!plainBefore(doc, k) || lex.complementizers.has(key) || doc.dateAt(k)) break;
      if (k > m.last + 1 && lex.adjunctStarters.has(key) && key !== 'to') break;
      if (key === 'as' || lex.verbs.matchesAt(doc.text, doc.tokens, k).length > 0) break;
      last = k;
    }
    if (cue && last > m.last) relays.push({ span: doc.spanOf(m.last + 1, last), rank: cue.rank });
    j = last;
  }
}

/** "on Twitter", "in a Telegram post", "on X", "در کانال تلگرامی": where the words were posted. */
export function platformWithin(
  doc: StatementDocument,
  lex: AttributionLexicon,
  from: number,
  to: number,
): string | null {
  for (let j = Math.max(0, from); j <= to && j < doc.tokens.length; j++) {
    const token = doc.tokens[j] as Token;
    const name = lex.platforms.get(token.key);
    if (!name) continue;
    if (lex.platformNeedsFrame.has(token.key)) {
      // "X" is a platform only as a capital letter after "on" ("on X"), never "x" or "X-ray".
      const framed = lex.platformFrames.has(keyAt(doc, j - 1));
      if (!framed || (token.latin && token.text !== 'X')) continue;
    }
    return name;
  }
  return null;
}

export function union(...spans: (Span | null)[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    if (!span) continue;
    start = Math.min(start, span[0]);
    end = Math.max(end, span[1]);
  }
  return [start, end];
}

export interface DraftFields {
  readonly cue: Span;
  readonly lemma: string;
  readonly kind: 'verb' | 'according';
  readonly subject: Range | null;
  readonly apposition: Range | null;
  readonly via: SubjectVia;
  readonly content: Span;
  readonly direct: boolean;
  readonly relays: Relay[];
  readonly attribution: Span;
}

export function makeDraft(
  doc: StatementDocument,
  lex: AttributionLexicon,
  unit: Unit,
  fields: DraftFields,
): Draft {
  const first = doc.firstTokenAtOrAfter(fields.attribution[0]);
  const last = doc.lastTokenEndingBy(fields.attribution[1]);
  return {
    cue: fields.cue,
    lemma: fields.lemma,
    kind: fields.kind,
    subject: fields.subject ? doc.spanOf(fields.subject[0], fields.subject[1]) : null,
    apposition: fields.apposition ? doc.spanOf(fields.apposition[0], fields.apposition[1]) : null,
    subjectVia: fields.via,
    content: fields.content,
    direct: fields.direct,
    relays: fields.relays,
    platform: platformWithin(doc, lex, first, last),
    attribution: fields.attribution,
    unit,
    mergeable: false,
    parent: null,
  };
}
