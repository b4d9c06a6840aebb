/**
 * Events drawn where they happened, on a map that needs no tile server: country outlines from
 * Natural Earth (world-atlas, loaded as a file) and the gazetteer's provinces and cities.
 * @module
 */
import { Map as LeafletMap, circleMarker, geoJSON, layerGroup, type LayerGroup } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';

export interface MapPoint {
  readonly name: string;
  readonly fa: string | null;
  readonly kind: string;
  readonly lat: number;
  readonly lon: number;
}

export interface MapCount extends MapPoint {
  readonly count: number;
}

/** Iran and its neighbours. */
const BOUNDS: [[number, number], [number, number]] = [
  [24.5, 43.5],
  [40.2, 63.8],
];
const IRAN_ISO_NUMERIC = '364';

let outlines: Promise<GeoJSON.FeatureCollection> | undefined;

function loadOutlines(): Promise<GeoJSON.FeatureCollection> {
  outlines ??= fetch(countriesUrl)
    .then(
      (response) => response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>,
    )
    .then((topology) => feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection);
  return outlines;
}

/** Circle radius in pixels: area grows with the count. */
export function radiusFor(count: number): number {
  return Math.min(40, 5 + 4 * Math.sqrt(count));
}

export function EventMap({ base, counts }: { base: readonly MapPoint[]; counts: readonly MapCount[] }) {
  const { t, lang } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const baseLayer = useRef<LayerGroup | null>(null);
  const countLayer = useRef<LayerGroup | null>(null);
  const nameOf = (point: MapPoint): string => (lang === 'fa' && point.fa ? point.fa : point.name);

  useEffect(() => {
    const instance = new LeafletMap(element.current!, {
      attributionControl: true,
      zoomSnap: 0.25,
      minZoom: 3,
      maxZoom: 10,
    });
    instance.attributionControl.setPrefix(false);
    instance.attributionControl.addAttribution('Natural Earth · GeoNames');
    instance.fitBounds(BOUNDS);
    map.current = instance;
    baseLayer.current = layerGroup().addTo(instance);
    countLayer.current = layerGroup().addTo(instance);
    let live = true;
    void loadOutlines().then((collection) => {
      if (!live) return;
      geoJSON(collection, {
        interactive: false,
        style: (item) => ({
          color: '#666',
          weight: item?.id === IRAN_ISO_NUMERIC ? 1.5 : 0.6,
          fillColor: item?.id === IRAN_ISO_NUMERIC ? '#f4efe4' : '#e6e6e6',
          fillOpacity: 1,
        }),
      })
        .addTo(instance)
        .bringToBack();
    });
    return () => {
      live = false;
      instance.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const layer = baseLayer.current;
    if (!layer) return;
    layer.clearLayers();
    for (const point of base) {
      circleMarker([point.lat, point.lon], {
        radius: point.kind === 'province' ? 2.5 : 2,
        color: point.kind === 'province' ? '#555' : '#888',
        weight: 1,
        fillOpacity: 0.6,
      })
        .bindTooltip(nameOf(point))
        .addTo(layer);
    }
  }, [base, lang]);

  useEffect(() => {
    const layer = countLayer.current;
    if (!layer) return;
    layer.clearLayers();
    for (const point of counts) {
      const marker = circleMarker([point.lat, point.lon], {
        radius: radiusFor(point.count),
        color: '#7a1010',
        weight: 1,
        fillColor: '#d62728',
        fillOpacity: point.kind === 'country' ? 0.15 : 0.45,
        dashArray: point.kind === 'country' ? '4 3' : '',
        className: 'event-circle',
      });
      marker.bindTooltip(`${nameOf(point)}: ${t('map.events', { count: point.count })}`);
      marker.addTo(layer);
    }
  }, [counts, lang]);

  return (
    <div class="event-map" ref={element} role="img" aria-label={t('map.label', { count: counts.length })} />
  );
}
