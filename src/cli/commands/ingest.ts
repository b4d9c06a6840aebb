import type { Command } from 'commander';
import { queueInputs, type IngestSummary, type QueueSummary } from '../../app/index.js';
import { configOf, positiveNumber, wholeNumber, withSanad } from '../context.js';
import { printJson, println, warn } from '../output.js';
import { createProgressView } from '../progress.js';

interface IngestFlags {
  source?: string;
  json?: boolean;
  maxMb?: number;
  timeout?: number;
  progress?: boolean;
  queue?: boolean;
  threads?: number;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read files, folders (recursively) or http(s) URLs; clean, extract and append them to the ledger',
    )
    .argument('<inputs...>', 'files, folders or URLs (.txt, .md, .html)')
    .option('--source <name>', 'attribute the inputs to this outlet when the text does not name one')
    .option('--max-mb <n>', 'refuse inputs larger than this many megabytes', positiveNumber('--max-mb'), 20)
    .option(
      '--timeout <seconds>',
      'give up on a URL that has not answered after this long',
      positiveNumber('--timeout'),
      15,
    )
    .option(
      '--threads <n>',
      'worker threads that extract while the inputs are read and stored, once more than a few need it ' +
        '(default: one fewer than the cores, at most 3, or SANAD_EXTRACTION_THREADS; 0 extracts on the main thread)',
      wholeNumber('--threads'),
    )
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--json', 'print a JSON summary (refused inputs included) instead of text')
    .option('--queue', 'record one job per file or URL for `sanad worker` instead (needs SANAD_DATABASE_URL)')
    .addHelpText(
      'after',
      `
Examples:
  $ sanad ingest samples/
  $ sanad ingest report.html notes/ https://example.org/article --source "Radio Farda"
  $ SANAD_DATABASE_URL=postgres://sanad@db/sanad sanad ingest --queue /shared/reports/

The same content twice adds nothing. Each refused input is named on stderr with the
reason; the rest go on, and the exit code is 1 if anything was refused.`,
    )
    .action(async (inputs: string[], flags: IngestFlags, command: Command) => {
      const config = configOf(command, {
        maxBytes: Math.round((flags.maxMb ?? 20) * 1024 * 1024),
        timeoutMs: Math.round((flags.timeout ?? 15) * 1000),
        ...(flags.threads === undefined ? {} : { extractionThreads: flags.threads }),
      });
      const summary = flags.queue
        ? await runQueue(config, inputs, flags)
        : await runIngest(config, inputs, flags);
      if (summary.rejected.length > 0) process.exitCode = 1;
    });
}

export async function runIngest(
  config: Parameters<typeof withSanad>[0],
  inputs: readonly string[],
  flags: IngestFlags,
): Promise<IngestSummary> {
  const mode = flags.json ? 'quiet' : process.stderr.isTTY && flags.progress !== false ? 'bar' : 'lines';
  const total = mode === 'bar' ? await countInputs(inputs) : null;
  const view = await createProgressView(mode, total);
  const summary = await withSanad(config, (sanad) =>
    sanad.ingest(inputs, { source: flags.source ?? null, onProgress: (event) => view.update(event) }),
  );
  view.stop();
  if (flags.json) printJson(summary);
  else printIngestSummary(summary);
  return summary;
}

/** `ingest --queue`: jobs for `sanad worker`, and each input that cannot be queued on stderr. */
async function runQueue(
  config: Parameters<typeof withSanad>[0],
  inputs: readonly string[],
  flags: IngestFlags,
): Promise<QueueSummary> {
  const summary = await withSanad(config, (sanad) => queueInputs(sanad, inputs, flags.source ?? null));
  if (flags.json) {
    printJson(summary);
  } else {
    for (const refusal of summary.rejected) warn(refusal.message);
    println(
      `${summary.queued} jobs queued, ${summary.rejected.length} inputs refused; run "sanad worker" to ingest them`,
    );
  }
  return summary;
}

async function countInputs(inputs: readonly string[]): Promise<number> {
  const { expandInputs } = await import('../../ingest/index.js');
  let count = 0;
  for await (const _ of expandInputs(inputs)) count++;
  return count;
}

function printIngestSummary(summary: IngestSummary): void {
  const mb = summary.bytes / 1e6;
  println(
    `${summary.added} added, ${summary.duplicates} already in the ledger, ${summary.reextracted} re-extracted, ` +
      `${summary.rejected.length} refused — ${mb.toFixed(1)} MB in ${summary.seconds.toFixed(1)} s`,
  );
  println(`ledger head: ${summary.head}`);
}
