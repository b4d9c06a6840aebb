/**
 * One event per happening in a document: an article that restates an event in a later
 * paragraph yields one event. Two drafts merge when their type and holder are the same,
 * their times overlap (or one is unknown), their places can be the same, their figures
 * overlap role by role, and they are not about different named persons.
 * @module
 */
import type { CountKey, Interval, Place, Time } from '../../../core/types.js';
import type { DraftEvent } from './_draft.js';
import { placeContains, placesCompatible } from './event-places.js';

function timesOverlap(a: Time | null, b: Time | null): boolean {
  return a === null || b === null || (a.start <= b.end && b.start <= a.end);
}

function intervalsOverlap(a: Interval, b: Interval): boolean {
  const aboveLow = a.high === null || b.low === null || b.low <= a.high;
  const belowHigh = b.high === null || a.low === null || a.low <= b.high;
  return aboveLow && belowHigh;
}

/** How far apart two "at least" figures may be and still be one figure restated. */
const OPEN_FIGURE_RATIO = 1.25;

/**
 * Whether two figures can be one figure restated: their intervals overlap, and two figures
 * open above ("at least 56", "at least 448") have lows close together, since every two such
 * figures overlap.
 */
function figuresAgree(a: Interval, b: Interval): boolean {
  if (!intervalsOverlap(a, b)) return false;
  if (a.high !== null || b.high !== null || a.low === null || b.low === null) return true;
  const [small, large] = a.low < b.low ? [a.low, b.low] : [b.low, a.low];
  return large <= small * OPEN_FIGURE_RATIO;
}

function countsCompatible(a: DraftEvent['counts'], b: DraftEvent['counts']): boolean {
  for (const key of Object.keys(a) as CountKey[]) {
    const x = a[key];
    const y = b[key];
    if (x && y && !figuresAgree(x, y)) return false;
  }
  return true;
}

function disjointPersons(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((name) => b.includes(name));
}

/** Whether two drafts name the same event. */
export function sameEvent(a: DraftEvent, b: DraftEvent): boolean {
  return (
    a.type === b.type &&
    a.assertedBy === b.assertedBy &&
    timesOverlap(a.when, b.when) &&
    placesCompatible(a.places, b.places) &&
    countsCompatible(a.counts, b.counts) &&
    !disjointPersons(a.namedTargets, b.namedTargets)
  );
}

function unionTime(a: Time | null, b: Time | null): Time | null {
  if (!a || !b) return a ?? b;
  const start = a.start < b.start ? a.start : b.start;
  const end = a.end > b.end ? a.end : b.end;
  if (start === a.start && end === a.end) return a;
  if (start === b.start && end === b.end) return b;
  return { start, end, precision: 'range' };
}

/** The places of both, a country dropped when a place inside it is named. */
function unionPlaces(a: readonly Place[], b: readonly Place[]): Place[] {
  const all = [...a];
  for (const place of b) if (!all.some((p) => p.name === place.name)) all.push(place);
  return all.filter(
    (outer) =>
      outer.kind !== 'country' || !all.some((inner) => inner !== outer && placeContains(outer, inner)),
  );
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/**
 * `a` with what `b` adds; `a`'s figures stand where both give one. Written out in the order
 * `sentenceEvents` writes a draft, as a spread copy would have another hidden class.
 */
export function mergeInto(a: DraftEvent, b: DraftEvent): DraftEvent {
  return {
    type: a.type,
    span: a.span,
    when: unionTime(a.when, b.when),
    places: unionPlaces(a.places, b.places),
    actors: union(a.actors, b.actors),
    targets: union(a.targets, b.targets),
    namedTargets: union(a.namedTargets, b.namedTargets),
    counts: { ...b.counts, ...a.counts },
    assertedBy: a.assertedBy,
    refersBack: a.refersBack && b.refersBack,
    timeUnread: a.timeUnread && b.timeUnread,
  };
}

/**
 * Drafts in text order without those that only point back to an event of their type told
 * before ("…at least 1,500 were killed. These killings amount to crimes against humanity").
 */
export function withoutBackReferences(drafts: readonly DraftEvent[]): DraftEvent[] {
  const told = new Set<DraftEvent['type']>();
  return drafts.filter((draft) => {
    if (draft.refersBack && told.has(draft.type)) return false;
    told.add(draft.type);
    return true;
  });
}

/** Drafts in text order, each merged into the first earlier one that names the same event. */
export function mergeEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  const merged: DraftEvent[] = [];
  // Only drafts of one type and one holder can merge: compare within those buckets.
  const buckets = new Map<string, number[]>();
  for (const draft of drafts) {
    const key = `${draft.type}\u0000${draft.assertedBy ?? ''}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    const index = bucket.find((i) => sameEvent(merged[i] as DraftEvent, draft));
    if (index === undefined) {
      bucket.push(merged.length);
      merged.push(draft);
    } else {
      merged[index] = mergeInto(merged[index] as DraftEvent, draft);
    }
  }
  return merged;
}
