/**
 * The events composer: walks the sentences of a document, finds event triggers, reads
 * each event's time, places, actors, targets, figures and holder from the annotations
 * and statements, then merges the events the document restates.
 * @module
 */
import type {
  DateMention,
  EventType,
  Place,
  SanadEvent,
  Span,
  Statement,
  Time,
} from '../../../core/types.js';
import type { Composer, CompositionInput } from '../../types.js';
import type { DraftEvent } from './_draft.js';
import { rulesFor, rulesVersion } from './_rules.js';
import { scanMarkedWords, type Word } from './_words.js';
import { attributionSpans, insideAny } from './asserted-by.js';
import { findQuotes } from '../statements/find-quotes.js';
import { namesShortOfJurisdiction } from '../../nested-places.js';
import { lineEnd, lineStart } from '../../_lines.js';
import { wordAt } from './count-roles.js';
import { withContextTimes } from './context-time.js';
import { continuesTime, isComparisonPoint, namesUnreadTime, timeOf } from './event-time.js';
import { findTriggers, isPersonalOccasion, type TriggerHit } from './find-triggers.js';
import { mergeEvents, withoutBackReferences } from './merge-events.js';
import { sentenceEvents } from './sentence-events.js';
import { summarizeEvent } from './summarize-event.js';

/**
 * Hands out the items of a list sorted by span start that lie inside each of a run of
 * increasing ranges, in one pass over the list.
 */
class SpanCursor<T extends { readonly span: Span }> {
  private readonly items: readonly T[];
  private next = 0;

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.span[0] - b.span[0]);
  }

  /** Items that start inside `range` and end by its end. */
  take(range: Span): T[] {
    while (this.next < this.items.length && (this.items[this.next] as T).span[0] < range[0]) this.next++;
    const found: T[] = [];
    for (let i = this.next; i < this.items.length; i++) {
      const item = this.items[i] as T;
      if (item.span[0] >= range[1]) break;
      if (item.span[1] <= range[1]) found.push(item);
    }
    return found;
  }
}

/** Statements overlapping each of a run of increasing ranges; a statement may span sentences. */
class StatementSweep {
  private readonly statements: readonly Statement[];
  private next = 0;
  private active: Statement[] = [];

  constructor(statements: readonly Statement[]) {
    this.statements = [...statements].sort((a, b) => a.span[0] - b.span[0]);
  }

  overlapping(range: Span): Statement[] {
    while (
      this.next < this.statements.length &&
      (this.statements[this.next] as Statement).span[0] < range[1]
    ) {
      this.active.push(this.statements[this.next] as Statement);
      this.next++;
    }
    this.active = this.active.filter((s) => s.span[1] > range[0]);
    return this.active;
  }
}

