/**
 * `npm run bench`: speed and memory on a corpus of at least 50 MB. Prints figures as it
 * goes and, last, one JSON line. Each ingest (without, then with extraction) runs in a process
 * of its own, as `sanad ingest` does; searches run in this process on the second one's store. Extraction against compromise is timed twice: after the
 * ingests in this process, and in a fresh process (`extract_mb_s`). Options: --mb N (corpus size), --keep (keep temp files),
 * --only extract (extraction alone, with seconds per stage: quick, for profiling), --pg
 * (also ingest through PostgreSQL workers, one then two; needs SANAD_BENCH_DATABASE_URL),
 * --only pg (those workers alone).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { configFromEnv, describeWorkerTimings, openSanad, samplesFolder } from '../app/index.js';
import { createDefaultPipeline, defaultStages } from '../extract/index.js';
import { buildCorpus, seedTexts } from './build-corpus.js';
import { cliNodeFlags } from './cli-node-flags.js';
import { measureClaims } from './claims-bench.js';
import { measureExtractionSpeed, measureStageSeconds, type ExtractionSpeed } from './extraction-speed.js';
import { ingestInFreshProcess, type IngestRun } from './fresh-ingest.js';
import { benchDatabaseUrl, timePgIngest } from './pg-ingest.js';
import { firstLoadJsKbGz, measureApiProposition, measureApiSearch } from './web-bench.js';

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError('expected a number of megabytes above 0');
  return number;
}

const values = new Command('npm run bench --')
  .description(
    'Speed and memory: builds a corpus from the sample reports (and ../shared/corpus when it ' +
      'is there), ingests it without and with extraction, times searches and extraction ' +
      'against compromise, and prints one JSON line of figures last.',
  )
  .option('--mb <megabytes>', 'size of the corpus to build', positiveNumber, 50)
  .option('--keep', 'keep the temporary corpus and stores', false)
  .addOption(
    new Option(
      '--only <part>',
      'extract: extraction alone, seconds per stage; pg: PostgreSQL workers alone',
    ).choices(['extract', 'pg']),
  )
  .option('--pg', 'also ingest through PostgreSQL workers (needs SANAD_BENCH_DATABASE_URL)', false)
  .addHelpText('after', '\nExamples:\n  npm run bench\n  npm run bench -- --only extract')
  .parse()
  .opts<{ mb: number; keep: boolean; only?: 'extract' | 'pg'; pg: boolean }>();
const targetMb = values.mb;
const shared = resolve('../shared/corpus');
const sharedCorpus = existsSync(shared) ? shared : null;
let workFolder: string | undefined;
/** The bench's temporary folder, made on first use (`--only extract` needs none), removed at the end. */
const work = (): string => (workFolder ??= mkdtempSync(join(tmpdir(), 'sanad-bench-')));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** Logs the process's peak RSS so far: maxRSS only grows, so each phase that raises it shows. */
const logPeakRss = (after: string): void =>
  log(`bench: peak RSS after ${after} ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

/** Up to about 1 MB of the English seed texts: what extraction is timed on. */
function englishTexts(): string[] {
  const english: string[] = [];
  let englishBytes = 0;
  for (const seed of seedTexts(samplesFolder(), sharedCorpus)) {
    if (/[\u0600-\u06FF]/.test(seed.text.slice(0, 400)) || seed.ext === '.html') continue;
    english.push(seed.text);
    englishBytes += Buffer.byteLength(seed.text);
    if (englishBytes > 1e6) break;
  }
  return english;
}

function logExtractionSpeed(speed: ExtractionSpeed): void {
  const rates = (extract: number, compromise: number): string =>
    `${extract.toFixed(2)} MB per CPU second, compromise ${compromise.toFixed(3)} (${(extract / compromise).toFixed(1)}×)`;
  log(
    `bench: extraction on ${speed.mb.toFixed(2)} MB of English, settled (after ${speed.extractPasses} passes, compromise ${speed.compromisePasses}) ${rates(speed.extractMbS, speed.compromiseMbS)}; first pass ${rates(speed.coldExtractMbS, speed.coldCompromiseMbS)}`,
  );
}

/** `--only extract`: the pipeline's rate and each stage's share, without ingest or search. */
function extractionOnly(): void {
  const english = englishTexts();
  const mb = english.reduce((n, text) => n + Buffer.byteLength(text), 0) / 1e6;
  let total = 0;
  for (const [stage, seconds] of measureStageSeconds(defaultStages(), english)) {
    log(`bench: ${stage} ${seconds.toFixed(2)} CPU s (${(mb / seconds).toFixed(2)} MB per CPU second alone)`);
    total += seconds;
  }
  log(`bench: all stages ${total.toFixed(2)} CPU s (${(mb / total).toFixed(2)} MB per CPU second)`);
  const speed = measureExtractionSpeed(createDefaultPipeline(), english);
  logExtractionSpeed(speed);
  process.stdout.write(
    `${JSON.stringify({ extract_mb: round(speed.mb), extract_mb_s: round(speed.extractMbS), compromise_mb_s: round(speed.compromiseMbS, 3) })}\n`,
  );
}

/**
 * Extraction and compromise timed as `--only extract` times them, in a process of their own:
 * after the ingests, the pipeline's hot code has been compiled for 100 MB of Persian, HTML and
 * scraped text as well, while compromise meets its first text, so the same process would not
 * compare the two on equal terms. The child gets `bin/sanad`'s Node flags, as `sanad extract`
 * does: with V8's default semi-spaces extraction spends about a tenth more CPU on scavenges.
 * Null when the child fails (its error is on stderr).
 */
function extractionInFreshProcess(): { extractMbS: number; compromiseMbS: number } | null {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...cliNodeFlags(), fileURLToPath(import.meta.url), '--only', 'extract'],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  const last = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !last) return null;
  const line = JSON.parse(last) as { extract_mb_s: number; compromise_mb_s: number };
  return { extractMbS: line.extract_mb_s, compromiseMbS: line.compromise_mb_s };
}

/**
 * Worker processes, as a team would run them: the same corpus, one worker, then two, each on a
 * fresh schema; each worker's time split is logged, so that the figures say why they are what they are.
 */
async function benchWorkers(
  url: string,
  corpusDir: string,
  corpusMb: number,
): Promise<Record<string, number>> {
  const pg: Record<string, number> = {};
  for (const workers of [1, 2]) {
    const { seconds, workers: summaries } = await timePgIngest(url, corpusDir, work(), workers);
    const key = workers === 1 ? 'pg_ingest_mb_s_1_worker' : 'pg_ingest_mb_s_2_workers';
    pg[key] = round(corpusMb / seconds);
    log(`bench: PostgreSQL ingest with ${workers} worker(s) in ${seconds.toFixed(1)} s → ${pg[key]} MB/s`);
    for (const summary of summaries) log(`bench:   ${describeWorkerTimings(summary)}`);
  }
  return pg;
}

/** The corpus of --mb megabytes, built in the bench's temporary folder. */
function benchCorpus(): { corpusDir: string; corpusMb: number } {
  log(
    `bench: building a ${targetMb} MB corpus in ${work()}${sharedCorpus ? ' (with ../shared/corpus)' : ' (samples only)'}`,
  );
  const corpusDir = join(work(), 'corpus');
  const corpus = buildCorpus(corpusDir, targetMb * 1e6, samplesFolder(), sharedCorpus);
  log(`bench: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  return { corpusDir, corpusMb: corpus.bytes / 1e6 };
}

