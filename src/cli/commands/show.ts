import type { Command } from 'commander';
import { configOf, withSanad } from '../context.js';
import { formatTime, oneLine, printJson, println } from '../output.js';
import { printProposition } from './show-proposition.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('one document with its extraction, or one proposition with its assertions and reviews')
    .argument('<id>', 'a document id (sha256:… or its first 8+ hex characters) or a proposition id (pr_…)')
    .option('--json', 'print the document and its extraction as JSON')
    .option('--text', 'print the whole cleaned text too')
    .addHelpText('after', '\nExamples:\n  $ sanad show 3fa2c91b\n  $ sanad show pr_3f2a91b07c1d4e55\n')
    .action(async (id: string, flags: { json?: boolean; text?: boolean }, command: Command) => {
      if (id.trim().startsWith('pr_')) {
        const proposition = await withSanad(configOf(command), (sanad) => sanad.proposition(id.trim()));
        return flags.json ? printJson(proposition) : printProposition(proposition);
      }
      const view = await withSanad(configOf(command), (sanad) => sanad.document(id));
      if (flags.json) return printJson(view);
      const { document, extraction } = view;
      println(`document   ${document.id}`);
      println(`title      ${document.title ?? '—'}`);
      println(`source     ${document.source ?? '—'}${document.author ? ` (by ${document.author})` : ''}`);
      println(`published  ${formatTime(document.published)}`);
      println(`language   ${document.language}`);
      println(`from       ${document.file ?? '—'}`);
      println(`raw        ${document.raw_hash}  (ledger entry ${view.seq})`);
      println(`length     ${document.text.length} characters`);
      if (flags.text) println(`\n${document.text}\n`);
      if (!extraction) return println('\nno extraction recorded');
      const evidence = (span: readonly [number, number]): string =>
        oneLine(document.text.slice(span[0], span[1]), 100);
      println(`\nextractor  ${extraction.extractor}`);
      if (extraction.statements.length) println('\nstatements');
      for (const s of extraction.statements) {
        println(`  ${s.chain.map((link) => link.name).join(' → ') || s.speaker.name || '?'} (${s.verb})`);
        println(`    "${oneLine(s.quote, 100)}"`);
      }
      if (extraction.events.length) println('\nevents');
      for (const e of extraction.events) {
        const counts = Object.entries(e.counts).map(([k, v]) => `${k} ${v.low ?? '…'}–${v.high ?? '…'}`);
        println(`  ${e.type}  ${formatTime(e.when)}  ${e.where.join(', ') || '—'}  ${counts.join(', ')}`);
        println(`    ${evidence(e.span)}`);
      }
      if (extraction.quantities.length) println('\nfigures');
      for (const q of extraction.quantities)
        println(`  ${q.text}  [${q.low ?? '…'}, ${q.high ?? '…'}] ${q.counted ?? q.unit ?? ''}`);
      if (extraction.places.length)
        println(`\nplaces     ${[...new Set(extraction.places.map((p) => p.name))].join(', ')}`);
      if (extraction.entities.length)
        println(`entities   ${[...new Set(extraction.entities.map((p) => p.name))].join(', ')}`);
      if (extraction.dates.length)
        println(`dates      ${extraction.dates.map((d) => `${d.text} (${formatTime(d)})`).join('; ')}`);
    });
}