/** Line breaks as zero-length words, so `wordAt` gives the paragraph of an offset. */
function paragraphBreaks(text: string): { start: number }[] {
  const breaks: { start: number }[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push({ start: i });
  return breaks;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Spaces and tabs only: what may stand around a line's one sentence. */
const SPACES = /^[ \t]*$/;

/** Whether only spaces and tabs stand between a sentence and a line break (or the text's edge). */
function aloneOnLine(text: string, sentence: Span): boolean {
  return (
    SPACES.test(text.slice(lineStart(text, sentence[0]), sentence[0])) &&
    SPACES.test(text.slice(sentence[1], lineEnd(text, sentence[1])))
  );
}

/** Words of at least this many characters decide whether a line is in title case. */
const TITLE_WORD_LENGTH = 4;

/**
 * Whether a sentence is a headline: a line of its own whose longer words nearly all open with a
 * capital ("Iran Hangs Two Protesters"). A script without case has no headline by this test.
 */
function isHeadline(text: string, sentence: Span, words: readonly Word[], from: number, to: number): boolean {
  if (!aloneOnLine(text, sentence)) return false;
  let long = 0;
  let capitalized = 0;
  for (let i = from; i < to; i++) {
    const word = words[i] as Word;
    if (word.end - word.start < TITLE_WORD_LENGTH) continue;
    long++;
    const first = text[word.start] as string;
    if (first !== first.toLowerCase()) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.75;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * The spans of `items`, pushed into a literal: the result of mapping an empty list is an array of
 * another kind, and spread beside full ones it made this composer be compiled again and again.
 */
function spansOf(items: readonly { readonly span: Span }[]): Span[] {
  const spans: Span[] = [];
  for (const item of items) spans.push(item.span);
  return spans;
}

function toEvent(draft: DraftEvent): SanadEvent {
  // Pushed into a literal, as spansOf does.
  const where: string[] = [];
  for (const place of draft.places) where.push(place.name);
  return {
    type: draft.type,
    span: draft.span,
    summary: summarizeEvent(
      draft.type,
      draft.namedTargets.length > 0 ? draft.namedTargets : draft.targets,
      where,
    ),
    when: draft.when,
    where,
    actors: draft.actors,
    targets: draft.targets,
    counts: draft.counts,
    asserted_by: draft.assertedBy,
  };
}

const QUOTE_MARK = /["“”«»]/u;

/**
 * Quoted words that hold no trigger ("crowds chanted “… it is America”"): what they name is
 * the speakers' words, not where the event happened.
 */
function quotedWithoutTrigger(
  text: string,
  sentence: Span,
  places: readonly Place[],
  triggers: readonly TriggerHit[],
): Span[] {
  if (places.length === 0) return [];
  const words = text.slice(sentence[0], sentence[1]);
  if (!QUOTE_MARK.test(words)) return [];
  const spans: Span[] = [];
  for (const quote of findQuotes(words)) {
    const span: Span = [quote.inner[0] + sentence[0], quote.inner[1] + sentence[0]];
    if (!triggers.some((t) => t.span[0] >= span[0] && t.span[1] <= span[1])) spans.push(span);
  }
  return spans;
}

/** The events of one document, in text order. */
export function composeEvents(input: CompositionInput): SanadEvent[] {
  const rules = rulesFor(input.language);
  const { words, marksBefore: triggerOpenings } = scanMarkedWords(input.analysisText, rules.triggers.mayOpen);
  const { dates, places, entities, quantities } = input.annotations;
  const dateCursor = new SpanCursor(dates);
  const placeCursor = new SpanCursor(places);
  const entityCursor = new SpanCursor(entities);
  const quantityCursor = new SpanCursor(quantities);
  const statements = new StatementSweep(input.statements);
  const drafts: DraftEvent[] = [];
  let lastDate: DateMention | null = null;
  // The type of the last event told in the paragraph.
  let lastType: EventType | null = null;
  let previousEnd = 0;
  for (const sentence of input.sentences) {
    if (hasLineBreak(input.text, previousEnd, sentence[0])) {
      lastDate = null;
      lastType = null;
    }
    previousEnd = sentence[1];
    const from = wordAt(words, sentence[0]);
    const to = wordAt(words, sentence[1]);
    const sentenceStatements = statements.overlapping(sentence);
    const sentenceDates = dateCursor.take(sentence);
    const sentencePlaces = placeCursor.take(sentence);
    const sentenceEntities = entityCursor.take(sentence);
    const sentenceQuantities = quantityCursor.take(sentence);
    // Most sentences hold no trigger: only their dates matter, as the time later ones continue.
    const mayHoldTrigger = (triggerOpenings[to] as number) > (triggerOpenings[from] as number);
    if (!mayHoldTrigger && sentenceDates.length === 0) continue;
    const attributions = attributionSpans(sentenceStatements).filter((s) => overlaps(s, sentence));
    const usableDates = sentenceDates.filter(
      (d) => !insideAny(d.span, attributions) && !isComparisonPoint(d, words, from, rules),
    );
    const timeUnread =
      usableDates.length === 0 &&
      namesUnreadTime(words, from, to, rules, [...spansOf(sentenceDates), ...attributions]);
    // The date later sentences go on at: this one's last, or none after a time that could not be read.
    const dateAfter: DateMention | null =
      usableDates[usableDates.length - 1] ?? (timeUnread ? null : lastDate);
    if (!mayHoldTrigger) {
      lastDate = dateAfter;
      continue;
    }
    const organizations = spansOf(sentenceEntities.filter((e) => e.kind === 'organization'));
    const blocked = [...spansOf(sentenceDates), ...spansOf(sentencePlaces), ...organizations];
    const persons = spansOf(sentenceEntities.filter((e) => e.kind === 'person'));
    const found = findTriggers(input.text, words, from, to, rules, blocked, triggerOpenings);
    const triggers = found.filter(
      (t) => !isPersonalOccasion(t, { from, to, triggers: found }, words, persons, rules),
    );
    if (triggers.length > 0) {
      const continuedTime: Time | null =
        lastDate && !timeUnread && continuesTime(words, from, to, rules) ? timeOf(lastDate) : null;
      const told = sentenceEvents({
        text: input.text,
        span: sentence,
        words,
        from,
        to,
        rules,
        triggers,
        quantities: sentenceQuantities,
        dates: usableDates,
        places: sentencePlaces,
        entities: sentenceEntities,
        statements: sentenceStatements,
        attributions,
        placeExcluded: [
          ...attributions,
          ...namesShortOfJurisdiction(organizations, sentencePlaces),
          ...quotedWithoutTrigger(input.text, sentence, sentencePlaces, triggers),
        ],
        continuedTime,
        headline: isHeadline(input.text, sentence, words, from, to),
        timeUnread,
        afterExecutions: lastType === 'execution',
        published: input.published,
        source: input.source ?? input.author ?? null,
      });
      drafts.push(...told);
      lastType = told[told.length - 1]?.type ?? lastType;
    }
    lastDate = dateAfter;
  }
  if (drafts.length === 0) return [];
  const breaks = paragraphBreaks(input.text);
  const paragraphOf = (offset: number): number => wordAt(breaks, offset);
  return mergeEvents(withContextTimes(withoutBackReferences(drafts), paragraphOf))
    .map(toEvent)
    .sort((a, b) => a.span[0] - b.span[0]);
}

/** Events from triggers, figures, dates, places, entities and statements. */
export const eventsComposer: Composer = {
  name: 'events',
  version: `1.4.0+rules.${rulesVersion}`,
  compose(input) {
    return { events: composeEvents(input) };
  },
};
