/**
 * Groups assertions across documents into propositions: same event type (or type family),
 * same measure, times that meet at a like scale, places that overlap or contain each other,
 * and targets that do not name different people. Deterministic: the same assertions always
 * give the same propositions with the same ids.
 * @module
 */
import { createHash } from 'node:crypto';
import { comparePropositionOrder, type Assertion, type PropositionDraft } from '../core/claims.js';
import type { EventType } from '../core/types.js';
import { lookupOrganization } from '../extract/annotators/entities/registry.js';
import { lookupPlace, placeWithin } from '../extract/annotators/places/place-lookup.js';
import rules from './rules/grouping.json' with { type: 'json' };

const DAY_MS = 86_400_000;
/** Place names a proposition lists at most. */
const MAX_PLACES = 12;

function familyMap(families: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const family of families) for (const member of family) map.set(member, family[0]!);
  return map;
}

const TYPE_FAMILY = familyMap(rules.typeFamilies);
const MEASURE_FAMILY = familyMap(rules.measureFamilies);

interface Dated {
  readonly assertion: Assertion;
  readonly start: number;
  readonly end: number;
  /** Its places at home (see homePlaces) and the people its targets name: read once, compared often. */
  readonly home: readonly string[];
  readonly people: readonly string[];
}

interface Cluster {
  readonly anchor: Dated;
  /** The distinct non-empty lists of places at home of the members: a newcomer must fit every one. */
  readonly placeLists: Map<string, readonly string[]>;
  readonly members: Assertion[];
}

function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function sameScale(a: Dated, b: Dated): boolean {
  const [short, long] = [a.end - a.start + 1, b.end - b.start + 1].sort((x, y) => x - y) as [number, number];
  return long <= rules.scaleFactor * Math.max(short, rules.minDays);
}

function timesMeet(anchor: Dated, other: Dated): boolean {
  return other.start <= anchor.end + rules.toleranceDays && other.end >= anchor.start - rules.toleranceDays;
}

const abroad = new Map<string, boolean>();

/** Whether the gazetteer places this name outside the home country (unknown names stay home). */
function isAbroad(name: string): boolean {
  let answer = abroad.get(name);
  if (answer === undefined) {
    const country = lookupPlace(name)?.country;
    abroad.set(name, (answer = country !== undefined && country !== null && country !== rules.homeCountry));
  }
  return answer;
}

/** The places of a list that are not abroad (see homeCountry in rules/grouping.json). */
function homePlaces(places: readonly string[]): readonly string[] {
  return places.filter((name) => !isAbroad(name));
}

function homePlacesMeet(
  a: readonly string[],
  b: readonly string[],
  within: (inner: string, outer: string) => boolean,
): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const x of a) for (const y of b) if (x === y || within(x, y) || within(y, x)) return true;
  return false;
}

/**
 * Whether two place lists overlap or one's place contains the other's. An empty list fits any;
 * places abroad are set aside first (see homeCountry in rules/grouping.json).
 */
export function placesCompatible(
  allA: readonly string[],
  allB: readonly string[],
  within: (inner: string, outer: string) => boolean = placeWithin,
): boolean {
  return homePlacesMeet(homePlaces(allA), homePlaces(allB), within);
}

const PERSON_NAME = /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+$/u;

function namedPeople(targets: readonly string[]): string[] {
  return targets.filter((target) => PERSON_NAME.test(target) && !lookupOrganization(target));
}

function peopleMeet(left: readonly string[], right: readonly string[]): boolean {
  if (left.length === 0 || right.length === 0) return true;
  return left.some((name) => right.includes(name));
}

/** Targets fit unless both sides name people and none of them is the same. */
export function targetsCompatible(a: readonly string[], b: readonly string[]): boolean {
  return peopleMeet(namedPeople(a), namedPeople(b));
}

function memoized(within: (inner: string, outer: string) => boolean) {
  const cache = new Map<string, boolean>();
  return (inner: string, outer: string): boolean => {
    const key = `${inner}\u0000${outer}`;
    let answer = cache.get(key);
    if (answer === undefined) cache.set(key, (answer = within(inner, outer)));
    return answer;
  };
}

/** The family of an event type: types of one family may share a proposition, of two never. */
export function typeFamily(type: EventType): string {
  return TYPE_FAMILY.get(type) ?? type;
}

function bucketKey(assertion: Assertion): string {
  const type = typeFamily(assertion.type);
  const measure = assertion.measure ? (MEASURE_FAMILY.get(assertion.measure) ?? assertion.measure) : '';
  return `${type}|${measure}`;
}

function compareDated(a: Dated, b: Dated): number {
  return (
    a.start - b.start ||
    a.end - a.start - (b.end - b.start) ||
    (a.assertion.id < b.assertion.id ? -1 : a.assertion.id > b.assertion.id ? 1 : 0)
  );
}

