/**
 * Measures Persian place recognition on ArmanPersoNER (`loc` tags): CoNLL-style exact-span
 * precision, recall and F1 over tokens. Evaluation only; reads the corpus from disk and
 * ships none of it.
 *
 * `loc` is wider than a gazetteer: it tags rivers, mountains, neighbourhoods, historical
 * lands and foreign towns sanad does not list, so recall on all of `loc` understates what
 * the annotator can find. The scorer therefore also reports recall on the gold `loc` spans
 * whose text the gazetteer knows (what the annotator is built to find), and precision
 * counting a predicted place as right when it is a gold `loc` or `fac` span (sanad calls
 * prisons, squares and universities sites; Arman tags them `fac`).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../core/text.js';
import { findPlaces, lookupPlace } from '../extract/annotators/places/index.js';
import { fieldScore, type CorpusScore, type Scorer } from './score.js';

interface Sentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

function readSentences(file: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    if (space <= 0) continue;
    // Document form, as ingest would store it (Arabic ي/ك as Persian letters).
    tokens.push(normalizeText(trimmed.slice(0, space)));
    tags.push(trimmed.slice(space + 1));
  }
  flush();
  return sentences;
}

/** Gold spans of one type as "first:last" token ranges. */
function goldSpans(tags: readonly string[], type: string): Set<string> {
  const spans = new Set<string>();
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== `B-${type}`) continue;
    let j = i;
    while (tags[j + 1] === `I-${type}`) j++;
    spans.add(`${i}:${j}`);
  }
  return spans;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** The counts behind the scores, for one folder of `test_fold*.txt` files. */
export function tallyArmanPlaces(corpusDir: string): {
  exact: Tally;
  lenient: Tally;
  known: Tally;
  sentences: number;
} {
  const exact: Tally = { tp: 0, fp: 0, fn: 0 };
  const lenient: Tally = { tp: 0, fp: 0, fn: 0 };
  const known: Tally = { tp: 0, fp: 0, fn: 0 };
  let sentences = 0;
  const files = readdirSync(corpusDir).filter((f) => /^test_fold\d+\.txt$/.test(f));
  for (const file of files) {
    for (const sentence of readSentences(join(corpusDir, file))) {
      sentences++;
      const text = sentence.tokens.join(' ');
      const startToken = new Map<number, number>();
      const endToken = new Map<number, number>();
      let offset = 0;
      sentence.tokens.forEach((token, i) => {
        startToken.set(offset, i);
        endToken.set(offset + token.length, i);
        offset += token.length + 1;
      });
      const loc = goldSpans(sentence.tags, 'loc');
      const fac = goldSpans(sentence.tags, 'fac');
      const predicted = new Set<string>();
      for (const place of findPlaces(text)) {
        const first = startToken.get(place.span[0]);
        const last = endToken.get(place.span[1]);
        predicted.add(
          first !== undefined && last !== undefined ? `${first}:${last}` : `off:${place.span.join(':')}`,
        );
      }
      for (const span of predicted) {
        if (loc.has(span)) exact.tp++;
        else exact.fp++;
        if (loc.has(span) || fac.has(span)) lenient.tp++;
        else lenient.fp++;
      }
      for (const span of loc) {
        if (!predicted.has(span)) exact.fn++;
        const [first, last] = span.split(':').map(Number) as [number, number];
        if (lookupPlace(sentence.tokens.slice(first, last + 1).join(' ')) === null) continue;
        if (predicted.has(span)) known.tp++;
        else known.fn++;
      }
    }
  }
  lenient.fn = exact.fn;
  return { exact, lenient, known, sentences };
}

/** ArmanPersoNER `loc` against the places annotator. */
export const armanPlacesScorer: Scorer = {
  name: 'arman-places',
  bundled: false,
  async score(sharedCorpus: string | null): Promise<CorpusScore | null> {
    if (sharedCorpus === null) return null;
    const dir = join(sharedCorpus, 'arman-personer');
    let counts: ReturnType<typeof tallyArmanPlaces>;
    try {
      counts = tallyArmanPlaces(dir);
    } catch {
      return null;
    }
    const { exact, lenient, known, sentences } = counts;
    const knownRecall = fieldScore('places-known', known.tp, 0, known.fn).recall;
    return {
      corpus: 'arman-personer',
      scores: [
        fieldScore('places', exact.tp, exact.fp, exact.fn),
        fieldScore('places-loc-or-fac', lenient.tp, lenient.fp, lenient.fn),
      ],
      notes: [
        `${sentences} sentences; exact token spans; gold loc includes rivers, mountains, districts and towns the gazetteer does not list`,
        `recall on gold loc spans whose text the gazetteer knows: ${knownRecall.toFixed(3)} (${known.tp}/${known.tp + known.fn})`,
        'places-loc-or-fac also counts a predicted place as right when it is a gold fac span (prisons, squares, universities are sites in sanad)',
      ],
    };
  },
};
