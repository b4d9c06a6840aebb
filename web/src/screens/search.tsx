import type { InferResponseType } from 'hono/client';
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.js';
import { PropositionBadges, useGroupName } from '../components/proposition-badges.js';
import { Status } from '../components/status.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, navigate, useLocation, withQuery } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { useInterval } from './event.js';
import { usePropositionTitle } from './proposition.js';

type Results = InferResponseType<typeof api.search.$get, 200>;
type Hit = Results['documents'][number];

/** Query parameters the search screen keeps in the address bar, besides q. */
const FILTERS = ['kind', 'language', 'source', 'group', 'type', 'review', 'from', 'to', 'place'] as const;
type Filter = (typeof FILTERS)[number];

export function SearchScreen() {
  const { t } = useI18n();
  const groupName = useGroupName();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Record<
    Filter,
    string
  >;
  const [draft, setDraft] = useState(q);
  const key = q.trim() ? query.toString() : null;
  const loaded = useFetch(key, async () =>
    read(
      await api.search.$get({
        query: { q, ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) },
      }),
    ),
  );

  const go = (changes: Partial<Record<Filter | 'q', string>>): void =>
    navigate(withQuery('/search', { q, ...filters, ...changes }));

  return (
    <section class="search-screen">
      <form
        class="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: draft.trim() });
        }}
      >
        <input
          type="search"
          name="q"
          dir="auto"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          autoFocus
        />
        <button type="submit">{t('search.button')}</button>
      </form>
      {key === null ? (
        <p class="muted">{t('search.hint')}</p>
      ) : (
        <Status loaded={loaded}>
          {(results: Results) => (
            <div class="search-layout">
              <aside class="facets" aria-label={t('search.filters')}>
                <FacetGroup
                  name="kind"
                  label={t('facet.kind')}
                  counts={results.facets.kind}
                  value={filters.kind}
                  go={go}
                  labelOf={(v) => t(`kind.${v}` as MessageKey)}
                />
                <FacetGroup
                  name="language"
                  label={t('facet.language')}
                  counts={results.facets.language}
                  value={filters.language}
                  go={go}
                  labelOf={(v) => t(`language.${v}` as MessageKey)}
                />
                <FacetGroup
                  name="source"
                  label={t('facet.source')}
                  counts={results.facets.source}
                  value={filters.source}
                  go={go}
                />
                <FacetGroup
                  name="group"
                  label={t('facet.group')}
                  counts={results.facets.group}
                  value={filters.group}
                  go={go}
                  labelOf={groupName}
                />
                <FacetGroup
                  name="review"
                  label={t('facet.review')}
                  counts={results.facets.review}
                  value={filters.review}
                  go={go}
                  labelOf={(v) => t(`review.state.${v}` as MessageKey)}
                />
                <FacetGroup
                  name="type"
                  label={t('facet.type')}
                  counts={results.facets.type}
                  value={filters.type}
                  go={go}
                  labelOf={(v) => t(`type.${v}` as MessageKey)}
                />
                <YearFacet counts={results.facets.year} from={filters.from} to={filters.to} go={go} />
                <RangeFilter from={filters.from} to={filters.to} place={filters.place} go={go} />
              </aside>
              <div class="results">
                <p class="muted" role="status">
                  {t('search.total', { count: results.total, query: results.query })}
                </p>
                <HitGroup title={t('kind.document.plural')} hits={results.documents} kind="document" />
                <HitGroup title={t('kind.statement.plural')} hits={results.statements} kind="statement" />
                <HitGroup title={t('kind.event.plural')} hits={results.events} kind="event" />
                <PropositionGroup propositions={results.propositions} />
                {results.total === 0 ? <p>{t('search.none', { query: results.query })}</p> : null}
              </div>
            </div>
          )}
        </Status>
      )}
    </section>
  );
}

