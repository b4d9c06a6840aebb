import type { InferResponseType } from 'hono/client';
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.js';
import { Status } from '../components/status.js';
import { TimelineChart, type Bar } from '../components/timeline-chart.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, navigate, useLocation, withQuery } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { EventTable, EVENT_TYPES } from './events.js';
import { useRange } from './range.js';

type Timeline = InferResponseType<typeof api.timeline.$get, 200>;
type Listed = InferResponseType<typeof api.events.$get, 200>['events'][number];

const BUCKETS = ['auto', 'day', 'week', 'month', 'year'] as const;

/** The timeline's bars for the current bucket and type; shared by the timeline and map screens. */
export function useTimeline(bucket: string, type: string) {
  return useFetch(`timeline?${bucket}&${type}`, async () =>
    read(
      await api.timeline.$get({
        query: {
          bucket: bucket as (typeof BUCKETS)[number],
          ...(type ? { type: type as (typeof EVENT_TYPES)[number] } : {}),
        },
      }),
    ),
  );
}

export function TimelineScreen() {
  const { t, day } = useI18n();
  const { path, query } = useLocation();
  const bucket = query.get('bucket') ?? 'auto';
  const type = query.get('type') ?? '';
  const [range, setRange] = useRange();
  const timeline = useTimeline(bucket, type);
  const [picked, setPicked] = useState<{ bar: Bar; type: string } | null>(null);
  const pickedEvents = useFetch(picked ? `${picked.bar.start}:${picked.type}` : null, async () =>
    read(
      await api.events.$get({
        query: {
          from: picked!.bar.start,
          to: picked!.bar.end,
          ...(picked!.type ? { type: picked!.type as (typeof EVENT_TYPES)[number] } : {}),
          limit: '500',
        },
      }),
    ),
  );
  const setQuery = (changes: Record<string, string>): void =>
    navigate(withQuery(path, { ...Object.fromEntries(query.entries()), ...changes }), { replace: true });

  return (
    <section class="timeline-screen">
      <h1>{t('nav.timeline')}</h1>
      <div class="filters">
        <label>
          {t('timeline.bucket')}{' '}
          <select value={bucket} onChange={(event) => setQuery({ bucket: event.currentTarget.value })}>
            {BUCKETS.map((b) => (
              <option key={b} value={b}>
                {t(`bucket.${b}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('event.type')}{' '}
          <select value={type} onChange={(event) => setQuery({ type: event.currentTarget.value })}>
            <option value="">{t('filter.any')}</option>
            {EVENT_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`type.${option}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <span class="range-label" data-range={range ? `${range.from}/${range.to}` : ''}>
          {range ? t('timeline.range', { from: day(range.from), to: day(range.to) }) : t('timeline.all')}
        </span>
        <Link href={withQuery('/map', { from: range?.from, to: range?.to })}>{t('timeline.toMap')}</Link>
      </div>
      <Status loaded={timeline}>
        {(data: Timeline) =>
          data.buckets.length === 0 ? (
            <p class="muted">{t('timeline.empty')}</p>
          ) : (
            <>
              <TimelineChart
                bucket={data.bucket}
                bars={data.buckets}
                types={data.types}
                range={range}
                onRange={setRange}
                onBar={(bar, series) => setPicked({ bar, type: series })}
              />
              <p class="muted">
                {t('timeline.hint')}{' '}
                {data.undated > 0 ? t('timeline.undated', { count: data.undated }) : null}
              </p>
            </>
          )
        }
      </Status>
      {picked ? (
        <section class="picked-bar">
          <h2>
            {t('timeline.picked', {
              from: day(picked.bar.start),
              to: day(picked.bar.end),
              type: picked.type ? t(`type.${picked.type}` as MessageKey) : t('filter.any'),
            })}
          </h2>
          <Status loaded={pickedEvents}>
            {(data: { events: readonly Listed[] }) => <EventTable events={data.events} />}
          </Status>
        </section>
      ) : null}
    </section>
  );
}
