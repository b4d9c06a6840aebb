/**
 * Scores sanad's extraction against hand-written gold: the team's gold for the bundled
 * samples (test/testdata/gold/*.json) and the gold for the corpus seeds
 * (src/eval/gold-seeds/*.json, scored when ../shared/corpus is present). Each document goes
 * through the same path as `sanad extract` (src/app/extract-files.ts) with the default
 * pipeline. Gold written as surface strings is first placed in the cleaned text (see
 * locate.ts: repeated strings by occurrence order, or `nth`); an entry that cannot be placed
 * is an error in the gold, printed as such and left out of the figures.
 *
 * Matching rules, per field; every pairing is one-to-one, best match first:
 *
 * - **quantities**: the spans overlap, and the qualifier, low and high are the gold's
 *   ("about" within 20%, "vague" within a factor of 2). A "quantities (span only)" line
 *   beside it counts overlapping spans whatever the values.
 * - **dates**: the spans overlap and start and end are the gold's (the ends of a week, a
 *   season or a loosely bounded range within a quarter of its length, at most 31 days).
 * - **places**: the spans overlap and the names name the same place (through the
 *   gazetteer's spellings: Mashad = Mashhad = مشهد).
 * - **persons**, **organizations**: a mention of that kind whose span overlaps the gold's and
 *   whose canonical name is the gold's (through the registry: MEK = PMOI, Sepah = IRGC;
 *   case-insensitive; a gold entry may list `aliases` that count too).
 * - **statements**: the found quote (`quote_span`) covers at least 50% of the gold quote, and
 *   the speaker's name, role or organization names the gold speaker (case-, alias- and
 *   article-insensitive; "Khamenei" names "Ali Khamenei", "officials" names "Interior
 *   Ministry officials").
 * - **chains**: for each matched statement, the whole chain as a sequence of names, each
 *   named as for speakers, outermost (the document's source) first. A true positive is a
 *   matched statement with the right chain; every other found statement is a false positive
 *   and every other gold statement a false negative, so chains never score above statements.
 * - **events**: the same type, and where (a shared place) or when (overlapping times) agree;
 *   a gold event with neither is matched by type alone. Among candidates, agreeing counts
 *   break ties. Beside it: how many gold counts the matched events carry, and whether they
 *   name who asserts them.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFiles } from '../app/extract-files.js';
import { DEFAULT_LIMITS } from '../ingest/index.js';
import { compareDocument, GOLD_FIELDS, type Tally } from './compare-fields.js';
import { goldFilesIn, readGoldFile, type GoldDocument } from './gold-file.js';
import { locateGold } from './locate-gold.js';
import { fieldScore, type CorpusScore, type FieldScore, type Scorer } from './score.js';

/** The repository's root: dist/eval/ and src/eval/ both sit two folders below it. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const TEAM_GOLD_FOLDER = join(ROOT, 'test/testdata/gold');
export const SEED_GOLD_FOLDER = join(ROOT, 'src/eval/gold-seeds');

export interface GoldScorerOptions {
  /** Print every missed and spurious item, per document, as notes. */
  readonly details?: boolean;
}

interface GoldSet {
  readonly name: string;
  readonly folder: string;
  readonly bundled: boolean;
  /** The document a gold file annotates, or null when it is not available here. */
  resolve(gold: GoldDocument, sharedCorpus: string | null): string | null;
}

function addTally(into: Record<string, Tally>, key: string, tally: Tally): void {
  const sum = (into[key] ??= { tp: 0, fp: 0, fn: 0 });
  sum.tp += tally.tp;
  sum.fp += tally.fp;
  sum.fn += tally.fn;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Scores every gold file of one set; null when none of its documents is available. */
async function scoreGoldSet(
  set: GoldSet,
  sharedCorpus: string | null,
  options: GoldScorerOptions,
): Promise<CorpusScore | null> {
  const totals: Record<string, Tally> = {};
  for (const field of GOLD_FIELDS) totals[field] = { tp: 0, fp: 0, fn: 0 };
  const notes: string[] = [];
  let scored = 0;
  for (const goldFile of goldFilesIn(set.folder)) {
    const { gold, problems } = readGoldFile(goldFile);
    notes.push(...problems.map((p) => `gold error: ${p}`));
    if (gold === null) continue;
    const path = set.resolve(gold, sharedCorpus);
    if (path === null || !existsSync(path)) {
      notes.push(`gold error: Cannot score ${goldFile}: its document "${gold.document}" is missing`);
      continue;
    }
    if (gold.raw_sha256 !== undefined && gold.raw_sha256 !== sha256(path)) {
      notes.push(
        `gold error: Cannot score ${goldFile}: "${gold.document}" changed since its offsets were written`,
      );
      continue;
    }
    const result = await extractFiles([path], DEFAULT_LIMITS).next();
    const extraction = result.done === true ? null : result.value;
    if (extraction === null || 'error' in extraction) {
      const reason = extraction === null ? 'nothing was extracted' : extraction.error.message;
      notes.push(`Cannot extract "${gold.document}": ${reason}`);
      continue;
    }
    const text = extraction.document.text;
    const located = locateGold(gold, text, readFileSync(path, 'utf8'));
    notes.push(...located.problems.map((p) => `gold error: ${gold.document}: ${p}`));
    const published = extraction.document.published?.start ?? null;
    if (gold.published !== null && published !== gold.published) {
      notes.push(`${gold.document}: published is ${published ?? 'unknown'}, the gold says ${gold.published}`);
    }
    const comparison = compareDocument(text, located, extraction);
    for (const field of GOLD_FIELDS) addTally(totals, field, comparison.fields[field]);
    for (const [key, tally] of Object.entries(comparison.extra)) addTally(totals, key, tally);
    if (options.details === true) {
      notes.push(...comparison.misses.map((m) => `${gold.document}: ${m}`));
      notes.push(...located.unlisted.map((u) => `${gold.document}: unlisted ${u} (a gap in the gold?)`));
    }
    scored++;
  }
  if (scored === 0) return null;
  const scores: FieldScore[] = Object.entries(totals).map(([field, t]) =>
    fieldScore(field, t.tp, t.fp, t.fn),
  );
  return { corpus: `${set.name} (${scored} documents)`, scores, notes };
}

function goldScorer(set: GoldSet, options: GoldScorerOptions): Scorer {
  return {
    name: set.name,
    bundled: set.bundled,
    score: (sharedCorpus) => scoreGoldSet(set, sharedCorpus, options),
  };
}

/** The team's gold for the bundled samples: runs without ../shared. */
export function teamGoldScorer(options: GoldScorerOptions = {}): Scorer {
  return goldScorer(
    {
      name: 'samples',
      folder: TEAM_GOLD_FOLDER,
      bundled: true,
      resolve: (gold) => join(ROOT, gold.document),
    },
    options,
  );
}

/** The gold for the three articles of ../shared/corpus/seeds, written as values and offsets. */
export function seedGoldScorer(options: GoldScorerOptions = {}): Scorer {
  return goldScorer(
    {
      name: 'seeds',
      folder: SEED_GOLD_FOLDER,
      bundled: false,
      resolve: (gold, sharedCorpus) => (sharedCorpus === null ? null : join(sharedCorpus, gold.document)),
    },
    options,
  );
}
