/**
 * A GeoJSON FeatureCollection (RFC 7946) of the events placed at a location the gazetteer
 * knows: one Point feature each, longitude first.
 * @module
 */
import type { ExportFormat } from './export-format.js';
import { exportedEvents, sourceName, type ExportedEvent } from './located-events.js';

function featureOf(item: ExportedEvent) {
  const { event, place, document, source } = item;
  if (!place) return null;
  return {
    type: 'Feature' as const,
    id: item.id,
    geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
    properties: {
      type: event.type,
      summary: event.summary,
      when: event.when,
      where: event.where,
      place: place.name,
      place_kind: place.kind,
      province: place.province,
      country: place.country,
      counts: event.counts,
      actors: event.actors,
      targets: event.targets,
      asserted_by: event.asserted_by,
      document: document?.id ?? null,
      source: sourceName(item) || null,
      source_id: source?.id ?? null,
      source_group: source?.group ?? null,
    },
  };
}

export const geojson: ExportFormat = {
  name: 'geojson',
  description: 'a GeoJSON FeatureCollection of the events with a known place (RFC 7946)',
  extension: 'geojson',
  async write(sanad, sink) {
    // Written feature by feature, the same bytes as JSON.stringify of the whole collection.
    await sink('{"type":"FeatureCollection","features":[');
    let first = true;
    for await (const page of exportedEvents(sanad)) {
      const features = page.map(featureOf).filter((feature) => feature !== null);
      if (features.length === 0) continue;
      await sink(`${first ? '' : ','}${features.map((feature) => JSON.stringify(feature)).join(',')}`);
      first = false;
    }
    await sink(']}\n');
  },
};
