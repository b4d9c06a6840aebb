/**
 * The domain vocabulary of sanad: the shapes fixed by CONTRACT.md (`sanad extract --json`).
 * Plain, readonly data; no I/O.
 * @module
 */

/** `[start, end]`: UTF-16 offsets into `document.text`, end exclusive. */
export type Span = readonly [start: number, end: number];

export type Precision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'range';

/** A stretch of calendar time; both ends inclusive, ISO `YYYY-MM-DD`. */
export interface Time {
  readonly start: string;
  readonly end: string;
  readonly precision: Precision;
}

/** A numeric range; `null` means unbounded on that side. */
export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
}

export type Qualifier =
  'exact' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'about' | 'range' | 'vague';

export interface Quantity extends Interval {
  readonly text: string;
  readonly span: Span;
  readonly qualifier: Qualifier;
  readonly approximate: boolean;
  /** "people" | "cities" | "percent" | "copies" | … */
  readonly unit: string | null;
  /** The noun phrase counted, e.g. "MEK members and supporters". */
  readonly counted: string | null;
}

export type Calendar = 'gregorian' | 'solar_hijri' | 'lunar_hijri';

export interface DateMention extends Time {
  readonly text: string;
  readonly span: Span;
  readonly calendar: Calendar;
}

export type PlaceKind = 'city' | 'province' | 'country' | 'region' | 'site';

export interface Place {
  readonly text: string;
  readonly span: Span;
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export type EntityKind = 'person' | 'organization';

export interface Entity {
  readonly text: string;
  readonly span: Span;
  /** Canonical name from the registry, or the fullest mention in the document. */
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
}

export type ChainKind = 'outlet' | 'person' | 'organization' | 'account' | 'document';

export interface ChainLink {
  readonly name: string;
  readonly kind: ChainKind;
}

export interface Speaker {
  readonly name: string | null;
  readonly role: string | null;
  readonly organization: string | null;
}

export interface Statement {
  /** The whole statement: attribution and reported words. */
  readonly span: Span;
  readonly quote: string;
  /** Where `quote` stands in the text (an addition to CONTRACT.md, contract 1 allows it). */
  readonly quote_span: Span;
  /** True when the words stand in quotation marks in the text. */
  readonly direct: boolean;
  readonly speaker: Speaker;
  /** The attribution verb, lemmatized: "said", "claimed", … */
  readonly verb: string;
  readonly when: Time | null;
  /** Line of transmission, outermost first: document source, relays, speaker last. */
  readonly chain: readonly ChainLink[];
}

export const EVENT_TYPES = [
  'protest',
  'riot',
  'defiance',
  'arrest',
  'sentence',
  'execution',
  'killing',
  'torture',
  'crackdown',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const COUNT_KEYS = [
  'killed',
  'executed',
  'arrested',
  'sentenced',
  'participants',
  'locations',
  'injured',
  'acts',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export interface SanadEvent {
  readonly type: EventType;
  readonly span: Span;
  readonly summary: string;
  readonly when: Time | null;
  readonly where: readonly string[];
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly counts: Partial<Record<CountKey, Interval>>;
  /** The document's source, or the quoted speaker when the event sits inside a statement. */
  readonly asserted_by: string | null;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem an annotator noticed: recorded, never thrown (vfile-message style). */
export interface Diagnostic {
  /** The annotator or stage that reported it, e.g. "dates". */
  readonly source: string;
  /** A stable rule id, e.g. "ambiguous-place". */
  readonly ruleId: string;
  readonly place: Span | null;
  readonly severity: Severity;
  readonly message: string;
  readonly actual?: string;
  readonly expected?: string;
}

/** Everything the pipeline finds in one document. */
export interface Extraction {
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  readonly places: readonly Place[];
  readonly entities: readonly Entity[];
  readonly statements: readonly Statement[];
  readonly events: readonly SanadEvent[];
  readonly diagnostics: readonly Diagnostic[];
}

/** An extraction that found nothing, with `parts` laid over it: a pipeline stub's result, a test's. */
export function emptyExtraction(parts: Partial<Extraction> = {}): Extraction {
  return {
    quantities: [],
    dates: [],
    places: [],
    entities: [],
    statements: [],
    events: [],
    diagnostics: [],
    ...parts,
  };
}

/** A cleaned, normalized document: what the ledger stores and every span points into. */
export interface SanadDocument {
  /** `sha256:` + hex of the UTF-8 cleaned text. */
  readonly id: string;
  /** The argument it was read from (path or URL), or null. */
  readonly file: string | null;
  readonly title: string | null;
  readonly published: Time | null;
  /** ISO 639-1. */
  readonly language: string;
  readonly source: string | null;
  readonly author: string | null;
  /** The web address it was read from or states (front matter `url`), when known. */
  readonly url?: string;
  readonly text: string;
  /** `sha256:` + hex of the raw bytes as read. */
  readonly raw_hash: string;
  /** "text/plain" | "text/markdown" | "text/html" */
  readonly media_type: string;
}
