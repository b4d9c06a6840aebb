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
  /** Once the JIT has settled (see {@link steadyRate}): the rate an ingest of many megabytes runs at. */
  readonly extractMbS: number;
  readonly compromiseMbS: number;
  /**
   * The first pass: in a process that has not run the pipeline before, the JIT is still
   * compiling, and this is what one megabyte alone would see.
   */
  readonly coldExtractMbS: number;
  readonly coldCompromiseMbS: number;
  /** How many passes over the texts each took to settle. */
  readonly extractPasses: number;
  readonly compromisePasses: number;
}

/** How many passes {@link steadyRate} makes at least and at most. */
export interface PassLimits {
  readonly min: number;
  readonly max: number;
}

const defaultPasses: PassLimits = { min: 6, max: 16 };

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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Runs `pass` (one pass over `mb` megabytes) until its rate stops rising, and returns the first
 * pass's rate and the settled rate, the median of the last three passes. V8 compiles hot code
 * on a background thread whose CPU time this process pays: for a pipeline of many rules that
 * takes several megabytes, so the second pass is still far from what the fiftieth runs at.
 * "Stops rising" is a median of three passes no more than 3% above the median of the three
 * before them. Single passes dip as the JIT works (a collection, code thrown away and compiled
 * again): comparing one pass with those before stopped the pipeline's measure on such a dip, at
 * the sixth of passes that ran 0.55, 1.41, 2.07, 2.40, 2.86, 2.37, 2.81, 3.20, 3.02, 3.27, 3.26
 * MB/s, and reported 2.40.
 */
export function steadyRate(
  pass: () => void,
  mb: number,
  limits: PassLimits = defaultPasses,
): { cold: number; steady: number; passes: number } {
  const rates: number[] = [];
  while (rates.length < limits.max) {
    rates.push(mb / cpuSeconds(pass));
    if (rates.length < Math.max(limits.min, 6)) continue;
    if (median(rates.slice(-3)) <= 1.03 * median(rates.slice(-6, -3))) break;
  }
  return { cold: rates[0] ?? 0, steady: median(rates.slice(-3)), passes: rates.length };
}

/**
 * Times `pipeline` and compromise over the same `texts` in CPU seconds, each after one warm-up
 * document (so that loading rules and lexicons is not counted), cold on the first pass and
 * settled once their rates stop rising.
 */
export function measureExtractionSpeed(
  pipeline: Pipeline,
  texts: readonly string[],
  limits: PassLimits = defaultPasses,
): ExtractionSpeed {
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
  const mb = bytes / 1e6;
  const sanad = steadyRate(() => texts.forEach(extract), mb, limits);
  const baseline = steadyRate(() => texts.forEach(compromise), mb, limits);
  return {
    mb,
    extractMbS: sanad.steady,
    compromiseMbS: baseline.steady,
    coldExtractMbS: sanad.cold,
    coldCompromiseMbS: baseline.cold,
    extractPasses: sanad.passes,
    compromisePasses: baseline.passes,
  };
}

/**
 * CPU seconds spent in each stage over `texts`, the stages wrapped in timers and run in order as
 * one pipeline, so that composers see their real inputs: the mean over the last half of
 * `passes` passes, once the JIT has settled. CPU time, not wall-clock time, so that other
 * processes on a shared machine count less.
 */
export function measureStageSeconds(
  stages: readonly (Annotator | Composer)[],
  texts: readonly string[],
  passes = 8,
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
  const timedPasses = Math.max(1, Math.floor(passes / 2));
  for (let pass = 0; pass < passes; pass++) {
    if (pass === passes - timedPasses) seconds.clear();
    texts.forEach(run);
  }
  for (const [stage, total] of seconds) seconds.set(stage, total / timedPasses);
  return seconds;
}
