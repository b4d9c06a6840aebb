import type { Command } from 'commander';
import { queueOf } from '../../app/index.js';
import { configOf, positiveNumber, withSanad } from '../context.js';
import { printJson, println } from '../output.js';

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('the ingest job queue: jobs by state, and failed jobs with their reasons')
    .option('--limit <n>', 'failed jobs listed at most', positiveNumber('--limit'), 20)
    .option('--json', 'print counts and failures as JSON')
    .addHelpText('after', '\nExample:\n  $ SANAD_DATABASE_URL=postgres://sanad@db/sanad sanad jobs --json\n')
    .action(async (flags: { limit: number; json?: boolean }, command: Command) => {
      const { counts, failures } = await withSanad(configOf(command), async (sanad) => {
        const queue = queueOf(sanad);
        return { counts: await queue.counts(), failures: await queue.failures(Math.floor(flags.limit)) };
      });
      if (flags.json) {
        printJson({ counts, failures });
        return;
      }
      println(
        Object.entries(counts)
          .map(([state, n]) => `${state} ${n}`)
          .join('  '),
      );
      for (const failure of failures)
        println(`failed  ${failure.input}  (${failure.attempts} attempts): ${failure.error}`);
    });
}
