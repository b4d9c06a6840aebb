import type { Command } from 'commander';
import { verify } from '../../app/index.js';
import { configOf } from '../context.js';
import { printJson, println, warn } from '../output.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      "recompute the ledger's hash chain; exit 0 and print the head hash if intact, 1 naming the first bad entry",
    )
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ sanad verify && echo intact\n')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const result = await verify(configOf(command));
      if (flags.json) printJson(result);
      if (result.ok) {
        if (!flags.json) println(`${result.head}\nledger intact: ${result.count} entries`);
        return;
      }
      process.exitCode = 1;
      if (!flags.json) {
        const where = result.bad.seq !== null ? `entry ${result.bad.seq}` : `line ${result.bad.line}`;
        warn(`ledger broken at ${where} (line ${result.bad.line}): ${result.bad.reason}`);
        warn(`${result.count} entries verified before it`);
      }
    });
}
