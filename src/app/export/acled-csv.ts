/**
 * ACLED's CSV: its columns in its order, its time and geo precision codes, and sanad's event
 * types mapped to ACLED's by `acled-mapping.json`. One row per event, at the most specific
 * place it names.
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { EventType, Time } from '../../core/types.js';
import mapping from './acled-mapping.json' with { type: 'json' };
import type { ExportFormat } from './export-format.js';
import { exportedEvents, sourceName, type ExportedEvent } from './located-events.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;

interface TypeMapping {
  readonly disorder_type: string;
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string;
  readonly inter1: number;
  readonly actor2: string;
  readonly inter2: number;
  readonly civilian_targeting: string;
}

const TYPES = mapping.event_types as Readonly<Record<EventType, TypeMapping>>;
const TIME_PRECISION = mapping.time_precision.codes as Readonly<Record<string, number>>;
const GEO_PRECISION = mapping.geo_precision.codes as Readonly<Record<string, number>>;
const SOURCE_SCALE = mapping.source_scale.codes as Readonly<Record<string, string>>;
const DAY_MS = 86_400_000;
/** ISO 3166-1 numeric code and ACLED region of Iran, where nearly every event takes place. */
const IRAN = { iso: 364, region: 'Middle East' };
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

const days = (time: Time): number => (Date.parse(time.end) - Date.parse(time.start)) / DAY_MS + 1;

/** ACLED's date: the day itself when known, else the middle of the span reported. */
function acledDate(time: Time): { date: string; precision: number } {
  if (time.precision === 'day' && time.start === time.end) return { date: time.start, precision: 1 };
  const middle = new Date((Date.parse(time.start) + Date.parse(time.end)) / 2).toISOString().slice(0, 10);
  const precision =
    time.precision === 'range'
      ? days(time) <= mapping.time_precision.longest_span_days_for_2
        ? 2
        : 3
      : (TIME_PRECISION[time.precision] ?? 3);
  return { date: middle, precision };
}

/** ACLED's interaction: the two inter codes, lower first; a lone actor's code followed by 0. */
function interaction(inter1: number, inter2: number): number {
  if (inter1 === 0 || inter2 === 0) return Math.max(inter1, inter2) * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

function fatalities(item: ExportedEvent): number {
  const { killed, executed } = item.event.counts;
  return killed?.low ?? executed?.low ?? 0;
}

function tags(item: ExportedEvent): string {
  const participants = item.event.counts.participants;
  return [
    ...(participants?.low != null ? [`crowd size=${participants.low}`] : []),
    ...(item.event.type === 'defiance' ? ['defiance'] : []),
    `sanad=${item.id}`,
  ].join('; ');
}

function rowOf(item: ExportedEvent, timestamps: ReadonlyMap<string, number>): AcledRow | null {
  const { event, place, document } = item;
  if (!event.when) return null;
  const type = TYPES[event.type] ?? TYPES.other;
  const { date, precision } = acledDate(event.when);
  const actor1 = event.actors[0] ?? type.actor1;
  const actor2 = event.targets[0] ?? type.actor2;
  const inIran = place === undefined || place.country === 'IR';
  const country = inIran ? 'Iran' : place?.country ? (countryNames.of(place.country) ?? place.country) : '';
  return {
    event_id_cnty: `IRN-${item.id.replace(/^ev_/, '')}`,
    event_date: date,
    year: Number(date.slice(0, 4)),
    time_precision: precision,
    disorder_type: type.disorder_type,
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    actor1,
    assoc_actor_1: event.actors.slice(1).join('; '),
    inter1: actor1 ? type.inter1 : 0,
    actor2,
    assoc_actor_2: event.targets.slice(1).join('; '),
    inter2: actor2 ? type.inter2 : 0,
    interaction: interaction(actor1 ? type.inter1 : 0, actor2 ? type.inter2 : 0),
    civilian_targeting: type.civilian_targeting,
    iso: inIran ? IRAN.iso : '',
    region: inIran ? IRAN.region : '',
    country,
    admin1: place?.kind === 'province' ? place.name : (place?.province ?? ''),
    admin2: '',
    admin3: '',
    location:
      place && place.kind !== 'province' && place.kind !== 'country' ? place.name : (place?.name ?? ''),
    latitude: place ? place.lat.toFixed(4) : '',
    longitude: place ? place.lon.toFixed(4) : '',
    geo_precision: place ? (GEO_PRECISION[place.kind] ?? 3) : '',
    source: sourceName(item),
    source_scale: item.source ? (SOURCE_SCALE[item.source.kind] ?? 'Other') : '',
    notes: event.summary,
    fatalities: fatalities(item),
    tags: tags(item),
    timestamp: (document && timestamps.get(document.id)) ?? '',
  };
}

/** When each document entered the ledger, as Unix seconds: ACLED's timestamp of the row's last change. */
async function addedTimes(sanad: Parameters<ExportFormat['write']>[0]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for await (const entry of sanad.ledgerEntries()) {
    if (entry.kind !== 'extraction.added') continue;
    const document = (entry.payload as { document?: unknown }).document;
    if (typeof document === 'string') times.set(document, Math.floor(Date.parse(entry.at) / 1000));
  }
  return times;
}

export const acledCsv: ExportFormat = {
  name: 'acled-csv',
  description: "ACLED's columns and codes, one row per dated event",
  extension: 'csv',
  async write(sanad, sink) {
    const timestamps = await addedTimes(sanad);
    let header = true;
    for await (const page of exportedEvents(sanad)) {
      const rows = page.map((item) => rowOf(item, timestamps)).filter((row) => row !== null);
      if (rows.length === 0) continue;
      await sink(stringify(rows, { header, columns: [...ACLED_COLUMNS] }));
      header = false;
    }
    if (header) await sink(stringify([], { header, columns: [...ACLED_COLUMNS] }));
  },
};
