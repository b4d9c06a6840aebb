/**
 * Scores the quantities annotator on Microsoft Recognizers-Text's English number, number-range
 * and percent specs (../shared/corpus/recognizers, MIT), and its Persian number-word reader
 * on the persian-tools pairs (../shared/corpus/persian-pairs). Evaluation only: reads the
 * corpus from disk and ships none of it.
 *
 * A spec result is found when a quantity has the same span and the same interval; a second
 * row counts the value alone, whatever the span. The specs are unit tests of a number
 * recognizer, not news: they expect every number ("the May 4th" no, but "5/17/2018" yes, and
 * "one" alone), while sanad leaves out dates, phone numbers, fractions and "one" without a
 * noun by contract, so a miss here is not always a defect.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asciiDigits } from '../core/text.js';
import type { Quantity } from '../core/types.js';
import { findQuantities, parseNumberWords } from '../extract/annotators/quantities/index.js';
import { printScore } from './newsquant.js';
import { fieldScore, type CorpusScore, type FieldScore, type Scorer } from './score.js';

interface SpecResult {
  readonly Text: string;
  readonly Start: number;
  /** Inclusive. */
  readonly End: number;
  readonly Resolution?: { readonly value?: string | null };
}

interface Spec {
  readonly Input: string;
  readonly Results: readonly SpecResult[];
  readonly NotSupported?: string;
}

interface Expected {
  readonly start: number;
  readonly end: number;
  readonly low: number | null;
  readonly high: number | null;
}

const INTERVAL = /^([[(])\s*(-?[\d.eE+]*)\s*,\s*(-?[\d.eE+]*)\s*([\])])$/;

/** "(20,35]" → low 20, high 35; "[30,)" → low 30, high null. Open or closed ends are not compared. */
function interval(value: string): { low: number | null; high: number | null } | null {
  const match = INTERVAL.exec(value);
  if (!match) return null;
  const low = match[2] ? Number(match[2]) : null;
  const high = match[3] ? Number(match[3]) : null;
  return { low, high };
}

function expected(result: SpecResult, kind: 'number' | 'range' | 'percent'): Expected | null {
  const value = result.Resolution?.value;
  if (value === null || value === undefined) return null;
  const span = { start: result.Start, end: result.End + 1 };
  if (kind === 'range') {
    const bounds = interval(value);
    return bounds ? { ...span, ...bounds } : null;
  }
  const number = Number(value.replace(/%$/, ''));
  return Number.isFinite(number) ? { ...span, low: number, high: number } : null;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

function sameInterval(e: Expected, q: Quantity): boolean {
  return close(e.low, q.low) && close(e.high, q.high);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Span+interval and interval-only tallies over one spec file. */
function scoreSpecs(specs: readonly Spec[], kind: 'number' | 'range' | 'percent'): [Tally, Tally, string[]] {
  const strict: Tally = { tp: 0, fp: 0, fn: 0 };
  const loose: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const spec of specs) {
    const gold = spec.Results.map((r) => expected(r, kind)).filter((e): e is Expected => e !== null);
    const found = findQuantities(spec.Input);
    for (const [tally, matches] of [
      [
        strict,
        (e: Expected, q: Quantity) => q.span[0] === e.start && q.span[1] === e.end && sameInterval(e, q),
      ],
      [loose, sameInterval],
    ] as const) {
      const used = new Set<number>();
      for (const e of gold) {
        const index = found.findIndex((q, i) => !used.has(i) && matches(e, q));
        if (index >= 0) used.add(index);
      }
      tally.tp += used.size;
      tally.fp += found.length - used.size;
      tally.fn += gold.length - used.size;
      if (tally === strict && (used.size < gold.length || found.length > used.size)) misses.push(spec.Input);
    }
  }
  return [strict, loose, misses];
}

function readSpecs(file: string): Spec[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Spec[];
}

/** The Recognizers-Text English numbers, number ranges and percents. */
export const recognizersNumbersScorer: Scorer = {
  name: 'recognizers-numbers',
  bundled: false,
  async score(sharedCorpus) {
    if (!sharedCorpus) return null;
    const folder = join(sharedCorpus, 'recognizers', 'Specs', 'Number', 'English');
    const scores: FieldScore[] = [];
    const notes: string[] = [];
    try {
      for (const [file, kind] of [
        ['NumberModel.json', 'number'],
        ['NumberRangeModel.json', 'range'],
        ['PercentModel.json', 'percent'],
      ] as const) {
        const specs = readSpecs(join(folder, file));
        const [strict, loose, misses] = scoreSpecs(specs, kind);
        scores.push(fieldScore(`${kind} span+interval`, strict.tp, strict.fp, strict.fn));
        scores.push(fieldScore(`${kind} interval`, loose.tp, loose.fp, loose.fn));
        notes.push(`${file}: ${specs.length} cases, ${misses.length} with a miss or an extra`);
      }
    } catch {
      return null;
    }
    notes.push(
      'specs for a number recognizer: sanad leaves out dates, phone numbers, fractions and a bare "one" by contract',
    );
    const result: CorpusScore = { corpus: 'recognizers', scores, notes };
    return result;
  },
};

interface Pair {
  readonly input: string;
  readonly options: string | null;
  readonly expected: string;
}

/** The persian-tools number-word pairs: the value `parseNumberWords` reads must be the expected one. */
export const persianNumberWordsScorer: Scorer = {
  name: 'persian-number-words',
  bundled: false,
  async score(sharedCorpus) {
    if (!sharedCorpus) return null;
    let pairs: Pair[];
    try {
      const file = join(sharedCorpus, 'persian-pairs', 'persian-tools-wordsToNumber-pairs.json');
      pairs = JSON.parse(readFileSync(file, 'utf8')) as Pair[];
    } catch {
      return null;
    }
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let conventions = 0;
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const pair of pairs) {
      // Options only change how the library writes its answer (digits, commas): one case per input.
      const value = Number(asciiDigits(pair.expected).replace(/,/g, ''));
      const key = `${pair.input}\u0000${value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const read = parseNumberWords(asciiDigits(pair.input));
      if (read === null && value === 0 && !/\d|صفر/.test(asciiDigits(pair.input))) {
        // persian-tools answers 0 for text that is not a number; sanad answers null.
        conventions++;
        continue;
      }
      if (read !== null && Math.abs(read - value) < 1e-9) tp++;
      else {
        if (read !== null) fp++;
        fn++;
        wrong.push(`${pair.input} → ${String(read)} (expected ${value})`);
      }
    }
    const result: CorpusScore = {
      corpus: 'persian-pairs',
      scores: [fieldScore('persian number words', tp, fp, fn)],
      notes: [
        `${seen.size} distinct pairs; ${conventions} skipped: not a number, where persian-tools answers 0 and sanad null`,
        ...wrong.map((line) => `wrong: ${line}`),
      ],
    };
    return result;
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const shared = process.argv[2] ?? '../shared/corpus';
  for (const scorer of [recognizersNumbersScorer, persianNumberWordsScorer]) {
    const result = await scorer.score(shared);
    if (result) printScore(result);
    else console.error(`Cannot run scorer "${scorer.name}": ${shared} lacks its corpus`);
  }
}