function mostCommonType(members: readonly Assertion[], fallback: EventType): EventType {
  const counts = new Map<EventType, number>();
  for (const member of members) counts.set(member.type, (counts.get(member.type) ?? 0) + 1);
  let best = fallback;
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

function draftOf(key: string, anchor: Assertion, members: readonly Assertion[]): PropositionDraft {
  const places = [...new Set(members.flatMap((member) => member.where))].slice(0, MAX_PLACES);
  return {
    id: `pr_${createHash('sha256').update(`${key}|${anchor.id}`, 'utf8').digest('hex').slice(0, 16)}`,
    type: mostCommonType(members, anchor.type),
    measure: anchor.measure,
    when: anchor.when,
    where: places,
    assertions: members,
  };
}

/**
 * Sweeps one bucket's dated assertions, in time order, into its open clusters: each joins the
 * first open cluster it fits, or opens its own. Clusters that can no longer take anything that
 * starts at or after the newest start are moved to `done`.
 */
function sweepBucket(
  open: Cluster[],
  dated: readonly Dated[],
  within: (inner: string, outer: string) => boolean,
  done: Cluster[],
): Cluster[] {
  const fits = (cluster: Cluster, item: Dated): boolean => {
    if (!timesMeet(cluster.anchor, item) || !sameScale(cluster.anchor, item)) return false;
    for (const places of cluster.placeLists.values())
      if (!homePlacesMeet(places, item.home, within)) return false;
    return peopleMeet(cluster.anchor.people, item.people);
  };
  // Items come in start order, and whether a cluster can still take one depends on its start alone.
  let closedBefore = Number.NEGATIVE_INFINITY;
  for (const item of dated) {
    if (item.start !== closedBefore) {
      closedBefore = item.start;
      const stillOpen: Cluster[] = [];
      for (const cluster of open) {
        if (cluster.anchor.end + rules.toleranceDays < item.start) done.push(cluster);
        else stillOpen.push(cluster);
      }
      open = stillOpen;
    }
    const home = open.find((cluster) => fits(cluster, item));
    const cluster: Cluster = home ?? { anchor: item, placeLists: new Map(), members: [] };
    if (!home) open.push(cluster);
    cluster.members.push(item.assertion);
    // An empty list fits any newcomer, so only non-empty ones are kept to be checked.
    if (item.home.length > 0) cluster.placeLists.set(item.home.join('\u0000'), item.home);
  }
  return open;
}

/**
 * Groups assertions fed in time order, a few days at a time, so that a store of any size is
 * grouped holding only the clusters still open. Each `add` returns the propositions it closed;
 * `finish` returns the rest. An assertion without a time stands alone.
 */
export interface PropositionGrouper {
  /**
   * Adds assertions that all start later than those of earlier calls (the same day must not be
   * split between two calls: ties within a day are ordered by length and id). A late assertion
   * can only join the clusters still open.
   */
  add(assertions: readonly Assertion[]): PropositionDraft[];
  finish(): PropositionDraft[];
}

export function createPropositionGrouper(
  within: (inner: string, outer: string) => boolean = placeWithin,
): PropositionGrouper {
  const placeTest = memoized(within);
  const open = new Map<string, Cluster[]>();
  const draftsOf = (key: string, clusters: readonly Cluster[]): PropositionDraft[] =>
    clusters.map((cluster) => draftOf(key, cluster.anchor.assertion, cluster.members));
  return {
    add(assertions) {
      const buckets = new Map<string, Dated[]>();
      const drafts: PropositionDraft[] = [];
      for (const assertion of assertions) {
        const key = bucketKey(assertion);
        const start = assertion.when ? dayOf(assertion.when.start) : Number.NaN;
        const end = assertion.when ? dayOf(assertion.when.end) : Number.NaN;
        if (!Number.isFinite(start) || !Number.isFinite(end)) {
          drafts.push(draftOf(key, assertion, [assertion]));
          continue;
        }
        const dated: Dated = {
          assertion,
          start,
          end,
          home: homePlaces(assertion.where),
          people: namedPeople(assertion.targets),
        };
        const bucket = buckets.get(key);
        if (bucket) bucket.push(dated);
        else buckets.set(key, [dated]);
      }
      for (const [key, dated] of buckets) {
        const done: Cluster[] = [];
        open.set(key, sweepBucket(open.get(key) ?? [], dated.sort(compareDated), placeTest, done));
        for (const draft of draftsOf(key, done)) drafts.push(draft);
      }
      return drafts;
    },
    finish() {
      const drafts = [...open].flatMap(([key, clusters]) => draftsOf(key, clusters));
      open.clear();
      return drafts;
    },
  };
}

/**
 * Propositions from assertions, newest first (undated last), ties by id. An assertion without a
 * time stands alone.
 * @example groupPropositions(assertions).filter((p) => p.assertions.length > 1)
 */
export function groupPropositions(
  assertions: readonly Assertion[],
  within: (inner: string, outer: string) => boolean = placeWithin,
): PropositionDraft[] {
  const grouper = createPropositionGrouper(within);
  return [...grouper.add(assertions), ...grouper.finish()].sort(comparePropositionOrder);
}
