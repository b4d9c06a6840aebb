/**
 * Scores the quantities annotator on NewsQuant (CQE, EMNLP 2023: 590 English news sentences,
 * 904 quantities) and prints the paper's published scores beside it. Evaluation only: reads
 * ../shared/corpus/newsquant and ships none of it.
 *
 * Per sentence, predictions are matched one to one to gold by value (relative tolerance
 * 1e-5; a range by both ends). Then value+qualifier (`=` exact, `~` about or vague, `>` more
 * than or at least, `<` less than or at most, `a-b` range), value+unit (lenient: a gold unit
 * word among sanad's unit and counted words) and value+concept (a word of the gold
 * `referred_concepts` in sanad's counted phrase). NewsQuant also counts durations, ages and
 * years ("15 years", "15 year-old"), which sanad leaves out by contract, and marks changes
 * (`up`, `down`), which sanad does not model; the "in scope" rows drop those gold items and
 * take a change's amount as exact, so both views are printed.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quantity } from '../core/types.js';
import { findQuantities } from '../extract/annotators/quantities/index.js';
import { fieldScore, type CorpusScore, type FieldScore, type Scorer } from './score.js';

interface GoldQuantity {
  readonly change: string;
  readonly value: string;
  readonly unit: string;
  readonly normalized_unit: string;
  readonly referred_concepts: string;
}

interface Sentence {
  readonly text: string;
  readonly quantities: readonly GoldQuantity[];
}

interface Gold {
  readonly low: number;
  readonly high: number;
  readonly change: string;
  readonly unit: string;
  readonly concept: string;
  /** A duration, age or year: not a count by sanad's contract. */
  readonly outOfScope: boolean;
}

/** Gold normalized units that are durations, ages or points in time. */
const OUT_OF_SCOPE_UNITS = new Set([
  'year of age',
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'decade',
  'century',
  'millisecond',
  'quarter',
]);

/** Words that name the same unit in NewsQuant's gold and in sanad's output. */
const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  '%': 'percent',
  percentage: 'percent',
  pct: 'percent',
  $: 'dollars',
  dollar: 'dollars',
  usd: 'dollars',
  euro: 'euros',
  pound: 'pounds',
  people: 'people',
  person: 'people',
};

const RANGE = /^\s*(-?[\d.]+(?:[eE][+-]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][+-]?\d+)?)\s*$/;

function toGold(q: GoldQuantity): Gold | null {
  const range = RANGE.exec(q.value);
  const low = Number(range ? range[1] : q.value);
  const high = Number(range ? range[2] : q.value);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  return {
    low,
    high,
    change: range ? 'range' : q.change,
    unit: `${q.unit} ${q.normalized_unit}`,
    concept: q.referred_concepts === '-' ? '' : q.referred_concepts,
    outOfScope: OUT_OF_SCOPE_UNITS.has(q.normalized_unit),
  };
}

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b));
}

function sameValue(gold: Gold, q: Quantity): boolean {
  if (gold.change === 'range')
    return q.low !== null && q.high !== null && close(gold.low, q.low) && close(gold.high, q.high);
  const value = q.low ?? q.high;
  return value !== null && close(gold.low, value);
}

/** NewsQuant's `change` for a sanad qualifier. */
function changeOf(q: Quantity): string {
  switch (q.qualifier) {
    case 'more_than':
    case 'at_least':
      return '>';
    case 'less_than':
    case 'at_most':
      return '<';
    case 'about':
    case 'vague':
      return '~';
    case 'range':
      return 'range';
    default:
      return q.approximate ? '~' : '=';
  }
}

function words(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}%$]+/u)) {
    if (word.length === 0) continue;
    set.add(UNIT_SYNONYMS[word] ?? word.replace(/s$/, ''));
  }
  return set;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

function sameUnit(gold: Gold, q: Quantity): boolean {
  return overlaps(words(gold.unit), words(`${q.unit ?? ''} ${q.counted ?? ''}`));
}