/** `--only pg`: ingest through one and two PostgreSQL workers, without the rest of the bench. */
async function workersOnly(): Promise<void> {
  const url = benchDatabaseUrl();
  const { corpusDir, corpusMb } = benchCorpus();
  const pg = await benchWorkers(url, corpusDir, corpusMb);
  process.stdout.write(`${JSON.stringify({ corpus_mb: round(corpusMb, 1), ...pg })}\n`);
}

async function main(): Promise<void> {
  if (values.only === 'extract') return extractionOnly();
  if (values.only === 'pg') return workersOnly();
  const pgUrl = values.pg ? benchDatabaseUrl() : null;
  const { corpusDir, corpusMb } = benchCorpus();

  // Each ingest runs in a process of its own, as `sanad ingest` does: this process has built the
  // corpus, and what that left in its heap is neither the ingest's memory nor its time.
  const ingest = async (mode: 'bare' | 'full'): Promise<IngestRun> => {
    const run = await ingestInFreshProcess(corpusDir, join(work(), mode), mode);
    log(
      `bench: ingest (${mode}) ${run.docs} docs, ${corpusMb.toFixed(1)} MB in ${run.seconds.toFixed(1)} s → ` +
        `${(corpusMb / run.seconds).toFixed(2)} MB/s (${(corpusMb / run.cpuSeconds).toFixed(2)} MB per CPU second), ` +
        `peak RSS ${run.peakRssMb.toFixed(0)} MB` +
        (run.extractionThreads > 0
          ? `, extracting on ${run.extractionThreads} worker threads; busy: the ingest's own thread ` +
            `${run.ownThreadBusySeconds.toFixed(1)} s, the workers ${run.extractionBusySeconds.toFixed(1)} s; ` +
            `${run.extractedHere} docs extracted on the ingest's own thread while the workers had their fill`
          : ''),
    );
    return run;
  };
  const bare = await ingest('bare');
  const full = await ingest('full');
  const sanad = await openSanad(
    configFromEnv(process.env, { home: join(work(), 'full') }),
    createDefaultPipeline(),
  );

  const queries = [
    'protest',
    'executed',
    'Mashhad',
    'prison',
    'Tehran',
    'death sentence',
    'Mojahedin',
    'Evin',
    'election',
    'اعدام',
    'تجمع',
    'زندان',
    'Amnesty',
    'Rajavi',
    '1988',
    'workers strike',
    'judiciary',
    'Clinton',
    'security forces',
    'massacre',
  ];
  const timings: number[] = [];
  for (let i = 0; i < 400; i++) {
    const query = queries[i % queries.length]!;
    const started = performance.now();
    await sanad.search(query, { limit: 10 });
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const api = await measureApiSearch(sanad, queries);
  log(`bench: API search over HTTP p50 ${api.p50.toFixed(2)} ms, p95 ${api.p95.toFixed(2)} ms`);
  logPeakRss('search and API search');
  const proposition = await measureApiProposition(sanad);
  if (proposition)
    log(
      `bench: API proposition over HTTP p50 ${proposition.p50.toFixed(2)} ms, p95 ${proposition.p95.toFixed(2)} ms`,
    );
  logPeakRss('API proposition pages');
  await sanad.close();
  // Ingest and search only: the comparisons below load compromise, whose memory is not sanad's.
  const searchPeakRssMb = process.resourceUsage().maxRSS / 1024;
  const webJsKbGz = firstLoadJsKbGz();
  log(
    `bench: search p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms`,
  );

  // Extraction alone, and compromise on the same English text: in this process after the
  // ingests, and in a fresh one, where neither has run before.
  const speed = measureExtractionSpeed(createDefaultPipeline(), englishTexts());
  log('bench: in this process, after the ingests:');
  logExtractionSpeed(speed);
  log('bench: in a fresh process:');
  const fresh = extractionInFreshProcess();

  const claims = await measureClaims(work());
  log(
    `bench: claims regrouped ${claims.events} events into ${claims.propositions} propositions in ${claims.rebuildSeconds.toFixed(2)} s (${claims.rebuildCpuSeconds.toFixed(2)} CPU s); claims p50 ${claims.queryMs.toFixed(2)} ms`,
  );
  const pg = pgUrl ? await benchWorkers(pgUrl, corpusDir, corpusMb) : {};

  process.stdout.write(
    `${JSON.stringify({
      corpus_mb: round(corpusMb, 1),
      ingest_mb_s: round(corpusMb / full.seconds),
      ingest_bare_mb_s: round(corpusMb / bare.seconds),
      ingest_cpu_mb_s: round(corpusMb / full.cpuSeconds),
      ingest_bare_cpu_mb_s: round(corpusMb / bare.cpuSeconds),
      docs_s: round(full.docs / full.seconds, 0),
      ingest_extraction_threads: full.extractionThreads,
      ingest_own_thread_busy_s: round(full.ownThreadBusySeconds),
      ingest_extraction_busy_s: round(full.extractionBusySeconds),
      ingest_extracted_here: full.extractedHere,
      peak_rss_mb: round(Math.max(bare.peakRssMb, full.peakRssMb, searchPeakRssMb), 0),
      peak_rss_bare_mb: round(bare.peakRssMb, 0),
      peak_rss_search_mb: round(searchPeakRssMb, 0),
      search_p50_ms: round(percentile(timings, 50)),
      search_p95_ms: round(percentile(timings, 95)),
      extract_mb_s: fresh ? fresh.extractMbS : null,
      compromise_mb_s: fresh ? fresh.compromiseMbS : null,
      extract_after_ingest_mb_s: round(speed.extractMbS),
      compromise_after_ingest_mb_s: round(speed.compromiseMbS, 3),
      api_search_p95_ms: round(api.p95),
      api_proposition_p95_ms: proposition === null ? null : round(proposition.p95),
      web_js_kb_gz: webJsKbGz === null ? null : round(webJsKbGz, 1),
      claims_events: claims.events,
      claims_rebuild_s: round(claims.rebuildSeconds),
      claims_rebuild_cpu_s: round(claims.rebuildCpuSeconds),
      claims_query_ms: round(claims.queryMs),
      ...pg,
    })}\n`,
  );
}

try {
  await main();
} finally {
  // Also when a part fails: the corpus and its stores take about 1.4 GB.
  if (workFolder !== undefined && !values.keep) rmSync(workFolder, { recursive: true, force: true });
}
