/**
 * Places every entry of one gold document in the document's cleaned text, so that gold and
 * extraction can be compared by span. An entry that cannot be placed is an error in the gold:
 * it is reported and left out of the figures.
 * @module
 */
import type { Span } from '../core/types.js';
import type {
  GoldDate,
  GoldDocument,
  GoldEvent,
  GoldName,
  GoldQuantity,
  GoldStatement,
} from './gold-file.js';
import { placeEntries, placeRawSlice, type SurfaceEntry } from './locate.js';

export interface Placed<T> {
  readonly gold: T;
  readonly span: Span;
}

export interface LocatedGold {
  readonly quantities: readonly Placed<GoldQuantity>[];
  readonly dates: readonly Placed<GoldDate>[];
  readonly places: readonly Placed<GoldName>[];
  readonly persons: readonly Placed<GoldName>[];
  readonly organizations: readonly Placed<GoldName>[];
  readonly statements: readonly Placed<GoldStatement>[];
  readonly events: readonly GoldEvent[];
  /** Entries that could not be placed: errors in the gold. */
  readonly problems: readonly string[];
  /** Occurrences of listed names and figures that no entry took: possible gaps. */
  readonly unlisted: readonly string[];
}

function placeField<T extends SurfaceEntry>(
  text: string,
  entries: readonly T[],
  what: string,
  problems: string[],
  unlisted: string[],
): Placed<T>[] {
  const placement = placeEntries(text, entries, (entry) => `${what} "${entry.text}"`);
  problems.push(...placement.problems);
  for (const u of placement.unlisted) unlisted.push(`${what} "${u.text}" at ${u.span[0]}`);
  const placed: Placed<T>[] = [];
  placement.spans.forEach((span, i) => {
    if (span !== null) placed.push({ gold: entries[i]!, span });
  });
  return placed;
}

function placeStatements(
  gold: GoldDocument,
  text: string,
  raw: string,
  problems: string[],
): Placed<GoldStatement>[] {
  const byQuote = gold.statements.filter((s) => typeof s.quote === 'string');
  const quoted = placeEntries(
    text,
    byQuote.map((s) => ({ text: s.quote!, ...(s.nth === undefined ? {} : { nth: s.nth }) })),
    (entry) => `statement quote "${entry.text.slice(0, 60)}"`,
  );
  problems.push(...quoted.problems);
  const placed: Placed<GoldStatement>[] = [];
  quoted.spans.forEach((span, i) => {
    if (span !== null) placed.push({ gold: byQuote[i]!, span });
  });
  for (const statement of gold.statements) {
    if (statement.quote_at === undefined) continue;
    const span = placeRawSlice(raw, text, statement.quote_at);
    if (span === null) {
      problems.push(
        `Cannot locate statement quote at raw offsets ${statement.quote_at.join('..')} (speaker "${statement.speaker}"): the slice is not in the cleaned text`,
      );
    } else {
      placed.push({ gold: statement, span });
    }
  }
  return placed.sort((a, b) => a.span[0] - b.span[0]);
}

/** Places one gold document's entries in `text` (the cleaned text); `raw` is the file as read. */
export function locateGold(gold: GoldDocument, text: string, raw: string): LocatedGold {
  const problems: string[] = [];
  const unlisted: string[] = [];
  return {
    quantities: placeField(text, gold.quantities, 'quantity', problems, unlisted),
    dates: placeField(text, gold.dates, 'date', problems, unlisted),
    places: placeField(text, gold.places, 'place', problems, unlisted),
    persons: placeField(text, gold.persons, 'person', problems, unlisted),
    organizations: placeField(text, gold.organizations, 'organization', problems, unlisted),
    statements: placeStatements(gold, text, raw, problems),
    events: gold.events,
    problems,
    unlisted,
  };
}
