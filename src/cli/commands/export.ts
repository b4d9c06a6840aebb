import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { SanadError, messageOf } from '../../core/errors.js';
import { EXPORT_FORMATS, exportTo, exportFormat, type ExportSink } from '../../app/index.js';
import { configOf, withSanad } from '../context.js';
import { warn } from '../output.js';

/** Writes chunks to a stream, waiting whenever it asks to. */
function sinkOf(stream: Writable): ExportSink {
  return async (chunk) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}

async function closed(stream: Writable): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the store in another format, to a file or standard output')
    .requiredOption('--format <format>', EXPORT_FORMATS.map((f) => `${f.name}: ${f.description}`).join('; '))
    .option('--out <file>', 'write to this file (written whole, then renamed into place) instead of stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ sanad export --format acled-csv --out events.csv
  $ sanad export --format geojson > events.geojson
  $ sanad export --format jsonl --out sanad-backup.jsonl
  $ sanad export --format claimreview --out reviewed.jsonld`,
    )
    .action(async (flags: { format: string; out?: string }, command: Command) => {
      const format = exportFormat(flags.format);
      await withSanad(configOf(command), async (sanad) => {
        if (!flags.out) {
          // A reader that stops early (`| head`) is not an error.
          process.stdout.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'EPIPE') process.exit(0);
          });
          return exportTo(sanad, format.name, sinkOf(process.stdout));
        }
        const partial = `${flags.out}.partial`;
        const stream = createWriteStream(partial);
        try {
          await once(stream, 'open');
          await exportTo(sanad, format.name, sinkOf(stream));
          await closed(stream);
          renameSync(partial, flags.out);
        } catch (error) {
          stream.destroy();
          rmSync(partial, { force: true });
          if (error instanceof SanadError) throw error;
          throw new SanadError(
            'SANAD_INVALID_ARGUMENT',
            `Cannot export to "${flags.out}": ${messageOf(error)}`,
          );
        }
        warn(`exported ${format.name} to ${flags.out}`);
      });
    });
}
