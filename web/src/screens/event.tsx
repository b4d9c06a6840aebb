import type { InferResponseType } from 'hono/client';
import { Fragment } from 'preact';
import { api, read } from '../api/client.js';
import { Status } from '../components/status.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link } from '../router.js';
import { useFetch } from '../use-fetch.js';

type Event = InferResponseType<(typeof api.events)[':id']['$get'], 200>;

export function EventScreen({ id }: { id: string }) {
  const loaded = useFetch(id, async () => read(await api.events[':id'].$get({ param: { id } })));
  return <Status loaded={loaded}>{(event: Event) => <EventView event={event} />}</Status>;
}

/** "at least 304", "1,500–2,000", "more than 100" from an interval. */
export function useInterval(): (interval: { low: number | null; high: number | null }) => string {
  const { t, num } = useI18n();
  return ({ low, high }) => {
    if (low !== null && high !== null) return low === high ? num(low) : t('interval.range', { low, high });
    if (low !== null) return t('interval.atLeast', { low });
    if (high !== null) return t('interval.atMost', { high });
    return '—';
  };
}

function EventView({ event }: { event: Event }) {
  const { t, day, list } = useI18n();
  const interval = useInterval();
  return (
    <article class="event-screen">
      <h1>{t(`type.${event.type}` as MessageKey)}</h1>
      <p class="summary" dir="auto">
        {event.summary}
      </p>
      <dl class="facts">
        <dt>{t('event.when')}</dt>
        <dd>
          {event.when
            ? event.when.start === event.when.end
              ? day(event.when.start)
              : `${day(event.when.start)} – ${day(event.when.end)}`
            : t('value.unknown')}
        </dd>
        <dt>{t('event.where')}</dt>
        <dd>
          <bdi>{list(event.where) || t('value.unknown')}</bdi>
        </dd>
        <dt>{t('event.actors')}</dt>
        <dd>
          <bdi>{list(event.actors) || '—'}</bdi>
        </dd>
        <dt>{t('event.targets')}</dt>
        <dd>
          <bdi>{list(event.targets) || '—'}</bdi>
        </dd>
        {Object.entries(event.counts).map(([key, value]) => (
          <Fragment key={key}>
            <dt>{t(`count.${key}` as MessageKey)}</dt>
            <dd data-count={key}>{value ? interval(value) : '—'}</dd>
          </Fragment>
        ))}
        <dt>{t('event.assertedBy')}</dt>
        <dd>
          <bdi>{event.asserted_by ?? t('value.unknown')}</bdi>
        </dd>
      </dl>
      <h2>{t('statement.evidence')}</h2>
      <p class="evidence" dir="auto">
        {event.evidence}
      </p>
      <Link href={`/documents/${encodeURIComponent(event.document)}`}>{t('event.openDocument')}</Link>
    </article>
  );
}
