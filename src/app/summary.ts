/**
 * A short account of what the store holds: what a newcomer sees after `sanad demo`.
 * @module
 */
import type { Sanad } from './sanad.js';

export interface Summary {
  readonly documents: number;
  readonly byLanguage: Readonly<Record<string, number>>;
  readonly bySource: Readonly<Record<string, number>>;
  readonly eventsByType: Readonly<Record<string, number>>;
  readonly topPlaces: ReadonlyArray<readonly [string, number]>;
  readonly statements: number;
  readonly quantities: number;
  readonly entities: number;
  readonly head: string;
  readonly ledgerEntries: number;
}

function tally(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export async function summarize(sanad: Sanad, limit = 100_000): Promise<Summary> {
  const stats = await sanad.stats();
  const documents = await sanad.listDocuments({ limit });
  const events = await sanad.events({ limit });
  const places = tally(events.flatMap((event) => event.where));
  return {
    documents: stats.documents,
    byLanguage: tally(documents.map((d) => d.language)),
    bySource: tally(documents.map((d) => d.source ?? 'unknown')),
    eventsByType: tally(events.map((e) => e.type)),
    topPlaces: Object.entries(places).slice(0, 10),
    statements: stats.statements,
    quantities: stats.quantities,
    entities: stats.entities,
    head: stats.head,
    ledgerEntries: stats.lastSeq,
  };
}
