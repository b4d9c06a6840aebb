/**
 * Compares one document's extraction with its located gold, field by field (the rules are
 * written in gold-scorer.ts), counting true positives, false positives and false negatives
 * and naming each miss for `npm run eval -- --details`.
 * @module
 */
import type { Extraction, SanadEvent, Span, Speaker, Statement } from '../core/types.js';
import type { GoldEvent, GoldName, GoldStatement } from './gold-file.js';
import type { LocatedGold, Placed } from './locate-gold.js';
import {
  intervalsOverlap,
  overlapLength,
  pairOneToOne,
  sameEntity,
  sameName,
  samePlace,
  sameQuantityValue,
  sameTime,
  timesOverlap,
} from './match.js';

export const GOLD_FIELDS = [
  'quantities',
  'dates',
  'places',
  'persons',
  'organizations',
  'statements',
  'chains',
  'events',
] as const;
export type GoldField = (typeof GOLD_FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentComparison {
  readonly fields: Record<GoldField, Tally>;
  /** Diagnostic figures beside the fields: quantity spans alone, event arguments. */
  readonly extra: Record<string, Tally>;
  /** One line per false negative ("missed") and false positive ("spurious"). */
  readonly misses: readonly string[];
}

const excerpt = (text: string, span: Span): string =>
  JSON.stringify(text.slice(span[0], span[1]).replace(/\s+/g, ' ').slice(0, 80));

interface FieldResult {
  tally: Tally;
  pairs: Array<readonly [number, number]>;
}

function countPairs<G, P>(
  field: string,
  text: string,
  gold: readonly Placed<G>[],
  predicted: readonly (P & { readonly span: Span })[],
  agree: (gold: G, predicted: P) => boolean,
  misses: string[],
  describe: (predicted: P) => string = () => '',
): FieldResult {
  const pairs = pairOneToOne(gold.length, predicted.length, (g, p) => {
    const shared = overlapLength(gold[g]!.span, predicted[p]!.span);
    if (shared === 0 || !agree(gold[g]!.gold, predicted[p]!)) return null;
    return (
      shared / Math.max(gold[g]!.span[1] - gold[g]!.span[0], predicted[p]!.span[1] - predicted[p]!.span[0])
    );
  });
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  gold.forEach((g, i) => {
    if (!matchedGold.has(i))
      misses.push(`${field}: missed ${excerpt(text, g.span)} ${JSON.stringify(g.gold)}`);
  });
  predicted.forEach((p, i) => {
    if (!matchedPredicted.has(i)) misses.push(`${field}: spurious ${excerpt(text, p.span)} ${describe(p)}`);
  });
  return {
    tally: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length },
    pairs,
  };
}

function names(gold: GoldName): string[] {
  return [gold.name, ...(gold.aliases ?? [])];
}

function speakerMatches(gold: string, speaker: Speaker): boolean {
  return [speaker.name, speaker.role, speaker.organization].some(
    (x) => x !== null && x !== '' && sameName(gold, x),
  );
}

function quoteSpan(statement: Statement): Span {
  const span = statement.quote_span as Span | undefined;
  return span !== undefined && span[1] > span[0] ? span : statement.span;
}

function sameChain(gold: readonly string[], predicted: Statement['chain']): boolean {
  return gold.length === predicted.length && gold.every((name, i) => sameName(name, predicted[i]!.name));
}

function compareStatements(
  text: string,
  gold: readonly Placed<GoldStatement>[],
  predicted: readonly Statement[],
  misses: string[],
): { statements: Tally; chains: Tally } {
  const pairs = pairOneToOne(gold.length, predicted.length, (g, p) => {
    const goldSpan = gold[g]!.span;
    const shared = overlapLength(goldSpan, quoteSpan(predicted[p]!));
    const coverage = shared / (goldSpan[1] - goldSpan[0]);
    if (coverage < 0.5 || !speakerMatches(gold[g]!.gold.speaker, predicted[p]!.speaker)) return null;
    return coverage;
  });
  const matchedGold = new Map(pairs.map(([g, p]) => [g, p]));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  let chainsRight = 0;
  gold.forEach((g, i) => {
    const p = matchedGold.get(i);
    const where = excerpt(text, g.span);
    if (p === undefined) {
      misses.push(`statements: missed ${where} speaker ${JSON.stringify(g.gold.speaker)}`);
      return;
    }
    const chain = predicted[p]!.chain;
    if (sameChain(g.gold.chain, chain)) chainsRight++;
    else
      misses.push(
        `chains: wrong at ${where}: gold ${JSON.stringify(g.gold.chain)}, found ${JSON.stringify(chain.map((l) => l.name))}`,
      );
  });
  predicted.forEach((s, i) => {
    if (!matchedPredicted.has(i))
      misses.push(`statements: spurious ${excerpt(text, quoteSpan(s))} speaker ${JSON.stringify(s.speaker)}`);
  });
  return {
    statements: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length },
    chains: { tp: chainsRight, fp: predicted.length - chainsRight, fn: gold.length - chainsRight },
  };
}

