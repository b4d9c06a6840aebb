/**
 * The extraction processor: configured with `use()`, frozen on first run, then applied to
 * documents. The default order of stages is written once, in `default-preset.ts`.
 * @module
 */
import type { Diagnostic, Extraction, SanadDocument, SanadEvent, Statement } from '../core/types.js';
import { asciiDigits } from '../core/text.js';
import { splitSentences } from './sentences.js';
import type { AnalysisInput, Annotations, Annotator, Composer, Report } from './types.js';

export interface Pipeline {
  /** Adds an annotator or composer; throws once the pipeline has run. */
  use(stage: Annotator | Composer): Pipeline;
  /** Runs every stage on one document; never throws for a document's content. */
  run(document: Pick<SanadDocument, 'text' | 'language' | 'published' | 'source'>): Extraction;
  /** `name@version` of every stage, in order: the extractor's version. */
  readonly version: string;
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
      if (isAnnotator(stage)) annotators.push(stage);
      else composers.push(stage);
      return pipeline;
    },
    get version() {
      return [...annotators, ...composers].map((s) => `${s.name}@${s.version}`).join(',');
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
      const annotations = found as unknown as Annotations;
      let statements: Statement[] = [];
      const events: SanadEvent[] = [];
      for (const composer of composers) {
        const report = reporter(composer.name, diagnostics);
        const out = guard(
          composer.name,
          report,
          () => composer.compose({ ...input, annotations, statements }, report),
          {},
        );
        if (out.statements) statements = [...statements, ...out.statements];
        if (out.events) events.push(...out.events);
      }
      return { ...annotations, statements, events, diagnostics };
    },
  };
  return pipeline;
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