function FacetGroup({
  name,
  label,
  counts,
  value,
  go,
  labelOf = (v) => v,
}: {
  name: Filter;
  label: string;
  counts: Readonly<Record<string, number>>;
  value: string;
  go: (changes: Partial<Record<Filter, string>>) => void;
  labelOf?: (value: string) => string;
}) {
  const { num } = useI18n();
  const entries = Object.entries(counts);
  if (entries.length === 0 && !value) return null;
  return (
    <fieldset class="facet" data-facet={name}>
      <legend>{label}</legend>
      <ul>
        {entries.map(([option, count]) => {
          const active = value === option;
          return (
            <li key={option}>
              <button
                type="button"
                class={active ? 'facet-option active' : 'facet-option'}
                aria-pressed={active}
                data-value={option}
                onClick={() => go({ [name]: active ? '' : option })}
              >
                <span dir="auto">{labelOf(option)}</span> <span class="count">{num(count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {value && !counts[value] ? (
        <button type="button" class="facet-option active" onClick={() => go({ [name]: '' })}>
          {labelOf(value)} ✕
        </button>
      ) : null}
    </fieldset>
  );
}

function YearFacet({
  counts,
  from,
  to,
  go,
}: {
  counts: Readonly<Record<string, number>>;
  from: string;
  to: string;
  go: (changes: Partial<Record<Filter, string>>) => void;
}) {
  const { t, num, day } = useI18n();
  const years = Object.entries(counts).sort((a, b) => a[0].localeCompare(b[0]));
  if (years.length === 0) return null;
  return (
    <fieldset class="facet" data-facet="year">
      <legend>{t('facet.year')}</legend>
      <ul>
        {years.map(([year, count]) => {
          const active = from === year && to === year;
          return (
            <li key={year}>
              <button
                type="button"
                class={active ? 'facet-option active' : 'facet-option'}
                aria-pressed={active}
                onClick={() => go(active ? { from: '', to: '' } : { from: year, to: year })}
              >
                {day(year)} <span class="count">{num(count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function RangeFilter({
  from,
  to,
  place,
  go,
}: {
  from: string;
  to: string;
  place: string;
  go: (changes: Partial<Record<Filter, string>>) => void;
}) {
  const { t } = useI18n();
  return (
    <form
      class="facet range-filter"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        go({
          from: String(data.get('from') ?? ''),
          to: String(data.get('to') ?? ''),
          place: String(data.get('place') ?? ''),
        });
      }}
    >
      <label>
        {t('filter.from')}{' '}
        <input
          name="from"
          value={from}
          placeholder="YYYY-MM-DD"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          dir="ltr"
        />
      </label>
      <label>
        {t('filter.to')}{' '}
        <input name="to" value={to} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" dir="ltr" />
      </label>
      <label>
        {t('filter.place')} <input name="place" value={place} dir="auto" />
      </label>
      <button type="submit">{t('filter.apply')}</button>
    </form>
  );
}

function HitGroup({
  title,
  hits,
  kind,
}: {
  title: string;
  hits: readonly Hit[];
  kind: 'document' | 'statement' | 'event';
}) {
  const { t, num, day } = useI18n();
  if (hits.length === 0) return null;
  return (
    <section class={`hit-group hits-${kind}`} data-kind={kind}>
      <h2>
        {title} <span class="count">{num(hits.length)}</span>
      </h2>
      <ol class="hits">
        {hits.map((hit) => (
          <li key={hit.id} class="hit">
            <Link href={`/${kind}s/${encodeURIComponent(hit.id)}`} class="hit-title" dir="auto">
              {kind === 'document'
                ? (hit.title ?? t('document.untitled'))
                : kind === 'statement'
                  ? (hit.speaker ?? t('statement.unknownSpeaker'))
                  : t(`type.${hit.type ?? 'other'}` as MessageKey)}
            </Link>
            <p class="snippet" dir="auto">
              {hit.snippet}
            </p>
            <p class="meta">
              {hit.source ? <span dir="auto">{hit.source}</span> : null}
              {hit.date ? <span>{day(hit.date)}</span> : null}
              {kind !== 'document' && hit.title ? <span dir="auto">{hit.title}</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Propositions grouping the events found: what several sources assert about the same thing. */
function PropositionGroup({ propositions }: { propositions: Results['propositions'] }) {
  const { t, num, day } = useI18n();
  const title = usePropositionTitle();
  const interval = useInterval();
  if (propositions.length === 0) return null;
  return (
    <section class="hit-group hits-proposition" data-kind="proposition">
      <h2>
        {t('kind.proposition.plural')} <span class="count">{num(propositions.length)}</span>
      </h2>
      <ol class="hits">
        {propositions.map((p) => (
          <li key={p.id} class="hit">
            <Link href={`/propositions/${encodeURIComponent(p.id)}`} class="hit-title" dir="auto">
              {title(p)}
            </Link>{' '}
            <PropositionBadges proposition={p} />
            <p class="meta">
              <span>{interval(p.range)}</span>
              <span>{t('proposition.groupsCount', { count: p.corroboration })}</span>
              {p.when ? <span>{day(p.when.start)}</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
