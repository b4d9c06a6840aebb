/**
 * Measures the statements composer on PolNeAR (political news attribution relations, brat
 * standoff: Source, Cue, Content): content matched by overlap (at least half of the longer
 * span) and exactly, then with the source (speaker) and with the cue (verb) as well.
 * Evaluation only; reads the corpus from disk and ships none of it. The test split is left
 * alone, as the corpus authors ask.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span, Statement } from '../core/types.js';
import { lemmaOfCue } from '../extract/composers/statements/index.js';
import { createDefaultPipeline } from '../extract/index.js';
import { fieldScore, type CorpusScore, type Scorer } from './score.js';

export interface Relation {
  /** From the first to the last piece of the content. */
  readonly content: Span;
  /** The content's pieces: "“A,” X said. “B.”" is one content in two pieces. */
  readonly pieces: readonly Span[];
  readonly source: Span | null;
  readonly cue: Span | null;
}

/** The relations of one `.ann` file; discontinuous spans are taken from first to last piece. */
export function readRelations(ann: string): Relation[] {
  const spans = new Map<string, Span>();
  const pieces = new Map<string, Span[]>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const offsets = body
        .slice(body.indexOf(' ') + 1)
        .split(/[ ;]/u)
        .map(Number);
      if (offsets.length >= 2 && offsets.length % 2 === 0 && offsets.every(Number.isFinite)) {
        spans.set(id, [Math.min(...offsets), Math.max(...offsets)]);
        const list: Span[] = [];
        for (let k = 0; k < offsets.length; k += 2)
          list.push([offsets[k] as number, offsets[k + 1] as number]);
        pieces.set(id, list);
      }
    } else if (id.startsWith('E')) {
      events.push(new Map(body.split(' ').map((part) => part.split(':') as [string, string])));
    }
  }
  const relations: Relation[] = [];
  for (const event of events) {
    const content = spans.get(event.get('Content') ?? '');
    if (!content) continue;
    relations.push({
      content,
      pieces: pieces.get(event.get('Content') ?? '') ?? [content],
      source: spans.get(event.get('Source') ?? '') ?? null,
      cue: spans.get(event.get('Cue') ?? '') ?? null,
    });
  }
  return relations;
}

const EDGE = /^[\s"“”'‘’.,;:]+|[\s"“”'‘’.,;:]+$/gu;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their']);
const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'for', 'to', 'on', 'at', 'by', 'with']);

