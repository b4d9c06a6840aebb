/**
 * The events of one sentence: its triggers grouped by type, each figure given to the event
 * it counts, then split where one trigger carries figures for different days ("protests
 * in 32 cities on Friday and 72 on Saturday" is two events), and the arguments read.
 * @module
 */
import type {
  CountKey,
  DateMention,
  Entity,
  EventType,
  Interval,
  Place,
  Quantity,
  Span,
  Statement,
  Time,
} from '../../../core/types.js';
import type { DraftEvent } from './_draft.js';
import { sharedRules, type EventRules, type Participant } from './_rules.js';
import type { PatternMatch } from './_word-patterns.js';
import type { Word } from './_words.js';
import { assertedBy } from './asserted-by.js';
import { countRoles, withRole, type RoledQuantity } from './count-roles.js';
import { eventParticipants } from './event-participants.js';
import { eventPlaces } from './event-places.js';
import { eventTime } from './event-time.js';
import type { TriggerHit } from './find-triggers.js';

/** What the composer knows about one sentence. Annotations are those inside it. */
export interface SentenceContext {
  /** The document's text; `span` is the sentence. */
  readonly text: string;
  readonly span: Span;
  readonly words: readonly Word[];
  /** The sentence's words: `words[from, to)`. */
  readonly from: number;
  readonly to: number;
  readonly rules: EventRules;
  readonly triggers: readonly TriggerHit[];
  readonly quantities: readonly Quantity[];
  /** Dates outside attributions. */
  readonly dates: readonly DateMention[];
  readonly places: readonly Place[];
  readonly entities: readonly Entity[];
  /** Statements that overlap the sentence. */
  readonly statements: readonly Statement[];
  /** Attributions ("X said on Tuesday that"), whose dates, places and people are the saying's. */
  readonly attributions: readonly Span[];
  /** Attributions and organization names: no place inside them is an event's place. */
  readonly placeExcluded: readonly Span[];
  /** The time a sentence without a date goes on at ("that day"), or null. */
  readonly continuedTime: Time | null;
  /** Whether the sentence is a headline: a line of its own, in title case. */
  readonly headline: boolean;
  /** Whether the sentence names a time no date was read from ("Last November"). */
  readonly timeUnread: boolean;
  /** Whether the last event told before the sentence, in its paragraph, is an execution. */
  readonly afterExecutions: boolean;
  readonly published: Time | null;
  readonly source: string | null;
}

interface Group {
  readonly type: EventType;
  readonly triggers: TriggerHit[];
  readonly counts: Map<CountKey, RoledQuantity[]>;
}

/** How near its trigger a figure must stand to take the trigger's usual role ("executed three men"). */
const DEFAULT_ROLE_REACH = 3;

/**
 * The stretch of text an offset's event is told in: the innermost reported words around
 * it, else the sentence. A figure or place outside it belongs to another teller's words.
 */
function scopeOf(context: SentenceContext, offset: number): Span {
  let scope: Span = context.span;
  for (const { quote_span: quote } of context.statements) {
    if (offset < quote[0] || offset >= quote[1]) continue;
    if (scope === context.span || quote[1] - quote[0] < scope[1] - scope[0]) scope = quote;
  }
  return [Math.max(scope[0], context.span[0]), Math.min(scope[1], context.span[1])];
}

function sameScope(a: Span, b: Span): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function wordDistance(trigger: TriggerHit, first: number, last: number): number {
  if (trigger.first >= last) return trigger.first - last;
  if (first >= trigger.last) return first - trigger.last;
  return 0;
}

/**
 * The trigger a figure belongs to among `triggers`: the nearest one before it in its
 * clause ("protests in 72 cities"), else the nearest after it in its clause, else null.
 */
function ownerTrigger(
  triggers: readonly TriggerHit[],
  words: readonly Word[],
  first: number,
  last: number,
): TriggerHit | null {
  const clause = words[first]?.clause;
  let before: TriggerHit | null = null;
  let after: TriggerHit | null = null;
  for (const trigger of triggers) {
    if (words[trigger.first]?.clause !== clause) continue;
    if (trigger.last <= first) {
      if (!before || wordDistance(trigger, first, last) < wordDistance(before, first, last)) before = trigger;
    } else if (!after || wordDistance(trigger, first, last) < wordDistance(after, first, last)) {
      after = trigger;
    }
  }
  return before ?? after;
}

