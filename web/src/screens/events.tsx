import type { InferResponseType } from 'hono/client';
import { api, read } from '../api/client.js';
import { Status } from '../components/status.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, navigate, useLocation, withQuery } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { useInterval } from './event.js';
import { EVENT_TYPES } from '../api/event-types.js';

type Listed = InferResponseType<typeof api.events.$get, 200>['events'][number];

export { EVENT_TYPES };

/** A table of events; used by the events screen and under the timeline. */
export function EventTable({ events }: { events: readonly Listed[] }) {
  const { t, day, list } = useI18n();
  const interval = useInterval();
  if (events.length === 0) return <p class="muted">{t('events.none')}</p>;
  return (
    <table class="event-table">
      <thead>
        <tr>
          <th>{t('event.when')}</th>
          <th>{t('event.type')}</th>
          <th>{t('event.where')}</th>
          <th>{t('event.counts')}</th>
          <th>{t('event.assertedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-type={event.type}>
            <td>{event.when ? day(event.when.start) : '—'}</td>
            <td>
              <Link href={`/events/${encodeURIComponent(event.id)}`}>
                {t(`type.${event.type}` as MessageKey)}
              </Link>
            </td>
            <td dir="auto">{list(event.where)}</td>
            <td>
              {list(
                Object.entries(event.counts).flatMap(([key, value]) =>
                  value ? [`${t(`count.${key}` as MessageKey)}: ${interval(value)}`] : [],
                ),
              )}
            </td>
            <td dir="auto">{event.asserted_by ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EventsScreen() {
  const { t } = useI18n();
  const { query } = useLocation();
  const filter = {
    type: query.get('type') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    place: query.get('place') ?? '',
  };
  const loaded = useFetch(`events?${query.toString()}`, async () =>
    read(
      await api.events.$get({
        query: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '')),
      }),
    ),
  );
  return (
    <section class="events-screen">
      <h1>{t('nav.events')}</h1>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          navigate(
            withQuery('/events', Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]))),
          );
        }}
      >
        <label>
          {t('event.type')}{' '}
          <select name="type" value={filter.type}>
            <option value="">{t('filter.any')}</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.from')} <input name="from" value={filter.from} placeholder="YYYY-MM-DD" dir="ltr" />
        </label>
        <label>
          {t('filter.to')} <input name="to" value={filter.to} placeholder="YYYY-MM-DD" dir="ltr" />
        </label>
        <label>
          {t('filter.place')} <input name="place" value={filter.place} dir="auto" />
        </label>
        <button type="submit">{t('filter.apply')}</button>
      </form>
      <Status loaded={loaded}>
        {(data: { events: readonly Listed[] }) => <EventTable events={data.events} />}
      </Status>
    </section>
  );
}
