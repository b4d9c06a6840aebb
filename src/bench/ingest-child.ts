/**
 * One ingest in a process of its own, as `sanad ingest` runs: `node ingest-child.js CORPUS HOME
 * bare|full`. Prints one JSON line (`IngestRun`): documents added, wall and CPU seconds of the
 * ingest, how busy its threads were, and the process's peak RSS. Run by fresh-ingest.ts.
 * @module
 */
import { configFromEnv, openSanad } from '../app/index.js';
import { emptyExtraction } from '../core/types.js';
import type { Pipeline } from '../extract/index.js';
import type { IngestRun } from './fresh-ingest.js';

/**
 * Ingest alone, as the targets leave extraction out: no stages, and not even the
 * sentence splitting that createPipeline().run() does before its (absent) stages.
 */
const noExtraction: Pipeline = {
  use() {
    throw new TypeError('Cannot add a stage to the bench pipeline: it measures ingest without extraction');
  },
  version: '',
  run: () => emptyExtraction(),
};

const [corpusDir, home, mode] = process.argv.slice(2);
if (!corpusDir || !home || (mode !== 'bare' && mode !== 'full')) {
  process.stderr.write('usage: node ingest-child.js CORPUS HOME bare|full\n');
  process.exit(2);
}
// With extraction, sanad's own default pipeline, as `sanad ingest` opens it: on worker threads too.
const sanad = await openSanad(
  configFromEnv(process.env, { home }),
  mode === 'full' ? undefined : noExtraction,
);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const loopBefore = performance.eventLoopUtilization();
const summary = await sanad.ingest([corpusDir]);
const seconds = (performance.now() - started) / 1000;
const loop = performance.eventLoopUtilization(loopBefore);
// User and system time of this process, V8's compiler and collector threads included.
const cpu = process.cpuUsage(cpuBefore);
await sanad.close();
const run: IngestRun = {
  docs: summary.added,
  rejected: summary.rejected.length,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  nodeFlags: process.execArgv,
  extractionThreads: summary.extractionThreads,
  ownThreadBusySeconds: loop.active / 1000,
  extractionBusySeconds: summary.extractionBusySeconds,
  extractedHere: summary.extractedHere,
};
process.stdout.write(`${JSON.stringify(run)}\n`);
