/**
 * The statements composer: attributed words, direct and reported, in English and Persian,
 * with the speaker (name, role, organization) from the entities annotation, the date said
 * from the dates annotation, and the chain of transmission from the document's source to the
 * speaker.
 * @module
 */
import type { DateMention, Span, Statement, Time } from '../../../core/types.js';
import type { CompositionInput, Composer, Report } from '../../types.js';
import type { Draft } from './_draft.js';
import { StatementDocument } from './_document.js';
import { lexiconVersion } from './_lexicon.js';
import { arrangeDrafts, type ArrangedDraft } from './arrange-drafts.js';
import { buildChain, relayLink, relayLinks, sameName, tellerLink, type Link } from './build-chain.js';
import { carriedBy } from './carried-remarks.js';
import { hostedBy } from './hosted-occasions.js';
import { readEnglish } from './read-english.js';
import { readPersian } from './read-persian.js';
import { readPullQuotes } from './read-pull-quotes.js';
import { SpeakerResolver, type ResolvedSpeaker } from './resolve-speaker.js';
import { firstAtLeast, spanStartOf } from '../../sorted-search.js';

/** What the composer reads: the text, its sentences, its source and two annotations. */
export type StatementsInput = Pick<CompositionInput, 'text' | 'sentences' | 'source' | 'author'> & {
  readonly annotations: Pick<CompositionInput['annotations'], 'dates' | 'entities'>;
};

/** How far (in drafts) a speaker's relay is carried to the same speaker's other statements. */
const RELAY_REACH = 12;
/** How far (in characters) from the attribution a date of saying may stand. */
const DATE_REACH = 300;

interface Worked {
  readonly draft: ArrangedDraft;
  readonly speaker: ResolvedSpeaker | null;
  readonly relays: Link[];
  chain: Link[];
}

function timeOf(date: DateMention): Time {
  return { start: date.start, end: date.end, precision: date.precision };
}

/** The date nearest the verb among those in the attribution, outside the reported words. */
function whenSaid(doc: StatementDocument, draft: ArrangedDraft): Time | null {
  const dates = doc.dates;
  let best: DateMention | null = null;
  let distance = Infinity;
  const cue = draft.cue[0];
  const from = Math.max(draft.unit.start, Math.min(cue, draft.content[0]) - DATE_REACH);
  const to = Math.min(draft.unit.end, Math.max(draft.cue[1], draft.content[1]) + DATE_REACH);
  for (const date of datesWithin(dates, from, to)) {
    const [start, end] = date.span;
    if (start < draft.content[1] && end > draft.content[0]) continue;
    if (doc.quoteOf[doc.firstTokenAtOrAfter(start)] !== -1 && draft.unit.quote === null) continue;
    const d = Math.min(Math.abs(start - cue), Math.abs(end - cue));
    if (d < distance) {
      best = date;
      distance = d;
    }
  }
  return best ? timeOf(best) : null;
}

function datesWithin(dates: readonly DateMention[], start: number, end: number): DateMention[] {
  const found: DateMention[] = [];
  for (
    let k = firstAtLeast(dates, start, spanStartOf);
    k < dates.length && (dates[k] as DateMention).span[1] <= end;
    k++
  )
    found.push(dates[k] as DateMention);
  return found;
}

function sameSpeaker(a: ResolvedSpeaker | null, b: ResolvedSpeaker | null): boolean {
  return a !== null && b !== null && a.speaker.name !== null && a.speaker.name === b.speaker.name;
}

/**
 * A speaker's relay named once ("The statement, carried by Mizan, said") carries the speaker's
 * other statements in the document too, the nearest before first, else the nearest after.
 */
function shareRelays(worked: readonly Worked[]): Link[][] {
  // Pushed into a literal: an array made by `map` has another elements kind once V8 optimizes it.
  const shared: Link[][] = [];
  for (let k = 0; k < worked.length; k++) shared.push(relaysFor(worked, k));
  return shared;
}

