/**
 * The events an export writes, each with its document, the document's source and the most
 * specific place it names that the gazetteer can locate; in a stable order (earliest first,
 * undated last, then by id).
 * @module
 */
import type { SanadEvent } from '../../core/types.js';
import { findPlace, type GazetteerPlace } from '../../extract/index.js';
import { SourceRegistry, type SourceRecord } from '../../sources/index.js';
import type { ListedDocument } from '../../store/index.js';
import type { Sanad } from '../sanad.js';

export interface ExportedEvent {
  readonly id: string;
  readonly event: SanadEvent;
  readonly document: ListedDocument | undefined;
  /** The registered source the document was matched to, when it was. */
  readonly source: SourceRecord | undefined;
  readonly place: GazetteerPlace | undefined;
}

/** Smaller is more specific. */
const SPECIFICITY: Readonly<Record<GazetteerPlace['kind'], number>> = {
  site: 0,
  city: 1,
  province: 2,
  region: 3,
  country: 4,
};

function mostSpecificPlace(names: readonly string[]): GazetteerPlace | undefined {
  let best: GazetteerPlace | undefined;
  for (const name of names) {
    const place = findPlace(name);
    if (place && (best === undefined || SPECIFICITY[place.kind] < SPECIFICITY[best.kind])) best = place;
  }
  return best;
}

/** Every event to export, a page at a time, in the order above. */
export async function* exportedEvents(sanad: Sanad): AsyncGenerator<ExportedEvent[]> {
  const [matches, sources] = await Promise.all([sanad.documentSources(), sanad.sources()]);
  const registry = new SourceRegistry(sources);
  const sourceOf = new Map(matches.map((match) => [match.document, registry.get(match.source_id)]));
  for await (const page of sanad.eventPages()) {
    const documentById = new Map(page.documents.map((document) => [document.id, document]));
    yield page.events.map(({ id, document, ...event }) => ({
      id,
      event,
      document: documentById.get(document),
      source: sourceOf.get(document),
      place: mostSpecificPlace(event.where),
    }));
  }
}

/** The name an export gives a document's source: the registry's, else what the document states. */
export function sourceName(item: ExportedEvent): string {
  return item.source?.name ?? item.document?.source ?? '';
}
