/**
 * Events into assertions: one per figure an event carries (or one without a figure), each
 * with its holder, the holder's group and the chain that brought it.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Assertion, ClaimEvent, ClaimStatement } from '../core/claims.js';
import { COUNT_KEYS, type ChainLink, type CountKey } from '../core/types.js';
import { holderGroups } from './holder-group.js';

/** The holder of an event with neither a speaker nor a known source. */
export const UNKNOWN_HOLDER = 'unknown source';

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The narrowest statement of the event's document whose span holds the event's span; failing
 * that, one by the event's holder whose span overlaps it (an event may run past the attribution).
 */
function carryingStatement(event: ClaimEvent, statements: readonly ClaimStatement[]): ClaimStatement | null {
  const [start, end] = event.event.span;
  let best: ClaimStatement | null = null;
  for (const statement of statements) {
    const [from, to] = statement.span;
    if (from <= start && end <= to && (!best || to - from < best.span[1] - best.span[0])) best = statement;
  }
  const holder = event.event.asserted_by;
  if (best || !holder) return best;
  const overlapping = (statement: ClaimStatement): boolean =>
    statement.speaker.name === holder && statement.span[0] < end && start < statement.span[1];
  return statements.find(overlapping) ?? null;
}

function chainOf(event: ClaimEvent, statement: ClaimStatement | null, holder: string): ChainLink[] {
  if (statement && statement.chain.length > 0) return [...statement.chain];
  const outlet: ChainLink = { name: event.source ?? UNKNOWN_HOLDER, kind: 'outlet' };
  return holder === outlet.name ? [outlet] : [outlet, { name: holder, kind: 'person' }];
}

/**
 * The assertions of every event: for each count the event gives, one assertion of that figure;
 * an event without counts asserts that it happened (measure null).
 * @example buildAssertions(events, statements)[0].holder // "Amnesty International"
 */
export function buildAssertions(
  events: readonly ClaimEvent[],
  statements: readonly ClaimStatement[],
): Assertion[] {
  const byDocument = new Map<string, ClaimStatement[]>();
  for (const statement of statements) {
    const list = byDocument.get(statement.document);
    if (list) list.push(statement);
    else byDocument.set(statement.document, [statement]);
  }
  const groups = holderGroups();
  const assertions: Assertion[] = [];
  for (const item of events) {
    const { event } = item;
    const statement = carryingStatement(item, byDocument.get(item.document) ?? []);
    const holder = event.asserted_by ?? statement?.speaker.name ?? item.source ?? UNKNOWN_HOLDER;
    const chain = chainOf(item, statement, holder);
    const speaker = statement && statement.speaker.name === holder ? statement.speaker : {};
    const group = groups.groupOf(holder, speaker);
    const measures = COUNT_KEYS.filter((key) => event.counts[key]);
    for (const measure of measures.length > 0 ? measures : [null]) {
      const figure = measure ? event.counts[measure as CountKey] : undefined;
      assertions.push({
        id: `as_${shortHash(`${item.id}:${measure ?? ''}`)}`,
        event: item.id,
        statement: statement?.id ?? null,
        document: item.document,
        type: event.type,
        measure,
        when: event.when,
        where: event.where,
        actors: event.actors,
        targets: event.targets,
        holder,
        group,
        low: figure?.low ?? null,
        high: figure?.high ?? null,
        chain,
        evidence: item.evidence,
      });
    }
  }
  return assertions;
}