/** A figure with no unit and no noun ("confrontations in at least 40") counts what the one before it did. */
function inheritElliptical(roled: readonly RoledQuantity[]): RoledQuantity[] {
  const out: RoledQuantity[] = [];
  let previous: RoledQuantity | null = null;
  for (const r of roled) {
    const bare = r.role === null && r.quantity.unit === null && r.quantity.counted === null;
    const next: RoledQuantity = bare && previous ? withRole(r, previous.role, previous.by, r.subset) : r;
    out.push(next);
    if (next.by === 'unit') previous = next;
  }
  return out;
}

/** Events of one type told by one teller: the key of their group. */
function groupKey(type: EventType, scope: Span): string {
  return `${type}@${scope[0]}-${scope[1]}`;
}

function groupOf(groups: Map<string, Group>, type: EventType, scope: Span): Group {
  const key = groupKey(type, scope);
  let group = groups.get(key);
  if (!group) {
    group = { type, triggers: [], counts: new Map() };
    groups.set(key, group);
  }
  return group;
}

/** Gives each figure of the sentence to the group of the event it counts. */
function assignCounts(context: SentenceContext, groups: Map<string, Group>): void {
  const { words, rules } = context;
  const roled = inheritElliptical(
    countRoles(context.quantities, words, context.from, context.to, rules, sharedRules),
  );
  for (const r of roled) {
    if (r.subset) continue;
    const scope = scopeOf(context, r.quantity.span[0]);
    const allTriggers = context.triggers.filter((t) => sameScope(scopeOf(context, t.span[0]), scope));
    let role = r.role;
    let type: EventType | null = null;
    if (role === null) {
      if (r.quantity.unit !== null && !sharedRules.peopleUnits.has(r.quantity.unit)) continue;
      const owner = ownerTrigger(
        allTriggers.filter((t) => sharedRules.defaultRole.has(t.type)),
        words,
        r.first,
        r.last,
      );
      if (!owner || wordDistance(owner, r.first, r.last) > DEFAULT_ROLE_REACH) continue;
      type = owner.type;
      role = sharedRules.defaultRole.get(type) ?? null;
      if (role === null) continue;
    } else {
      const here = (t: EventType): boolean => groups.has(groupKey(t, scope));
      if (role === 'killed' && !here('killing') && here('execution')) role = 'executed';
      const direct = sharedRules.roleTypes.get(role);
      if (direct && here(direct)) {
        type = direct;
      } else {
        const accepting = allTriggers.filter((t) =>
          sharedRules.acceptedRoles.get(t.type)?.has(role as CountKey),
        );
        type = ownerTrigger(accepting, words, r.first, r.last)?.type ?? null;
      }
      if (type === null) {
        // A figure whose verb names the event makes one even with no trigger word ("the toll rose to 304").
        if (!direct || r.by === 'noun' || r.by === null) continue;
        type = direct;
        groupOf(groups, type, scope).triggers.push({
          type,
          needsCount: true,
          needsAnchor: false,
          first: r.first,
          last: r.last,
          span: r.quantity.span,
        });
      }
    }
    const group = groupOf(groups, type, scope);
    const list = group.counts.get(role) ?? [];
    list.push(r);
    group.counts.set(role, list);
  }
}

function intervalOf(q: Quantity): Interval {
  return { low: q.low, high: q.high };
}

function inside<T extends { span: Span }>(items: readonly T[], range: Span): T[] {
  // Pushed into a literal: see `spansOf` in events-composer.ts.
  const found: T[] = [];
  for (const item of items) if (item.span[0] >= range[0] && item.span[1] <= range[1]) found.push(item);
  return found;
}

/**
 * Splits a group whose figures of one role each stand with a different date: one
 * range per figure, running up to the next figure. Null when the figures share a date.
 */
function splitRanges(context: SentenceContext, group: Group): { role: CountKey; ranges: Span[] } | null {
  for (const [role, list] of group.counts) {
    if (list.length < 2) continue;
    // Pushed into literals: see `spansOf` in events-composer.ts.
    const ranges: Span[] = [];
    const starts: (string | undefined)[] = [];
    for (let i = 0; i < list.length; i++) {
      const range: Span = [
        i === 0 ? context.span[0] : (list[i] as RoledQuantity).quantity.span[0],
        list[i + 1]?.quantity.span[0] ?? context.span[1],
      ];
      ranges.push(range);
      starts.push(inside(context.dates, range)[0]?.start);
    }
    if (starts.some((s) => s === undefined) || new Set(starts).size < starts.length) continue;
    return { role, ranges };
  }
  return null;
}

/** How many words after a trigger inside an attribution may still name its place. */
const ATTRIBUTED_REACH = 6;

const CLAUSE_COMMA = /[,،]/u;

