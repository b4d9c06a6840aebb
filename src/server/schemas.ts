/**
 * The shapes the API answers with, as zod schemas: they validate nothing at run time on the way
 * out, but they type the handlers and write the response half of docs/openapi.json.
 * The shapes follow CONTRACT.md; field names are the contract's.
 * @module
 */
import { z } from '@hono/zod-openapi';
import { COUNT_KEYS, EVENT_TYPES } from '../core/types.js';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'SANAD_NOT_FOUND' }),
      message: z.string().openapi({
        example: 'Cannot find document "sha256:ab12": no such id in the store',
      }),
    }),
  })
  .openapi('Error');

export const Span = z.tuple([z.number().int(), z.number().int()]).readonly().openapi('Span');

/** Arrays in answers are read-only, as sanad's values are. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

export const Precision = z.enum(['day', 'week', 'month', 'season', 'year', 'decade', 'range']);

export const Time = z.object({ start: z.string(), end: z.string(), precision: Precision }).openapi('Time');

export const Interval = z
  .object({ low: z.number().nullable(), high: z.number().nullable() })
  .openapi('Interval');

export const EventType = z.enum(EVENT_TYPES).openapi('EventType');

const Quantity = z.object({
  text: z.string(),
  span: Span,
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.enum(['exact', 'more_than', 'at_least', 'less_than', 'at_most', 'about', 'range', 'vague']),
  approximate: z.boolean(),
  unit: z.string().nullable(),
  counted: z.string().nullable(),
});

const DateMention = Time.extend({
  text: z.string(),
  span: Span,
  calendar: z.enum(['gregorian', 'solar_hijri', 'lunar_hijri']),
});

const PlaceKind = z.enum(['city', 'province', 'country', 'region', 'site']);

const Place = z.object({
  text: z.string(),
  span: Span,
  name: z.string(),
  kind: PlaceKind,
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

const Entity = z.object({
  text: z.string(),
  span: Span,
  name: z.string(),
  kind: z.enum(['person', 'organization']),
  aliases: list(z.string()),
});

const ChainLink = z.object({
  name: z.string(),
  kind: z.enum(['outlet', 'person', 'organization', 'account', 'document']),
});

const Speaker = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
});

export const Statement = z
  .object({
    span: Span,
    quote: z.string(),
    quote_span: Span,
    direct: z.boolean(),
    speaker: Speaker,
    verb: z.string(),
    when: Time.nullable(),
    chain: list(ChainLink),
  })
  .openapi('Statement');

const Counts = z.partialRecord(z.enum(COUNT_KEYS), Interval);

export const Event = z
  .object({
    type: EventType,
    span: Span,
    summary: z.string(),
    when: Time.nullable(),
    where: list(z.string()),
    actors: list(z.string()),
    targets: list(z.string()),
    counts: Counts,
    asserted_by: z.string().nullable(),
  })
  .openapi('Event');

const Diagnostic = z.object({
  source: z.string(),
  ruleId: z.string(),
  place: Span.nullable(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  actual: z.string().optional(),
  expected: z.string().optional(),
});

const DocumentFields = {
  id: z
    .string()
    .openapi({ example: 'sha256:0e33c350fc32a3cbd41796861a85b4a75a06173af2bc8898da39edffce322f38' }),
  file: z.string().nullable(),
  title: z.string().nullable(),
  published: Time.nullable(),
  language: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  raw_hash: z.string(),
  media_type: z.string(),
};

export const ListedDocument = z
  .object({ ...DocumentFields, seq: z.number().int(), chars: z.number().int() })
  .openapi('ListedDocument');

export const DocumentView = z
  .object({
    document: z.object({ ...DocumentFields, text: z.string() }),
    extraction: z
      .object({
        extractor: z.string(),
        quantities: list(Quantity),
        dates: list(DateMention),
        places: list(Place),
        entities: list(Entity),
        statements: list(Statement.extend({ id: z.string() })),
        events: list(Event.extend({ id: z.string() })),
        diagnostics: list(Diagnostic),
      })
      .nullable(),
    seq: z.number().int().openapi({ description: 'The ledger entry that added the document' }),
  })
  .openapi('DocumentView');

/** A statement or event with its id, document, and the text its span covers. */
const Located = { id: z.string(), document: z.string(), evidence: z.string().nullable() };

export const StatementView = Statement.extend(Located).openapi('StatementView');
export const EventView = Event.extend(Located).openapi('EventView');
export const ListedEvent = Event.extend({ id: z.string(), document: z.string() }).openapi('ListedEvent');

