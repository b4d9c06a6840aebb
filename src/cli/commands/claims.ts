import type { Command } from 'commander';
import type { Proposition } from '../../core/claims.js';
import { configOf, positiveNumber, withSanad } from '../context.js';
import { formatTime, printJson, println, table } from '../output.js';

interface ClaimsFlags {
  contested?: boolean;
  group?: string;
  limit: number;
  json?: boolean;
}

/** "304–1500", "≥ 304", "≤ 15000", or "—" when no figure is counted. */
export function formatRange(range: { low: number | null; high: number | null }): string {
  const { low, high } = range;
  if (low === null && high === null) return '—';
  if (high === null) return `≥ ${low}`;
  if (low === null) return `≤ ${high}`;
  return low === high ? String(low) : `${low}–${high}`;
}

function holdersOf(proposition: Proposition): string {
  const counted = proposition.assertions.filter((assertion) => assertion.counted);
  const holders = [...new Set(counted.map((assertion) => `${assertion.holder} (${assertion.group})`))];
  return holders.length > 3
    ? `${holders.slice(0, 3).join('; ')}; +${holders.length - 3}`
    : holders.join('; ');
}

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('list propositions: the same thing asserted across documents, with who asserts it')
    .option('--contested', 'only propositions whose counted figures do not all overlap')
    .option(
      '--group <group>',
      'only propositions asserted by this affiliation group (e.g. iran-state, ncri-mek)',
    )
    .option('--limit <n>', 'at most this many', positiveNumber('--limit'), 100)
    .option('--json', 'print the propositions as JSON (see CONTRACT.md)')
    .addHelpText(
      'after',
      `
corroboration counts distinct affiliation groups: five outlets of one camp are one voice, and a
figure a wire service repeats from an official counts for the official's group.

Examples:
  $ sanad claims --contested
  $ sanad claims --group rights-ngo --json
`,
    )
    .action(async (flags: ClaimsFlags, command: Command) => {
      const filter = {
        ...(flags.contested ? { contested: true } : {}),
        ...(flags.group ? { group: flags.group } : {}),
        limit: flags.limit,
      };
      const propositions = await withSanad(configOf(command), (sanad) => sanad.claims(filter));
      if (flags.json) return printJson(propositions);
      if (propositions.length === 0) return println('No propositions match');
      println(
        table([
          ['id', 'type', 'measure', 'when', 'range', 'flags', 'groups', 'holders'],
          ...propositions.map((p) => [
            p.id,
            p.type,
            p.measure ?? '—',
            formatTime(p.when),
            formatRange(p.range),
            [
              p.contested ? 'contested' : '',
              p.admission_against_interest ? 'admission' : '',
              p.review ? p.review.decision : '',
            ]
              .filter(Boolean)
              .join(',') || '—',
            `${p.corroboration}: ${p.groups.join(', ') || '—'}`,
            holdersOf(p),
          ]),
        ]),
      );
    });
}
