import type { Command } from 'commander';
import type { Proposition } from '../../core/claims.js';
import { configOf, positiveNumber, withSanad } from '../context.js';
import { formatTime, printJson, println } from '../output.js';

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

/** One line per distinct holder and figure still counted: "  30000  NCRI (ncri-mek)". */
function holderLines(proposition: Proposition): string[] {
  const lines = new Set<string>();
  for (const assertion of proposition.assertions) {
    const figure = formatRange(assertion.edited ?? assertion);
    const status = assertion.counted ? '' : '  [rejected]';
    lines.add(`    ${figure.padEnd(12)} ${assertion.holder} (${assertion.group})${status}`);
  }
  return [...lines];
}

function headline(p: Proposition): string {
  const flags = [
    p.contested ? 'contested' : '',
    p.admission_against_interest ? `admission against interest (${p.admissions.join(', ')})` : '',
    p.review ? `${p.review.decision}: ${p.review.reason}` : '',
  ].filter(Boolean);
  return [
    p.id,
    `${p.type}${p.measure ? ` (${p.measure})` : ''}`,
    formatTime(p.when),
    p.where.length ? p.where.slice(0, 4).join(', ') : '',
    `range ${formatRange(p.range)}`,
    `corroboration ${p.corroboration}: ${p.groups.join(', ') || '—'}`,
    ...flags,
  ]
    .filter(Boolean)
    .join('  ');
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
      for (const proposition of propositions) {
        println(headline(proposition));
        for (const line of holderLines(proposition)) println(line);
      }
    });
}
