/**
 * Puts the drafts of one document in order and relation: an "according to X" lead hands X to
 * the statement reported inside it; "…, adding that" continues the statement before it; a
 * statement inside another's words is nested in it; a quotation joined to reported speech is
 * split in two; a quotation standing alone right after a statement continues it.
 * @module
 */
import type { Span } from '../../../core/types.js';
import type { Token } from '../../annotators/entities/index.js';
import type { StatementDocument } from './_document.js';
import {
  splitReportedWords,
  titleCase,
  trimSpan,
  wholeQuote,
  wordCount,
  type Draft,
  type Relay,
} from './_draft.js';
import { lexiconFor } from './_lexicon.js';

/** A draft with the draft whose speaker it shares ("…, adding that", a continued quotation). */
export interface ArrangedDraft extends Draft {
  speakerOf: ArrangedDraft | null;
}

/**
 * A copy of `draft` with other reported words and speaker: written out field by field, as a
 * spread copy of a draft is slow to make and leaves an object slow to update.
 */
function arranged(
  d: Draft,
  content: Span,
  direct: boolean,
  relays: Relay[],
  speakerOf: ArrangedDraft | null,
): ArrangedDraft {
  return {
    cue: d.cue,
    lemma: d.lemma,
    kind: d.kind,
    subject: d.subject,
    apposition: d.apposition,
    subjectVia: d.subjectVia,
    content,
    direct,
    relays,
    platform: d.platform,
    attribution: d.attribution,
    unit: d.unit,
    mergeable: d.mergeable,
    parent: d.parent,
    speakerOf,
  };
}

/**
 * Drafts are related only to their neighbours in text order, so that a pathological text
 * with thousands of reporting verbs stays linear.
 */
const NEIGHBOURS = 48;

/** The first and the last index of the neighbours of item k (k itself among them). */
function firstNeighbour(k: number): number {
  return Math.max(0, k - NEIGHBOURS);
}

function lastNeighbour(list: readonly unknown[], k: number): number {
  return Math.min(list.length - 1, k + NEIGHBOURS);
}

/** The first neighbour of item k that `test` accepts, nearest the start of the list first. */
function findNeighbour<T>(list: readonly T[], k: number, test: (item: T) => boolean): T | undefined {
  for (let j = firstNeighbour(k); j <= lastNeighbour(list, k); j++) if (test(list[j] as T)) return list[j];
  return undefined;
}

function inside(offset: number, span: Span): boolean {
  return offset >= span[0] && offset < span[1];
}

function sameSpan(a: Span, b: Span): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The first word of `span`, past clause openers ("همچنین") and punctuation. */
function firstWordAt(doc: StatementDocument, span: Span): number {
  const first = doc.firstTokenAtOrAfter(span[0]);
  const token = doc.tokens[first];
  if (!token) return -1;
  const lex = lexiconFor(token.latin);
  const opener = lex.clauseOpeners.matchesAt(doc.text, doc.tokens, first)[0];
  return opener ? (doc.tokens[opener.last + 1]?.start ?? -1) : token.start;
}

/** "According to IRNA, Zolnour said …": one statement by Zolnour, with IRNA in its chain. */
function mergeLeads(
  doc: StatementDocument,
  drafts: ArrangedDraft[],
  isOwnSource: (span: Span) => boolean,
): ArrangedDraft[] {
  const removed = new Set<ArrangedDraft>();
  for (const [k, lead] of drafts.entries()) {
    if (!lead.mergeable || !lead.subject) continue;
    const start = firstWordAt(doc, lead.content);
    // "به گزارش تسنیم، X … را تشریح کرد و گفت": the document's own source reports X's words.
    const own = isOwnSource(lead.subject);
    const inner = findNeighbour(
      drafts,
      k,
      (d) =>
        d !== lead &&
        !removed.has(d) &&
        d.subject !== null &&
        (d.subjectVia === 'subject' ||
          d.subjectVia === 'object' ||
          (own && d.subjectVia === 'coordination')) &&
        inside(d.cue[0], lead.content) &&
        (d.subjectVia === 'object' ? d.attribution[0] : d.subject[0]) <= start + 1 &&
        d.attribution[0] >= lead.content[0],
    );
    if (!inner) continue;
    inner.relays.unshift(...lead.relays, { span: lead.subject, rank: 0 });
    inner.attribution = [Math.min(inner.attribution[0], lead.attribution[0]), inner.attribution[1]];
    removed.add(lead);
  }
  return drafts.filter((d) => !removed.has(d));
}

/** "…, according to X" already taken as a relay of the statement it closes. */
function dropTakenTrailers(drafts: ArrangedDraft[]): ArrangedDraft[] {
  return drafts.filter(
    (d, k) =>
      d.kind !== 'according' ||
      d.mergeable ||
      !findNeighbour(
        drafts,
        k,
        (o) =>
          o !== d &&
          o.unit === d.unit &&
          o.relays.some((r) => d.subject !== null && sameSpan(r.span, d.subject)),
      ),
  );
}

/**
 * "Rights groups have reported far higher figures: IHR says …": words after a colon that are
 * themselves attributed statements are those statements, not one more.
 */
