/**
 * Measures the entities annotator on ArmanPersoNER (Persian, IOB tags `pers` and `org`):
 * CoNLL-style exact-span precision, recall and F1 over tokens. Evaluation only; reads the
 * corpus from disk and ships none of it.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntityMentions } from '../extract/annotators/entities/index.js';
import { fieldScore, type CorpusScore, type FieldScore, type Scorer } from './score.js';

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Number of gold spans. */
  readonly n: number;
}

export interface ArmanScores {
  readonly persons: Score;
  readonly organizations: Score;
  /** The same figures with their counts, in the shape `npm run eval` prints. */
  readonly fields: readonly FieldScore[];
}

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
    tokens.push(trimmed.slice(0, space));
    tags.push(trimmed.slice(space + 1));
  }
  flush();
  return sentences;
}

/** Gold spans as "first:last" token ranges, per type. */
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
  truePositives: number;
  predicted: number;
  gold: number;
}

function score(tally: Tally): Score {
  const precision = tally.predicted === 0 ? 0 : tally.truePositives / tally.predicted;
  const recall = tally.gold === 0 ? 0 : tally.truePositives / tally.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: tally.gold };
}

/**
 * Scores persons and organizations on every `test_fold*.txt` in `corpusDir`, running the
 * annotator on each sentence rebuilt by joining its tokens with spaces. A predicted span
 * that does not start and end on token boundaries counts as a miss.
 */
export function scoreArmanEntities(corpusDir: string): ArmanScores {
  const persons: Tally = { truePositives: 0, predicted: 0, gold: 0 };
  const organizations: Tally = { truePositives: 0, predicted: 0, gold: 0 };
  const files = readdirSync(corpusDir).filter((f) => /^test_fold\d+\.txt$/.test(f));
  for (const file of files) {
    for (const sentence of readSentences(join(corpusDir, file))) {
      const text = sentence.tokens.join(' ');
      const startToken = new Map<number, number>();
      const endToken = new Map<number, number>();
      let offset = 0;
      sentence.tokens.forEach((token, i) => {
        startToken.set(offset, i);
        endToken.set(offset + token.length, i);
        offset += token.length + 1;
      });
      const gold = {
        person: goldSpans(sentence.tags, 'pers'),
        organization: goldSpans(sentence.tags, 'org'),
      };
      persons.gold += gold.person.size;
      organizations.gold += gold.organization.size;
      for (const entity of findEntityMentions(text)) {
        const tally = entity.kind === 'person' ? persons : organizations;
        tally.predicted++;
        const first = startToken.get(entity.span[0]);
        const last = endToken.get(entity.span[1]);
        if (first !== undefined && last !== undefined && gold[entity.kind].has(`${first}:${last}`))
          tally.truePositives++;
      }
    }
  }
  const field = (name: string, t: Tally): FieldScore =>
    fieldScore(name, t.truePositives, t.predicted - t.truePositives, t.gold - t.truePositives);
  return {
    persons: score(persons),
    organizations: score(organizations),
    fields: [field('persons', persons), field('organizations', organizations)],
  };
}

/** ArmanPersoNER (Persian persons and organizations) as a scorer for `npm run eval`. */
export const armanEntitiesScorer: Scorer = {
  name: 'arman-personer',
  bundled: false,
  async score(sharedCorpus: string | null): Promise<CorpusScore | null> {
    if (!sharedCorpus) return null;
    const dir = join(sharedCorpus, 'arman-personer');
    if (!existsSync(dir)) return null;
    const scores = scoreArmanEntities(dir);
    return {
      corpus: 'arman-personer',
      scores: scores.fields,
      notes: [
        'exact token spans (CoNLL style) on sentences rebuilt by joining tokens with spaces',
        'ArmanPersoNER tags honorifics and titles outside names and many organizations sanad keeps no registry for',
      ],
    };
  },
};
