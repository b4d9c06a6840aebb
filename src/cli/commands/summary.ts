import type { Command } from 'commander';
import { sampleInputs, samplesFolder, summarize, type Summary } from '../../app/index.js';
import { configOf, withSanad } from '../context.js';
import { printJson, println } from '../output.js';
import { runIngest } from './ingest.js';
import { runServe, serveOptions, type ServeFlags } from './serve.js';

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('what the ledger holds: documents by language and source, events by type, places, head hash')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const summary = await withSanad(configOf(command), (sanad) => summarize(sanad));
      if (flags.json) printJson(summary);
      else printSummary(summary);
    });

  serveOptions(
    program
      .command('demo')
      .description(
        "sanad's main job on the bundled sample reports: ingest them into $SANAD_HOME and print a summary",
      )
      .option('--json', 'print the ingest result and summary as JSON')
      .option('--serve', 'then serve the web app on them (see "sanad serve")'),
  )
    .addHelpText(
      'after',
      '\nExample (a fresh machine):\n  $ npm ci && npm start      # runs "sanad demo --serve"\n',
    )
    .action(async (flags: { json?: boolean; serve?: boolean } & ServeFlags, command: Command) => {
      const config = configOf(command);
      println(`sanad: ingesting the sample reports in ${samplesFolder()} into ${config.home}`);
      const ingest = await runIngest(config, sampleInputs(), { json: false });
      if (ingest.rejected.length > 0) process.exitCode = 1;
      const summary = await withSanad(config, (sanad) => summarize(sanad));
      if (flags.json) printJson({ ingest, summary });
      else {
        println();
        printSummary(summary);
        println();
        println('Next: sanad search <words> · sanad events · sanad show <id> · sanad verify · sanad --help');
      }
      if (flags.serve) {
        println();
        await runServe(config, flags);
      }
    });
}

function line(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : '—';
}

export function printSummary(summary: Summary): void {
  println(`documents   ${summary.documents}  (${line(summary.byLanguage)})`);
  println(`sources     ${line(summary.bySource)}`);
  println(`events      ${line(summary.eventsByType)}`);
  println(`places      ${summary.topPlaces.map(([name, n]) => `${name} ${n}`).join(', ') || '—'}`);
  println(
    `statements  ${summary.statements}   figures ${summary.quantities}   people and organizations ${summary.entities}`,
  );
  println(`ledger      ${summary.ledgerEntries} entries, head ${summary.head}`);
}