/** The span without the quotation marks, spaces, punctuation and leading "that" at its edges. */
function core(text: string, span: Span): Span {
  const slice = text.slice(span[0], span[1]);
  const lead = /^(?:[\s"“”'‘’.,;:]|that\s)+/iu.exec(slice)?.[0].length ?? 0;
  const trail = /[\s"“”'‘’.,;:]+$/u.exec(slice)?.[0].length ?? 0;
  return lead >= slice.length - trail ? span : [span[0] + lead, span[1] - trail];
}

/** Characters shared by two spans over the length of the longer one. */
export function overlapRatio(a: Span, b: Span): number {
  const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return shared <= 0 ? 0 : shared / Math.max(a[1] - a[0], b[1] - b[0]);
}

function words(text: string): Set<string> {
  const set = new Set<string>();
  for (const w of text
    .toLowerCase()
    .replace(EDGE, '')
    .split(/[^\p{L}\p{N}]+/u))
    if (w !== '' && !STOPWORDS.has(w)) set.add(w);
  return set;
}

/** A pronoun source is credited to any named speaker: PolNeAR does not resolve pronouns, sanad does. */
function sourceMatches(text: string, gold: Span | null, predicted: Statement): boolean {
  if (!gold || predicted.speaker.name === null) return false;
  const goldText = text.slice(gold[0], gold[1]).trim().toLowerCase();
  if (PRONOUNS.has(goldText)) return true;
  const mine = words(`${predicted.speaker.name} ${predicted.speaker.role ?? ''}`);
  for (const w of words(goldText)) if (mine.has(w)) return true;
  return false;
}

function cueMatches(text: string, gold: Span | null, predicted: Statement): boolean {
  if (!gold) return false;
  return lemmaOfCue(text.slice(gold[0], gold[1])) === predicted.verb;
}

interface Tally {
  gold: number;
  predicted: number;
  content: number;
  exact: number;
  source: number;
  cue: number;
}

/**
 * Scores one article's statements against its relations. A relation is found when one
 * speaker's statements cover at least half of its content (a quotation split by "X said"
 * is two statements in sanad and one content in PolNeAR); statements covering no relation
 * are false positives.
 */
export function scoreArticle(
  text: string,
  relations: readonly Relation[],
  statements: readonly Statement[],
  tally: Tally,
): void {
  tally.gold += relations.length;
  const used = new Set<number>();
  let found = 0;
  for (const relation of relations) {
    const gold = relation.pieces.map((piece) => core(text, piece));
    const length = gold.reduce((sum, piece) => sum + piece[1] - piece[0], 0);
    let best = -1;
    let bestRatio = 0;
    statements.forEach((s, k) => {
      const ratio = Math.max(...gold.map((piece) => overlapRatio(piece, core(text, s.quote_span))));
      if (ratio > bestRatio && !used.has(k)) {
        best = k;
        bestRatio = ratio;
      }
    });
    if (best === -1) continue;
    const predicted = statements[best] as Statement;
    const parts = statements
      .map((s, k) => ({ s, k, span: core(text, s.quote_span) }))
      .filter(({ s, k }) => !used.has(k) && s.speaker.name === predicted.speaker.name)
      .filter(({ span }) => gold.some((piece) => overlapRatio(piece, span) > 0));
    let covered = 0;
    for (const { span } of parts)
      for (const piece of gold)
        covered += Math.max(0, Math.min(piece[1], span[1]) - Math.max(piece[0], span[0]));
    const longest = Math.max(length, ...parts.map(({ span }) => span[1] - span[0]));
    if (covered / Math.max(1, longest) < 0.5) continue;
    for (const { k } of parts) used.add(k);
    found++;
    tally.content++;
    if (parts.length === 1 && bestRatio === 1) tally.exact++;
    if (sourceMatches(text, relation.source, predicted)) {
      tally.source++;
      if (cueMatches(text, relation.cue, predicted)) tally.cue++;
    }
  }
  tally.predicted += statements.length - used.size + found;
}

/** The PolNeAR dev split as a scorer for `npm run eval`. */
export const polnearScorer: Scorer = {
  name: 'polnear',
  bundled: false,
  async score(sharedCorpus: string | null): Promise<CorpusScore | null> {
    if (!sharedCorpus) return null;
    const dir = join(sharedCorpus, 'polnear', 'data', 'dev');
    if (!existsSync(dir)) return null;
    const tally: Tally = { gold: 0, predicted: 0, content: 0, exact: 0, source: 0, cue: 0 };
    const pipeline = createDefaultPipeline();
    let articles = 0;
    for (const ann of readdirSync(join(dir, 'attributions'))
      .filter((f) => f.endsWith('.ann'))
      .sort()) {
      const name = ann.replace(/_[0-9a-f]{4}\.ann$/u, '.txt');
      const textFile = join(dir, 'text', name);
      if (!existsSync(textFile)) continue;
      const text = readFileSync(textFile, 'utf8');
      const relations = readRelations(readFileSync(join(dir, 'attributions', ann), 'utf8'));
      const { statements } = pipeline.run({ text, language: 'en', published: null, source: null });
      scoreArticle(text, relations, statements, tally);
      articles++;
    }
    const field = (label: string, tp: number) => fieldScore(label, tp, tally.predicted - tp, tally.gold - tp);
    return {
      corpus: 'polnear-dev',
      scores: [
        field('statements', tally.content),
        field('statements_exact', tally.exact),
        field('statements_source', tally.source),
        field('statements_source_cue', tally.cue),
      ],
      notes: [
        `${articles} articles, ${tally.gold} gold relations, ${tally.predicted} statements`,
        'content matches when one speaker\'s statements cover at least half of it (quotation marks and a leading "that" set aside; a quotation split by "X said" is one content in PolNeAR); exact when one statement has exactly its span',
        'a pronoun source counts as matched by any named speaker, since PolNeAR leaves pronouns unresolved',
      ],
    };
  },
};