/**
 * Where the words right after a trigger that stands inside an attribution lie ("Khomeini, after
 * an MEK rally in Tehran, said"): the places they name are the event's, not only the saying's.
 * The rest of the attribution ("said in Tehran of the unrest") stays the saying's, and so do its
 * dates, which tell the day of the saying more often than the event's ("described on Wednesday
 * the unrest of November"). They run to the first comma. Null when the trigger stands in no
 * attribution.
 */
function attributedTelling(
  context: SentenceContext,
  trigger: TriggerHit,
): { readonly attribution: Span; readonly telling: Span } | null {
  for (const attribution of context.attributions) {
    if (trigger.span[0] < attribution[0] || trigger.span[1] > attribution[1]) continue;
    let end = trigger.span[1];
    for (let i = trigger.last; i < Math.min(trigger.last + ATTRIBUTED_REACH, context.to); i++) {
      const word = context.words[i] as Word;
      if (word.end > attribution[1] || CLAUSE_COMMA.test(context.text.slice(end, word.start))) break;
      end = word.end;
    }
    return { attribution, telling: [trigger.span[1], end] };
  }
  return null;
}

/** `excluded` with the words an attribution tells its event in (see `attributedTelling`) let through. */
function lettingThrough(excluded: readonly Span[], attribution: Span, telling: Span): Span[] {
  const spans: Span[] = [];
  for (const span of excluded) if (span !== attribution) spans.push(span);
  spans.push([attribution[0], telling[0]], [telling[1], attribution[1]]);
  return spans;
}

function draftFor(
  context: SentenceContext,
  mentions: readonly PatternMatch<Participant>[],
  live: readonly TriggerHit[],
  group: Group,
  wholeRange: Span,
  counts: Partial<Record<CountKey, Interval>>,
): DraftEvent {
  const anchor = group.triggers.find((t) => !t.needsCount) ?? (group.triggers[0] as TriggerHit);
  const scope = scopeOf(context, anchor.span[0]);
  // The evidence stays the whole range; dates and places come from the teller's own words.
  const range: Span = [Math.max(wholeRange[0], scope[0]), Math.min(wholeRange[1], scope[1])];
  const when =
    eventTime(
      anchor.span,
      inside(context.dates, range),
      context.words,
      context.from,
      context.rules,
      context.published,
    ) ?? (context.dates.length === 0 ? context.continuedTime : null);
  const participants = eventParticipants(
    mentions,
    group.triggers,
    live,
    context.words,
    context.from,
    context.to,
    context.entities,
    context.attributions,
    context.rules,
  );
  const attributed = attributedTelling(context, anchor);
  const excluded = attributed
    ? lettingThrough(context.placeExcluded, attributed.attribution, attributed.telling)
    : context.placeExcluded;
  const places = eventPlaces(context.places, range, excluded);
  return {
    type: group.type,
    span: wholeRange,
    when,
    places,
    actors: participants.actors,
    targets: participants.targets,
    namedTargets: participants.namedTargets,
    counts,
    assertedBy: assertedBy(anchor.span[0], context.statements, context.source),
    refersBack:
      !hasOwnAnchor({ when, places, counts }) &&
      group.triggers.every((t) => cuedBefore(t, context, context.rules.referenceBefore)),
    timeUnread: when === null && context.timeUnread,
  };
}

/** Whether the sentence gives an event a date, a place or a figure of its own. */
function hasOwnAnchor(draft: Pick<DraftEvent, 'when' | 'places' | 'counts'>): boolean {
  return draft.when !== null || draft.places.length > 0 || Object.keys(draft.counts).length > 0;
}

/**
 * Whether a draft only speaks of a kind of event ("these units organize protests", "despite
 * relentless repression", "unrest serves the enemy"): no figure, place or date of its own, and
 * every trigger either after a cue such as "organize" or "despite", or a word that names a
 * happening only with such an anchor.
 */
function isGeneric(draft: DraftEvent, group: Group, context: SentenceContext): boolean {
  return (
    !hasOwnAnchor(draft) &&
    group.triggers.every((t) => t.needsAnchor || cuedBefore(t, context, context.rules.genericBefore))
  );
}

