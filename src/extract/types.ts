/**
 * The extraction pipeline's ports: annotators find one kind of thing each and know
 * nothing of each other; composers build statements and events from their output.
 * @module
 */
import type {
  DateMention,
  Diagnostic,
  Entity,
  Place,
  Quantity,
  SanadEvent,
  Span,
  Statement,
  Time,
} from '../core/types.js';

/** What annotators read: the document text plus derived views. Spans index `text`. */
export interface AnalysisInput {
  /** The cleaned document text; every span points into it. */
  readonly text: string;
  /** `text` with Persian and Arabic-Indic digits as ASCII digits; same length as `text`. */
  readonly analysisText: string;
  /** ISO 639-1 of the document ("en", "fa", …). */
  readonly language: string;
  /** Publication date, for resolving relative dates; null when unknown. */
  readonly published: Time | null;
  /** The document's own outlet (source registry name), when known. */
  readonly source: string | null;
  /**
   * The document's author, when known: who tells what it reports when no outlet is known (a
   * signed commentary on a site sanad does not recognize).
   */
  readonly author?: string | null;
  /** Sentence spans, in order, covering the text. */
  readonly sentences: readonly Span[];
}

/** Everything annotators produce, by kind. */
export interface Annotations {
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  readonly places: readonly Place[];
  readonly entities: readonly Entity[];
}

export type AnnotationKind = keyof Annotations;

/** Collects problems instead of throwing (see Diagnostic). */
export type Report = (diagnostic: Omit<Diagnostic, 'source'>) => void;

/** Finds one kind of thing in a document. */
export interface Annotator<K extends AnnotationKind = AnnotationKind> {
  /** Stable name, used as the `source` of its diagnostics. */
  readonly name: string;
  /** Bumped whenever its output for some input changes. */
  readonly version: string;
  /** Which annotation list it fills. */
  readonly kind: K;
  /** Returns the items found, sorted by span start; must never throw on any text. */
  annotate(input: AnalysisInput, report: Report): Annotations[K];
  /** Reads the data files it needs; see {@link Pipeline.use}. */
  prepare?(): void;
}

/** What composers read: the input, all annotations, and what earlier composers built. */
export interface CompositionInput extends AnalysisInput {
  readonly annotations: Annotations;
  readonly statements: readonly Statement[];
}

export interface Composition {
  readonly statements?: readonly Statement[];
  readonly events?: readonly SanadEvent[];
}

/** Builds statements or events from annotations. */
export interface Composer {
  readonly name: string;
  readonly version: string;
  compose(input: CompositionInput, report: Report): Composition;
  /** Reads the data files it needs; see {@link Pipeline.use}. */
  prepare?(): void;
}
