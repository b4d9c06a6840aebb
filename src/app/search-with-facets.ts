/**
 * Search as the web app's search screen needs it: hits grouped by kind, narrowed by filters,
 * with a count per facet value so a user sees how many hits each filter would leave.
 * @module
 */
import { searchForm } from '../core/text.js';
import type { StoredProposition } from '../core/claims.js';
import type { EventType, Time } from '../core/types.js';
import type { SearchHit, SearchHitKind } from '../store/index.js';
import { dayBound } from './_days.js';
import { placeName } from './event-map.js';
import type { Sanad } from './sanad.js';

export interface SearchFilters {
  /** Only these kinds of hit. */
  readonly kinds?: readonly SearchHitKind[];
  /** ISO 639-1 of the document. */
  readonly language?: string;
  /** The document's source, as stored. */
  readonly source?: string;
  /** Event type: keeps events of that type, and documents and statements that report one. */
  readonly type?: EventType;
  /** Only hits dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly from?: string;
  /** Only hits dated on or before this day. */
  readonly to?: string;
  /** Keeps events located there, and documents and statements that report an event there. */
  readonly place?: string;
  /** The affiliation group of the document's source (`iran-state`, `rights-ngo`, …). */
  readonly group?: string;
  /** Keeps statements and events an analyst has reviewed, or has not; documents are not reviewed. */
  readonly review?: 'reviewed' | 'unreviewed';
}

/** A hit with what the filters look at: its date, and for events the type and places. */
export type FacetedHit = SearchHit & {
  /** The event's time, or the document's publication time. */
  readonly date: string | null;
  readonly type: EventType | null;
  readonly where: readonly string[];
  /** A statement's speaker, for showing who said it. */
  readonly speaker: string | null;
  /** The affiliation group of the document's source, when one was matched. */
  readonly group: string | null;
  /** Whether an analyst reviewed it (see reviewedItems()); null for a document. */
  readonly reviewed: boolean | null;
};

export interface Facets {
  readonly kind: Readonly<Record<string, number>>;
  readonly language: Readonly<Record<string, number>>;
  readonly source: Readonly<Record<string, number>>;
  readonly type: Readonly<Record<string, number>>;
  readonly year: Readonly<Record<string, number>>;
  readonly group: Readonly<Record<string, number>>;
  readonly review: Readonly<Record<string, number>>;
}

/** A proposition grouping events the search found: what it is about, and its verdicts. */
export type PropositionHit = Omit<StoredProposition, 'assertionIds' | 'eventIds'> & {
  readonly kind: 'proposition';
  readonly assertions: number;
};

export interface FacetedResults {
  readonly query: string;
  readonly documents: readonly FacetedHit[];
  readonly statements: readonly FacetedHit[];
  readonly events: readonly FacetedHit[];
  /** Propositions grouping the events found, contested first; not counted in facets or total. */
  readonly propositions: readonly PropositionHit[];
  /** Per facet, the hits each value would leave with the other filters applied. */
  readonly facets: Facets;
  /** Hits matching every filter, before the per-kind limit. */
  readonly total: number;
}

/**
 * Hits read per kind before filtering; facets count among these. The store's cost grows with
 * this number (a snippet per hit): on the 50 MB bench store, 50 keeps API search near the
 * store's own time, where 200 took twice as long.
 */
export const CANDIDATES = 50;

type Facet = keyof Facets;

/**
 * Searches, filters and counts facets; `limit` caps each kind after filtering.
 * @example
 * await searchWithFacets(sanad, 'execution', { language: 'fa' }, 20);
 */
