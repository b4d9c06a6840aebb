import type { InferResponseType } from 'hono/client';
import { api, read } from '../api/client.js';
import { EventMap } from '../components/event-map.js';
import { Status } from '../components/status.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, withQuery } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { useRange } from './range.js';
import { useTimeline } from './timeline.js';

type Counts = InferResponseType<typeof api.map.$get, 200>;
type Base = InferResponseType<typeof api.places.$get, 200>;
type Timeline = InferResponseType<typeof api.timeline.$get, 200>;

export function MapScreen() {
  const { t, num, day, lang } = useI18n();
  const [range, setRange] = useRange();
  // Months: fine enough to brush a season of protests, few enough for 40 years.
  const timeline = useTimeline('month', '');
  const base = useFetch('places', async () => read(await api.places.$get()));
  const counts = useFetch(`map?${range?.from ?? ''}&${range?.to ?? ''}`, async () =>
    read(await api.map.$get({ query: range ? { from: range.from, to: range.to } : {} })),
  );
  return (
    <section class="map-screen">
      <h1>{t('nav.map')}</h1>
      <Status loaded={timeline}>
        {(data: Timeline) =>
          data.buckets.length === 0 ? null : (
            <TimelineChart
              bucket={data.bucket}
              bars={data.buckets}
              types={data.types}
              range={range}
              onRange={setRange}
              height={180}
            />
          )
        }
      </Status>
      <p class="range-label">
        {range ? t('timeline.range', { from: day(range.from), to: day(range.to) }) : t('timeline.all')}{' '}
        <Link href={withQuery('/timeline', { from: range?.from, to: range?.to })}>{t('map.toTimeline')}</Link>
      </p>
      <Status loaded={counts}>
        {(data: Counts) => (
          <div class="map-layout">
            <EventMap base={base.state === 'done' ? (base.data as Base).places : []} counts={data.places} />
            <div class="map-side">
              <p class="map-summary" data-events={data.events} data-unlocated={data.unlocated} role="status">
                {t('map.summary', { count: data.events, unlocated: data.unlocated })}
              </p>
              <table class="place-table">
                <thead>
                  <tr>
                    <th>{t('map.place')}</th>
                    <th>{t('map.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.places.map((place) => (
                    <tr key={`${place.kind}:${place.name}`} data-place={place.name} data-count={place.count}>
                      <td dir="auto">
                        <Link
                          href={withQuery('/events', { place: place.name, from: range?.from, to: range?.to })}
                        >
                          {lang === 'fa' && place.fa ? place.fa : place.name}
                        </Link>{' '}
                        <span class="muted">{t(`placeKind.${place.kind}` as MessageKey)}</span>
                      </td>
                      <td>{num(place.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Status>
    </section>
  );
}