function dropSummaries(doc: StatementDocument, drafts: ArrangedDraft[]): ArrangedDraft[] {
  return drafts.filter((d, k) => {
    if (d.kind !== 'verb' || d.direct || wholeQuote(doc, d.content)) return true;
    const colon = doc.text.slice(d.attribution[1], d.content[1]).lastIndexOf(':');
    if (colon === -1) return true;
    const start = firstWordAt(doc, [d.attribution[1] + colon + 1, d.content[1]]);
    return !findNeighbour(
      drafts,
      k,
      (o) =>
        o !== d && (o.subjectVia === 'subject' || o.subjectVia === 'object') && o.attribution[0] === start,
    );
  });
}

/** "IHR says …, and HRANA says …": the second statement is the first one's sibling, not inside it. */
function splitSiblings(doc: StatementDocument, drafts: ArrangedDraft[]): void {
  for (const [k, d] of drafts.entries()) {
    if (d.subjectVia !== 'subject' && d.subjectVia !== 'object') continue;
    let at = doc.firstTokenAtOrAfter(d.attribution[0]);
    // "…, and in December Reuters quoted": step back over the date before the subject.
    for (let n = 0; n < 4 && at > 0; n++) {
      const previous = doc.tokens[at - 1] as Token;
      const lex = lexiconFor(previous.latin);
      if (!doc.dateAt(at - 1) && !(lex.adjunctStarters.has(previous.key) && doc.dateAt(at))) break;
      at--;
    }
    const before = doc.tokens[at - 1] as Token | undefined;
    if (!before) continue;
    const lex = lexiconFor(before.latin);
    const joined = lex.conjunctions.has(before.key) && /[,،;؛]/u.test(doc.gapBefore(at - 1));
    const afterSemicolon = /[;؛]/u.test(doc.gapBefore(at));
    if (!joined && !afterSemicolon) continue;
    const cut = joined ? (doc.tokens[at - 2] as Token | undefined)?.end : before.end;
    if (cut === undefined) continue;
    for (let j = firstNeighbour(k); j <= lastNeighbour(drafts, k); j++) {
      const o = drafts[j] as ArrangedDraft;
      if (o === d || !inside(d.cue[0], o.content) || o.content[0] >= cut) continue;
      o.content = trimSpan(doc.text, [o.content[0], cut]);
    }
  }
}

/** "…, adding that …" and "… and told them that …": cut the words before at the new clause. */
function splitContinuations(doc: StatementDocument, drafts: ArrangedDraft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as ArrangedDraft;
    if (d.subjectVia !== 'participle' && d.subjectVia !== 'coordination') continue;
    let before: ArrangedDraft | null = null;
    for (let j = k - 1; j >= Math.max(0, k - NEIGHBOURS); j--) {
      const candidate = drafts[j] as ArrangedDraft;
      if (candidate.unit === d.unit || inside(d.cue[0], candidate.content)) {
        before = candidate;
        break;
      }
    }
    if (d.subjectVia === 'participle') {
      if (!before) continue;
      d.speakerOf = before;
    }
    if (before && inside(d.cue[0], before.content)) {
      // "According to sources, Khamenei gathered officials and told them …": Khamenei's
      // words reach us through the sources.
      if (d.subjectVia === 'coordination' && d.subject && inside(d.subject[0], before.content))
        d.parent = before;
      // The clause of the new verb starts at the comma or conjunction before it.
      const cueToken = doc.firstTokenAtOrAfter(d.cue[0]);
      const previous = doc.tokens[cueToken - 1] as Token | undefined;
      let cut = previous ? previous.end : d.cue[0];
      if (d.subjectVia === 'coordination' && previous) cut = previous.start;
      const cutSpan = trimSpan(doc.text, [before.content[0], cut]);
      if (wordCount(doc, cutSpan) >= 1) before.content = cutSpan;
    }
  }
}

/** "“the plot has failed” and that the government would listen": two statements. */
function splitPieces(doc: StatementDocument, drafts: ArrangedDraft[]): ArrangedDraft[] {
  const out: ArrangedDraft[] = [];
  for (const d of drafts) {
    if (d.direct) {
      out.push(d);
      continue;
    }
    const token = doc.tokens[doc.firstTokenAtOrAfter(d.content[0])];
    const pieces = splitReportedWords(doc, lexiconFor(token?.latin ?? true), d.content);
    if (pieces.length === 1) {
      const [piece] = pieces;
      d.content = piece!.span;
      d.direct = piece!.direct;
      out.push(d);
      continue;
    }
    pieces.forEach((piece, k) => {
      out.push(
        k === 0
          ? Object.assign(d, { content: piece.span, direct: piece.direct })
          : arranged(d, piece.span, piece.direct, d.relays, d),
      );
    });
  }
  return out;
}

