/**
 * Measures sanad's default pipeline on ArmanPersoNER (Persian sentences, one token and IOB
 * tag a line): CoNLL-style exact-span precision, recall and F1 for `pers` ↔ person,
 * `org` ↔ organization and `loc` ↔ place. Evaluation only: reads the corpus from
 * ../shared/corpus/arman-personer and ships none of it.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../core/text.js';
import type { Span } from '../core/types.js';
import { createDefaultPipeline } from '../extract/index.js';
import { fieldScore, type Scorer } from './score.js';

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
    // Each token is normalized on its own, so token offsets in the joined sentence hold.
    tokens.push(normalizeText(trimmed.slice(0, space)));
    tags.push(trimmed.slice(space + 1));
  }
  flush();
  return sentences;
}

/** Gold spans as "first:last" token ranges of one IOB type. */
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

const TYPES = { persons: 'pers', organizations: 'org', places: 'loc' } as const;
type Field = keyof typeof TYPES;

/**
 * ArmanPersoNER's test folds through the default pipeline. A predicted span that does not
 * start and end on token boundaries counts as a false positive.
 */
export const armanEntitiesScorer: Scorer = {
  name: 'arman-personer',
  bundled: false,
  score(sharedCorpus) {
    const folder = sharedCorpus === null ? null : join(sharedCorpus, 'arman-personer');
    if (folder === null || !existsSync(folder)) return Promise.resolve(null);
    const pipeline = createDefaultPipeline();
    const tally = {
      persons: { tp: 0, fp: 0, gold: 0 },
      organizations: { tp: 0, fp: 0, gold: 0 },
      places: { tp: 0, fp: 0, gold: 0 },
    };
    const files = readdirSync(folder).filter((f) => /^test_fold\d+\.txt$/.test(f));
    for (const file of files) {
      for (const sentence of readSentences(join(folder, file))) {
        const text = sentence.tokens.join(' ');
        const startToken = new Map<number, number>();
        const endToken = new Map<number, number>();
        let offset = 0;
        sentence.tokens.forEach((token, i) => {
          startToken.set(offset, i);
          endToken.set(offset + token.length, i);
          offset += token.length + 1;
        });
        const found = pipeline.run({ text, language: 'fa', published: null, source: null });
        const predicted: Record<Field, Span[]> = {
          persons: found.entities.filter((e) => e.kind === 'person').map((e) => e.span),
          organizations: found.entities.filter((e) => e.kind === 'organization').map((e) => e.span),
          places: found.places.map((p) => p.span),
        };
        for (const field of Object.keys(TYPES) as Field[]) {
          const gold = goldSpans(sentence.tags, TYPES[field]);
          tally[field].gold += gold.size;
          const seen = new Set<string>();
          for (const span of predicted[field]) {
            const key = `${startToken.get(span[0])}:${endToken.get(span[1])}`;
            if (gold.has(key) && !seen.has(key)) {
              seen.add(key);
              tally[field].tp++;
            } else tally[field].fp++;
          }
        }
      }
    }
    return Promise.resolve({
      corpus: `arman-personer (${files.join(', ')})`,
      scores: (Object.keys(TYPES) as Field[]).map((field) =>
        fieldScore(field, tally[field].tp, tally[field].fp, tally[field].gold - tally[field].tp),
      ),
      notes: [
        'exact token spans; loc includes facilities and regions the gazetteer does not hold, so places recall is a floor',
      ],
    });
  },
};
