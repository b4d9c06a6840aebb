/**
 * The extraction processor: configured with `use()`, frozen on first run, then applied to
 * documents. The default order of stages is written once, in `default-preset.ts`. Places named
 * inside a person's or an organization's name are dropped before the composers run.
 * @module
 */
import type { Diagnostic, Extraction, SanadDocument, SanadEvent, Statement } from '../core/types.js';
import { asciiDigits } from '../core/text.js';
import { withoutNestedPlaces } from './nested-places.js';
import { splitSentences } from './sentences.js';
import type { AnalysisInput, Annotations, Annotator, Composer, CompositionInput, Report } from './types.js';

export interface Pipeline {
  /**
   * Adds an annotator or composer; throws once the pipeline has run. A stage that reads data files
   * reads them now (`prepare`), and an Error naming a file it cannot read is thrown here: a stage
   * that failed on every document instead would only report it in each one's diagnostics, and the
   * ledger would hold extractions without its items under its version.
   */
  use(stage: Annotator | Composer): Pipeline;
  /** Runs every stage on one document; never throws for a document's content. */
  run(
    document: Pick<SanadDocument, 'text' | 'language' | 'published' | 'source'> &
      Partial<Pick<SanadDocument, 'author'>>,
  ): Extraction;
  /** `name@version` of every stage, in order: the extractor's version. */
  readonly version: string;
}

/** The pipeline's own step between annotators and composers (see nested-places.ts), versioned like a stage. */
const NESTED_PLACES_STEP = 'nested-places@1.1.0';

function stageVersion(stage: Annotator | Composer): string {
  return `${stage.name}@${stage.version}`;
}

function isAnnotator(stage: Annotator | Composer): stage is Annotator {
  return 'annotate' in stage;
}

export function createPipeline(): Pipeline {
  const annotators: Annotator[] = [];
  const composers: Composer[] = [];
  let frozen = false;

  const pipeline: Pipeline = {
    use(stage) {
      if (frozen) {
        throw new TypeError(`Cannot add stage "${stage.name}": the pipeline has already run and is frozen`);
      }
      stage.prepare?.();
      if (isAnnotator(stage)) annotators.push(stage);
      else composers.push(stage);
      return pipeline;
    },
    get version() {
      const stages = [...annotators.map(stageVersion), NESTED_PLACES_STEP, ...composers.map(stageVersion)];
      return stages.join(',');
    },
    run(document) {
      frozen = true;
      const diagnostics: Diagnostic[] = [];
      const input: AnalysisInput = {
        text: document.text,
        analysisText: asciiDigits(document.text),
        language: document.language,
        published: document.published,
        source: document.source,
        author: document.author ?? null,
        sentences: splitSentences(document.text, document.language),
      };
      const found: Record<keyof Annotations, unknown[]> = {
        quantities: [],
        dates: [],
        places: [],
        entities: [],
      };
      for (const annotator of annotators) {
        const report = reporter(annotator.name, diagnostics);
        found[annotator.kind].push(
          ...guard(annotator.name, report, () => annotator.annotate(input, report), []),
        );
      }
      const annotated = found as unknown as Annotations;
      const annotations: Annotations = {
        ...annotated,
        places: withoutNestedPlaces(document.text, annotated.places, annotated.entities),
      };
      let statements: Statement[] = [];
      const events: SanadEvent[] = [];
      for (const composer of composers) {
        const report = reporter(composer.name, diagnostics);
        const out = guard(
          composer.name,
          report,
          () => composer.compose(compositionInput(input, annotations, statements), report),
          {},
        );
        if (out.statements) statements = [...statements, ...out.statements];
        if (out.events) events.push(...out.events);
      }
      // Spelled out, not spread, as compositionInput is; in the order the extraction is serialized.
      return {
        quantities: annotations.quantities,
        dates: annotations.dates,
        places: annotations.places,
        entities: annotations.entities,
        statements,
        events,
        diagnostics,
      };
    },
  };
  return pipeline;
}

/** The input spelled out field by field: spreading it cost more than the literal, on every document. */
function compositionInput(
  input: AnalysisInput,
  annotations: Annotations,
  statements: readonly Statement[],
): CompositionInput {
  return {
    text: input.text,
    analysisText: input.analysisText,
    language: input.language,
    published: input.published,
    source: input.source,
    author: input.author ?? null,
    sentences: input.sentences,
    annotations,
    statements,
  };
}

function reporter(source: string, sink: Diagnostic[]): Report {
  return (diagnostic) => sink.push({ source, ...diagnostic });
}

/** A stage that throws loses its output for this document, not the document. */
function guard<T>(name: string, report: Report, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    report({
      ruleId: 'stage-failed',
      place: null,
      severity: 'error',
      message: `Cannot run stage "${name}": ${error instanceof Error ? error.message : String(error)}`,
    });
    return fallback;
  }
}
