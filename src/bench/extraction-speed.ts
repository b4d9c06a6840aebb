/**
 * The extraction figures of `npm run bench`: sanad's whole extraction pipeline and, on the
 * very same English texts in the same run, compromise's people, places, organizations and
 * numbers, the baseline the pipeline is asked to beat tenfold.
 * @module
 */
import nlp from 'compromise';
import { createPipeline, type Annotator, type Composer, type Pipeline } from '../extract/index.js';

export interface ExtractionSpeed {
  /** Megabytes (10^6 bytes of UTF-8) both were timed on. */
  readonly mb: number;
  /** The second pass over the texts: the rate an ingest of many megabytes runs at. */
  readonly extractMbS: number;
  readonly compromiseMbS: number;
  /** The first pass, while the JIT is still compiling: what one megabyte alone would see. */
  readonly coldExtractMbS: number;
  readonly coldCompromiseMbS: number;
}

/**
 * CPU seconds of this process (user + system) spent in `work`: on a machine others share, wall
 * time counts their work too, and both sides of the comparison are timed alike.
 */
function cpuSeconds(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/**
 * Times `pipeline` and compromise over the same `texts` in CPU seconds, each in two passes after
 * one warm-up document (so that loading rules and lexicons is not counted): the first pass still
 * pays for compiling hot code, the second runs as an ingest of many megabytes does.
 */
export function measureExtractionSpeed(pipeline: Pipeline, texts: readonly string[]): ExtractionSpeed {
  const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
  const extract = (text: string): void =>
    void pipeline.run({ text, language: 'en', published: null, source: null });
  const compromise = (text: string): void => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.numbers().out('array');
  };
  const warmUp = texts[0] ?? '';
  extract(warmUp);
  compromise(warmUp);
  const coldExtractSeconds = cpuSeconds(() => texts.forEach(extract));
  const extractSeconds = cpuSeconds(() => texts.forEach(extract));
  const coldCompromiseSeconds = cpuSeconds(() => texts.forEach(compromise));
  const compromiseSeconds = cpuSeconds(() => texts.forEach(compromise));
  const mb = bytes / 1e6;
  return {
    mb,
    extractMbS: mb / extractSeconds,
    compromiseMbS: mb / compromiseSeconds,
    coldExtractMbS: mb / coldExtractSeconds,
    coldCompromiseMbS: mb / coldCompromiseSeconds,
  };
}

/**
 * CPU seconds spent in each stage over `texts` (after one warm-up document), the stages wrapped
 * in timers and run in order as one pipeline, so that composers see their real inputs. CPU
 * time, not wall-clock time, so that other processes on a shared machine count less.
 */
export function measureStageSeconds(
  stages: readonly (Annotator | Composer)[],
  texts: readonly string[],
): Map<string, number> {
  const seconds = new Map<string, number>();
  const timed = <A extends unknown[], R>(name: string, work: (...args: A) => R) => {
    return (...args: A): R => {
      const started = process.cpuUsage();
      try {
        return work(...args);
      } finally {
        const used = process.cpuUsage(started);
        seconds.set(name, (seconds.get(name) ?? 0) + (used.user + used.system) / 1e6);
      }
    };
  };
  const pipeline = createPipeline();
  for (const stage of stages) {
    if ('annotate' in stage)
      pipeline.use({ ...stage, annotate: timed(stage.name, stage.annotate.bind(stage)) });
    else pipeline.use({ ...stage, compose: timed(stage.name, stage.compose.bind(stage)) });
  }
  const run = (text: string): void =>
    void pipeline.run({ text, language: 'en', published: null, source: null });
  run(texts[0] ?? '');
  seconds.clear();
  texts.forEach(run);
  return seconds;
}
