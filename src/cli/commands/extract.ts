import type { Command } from 'commander';
import { extractFiles } from '../../app/index.js';
import { formatTime, oneLine, printJsonLine, println } from '../output.js';
import { configOf, positiveNumber } from '../context.js';

interface ExtractFlags {
  json?: boolean;
  source?: string;
  maxMb?: number;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('run the extraction pipeline on files and print what it finds; stores nothing')
    .argument('<files...>', 'files or URLs to read')
    .option('--json', 'print one contract JSON object per file (JSON Lines), as CONTRACT.md fixes it')
    .option('--source <name>', 'the outlet, when the text does not name one')
    .option('--max-mb <n>', 'refuse inputs larger than this many megabytes', positiveNumber('--max-mb'), 20)
    .addHelpText('after', '\nExample:\n  $ sanad extract samples/en/*.md --json | jq .events\n')
    .action(async (files: string[], flags: ExtractFlags, command: Command) => {
      const config = configOf(command, { maxBytes: Math.round((flags.maxMb ?? 20) * 1024 * 1024) });
      let failed = false;
      for await (const result of extractFiles(files, config, { source: flags.source ?? null })) {
        if ('error' in result) {
          failed = true;
          if (flags.json) printJsonLine(result);
          else process.stderr.write(`${result.error.message}\n`);
          continue;
        }
        if (flags.json) {
          printJsonLine(result);
          continue;
        }
        const { document } = result;
        println(`${document.file ?? '?'}  ${document.title ?? '(untitled)'}  [${document.language}]`);
        println(`  source ${document.source ?? '—'}  published ${formatTime(document.published)}`);
        println(
          `  ${result.quantities.length} figures, ${result.dates.length} dates, ${result.places.length} places, ` +
            `${result.entities.length} people and organizations, ${result.statements.length} statements, ${result.events.length} events`,
        );
        for (const event of result.events) println(`  event ${event.type}: ${oneLine(event.summary, 90)}`);
      }
      if (failed) process.exitCode = 1;
    });
}
