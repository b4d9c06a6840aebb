import type { Command } from 'commander';
import type { ReviewDecision } from '../../core/claims.js';
import { SanadError } from '../../core/errors.js';
import { configOf, withSanad } from '../context.js';
import { printJson, println } from '../output.js';

interface ReviewFlags {
  accept?: boolean;
  reject?: boolean;
  edit?: string;
  reason?: string;
  json?: boolean;
}

function parseEdit(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot read --edit "${text}": not JSON (${(error as Error).message})`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SanadError('SANAD_INVALID_ARGUMENT', `Cannot read --edit "${text}": expected a JSON object`);
  return value as Record<string, unknown>;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description("record an analyst's decision on a proposition, event or statement (a new ledger entry)")
    .argument('<id>', 'a proposition (pr_…), event (ev_…) or statement (st_…) id')
    .option('--accept', 'the item is right')
    .option('--reject', 'the item is wrong: it stays in the ledger but drops out of counts')
    .option(
      '--edit <json>',
      'correct fields, e.g. \'{"low": 300, "high": 300}\'; the original stays beside it',
    )
    .option('--reason <text>', 'why (required)')
    .option('--json', 'print the recorded review as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ sanad review pr_3f2a91b07c1d4e55 --reject --reason "two different protests"
  $ sanad review ev_9a0c2b7e11d04f3a --edit '{"low": 304}' --reason "Amnesty's later count"
`,
    )
    .action(async (id: string, flags: ReviewFlags, command: Command) => {
      const chosen = (['accept', 'reject', 'edit'] as const).filter((flag) => flags[flag] !== undefined);
      if (chosen.length !== 1)
        throw new SanadError(
          'SANAD_INVALID_ARGUMENT',
          `Cannot review "${id}": give exactly one of --accept, --reject or --edit JSON`,
        );
      if (!flags.reason)
        throw new SanadError('SANAD_INVALID_ARGUMENT', `Cannot review "${id}": --reason TEXT is required`);
      const decision: ReviewDecision = chosen[0]!;
      const edit = flags.edit !== undefined ? parseEdit(flags.edit) : null;
      const review = await withSanad(configOf(command), (sanad) =>
        sanad.review({ target: id, decision, edit, reason: flags.reason! }),
      );
      if (flags.json) return printJson(review);
      println(`recorded ${decision} of ${review.target} (ledger entry ${review.seq})`);
    });
}
