import type { Command } from 'commander';
import { configOf, positiveNumber, withSanad } from '../context.js';
import { oneLine, printJson, println, shortId } from '../output.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over documents, statements and events (English and Persian)')
    .argument('<query...>', 'words to find; put a phrase in quotes')
    .option('--limit <n>', 'results per kind', positiveNumber('--limit'), 10)
    .option('--json', 'print the results as JSON, grouped by kind')
    .addHelpText(
      'after',
      `
Examples:
  $ sanad search executions Mashhad
  $ sanad search '"death sentence"' --json
  $ sanad search اعدام`,
    )
    .action(async (words: string[], flags: { limit: number; json?: boolean }, command: Command) => {
      const query = words.join(' ');
      const results = await withSanad(configOf(command), (sanad) =>
        sanad.search(query, { limit: flags.limit }),
      );
      if (flags.json) return printJson(results);
      const groups = [
        ['documents', results.documents],
        ['statements', results.statements],
        ['events', results.events],
      ] as const;
      let total = 0;
      for (const [label, hits] of groups) {
        if (hits.length === 0) continue;
        total += hits.length;
        println(`${label}:`);
        for (const hit of hits) {
          println(
            `  ${hit.kind === 'document' ? shortId(hit.id) : hit.id}  ${hit.published ?? '          '}  ${oneLine(hit.title ?? '(untitled)', 70)}`,
          );
          println(`      ${oneLine(hit.snippet, 110)}`);
        }
      }
      if (total === 0) println(`No results for "${query}"`);
    });
}
