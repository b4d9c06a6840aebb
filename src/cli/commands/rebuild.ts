import type { Command } from 'commander';
import { configOf, withSanad } from '../context.js';
import { printJson, println } from '../output.js';

export function registerRebuild(program: Command): void {
  program
    .command('rebuild')
    .description("drop the store's projections and replay the ledger into them")
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nThe ledger is the only source of truth; the store can always be rebuilt from it.\n',
    )
    .action(async (flags: { json?: boolean }, command: Command) => {
      const result = await withSanad(configOf(command), async (sanad) => ({
        ...(await sanad.rebuild()),
        ...(await sanad.stats()),
      }));
      if (flags.json) return printJson(result);
      println(
        `replayed ${result.entries} ledger entries in ${result.seconds.toFixed(2)} s: ${result.documents} documents, ${result.events} events, ${result.statements} statements`,
      );
      println(`ledger head: ${result.head}`);
    });
}
