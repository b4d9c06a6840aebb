/**
 * Builders for the events composer's tests: annotations written by hand against a
 * sentence, located by their surface text, so a test reads like the sentence it checks.
 * @module
 */
import { asciiDigits } from '../../../core/text.js';
import type {
  DateMention,
  Entity,
  Place,
  PlaceKind,
  Precision,
  Quantity,
  Qualifier,
  Span,
  Statement,
  Time,
} from '../../../core/types.js';
import { splitSentences } from '../../sentences.js';
import type { CompositionInput } from '../../types.js';

/** The span of the `nth` occurrence (from 0) of `surface` in `text`; throws when absent. */
export function spanOf(text: string, surface: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new RangeError(`Cannot find "${surface}" (occurrence ${nth}) in the test text`);
  }
  return [at, at + surface.length];
}

export function quantity(
  text: string,
  surface: string,
  low: number | null,
  high: number | null,
  options: { unit?: string | null; counted?: string | null; qualifier?: Qualifier; nth?: number } = {},
): Quantity {
  return {
    text: surface,
    span: spanOf(text, surface, options.nth),
    low,
    high,
    qualifier: options.qualifier ?? 'exact',
    approximate: false,
    unit: options.unit === undefined ? 'people' : options.unit,
    counted: options.counted ?? null,
  };
}

export function date(
  text: string,
  surface: string,
  start: string,
  end = start,
  precision: Precision = 'day',
  nth = 0,
): DateMention {
  return { text: surface, span: spanOf(text, surface, nth), start, end, precision, calendar: 'gregorian' };
}

export function place(
  text: string,
  surface: string,
  name: string,
  kind: PlaceKind = 'city',
  country: string | null = 'IR',
  nth = 0,
): Place {
  return { text: surface, span: spanOf(text, surface, nth), name, kind, country, lat: null, lon: null };
}

export function entity(
  text: string,
  surface: string,
  name: string,
  kind: Entity['kind'] = 'organization',
  nth = 0,
): Entity {
  return { text: surface, span: spanOf(text, surface, nth), name, kind, aliases: [] };
}

/** A statement whose reported words are `quote` and whose whole extent is `whole`. */
export function statement(text: string, whole: string, quote: string, speaker: string): Statement {
  const span = spanOf(text, whole);
  const inner = text.indexOf(quote, span[0]);
  if (inner < 0) throw new RangeError(`Cannot find "${quote}" inside "${whole}" in the test text`);
  return {
    span,
    quote,
    quote_span: [inner, inner + quote.length],
    direct: false,
    speaker: { name: speaker, role: null, organization: null },
    verb: 'said',
    when: null,
    chain: [],
  };
}

export interface TestAnnotations {
  readonly quantities?: readonly Quantity[];
  readonly dates?: readonly DateMention[];
  readonly places?: readonly Place[];
  readonly entities?: readonly Entity[];
  readonly statements?: readonly Statement[];
  readonly language?: string;
  readonly source?: string | null;
  readonly published?: Time | null;
}

/** What the pipeline would hand the composer for `text` with these annotations. */
export function compositionInput(text: string, annotations: TestAnnotations = {}): CompositionInput {
  const language = annotations.language ?? 'en';
  return {
    text,
    analysisText: asciiDigits(text),
    language,
    published: annotations.published ?? null,
    source: annotations.source === undefined ? 'Test Agency' : annotations.source,
    sentences: splitSentences(text, language),
    annotations: {
      quantities: annotations.quantities ?? [],
      dates: annotations.dates ?? [],
      places: annotations.places ?? [],
      entities: annotations.entities ?? [],
    },
    statements: annotations.statements ?? [],
  };
}