function sameConcept(gold: Gold, q: Quantity): boolean {
  return gold.concept !== '' && q.counted !== null && overlaps(words(gold.concept), words(q.counted));
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

type Check = 'value' | 'value+qualifier' | 'value+unit' | 'value+concept';
const CHECKS: readonly Check[] = ['value', 'value+qualifier', 'value+unit', 'value+concept'];

function passes(check: Check, gold: Gold, q: Quantity, inScope: boolean): boolean {
  switch (check) {
    case 'value':
      return true;
    case 'value+qualifier':
      // sanad has no direction of change: in scope, "rose 19 cents" is an exact 19.
      return (
        (inScope && (gold.change === 'up' || gold.change === 'down') ? '=' : gold.change) === changeOf(q)
      );
    case 'value+unit':
      return sameUnit(gold, q);
    case 'value+concept':
      return sameConcept(gold, q);
  }
}

/** Matches predictions to gold by value, one to one, in order; returns the pairs. */
function match(gold: readonly Gold[], predicted: readonly Quantity[]): [Gold, Quantity][] {
  const used = new Set<number>();
  const pairs: [Gold, Quantity][] = [];
  for (const g of gold) {
    const index = predicted.findIndex((q, i) => !used.has(i) && sameValue(g, q));
    const q = predicted[index];
    if (index < 0 || !q) continue;
    used.add(index);
    pairs.push([g, q]);
  }
  return pairs;
}

/** Scores `sentences`; `inScope` drops gold durations, ages and years and whatever matched them. */
export function scoreNewsQuant(sentences: readonly Sentence[], inScope: boolean): FieldScore[] {
  const tallies = new Map<Check, Tally>(CHECKS.map((check) => [check, { tp: 0, fp: 0, fn: 0 }]));
  for (const sentence of sentences) {
    const all = sentence.quantities.map(toGold).filter((g): g is Gold => g !== null);
    const predicted = findQuantities(sentence.text);
    const pairs = match(all, predicted);
    const ignored = inScope
      ? new Set(pairs.filter(([g]) => g.outOfScope).map(([, q]) => q))
      : new Set<Quantity>();
    const gold = inScope ? all.filter((g) => !g.outOfScope) : all;
    const kept = pairs.filter(([g]) => !inScope || !g.outOfScope);
    const predictedCount = predicted.filter((q) => !ignored.has(q)).length;
    for (const check of CHECKS) {
      const tally = tallies.get(check) as Tally;
      const good = kept.filter(([g, q]) => passes(check, g, q, inScope)).length;
      tally.tp += good;
      tally.fp += predictedCount - good;
      tally.fn += gold.length - good;
    }
  }
  const suffix = inScope ? ' (in scope)' : '';
  return CHECKS.map((check) => {
    const t = tallies.get(check) as Tally;
    return fieldScore(`quantities ${check}${suffix}`, t.tp, t.fp, t.fn);
  });
}

/** The paper's published P/R/F1 rows, as printable lines. */
function publishedScores(csv: string): string[] {
  const lines: string[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const [, precision, recall, f1, model, type] = line.split('\t');
    if (model && type) lines.push(`published ${model} ${type}: P ${precision} R ${recall} F1 ${f1}`);
  }
  return lines;
}

/** The NewsQuant scorer for `npm run eval`. */
export const newsQuantScorer: Scorer = {
  name: 'newsquant',
  bundled: false,
  async score(sharedCorpus) {
    if (!sharedCorpus) return null;
    const folder = join(sharedCorpus, 'newsquant');
    let sentences: Sentence[];
    let csv: string;
    try {
      sentences = JSON.parse(readFileSync(join(folder, 'NewsQuant.json'), 'utf8')) as Sentence[];
      csv = readFileSync(join(folder, 'NewsQuant-published-scores.csv'), 'utf8');
    } catch {
      return null;
    }
    const result: CorpusScore = {
      corpus: 'newsquant',
      scores: [...scoreNewsQuant(sentences, false), ...scoreNewsQuant(sentences, true)],
      notes: [
        `${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.quantities.length, 0)} gold quantities`,
        'in scope: without gold durations, ages and years (not counts by contract); a change (up/down) scored as an exact amount',
        'value+concept compares counted with referred_concepts, which names what the figure is about (often the subject), not the counted noun',
        'value+unit is lenient (a gold unit word among sanad unit/counted words); not comparable to the paper’s normalized-unit match',
        ...publishedScores(csv),
      ],
    };
    return result;
  },
};

function percent(value: number): string {
  return (100 * value).toFixed(1).padStart(5);
}

/** Prints a score table: `node dist/eval/newsquant.js [../shared/corpus]`. */
export function printScore(result: CorpusScore): void {
  console.log(`${result.corpus}`);
  for (const s of result.scores) {
    console.log(
      `  ${s.field.padEnd(42)} P ${percent(s.precision)}  R ${percent(s.recall)}  F1 ${percent(s.f1)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`,
    );
  }
  for (const note of result.notes) console.log(`  ${note}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await newsQuantScorer.score(process.argv[2] ?? '../shared/corpus');
  if (result) printScore(result);
  else console.error('Cannot score NewsQuant: ../shared/corpus/newsquant is missing');
}