function relaysFor(worked: readonly Worked[], k: number): Link[] {
  const w = worked[k] as Worked;
  if (w.relays.length > 0 || w.draft.parent || !w.speaker) return w.relays;
  const lends = (o: Worked | undefined): o is Worked =>
    o !== undefined && !o.draft.parent && o.relays.length > 0 && sameSpeaker(o.speaker, w.speaker);
  for (let step = 1; step <= RELAY_REACH; step++) {
    const before = worked[k - step];
    if (lends(before)) return before.relays;
    const after = worked[k + step];
    if (lends(after)) return after.relays;
  }
  return w.relays;
}

function unionSpan(a: Span, b: Span): Span {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** Every statement in a document, in text order. Never throws for any text. */
export function findStatements(input: StatementsInput): Statement[] {
  const doc = new StatementDocument(
    input.text,
    input.sentences,
    input.annotations.dates,
    input.annotations.entities,
  );
  const found: Draft[] = [];
  for (const unit of doc.units) {
    found.push(...readEnglish(doc, unit));
    if (doc.hasArabicScript) found.push(...readPersian(doc, unit));
  }
  found.push(...readPullQuotes(doc));
  const source = tellerLink(input.source, input.author ?? null);
  const isOwnSource = (span: Span): boolean => {
    const link = relayLink(doc, { span, rank: 0 });
    return source !== null && link !== null && sameName(link.name, source.name);
  };
  const drafts = arrangeDrafts(doc, found, isOwnSource);
  // Without drafts there is nothing to relate; the empty lists below would deoptimize this function.
  if (drafts.length === 0) return [];
  const resolver = new SpeakerResolver(doc);
  const byDraft = new Map<Draft, Worked>();
  const worked: Worked[] = [];
  for (const draft of drafts) {
    let speaker: ResolvedSpeaker | null = null;
    if (draft.speakerOf) speaker = byDraft.get(draft.speakerOf)?.speaker ?? null;
    else if (draft.subject) {
      speaker = resolver.resolve(draft.subject, draft.apposition);
      if (speaker) resolver.remember(speaker);
    }
    const w: Worked = { draft, speaker, relays: relayLinks(doc, draft.relays), chain: [] };
    byDraft.set(draft, w);
    worked.push(w);
  }
  // `worked` holds one entry per draft, in their order.
  carriedBy(doc, drafts).forEach((link, k) => {
    if (link) worked[k]?.relays.push(link);
  });
  const relays = shareRelays(worked);
  hostedBy(doc, drafts).forEach((host, k) => {
    if (host && relays[k]?.length === 0) relays[k] = [host];
  });
  const statements: Statement[] = [];
  worked.forEach((w, k) => {
    const { draft, speaker } = w;
    const parent = draft.parent ? byDraft.get(draft.parent) : undefined;
    const outer = parent ? parent.chain : [];
    w.chain = buildChain(source, outer, relays[k] ?? [], speaker, draft.platform);
    const quote = input.text.slice(draft.content[0], draft.content[1]);
    if (quote.trim() === '') return;
    statements.push({
      span: unionSpan(draft.attribution, draft.content),
      quote,
      quote_span: draft.content,
      direct: draft.direct,
      speaker: speaker?.speaker ?? { name: null, role: null, organization: null },
      verb: draft.lemma,
      when: whenSaid(doc, draft),
      chain: w.chain,
    });
  });
  return statements;
}

/** The statements composer. */
export const statementsComposer: Composer = {
  name: 'statements',
  version: `1.5.0+${lexiconVersion}`,
  compose(input: CompositionInput, report: Report) {
    try {
      return { statements: findStatements(input) };
    } catch (error) {
      report({
        ruleId: 'statements-failed',
        place: null,
        severity: 'error',
        message: `Cannot find statements in the document: ${error instanceof Error ? error.message : String(error)}`,
      });
      return { statements: [] };
    }
  },
};