/** Whether one of `cued.cues` stands at most `cued.window` words before the trigger, in its clause. */
function cuedBefore(trigger: TriggerHit, context: SentenceContext, cued: EventRules['frameCues']): boolean {
  const { words } = context;
  const { window, cues } = cued;
  const clause = words[trigger.first]?.clause;
  for (const cue of cues.findAll(words, Math.max(context.from, trigger.first - window - 3), trigger.first)) {
    if (
      cue.last <= trigger.first &&
      trigger.first - cue.last <= window &&
      words[cue.first]?.clause === clause
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Groups that only set the scene of another event of their sentence ("were killed in the
 * protests", "در جریان اغتشاشات کشته شدند"): no figure of their own, every trigger framed
 * by a cue such as "in the", "during", "در جریان".
 */
function isSceneOnly(group: Group, kept: readonly Group[], context: SentenceContext): boolean {
  if (!sharedRules.frameTypes.has(group.type) || group.counts.size > 0) return false;
  if (!kept.some((g) => g !== group && !sharedRules.frameTypes.has(g.type))) return false;
  return group.triggers.every((t) => cuedBefore(t, context, context.rules.frameCues));
}

/**
 * Killings that only detail the executions of their sentence ("120,000 were executed,
 * including many leaders killed inside Iran"): no figure of their own, every trigger after
 * a cue such as "including" or "among".
 */
function isDetailOnly(group: Group, kept: readonly Group[], context: SentenceContext): boolean {
  if (group.type !== 'killing' || group.counts.size > 0) return false;
  if (!kept.some((g) => g.type === 'execution' && g.counts.size > 0)) return false;
  return group.triggers.every((t) => cuedBefore(t, context, context.rules.subsetBefore));
}

/**
 * A toll with no killing word of its own ("the death toll climbed to more than 30,000", "the
 * dead numbered 200") right after executions were told counts the executed, not a new killing.
 */
function tollOfExecutions(group: Group, groups: ReadonlyMap<string, Group>, context: SentenceContext): Group {
  if (group.type !== 'killing' || !context.afterExecutions) return group;
  if (!group.triggers.every((t) => t.needsCount)) return group;
  if ([...groups.values()].some((g) => g.type === 'execution')) return group;
  const killed = group.counts.get('killed');
  if (!killed || group.counts.size > 1) return group;
  const counts = new Map<CountKey, RoledQuantity[]>([['executed', killed]]);
  const triggers: TriggerHit[] = [];
  for (const t of group.triggers) triggers.push({ ...t, type: 'execution' });
  return { type: 'execution', triggers, counts };
}

/**
 * Whether a draft is only a headline's announcement of what the article tells ("After Mass
 * Uprisings and Public Defiance, Tehran's Fear Grows"): a headline event with no figure or date.
 */
function isBareHeadline(draft: DraftEvent, context: SentenceContext): boolean {
  return context.headline && draft.when === null && Object.keys(draft.counts).length === 0;
}

/** The draft events of one sentence, in text order. */
export function sentenceEvents(context: SentenceContext): DraftEvent[] {
  const groups = new Map<string, Group>();
  for (const trigger of context.triggers) {
    groupOf(groups, trigger.type, scopeOf(context, trigger.span[0])).triggers.push(trigger);
  }
  assignCounts(context, groups);
  const standing = [...groups.values()]
    .map((g) => tollOfExecutions(g, groups, context))
    .filter((g) => g.counts.size > 0 || g.triggers.some((t) => !t.needsCount));
  const kept = standing.filter(
    (g) => !isSceneOnly(g, standing, context) && !isDetailOnly(g, standing, context),
  );
  // Participants go to the nearest event that stays, not to a word such as "protesters" that made none.
  const live = kept.flatMap((g) => g.triggers);
  const mentions =
    kept.length > 0 ? context.rules.participants.findLongest(context.words, context.from, context.to) : [];
  const drafts: DraftEvent[] = [];
  for (const group of kept) {
    const firstCounts: Partial<Record<CountKey, Interval>> = {};
    for (const [role, list] of group.counts)
      firstCounts[role] = intervalOf((list[0] as RoledQuantity).quantity);
    const split = splitRanges(context, group);
    if (!split) {
      const draft = draftFor(context, mentions, live, group, context.span, firstCounts);
      if (!isGeneric(draft, group, context) && !isBareHeadline(draft, context)) drafts.push(draft);
      continue;
    }
    const list = group.counts.get(split.role) as RoledQuantity[];
    split.ranges.forEach((range, i) => {
      const counts = i === 0 ? { ...firstCounts } : {};
      counts[split.role] = intervalOf((list[i] as RoledQuantity).quantity);
      drafts.push(draftFor(context, mentions, live, group, trimmed(range, context), counts));
    });
  }
  return drafts.sort((a, b) => a.span[0] - b.span[0]);
}

/** `range` without white space or joining punctuation at its ends. */
function trimmed(range: Span, context: SentenceContext): Span {
  let [start, end] = range;
  const inRange = context.words
    .slice(context.from, context.to)
    .filter((w) => w.start >= start && w.end <= end);
  if (inRange.length > 0) {
    start = (inRange[0] as Word).start;
    end = Math.max(end === context.span[1] ? end : (inRange[inRange.length - 1] as Word).end, start);
  }
  return [start, end];
}
