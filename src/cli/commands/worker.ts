import type { Command } from 'commander';
import { describeWorkerTimings, runWorker } from '../../app/index.js';
import { configOf, positiveNumber, withSanad } from '../context.js';
import { printJson, println, warn } from '../output.js';

interface WorkerFlags {
  concurrency: number;
  once?: boolean;
  lease: number;
  batch: number;
  json?: boolean;
  timings?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('ingest jobs queued by `sanad ingest --queue`, alongside any number of other workers')
    .option('--concurrency <n>', 'claim loops in this process', positiveNumber('--concurrency'), 1)
    .option('--once', 'stop once no job is queued or running, instead of waiting for more')
    .option(
      '--lease <seconds>',
      'how long a job stays claimed without a heartbeat before another worker takes it over',
      positiveNumber('--lease'),
      60,
    )
    .option('--batch <n>', 'jobs claimed and ingested at a time', positiveNumber('--batch'), 32)
    .option('--json', 'print a JSON summary when stopping')
    .option(
      '--timings',
      'also say where the time went (extracting, waiting for the ledger lock, holding it): on stderr, or in the --json summary',
    )
    .addHelpText(
      'after',
      `
Example:
  $ export SANAD_DATABASE_URL=postgres://sanad:secret@db.example/sanad
  $ sanad ingest --queue /shared/reports/ && sanad worker --concurrency 2 --once

Workers need SANAD_DATABASE_URL; run one or more on each machine. SIGTERM or Ctrl-C
finishes the jobs in hand, then stops.`,
    )
    .action(async (flags: WorkerFlags, command: Command) => {
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      try {
        const summary = await withSanad(configOf(command), (sanad) =>
          runWorker(sanad, {
            concurrency: Math.floor(flags.concurrency),
            once: flags.once ?? false,
            leaseSeconds: flags.lease,
            batch: Math.floor(flags.batch),
            signal: stop.signal,
            onJob: (job, error) => {
              if (error !== null) warn(error);
              else if (!flags.json) println(`done  ${job.input}`);
            },
          }),
        );
        const { timings: _timings, ...counts } = summary;
        if (flags.json) printJson(flags.timings ? summary : counts);
        else println(`${summary.worker}: ${summary.done} jobs done, ${summary.failed} failed`);
        if (flags.timings && !flags.json) warn(describeWorkerTimings(summary));
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      }
    });
}