export async function searchWithFacets(
  sanad: Sanad,
  query: string,
  filters: SearchFilters = {},
  limit = 20,
): Promise<FacetedResults> {
  const candidates = Math.max(CANDIDATES, limit);
  const from = filters.from === undefined ? null : dayBound(filters.from, 'start', 'from');
  const to = filters.to === undefined ? null : dayBound(filters.to, 'end', 'to');
  const found = await sanad.search(query, { limit: candidates });
  const all = [...found.documents, ...found.statements, ...found.events];
  const [groups, reviewed] = await Promise.all([
    sanad.documentGroups(all.map((hit) => hit.document)),
    sanad.reviewedItems(),
  ]);
  const hits = await Promise.all(
    all.map(async (hit) => ({
      ...(await describe(sanad, hit)),
      group: groups.get(hit.document) ?? null,
      reviewed: hit.kind === 'document' ? null : reviewed.has(hit.id),
    })),
  );
  const reporting = await documentsReporting(sanad, filters);

  const passes = (hit: FacetedHit, facet: Facet): boolean => {
    if (facet === 'kind') return !filters.kinds || filters.kinds.includes(hit.kind);
    if (facet === 'language') return !filters.language || hit.language === filters.language;
    if (facet === 'source') return !filters.source || hit.source === filters.source;
    if (facet === 'group') return !filters.group || hit.group === filters.group;
    if (facet === 'review') return !filters.review || reviewState(hit) === filters.review;
    if (facet === 'type') {
      if (!filters.type) return true;
      return hit.kind === 'event' ? hit.type === filters.type : reporting.type?.has(hit.document) === true;
    }
    if (from !== null && (hit.date === null || hit.date < from)) return false;
    if (to !== null && (hit.date === null || hit.date > to)) return false;
    return true;
  };
  const inPlace = (hit: FacetedHit): boolean => {
    if (filters.place === undefined) return true;
    if (hit.kind === 'event')
      return hit.where.some((name) => searchForm(name) === searchForm(filters.place!));
    return reporting.place?.has(hit.document) === true;
  };
  const facetNames: readonly Facet[] = ['kind', 'language', 'source', 'group', 'type', 'year', 'review'];
  const passesAllBut = (hit: FacetedHit, skipped: Facet | null): boolean =>
    inPlace(hit) && facetNames.every((facet) => facet === skipped || passes(hit, facet));

  const facets = {} as Record<Facet, Record<string, number>>;
  for (const facet of facetNames) {
    facets[facet] = tally(
      hits.filter((hit) => passesAllBut(hit, facet)).flatMap((hit) => facetValues(hit, facet)),
    );
  }
  const kept = hits.filter((hit) => passesAllBut(hit, null));
  const ofKind = (kind: SearchHitKind): FacetedHit[] =>
    kept.filter((hit) => hit.kind === kind).slice(0, limit);
  const events = ofKind('event');
  const propositions = (await sanad.propositionsOf(events.map((hit) => hit.id)))
    .map(({ assertionIds, eventIds: _events, ...head }) => ({
      ...head,
      kind: 'proposition' as const,
      assertions: assertionIds.length,
    }))
    .sort((a, b) => Number(b.contested) - Number(a.contested) || b.corroboration - a.corroboration)
    .slice(0, limit);
  return {
    query,
    documents: ofKind('document'),
    statements: ofKind('statement'),
    events,
    propositions,
    facets,
    total: kept.length,
  };
}

type DescribedHit = Omit<FacetedHit, 'group' | 'reviewed'>;

function reviewState(hit: FacetedHit): 'reviewed' | 'unreviewed' | null {
  if (hit.reviewed === null) return null;
  return hit.reviewed ? 'reviewed' : 'unreviewed';
}

async function describe(sanad: Sanad, hit: SearchHit): Promise<DescribedHit> {
  if (hit.kind === 'event') {
    const event = await sanad.event(hit.id);
    return {
      ...hit,
      date: startOf(event.when) ?? hit.published,
      type: event.type,
      where: event.where,
      speaker: null,
    };
  }
  if (hit.kind === 'statement') {
    const statement = await sanad.statement(hit.id);
    const speaker = statement.speaker.name ?? statement.speaker.organization ?? statement.speaker.role;
    return { ...hit, date: startOf(statement.when) ?? hit.published, type: null, where: [], speaker };
  }
  return { ...hit, date: hit.published, type: null, where: [], speaker: null };
}

function startOf(time: Time | null): string | null {
  return time?.start ?? null;
}

/** The documents that report an event of the filter's type, or in the filter's place. */
async function documentsReporting(
  sanad: Sanad,
  filters: SearchFilters,
): Promise<{ type?: Set<string>; place?: Set<string> }> {
  const documentsOf = async (filter: { type?: string; place?: string }): Promise<Set<string>> =>
    new Set((await sanad.events({ ...filter, limit: 100_000 })).map((event) => event.document));
  return {
    ...(filters.type ? { type: await documentsOf({ type: filters.type }) } : {}),
    ...(filters.place ? { place: await documentsOf({ place: placeName(filters.place) }) } : {}),
  };
}

function facetValues(hit: FacetedHit, facet: Facet): string[] {
  if (facet === 'kind') return [hit.kind];
  if (facet === 'language') return [hit.language];
  if (facet === 'source') return hit.source ? [hit.source] : [];
  if (facet === 'type') return hit.type ? [hit.type] : [];
  if (facet === 'group') return hit.group ? [hit.group] : [];
  if (facet === 'review') return hit.reviewed === null ? [] : [reviewState(hit)!];
  return hit.date ? [hit.date.slice(0, 4)] : [];
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
