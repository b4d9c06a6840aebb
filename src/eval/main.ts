/**
 * `npm run eval`: extraction accuracy. Prints precision, recall and F1 per field for the
 * team's gold, then every corpus scorer's figures with its notes, and ends with one JSON
 * line of the gold figures: the whole gold set (the sample reports and the seed articles,
 * pooled) unprefixed, then each part prefixed `samples_` and `seeds_`. Runs with the bundled
 * gold alone when ../shared/corpus is absent.
 * Options: --details (every missed and spurious item, per document), --only NAME.
 * @module
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { GOLD_FIELDS } from './compare-fields.js';
import { pooledScore, type CorpusScore, type FieldScore } from './score.js';
import { scorers } from './scorers.js';

const values = new Command('npm run eval --')
  .description(
    'Scores extraction against the bundled gold (sample reports) and, when ../shared/corpus is ' +
      'there, the seed articles and outside corpora: precision, recall and F1 per field, then ' +
      'one JSON line of the pooled gold figures.',
  )
  .option('--details', 'list every missed and spurious item, per document', false)
  .addOption(new Option('--only <scorer>', 'run one scorer').choices(scorers().map((scorer) => scorer.name)))
  .addHelpText('after', '\nExample:\n  npm run eval -- --only samples --details')
  .parse()
  .opts<{ details: boolean; only?: string }>();

/** ../shared/corpus beside the checkout (or beside the working directory), or null. */
function findSharedCorpus(): string | null {
  const candidates = [
    fileURLToPath(new URL('../../../shared/corpus', import.meta.url)),
    resolve('../shared/corpus'),
  ];
  return candidates.find((path) => existsSync(path)) ?? null;
}

const print = (line: string): void => void process.stdout.write(`${line}\n`);
const figure = (n: number): string => n.toFixed(3);

function printScore(score: CorpusScore): void {
  print(`\n== ${score.corpus}`);
  const width = Math.max(14, ...score.scores.map((s) => s.field.length + 2));
  print(`${'field'.padEnd(width)}    P      R      F1      tp    fp    fn`);
  for (const s of score.scores) {
    const counts = [s.tp, s.fp, s.fn].map((n) => String(n).padStart(6)).join('');
    print(
      `${s.field.padEnd(width)}${figure(s.precision).padStart(6)} ${figure(s.recall).padStart(6)} ${figure(s.f1).padStart(6)}${counts}`,
    );
  }
  for (const note of score.notes) print(`  ${note}`);
}

function jsonFigures(score: CorpusScore | undefined, prefix: string): Record<string, number> {
  const figures: Record<string, number> = {};
  const byField = new Map<string, FieldScore>(score?.scores.map((s) => [s.field, s]) ?? []);
  for (const field of GOLD_FIELDS) {
    const s = byField.get(field);
    if (s === undefined) continue;
    figures[`${prefix}${field}_p`] = Number(s.precision.toFixed(3));
    figures[`${prefix}${field}_r`] = Number(s.recall.toFixed(3));
    figures[`${prefix}${field}_f1`] = Number(s.f1.toFixed(3));
  }
  return figures;
}

async function main(): Promise<void> {
  const sharedCorpus = findSharedCorpus();
  print(
    `eval: ${sharedCorpus === null ? 'no ../shared/corpus: bundled gold only' : `corpora from ${sharedCorpus}`}`,
  );
  const results = new Map<string, CorpusScore>();
  for (const scorer of scorers({ details: values.details })) {
    if (values.only !== undefined && scorer.name !== values.only) continue;
    if (!scorer.bundled && sharedCorpus === null) {
      print(`\n== ${scorer.name}: skipped, it needs ../shared/corpus`);
      continue;
    }
    const started = performance.now();
    const score = await scorer.score(sharedCorpus);
    if (score === null) {
      print(`\n== ${scorer.name}: skipped, its corpus is not there`);
      continue;
    }
    results.set(scorer.name, score);
    printScore(score);
    print(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  const goldParts = ['samples', 'seeds'].flatMap((name) => results.get(name) ?? []);
  const gold = pooledScore('gold: samples and seeds pooled', goldParts, GOLD_FIELDS);
  if (goldParts.length > 1) printScore(gold);
  print(
    JSON.stringify({
      ...jsonFigures(gold, ''),
      ...jsonFigures(results.get('samples'), 'samples_'),
      ...jsonFigures(results.get('seeds'), 'seeds_'),
    }),
  );
}

await main();