/** The innermost other draft whose reported words hold this draft's verb. */
function nest(drafts: ArrangedDraft[]): void {
  for (const [k, d] of drafts.entries()) {
    if (d.parent) continue;
    let parent: ArrangedDraft | null = null;
    for (let j = firstNeighbour(k); j <= lastNeighbour(drafts, k); j++) {
      const o = drafts[j] as ArrangedDraft;
      if (o === d || o.speakerOf === d || d.speakerOf === o) continue;
      if (!inside(d.cue[0], o.content) || !inside(d.content[0], o.content)) continue;
      if (!parent || o.content[1] - o.content[0] < parent.content[1] - parent.content[0]) parent = o;
    }
    d.parent = parent;
  }
}

/** Two readings of the same words: keep the one read from a verb. */
function dropDuplicates(drafts: ArrangedDraft[]): ArrangedDraft[] {
  const kept: ArrangedDraft[] = [];
  for (const d of drafts) {
    const twin = kept.slice(-NEIGHBOURS).find((o) => sameSpan(o.content, d.content));
    if (!twin) {
      kept.push(d);
      continue;
    }
    if (twin.kind === 'according' && d.kind === 'verb') kept[kept.indexOf(twin)] = d;
  }
  return kept;
}

/**
 * Where the words introducing a quotation end. When the quotation stands before its
 * attribution ("“…,” said X, 55, a teacher from Y."), the rest of that sentence only describes
 * the speaker, unless it quotes somebody: a title or a phrase in quotation marks shorter than
 * reported words ("told NBC's “Today”") does not.
 */
function attributionEnd(doc: StatementDocument, d: ArrangedDraft): number {
  const end = Math.max(d.content[1], d.attribution[1]);
  if (d.content[1] > d.attribution[0] || d.unit.quote || d.unit.end <= end) return end;
  if (doc.text.slice(end, d.unit.end).includes('\n')) return end;
  const minWords = lexiconFor(true).minContentWords;
  for (let i = doc.firstTokenAtOrAfter(end); i <= d.unit.last; i++) {
    const quote = doc.quotes[doc.quoteOf[i] ?? -1];
    if (quote && wordCount(doc, quote.inner) >= minWords) return end;
  }
  return d.unit.end;
}

/** "“A,” said X. “B.”" and "X said A. “B.”": the quotation B, standing alone, is X’s too. */
function continueQuotes(doc: StatementDocument, drafts: ArrangedDraft[]): ArrangedDraft[] {
  const byEnd = [...drafts].sort((a, b) => a.content[1] - b.content[1]);
  const added: ArrangedDraft[] = [];
  let next = 0;
  let previous: ArrangedDraft | null = null;
  for (const unit of doc.units) {
    if (unit.quote) continue;
    while (next < byEnd.length && (byEnd[next] as ArrangedDraft).content[1] <= unit.start) {
      previous = byEnd[next] as ArrangedDraft;
      next++;
    }
    const quote = wholeQuote(doc, [unit.start, unit.end]);
    if (!quote || quote.depth !== 0 || !previous || previous.parent) continue;
    // Already somebody's words.
    const holder = byEnd[next];
    if (holder && holder.content[0] <= quote.inner[0] && quote.inner[1] <= holder.content[1]) continue;
    const token = doc.tokens[unit.first] as Token;
    if (wordCount(doc, quote.inner) < lexiconFor(token.latin).minContentWords) continue;
    // Only the previous statement's own attribution may stand between; past a paragraph's end,
    // a quotation written like a title is a heading, not more words.
    const from = attributionEnd(doc, previous);
    if (from > unit.start) continue;
    if (doc.text.slice(from, unit.start).includes('\n') && titleCase(doc, quote.inner)) continue;
    if (wordCount(doc, [from, unit.start]) > 0) continue;
    const made = arranged(previous, quote.inner, true, previous.relays, previous);
    added.push(made);
    previous = made;
  }
  return [...drafts, ...added];
}

/** The drafts of one document, related to each other and in text order. */
export function arrangeDrafts(
  doc: StatementDocument,
  found: readonly Draft[],
  isOwnSource: (span: Span) => boolean,
): ArrangedDraft[] {
  // An empty list is an array of another elements kind: passed on, it deoptimizes every step.
  if (found.length === 0) return [];
  // Pushed into a literal: an array made by `map` or `filter` has another elements kind once V8
  // optimizes the call, and the steps below, compiled for the first kind, were compiled again.
  let drafts: ArrangedDraft[] = [];
  for (const d of found) drafts.push(arranged(d, d.content, d.direct, d.relays, null));
  drafts.sort((a, b) => a.cue[0] - b.cue[0]);
  drafts = mergeLeads(doc, drafts, isOwnSource);
  drafts = dropTakenTrailers(drafts);
  drafts = dropSummaries(doc, drafts);
  splitSiblings(doc, drafts);
  splitContinuations(doc, drafts);
  drafts = splitPieces(doc, drafts);
  drafts = dropDuplicates(drafts);
  nest(drafts);
  drafts = continueQuotes(doc, drafts);
  // Pushed into a literal, as at the start.
  const kept: ArrangedDraft[] = [];
  for (const d of drafts) if (d.content[1] > d.content[0]) kept.push(d);
  return kept.sort(
    (a, b) => Math.min(a.attribution[0], a.content[0]) - Math.min(b.attribution[0], b.content[0]),
  );
}
