import type { PropositionView } from '../../app/index.js';
import { formatTime, oneLine, println } from '../output.js';
import { formatRange } from './claims.js';

/** Prints a proposition: verdicts, then each assertion with its chain outermost first, then reviews. */
export function printProposition(view: PropositionView): void {
  println(`proposition  ${view.id}`);
  println(`type         ${view.type}${view.measure ? ` (${view.measure})` : ''}`);
  println(`when         ${formatTime(view.when)}`);
  println(`where        ${view.where.join(', ') || '—'}`);
  println(`range        ${formatRange(view.range)}${view.contested ? '  (contested)' : ''}`);
  println(`corroborated ${view.corroboration} group(s): ${view.groups.join(', ') || '—'}`);
  if (view.admission_against_interest) println(`admission    ${view.admissions.join(', ')}`);
  println(`review       ${view.review ? `${view.review.decision}: ${view.review.reason}` : '—'}`);
  println(`\nassertions (${view.assertions.length})`);
  for (const assertion of view.assertions) {
    const figure = formatRange(assertion);
    const edited = assertion.edited ? `  edited to ${formatRange(assertion.edited)}` : '';
    const status = assertion.counted ? '' : '  [rejected: not counted]';
    println(`  ${assertion.holder} (${assertion.group})  ${figure}${edited}${status}`);
    println(
      `    chain     ${assertion.chain.map((link) => `${link.name} [${link.kind}]`).join(' → ') || '—'}`,
    );
    println(`    when      ${formatTime(assertion.when)}   document ${assertion.document}`);
    println(`    evidence  ${oneLine(assertion.evidence, 120)}`);
    if (assertion.review) println(`    review    ${assertion.review.decision}: ${assertion.review.reason}`);
  }
  if (view.reviews.length) println('\nreview history (newest first)');
  for (const review of view.reviews) {
    const edit = review.edit ? ` ${JSON.stringify(review.edit)}` : '';
    println(`  ${review.at}  ${review.decision}${edit}: ${review.reason}  (ledger entry ${review.seq})`);
  }
}
