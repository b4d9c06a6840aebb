import type { Command } from 'commander';
import { configOf, positiveNumber, withSanad } from '../context.js';
import { formatTime, oneLine, printJson, println, table } from '../output.js';

interface EventFlags {
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  limit: number;
  json?: boolean;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list events found in the ledger, newest first')
    .option(
      '--type <type>',
      'protest, riot, defiance, arrest, sentence, execution, killing, torture, crackdown, other',
    )
    .option('--from <date>', 'only events ending on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only events starting on or before this day (YYYY-MM-DD)')
    .option('--place <name>', 'only events in this place')
    .option('--limit <n>', 'at most this many', positiveNumber('--limit'), 100)
    .option('--json', 'print the events as JSON')
    .addHelpText('after', '\nExample:\n  $ sanad events --type execution --from 2022-09-01 --place Mashhad\n')
    .action(async (flags: EventFlags, command: Command) => {
      const filter = {
        ...(flags.type ? { type: flags.type } : {}),
        ...(flags.from ? { from: flags.from } : {}),
        ...(flags.to ? { to: flags.to } : {}),
        ...(flags.place ? { place: flags.place } : {}),
        limit: flags.limit,
      };
      const events = await withSanad(configOf(command), (sanad) => sanad.events(filter));
      if (flags.json) return printJson(events);
      if (events.length === 0) return println('No events match');
      println(
        table([
          ['id', 'type', 'when', 'where', 'summary'],
          ...events.map((e) => [
            e.id,
            e.type,
            formatTime(e.when),
            e.where.join(', ') || '—',
            oneLine(e.summary, 60),
          ]),
        ]),
      );
    });
}