function whereAgrees(gold: GoldEvent, event: SanadEvent): boolean {
  return gold.where.some((g) => event.where.some((p) => samePlace(g, p)));
}

function whenAgrees(gold: GoldEvent, event: SanadEvent): boolean {
  return gold.when !== null && event.when !== null && timesOverlap(gold.when, event.when);
}

function countsAgreeing(gold: GoldEvent, event: SanadEvent): { agree: number; of: number } {
  const keys = Object.keys(gold.counts) as (keyof GoldEvent['counts'])[];
  const agree = keys.filter((k) => {
    const found = event.counts[k];
    return found !== undefined && intervalsOverlap(gold.counts[k]!, found);
  }).length;
  return { agree, of: keys.length };
}

function compareEvents(
  text: string,
  gold: readonly GoldEvent[],
  predicted: readonly SanadEvent[],
  misses: string[],
): { events: Tally; counts: Tally; asserted: Tally } {
  const pairs = pairOneToOne(gold.length, predicted.length, (g, p) => {
    const goldEvent = gold[g]!;
    const event = predicted[p]!;
    if (goldEvent.type !== event.type) return null;
    const where = whereAgrees(goldEvent, event);
    const when = whenAgrees(goldEvent, event);
    const unanchored = goldEvent.where.length === 0 && goldEvent.when === null;
    if (!where && !when && !unanchored) return null;
    const { agree, of } = countsAgreeing(goldEvent, event);
    return Number(where) + Number(when) + (of === 0 ? 0 : agree / of);
  });
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  gold.forEach((g, i) => {
    if (!matchedGold.has(i))
      misses.push(
        `events: missed ${g.type} where ${JSON.stringify(g.where)} when ${JSON.stringify(g.when)} counts ${JSON.stringify(g.counts)}`,
      );
  });
  predicted.forEach((e, i) => {
    if (!matchedPredicted.has(i))
      misses.push(
        `events: spurious ${e.type} ${excerpt(text, e.span)} where ${JSON.stringify(e.where)} when ${JSON.stringify(e.when)}`,
      );
  });
  const counts: Tally = { tp: 0, fp: 0, fn: 0 };
  const asserted: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [g, p] of pairs) {
    const { agree, of } = countsAgreeing(gold[g]!, predicted[p]!);
    counts.tp += agree;
    counts.fn += of - agree;
    counts.fp += Object.keys(predicted[p]!.counts).length - agree;
    const by = gold[g]!.asserted_by;
    const found = predicted[p]!.asserted_by;
    if (by && found && sameName(by, found)) asserted.tp++;
    else {
      if (by) asserted.fn++;
      if (found) asserted.fp++;
    }
  }
  return {
    events: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.length - pairs.length },
    counts,
    asserted,
  };
}

/** Compares one document's extraction with its gold. */
export function compareDocument(text: string, gold: LocatedGold, found: Extraction): DocumentComparison {
  const misses: string[] = [];
  const persons = found.entities.filter((e) => e.kind === 'person');
  const organizations = found.entities.filter((e) => e.kind === 'organization');
  const quantities = countPairs(
    'quantities',
    text,
    gold.quantities,
    found.quantities,
    sameQuantityValue,
    misses,
    (q) => JSON.stringify({ low: q.low, high: q.high, qualifier: q.qualifier }),
  );
  const quantitySpans = pairOneToOne(gold.quantities.length, found.quantities.length, (g, p) =>
    overlapLength(gold.quantities[g]!.span, found.quantities[p]!.span) > 0 ? 1 : null,
  ).length;
  const dates = countPairs(
    'dates',
    text,
    gold.dates,
    found.dates,
    sameTime,
    misses,
    (d) => `${d.start}..${d.end}`,
  );
  const places = countPairs(
    'places',
    text,
    gold.places,
    found.places,
    (g, p) => names(g).some((n) => samePlace(n, p.name)),
    misses,
    (p) => p.name,
  );
  const entity = (field: string, placed: readonly Placed<GoldName>[], list: typeof persons): FieldResult =>
    countPairs(
      field,
      text,
      placed,
      list,
      (g, p) => sameEntity(names(g), p.name),
      misses,
      (p) => p.name,
    );
  const { statements, chains } = compareStatements(text, gold.statements, found.statements, misses);
  const { events, counts, asserted } = compareEvents(text, gold.events, found.events, misses);
  return {
    fields: {
      quantities: quantities.tally,
      dates: dates.tally,
      places: places.tally,
      persons: entity('persons', gold.persons, persons).tally,
      organizations: entity('organizations', gold.organizations, organizations).tally,
      statements,
      chains,
      events,
    },
    extra: {
      'quantities (span only)': {
        tp: quantitySpans,
        fp: found.quantities.length - quantitySpans,
        fn: gold.quantities.length - quantitySpans,
      },
      'event counts (matched events)': counts,
      'event asserted_by (matched events)': asserted,
    },
    misses,
  };
}