const Hit = z.object({
  kind: z.enum(['document', 'statement', 'event']),
  id: z.string(),
  document: z.string(),
  title: z.string().nullable(),
  snippet: z.string().openapi({ description: 'Plain text around the first match; never markup' }),
  published: z.string().nullable(),
  source: z.string().nullable(),
  language: z.string(),
  score: z.number(),
  date: z.string().nullable(),
  type: EventType.nullable(),
  where: list(z.string()),
  speaker: z.string().nullable(),
  group: z.string().nullable().openapi({ description: "The affiliation group of the document's source" }),
  reviewed: z.boolean().nullable().openapi({
    description: 'Whether an analyst reviewed it, or a proposition holding it; null for a document',
  }),
});

const Tally = z.record(z.string(), z.number().int());

export const Timeline = z
  .object({
    bucket: z.enum(['day', 'week', 'month', 'year']),
    buckets: list(
      z.object({
        start: z.string(),
        end: z.string(),
        total: z.number().int(),
        counts: z.partialRecord(EventType, z.number().int()),
      }),
    ),
    types: list(EventType),
    undated: z.number().int(),
  })
  .openapi('Timeline');

const MapPoint = z.object({
  name: z.string(),
  fa: z.string().nullable(),
  kind: PlaceKind,
  country: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
});

export const EventMap = z
  .object({
    places: list(
      MapPoint.extend({ count: z.number().int(), counts: z.partialRecord(EventType, z.number().int()) }),
    ),
    unlocated: z.number().int(),
    events: z.number().int(),
  })
  .openapi('EventMap');

export const BasePlaces = z.object({ places: list(MapPoint) }).openapi('BasePlaces');

export const IngestResult = z
  .object({
    input: z.string(),
    status: z.enum(['added', 'duplicate', 'reextracted']),
    id: z.string(),
    head: z.string(),
  })
  .openapi('IngestResult');

const ReviewSummary = z
  .object({
    decision: z.enum(['accepted', 'rejected', 'edited']),
    reason: z.string(),
    edit: z.record(z.string(), z.unknown()).optional(),
    at: z.string(),
  })
  .openapi('ReviewSummary');

export const Review = z
  .object({
    seq: z.number().int().openapi({ description: 'The ledger entry that recorded it' }),
    at: z.string(),
    target: z.string().openapi({ example: 'pr_3f2a91b07c1d4e55' }),
    decision: z.enum(['accept', 'reject', 'edit']),
    edit: z.record(z.string(), z.unknown()).nullable(),
    reason: z.string(),
  })
  .openapi('Review');

const MeasureKey = z.enum(COUNT_KEYS);

const Assertion = z
  .object({
    id: z.string(),
    event: z.string(),
    statement: z.string().nullable(),
    document: z.string(),
    type: EventType,
    measure: MeasureKey.nullable(),
    when: Time.nullable(),
    where: list(z.string()),
    actors: list(z.string()),
    targets: list(z.string()),
    holder: z.string(),
    group: z.string(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    chain: list(ChainLink),
    evidence: z.string(),
    counted: z.boolean().openapi({ description: 'False when a review rejected it' }),
    edited: Interval.nullable().openapi({ description: "An edit's figure, beside the original" }),
    review: ReviewSummary.nullable(),
  })
  .openapi('Assertion');

export const Proposition = z
  .object({
    id: z.string().openapi({ example: 'pr_3f2a91b07c1d4e55' }),
    type: EventType,
    measure: MeasureKey.nullable(),
    when: Time.nullable(),
    where: list(z.string()),
    range: Interval,
    contested: z.boolean(),
    corroboration: z.number().int(),
    groups: list(z.string()),
    admission_against_interest: z.boolean(),
    admissions: list(z.string()),
    review: ReviewSummary.nullable(),
    assertions: list(Assertion),
  })
  .openapi('Proposition');

export const PropositionView = Proposition.extend({ reviews: list(Review) }).openapi('PropositionView');

const PropositionHit = Proposition.omit({ assertions: true })
  .extend({ kind: z.literal('proposition'), assertions: z.number().int() })
  .openapi('PropositionHit');

export const SearchResults = z
  .object({
    query: z.string(),
    documents: list(Hit),
    statements: list(Hit),
    events: list(Hit),
    propositions: list(PropositionHit).openapi({
      description: 'Propositions grouping the events found, contested first; not in facets or total',
    }),
    facets: z.object({
      kind: Tally,
      language: Tally,
      source: Tally,
      group: Tally,
      type: Tally,
      year: Tally,
      review: Tally,
    }),
    total: z.number().int(),
  })
  .openapi('SearchResults');
