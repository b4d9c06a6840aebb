/**
 * The `sanad` command line: a thin shell over the library in src/app.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isSanadError, messageOf } from '../core/errors.js';
import { registerClaims } from './commands/claims.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerRebuild } from './commands/rebuild.js';
import { registerReview } from './commands/review.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerSources } from './commands/sources.js';
import { registerSummary } from './commands/summary.js';
import { registerVerify } from './commands/verify.js';

export function createProgram(): Command {
  const program = new Command('sanad')
    .description(
      'An evidence ledger for reports of repression and resistance: events, figures and attributed\n' +
        'statements, each tied to its text and chain of sources, in an append-only hash-chained ledger.',
    )
    .version('0.1.0')
    .option('--home <dir>', 'where the ledger and store live (default: $SANAD_HOME or ./.sanad)')
    .showHelpAfterError('(run "sanad <command> --help" for usage and examples)')
    .addHelpText(
      'after',
      `
Start here:
  $ sanad demo                       ingest the bundled sample reports and print a summary
  $ sanad ingest reports/            add your own files, folders or URLs
  $ sanad search "death sentence"    find documents, statements and events
  $ sanad claims --contested         figures that sources dispute, with who asserts each
  $ sanad verify                     check that nothing in the ledger was altered
  $ sanad serve                      the web app: search, documents, timeline, map`,
    );
  for (const register of [
    registerSummary,
    registerIngest,
    registerExtract,
    registerSearch,
    registerEvents,
    registerClaims,
    registerShow,
    registerReview,
    registerSources,
    registerExport,
    registerVerify,
    registerRebuild,
    registerServe,
  ]) {
    register(program);
  }
  const overrideExit = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideExit);
  };
  overrideExit(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isSanadError(error)) {
      process.stderr.write(`sanad: ${error.message}\n`);
      return error.code === 'SANAD_NOT_FOUND' ? 3 : 1;
    }
    if (error instanceof RangeError || error instanceof TypeError || error instanceof SyntaxError) {
      process.stderr.write(`sanad: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`sanad: Cannot finish the command: ${messageOf(error)}\n`);
    if (process.env['SANAD_DEBUG']) console.error(error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
